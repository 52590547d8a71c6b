using System.Runtime.CompilerServices;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Criteria.Build;

namespace SpbeBot.Tests.Criteria;

/// <summary>
/// The regulation texts in <c>shared/reference</c>, found next to the repository checkout, and the catalog
/// built from them (built once per test run). Tests fail loudly when the texts are missing: a silent skip
/// would let an unverified catalog ship.
/// </summary>
static class PedomanReference
{
    public const string PedomanFile = "pedoman-menpanrb-3-2024.txt";
    public const string PermenFile = "permenpanrb-59-2020.txt";

    static readonly Lazy<string> FolderPath = new(() => FindFolder());
    static readonly Lazy<CatalogBuildResult> Built = new(() => CatalogBuilder.Build(PedomanText, PermenText));

    /// <summary>The folder holding the reference texts.</summary>
    public static string Folder => FolderPath.Value;
    public static string PedomanPath => Path.Combine(Folder, PedomanFile);
    public static string PermenPath => Path.Combine(Folder, PermenFile);
    public static string PedomanText => File.ReadAllText(PedomanPath);
    public static string PermenText => File.ReadAllText(PermenPath);
    public static string[] PedomanLines => LayoutText.SplitLines(PedomanText);

    /// <summary>The catalog as the builder makes it from the reference texts.</summary>
    public static CatalogBuildResult Build() => Built.Value;

    /// <summary>The catalog as shipped inside SpbeBot.Core.</summary>
    public static CriteriaCatalog Shipped => CatalogStore.Get("spbe-2024");

    static string FindFolder([CallerFilePath] string sourceFile = "")
    {
        // Test binaries may live under a private --artifacts-path far from the checkout, so the source
        // file's own location and the working directory are searched too.
        var starts = new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "", Directory.GetCurrentDirectory() };
        foreach (var start in starts.Where(s => s.Length > 0))
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "reference"), Path.Combine(dir.FullName, "..", "shared", "reference") })
            if (File.Exists(Path.Combine(candidate, PedomanFile)) && File.Exists(Path.Combine(candidate, PermenFile)))
                return Path.GetFullPath(candidate);

        throw new FileNotFoundException(
            $"The reference texts shared/reference/{PedomanFile} and {PermenFile} were not found walking up from " +
            $"{string.Join(", ", starts)}. Check out the repository next to the shared/ folder.");
    }
}
