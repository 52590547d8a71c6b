using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace SpbeBot.Core.Criteria;

/// <summary>
/// Loads criteria catalogs shipped as embedded JSON (one file per framework edition) and caches them.
/// A new Pedoman edition is a new data file, not new code. A version imported by a coordinator
/// (<see cref="CatalogVersionStore"/>, <c>spbebot catalog import</c>) replaces the shipped catalog of its framework once
/// <see cref="UseImported"/> has been given it: <see cref="Get"/> stays the one way to get a catalog.
/// </summary>
public static class CatalogStore
{
    public const string DefaultFramework = "spbe-2024";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    static readonly ConcurrentDictionary<string, CriteriaCatalog> Cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The newest imported version per framework, swapped as a whole (readers never see half an update).</summary>
    static volatile IReadOnlyDictionary<string, ImportedCatalog> _imported = new Dictionary<string, ImportedCatalog>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Optional folder of catalog files (&lt;framework&gt;.json) that add to or replace the shipped ones, so an operator
    /// can use a newly built Pedoman edition without a new binary. Set with the environment variable SPBEBOT_CATALOG_DIR.
    /// </summary>
    public static string? OverrideDirectory { get; } = Environment.GetEnvironmentVariable("SPBEBOT_CATALOG_DIR") is { Length: > 0 } dir && Directory.Exists(dir) ? dir : null;

    /// <summary>Framework ids available, e.g. ["spbe-2018", "spbe-2024"].</summary>
    public static IReadOnlyList<string> Available { get; } = typeof(CatalogStore).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith("catalogs/", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
        .Select(n => n["catalogs/".Length..^".json".Length])
        .Concat(OverrideDirectory is null ? [] : Directory.GetFiles(OverrideDirectory, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!))
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// The framework that applies to an evaluation year per reference/pemdi/README.md: 2018–2019 spbe-2018,
    /// 2020–2025 spbe-2024 (PermenPANRB 59/2020), 2026 pemdi-2026 (PermenPANRB 8/2026); null from 2027 (not established).
    /// A suggestion only: the instansi's own setting decides.
    /// </summary>
    public static string? FrameworkForYear(int year) => year switch
    {
        >= 2018 and <= 2019 => "spbe-2018",
        >= 2020 and <= 2025 => DefaultFramework,
        2026 => "pemdi-2026",
        _ => null,
    };

    public static bool Exists(string framework) => Available.Contains(framework, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The catalog in use for <paramref name="framework"/>: the newest imported version when one is known, otherwise the
    /// shipped one; throws <see cref="UnknownFrameworkException"/> if none ships.
    /// </summary>
    public static CriteriaCatalog Get(string framework = DefaultFramework) =>
        _imported.TryGetValue(framework.Trim(), out var imported) ? imported.Catalog : Shipped(framework);

    /// <summary>The catalog shipped in the binary (or the SPBEBOT_CATALOG_DIR file), whatever was imported since.</summary>
    public static CriteriaCatalog Shipped(string framework) => Cache.GetOrAdd(framework.Trim().ToLowerInvariant(), Load);

    /// <summary>The version <see cref="Get"/> returns: the imported version number, or 0 for the shipped catalog.</summary>
    public static int VersionInUse(string framework) => _imported.TryGetValue(framework.Trim(), out var imported) ? imported.Version : 0;

    /// <summary>
    /// Makes these imported versions (the newest per framework) the catalogs in use, replacing what was given before;
    /// frameworks not named go back to their shipped catalog. Unknown frameworks are ignored.
    /// </summary>
    public static void UseImported(IEnumerable<ImportedCatalog> newest) =>
        _imported = newest.Where(c => Exists(c.Framework))
            .GroupBy(c => c.Framework, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.MaxBy(c => c.Version)!, StringComparer.OrdinalIgnoreCase);

    static CriteriaCatalog Load(string framework)
    {
        if (!Exists(framework)) throw new UnknownFrameworkException(framework, Available);
        var overridePath = OverrideDirectory is null ? null : Path.Combine(OverrideDirectory, framework + ".json");
        if (overridePath is not null && File.Exists(overridePath))
        {
            using var file = File.OpenRead(overridePath);
            return Parse(file);
        }
        return Questions.EmbeddedLexicon.ReadJson<CriteriaCatalog>($"catalogs/{framework}.json", Json);
    }

    public static CriteriaCatalog Parse(Stream json) =>
        JsonSerializer.Deserialize<CriteriaCatalog>(json, Json)
        ?? throw new InvalidDataException("Catalog file is empty.");

    public static string Serialize(CriteriaCatalog catalog) => JsonSerializer.Serialize(catalog, Json);
}

/// <summary>An imported version of a framework's catalog (version 1, 2, …; 0 is the shipped one).</summary>
public sealed record ImportedCatalog(string Framework, int Version, CriteriaCatalog Catalog);

public sealed class UnknownFrameworkException(string framework, IReadOnlyList<string> available)
    : Exception($"Unknown framework '{framework}'. Available: {string.Join(", ", available)}.")
{
    public string Framework { get; } = framework;
    public IReadOnlyList<string> AvailableFrameworks { get; } = available;
}
