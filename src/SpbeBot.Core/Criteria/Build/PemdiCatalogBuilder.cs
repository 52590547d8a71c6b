using System.Globalization;
using System.Text.Json;

namespace SpbeBot.Core.Criteria.Build;

/// <summary>
/// Builds the "pemdi-2026" catalog from reference/pemdi/pemdi-instrument.json (the research file that names a source
/// for every fact). Only what the file states is copied: aspects directly under the index (no domain level), the 20
/// indicators with weights, descriptions where the file has a full one (truncated module fragments are left out),
/// level names, formula, predikat bands and the Indeks SDI conversion. Per-indicator level criteria are unknown and
/// stay empty. The output depends on nothing else, so running it twice gives the same catalog.
/// </summary>
public static class PemdiCatalogBuilder
{
    public const string Framework = "pemdi-2026";
    public const string SourceFramework = "pemdi-permenpanrb-8-2026";
    public const string ProvisionalStatus = "provisional: from secondary sources, to be verified against the official salinan";

    public static CatalogBuildResult Build(string instrumentJson)
    {
        using var document = JsonDocument.Parse(instrumentJson);
        var root = document.RootElement;
        var fw = root.GetProperty("frameworks").EnumerateArray()
            .FirstOrDefault(f => f.GetProperty("id").GetString() == SourceFramework);
        if (fw.ValueKind != JsonValueKind.Object)
            throw new CatalogSourceException(CatalogSourceProblem.NoFramework, text: SourceFramework);
        var warnings = new List<CatalogWarning>();

        var aspects = fw.GetProperty("aspects").EnumerateArray().Select(a => new Aspect(
            a.GetProperty("number").GetInt32(), 0, a.GetProperty("name").GetString()!, Decimal(a, "weight_percent"))).ToList();

        var indicators = new List<Indicator>();
        foreach (var i in fw.GetProperty("indicators").EnumerateArray())
        {
            var number = i.GetProperty("number").GetInt32();
            if (i.TryGetProperty("level_criteria", out var lc) && lc.ValueKind != JsonValueKind.Null)
                warnings.Add(new(CatalogWarningKind.LevelCriteriaNotImported) { Indicator = number });
            var variants = i.TryGetProperty("name_variants", out var nv)
                ? nv.EnumerateArray().Select(v => StripSourceTag(v.GetString()!)).Where(v => v.Length > 0).Distinct().ToList()
                : [];
            indicators.Add(new Indicator
            {
                Number = number,
                Domain = 0,
                Aspect = i.GetProperty("aspect_number").GetInt32(),
                Name = i.GetProperty("name").GetString()!,
                Weight = Decimal(i, "weight_percent"),
                Ladder = "pemdi",
                Description = String(i, "description"),
                NameVariants = variants.Count == 0 ? null : variants,
                FedBy = String(i, "external_index_feeding_indicator"),
                Levels = [],
            });
        }

        var levelModel = fw.GetProperty("level_model");
        var ladder = levelModel.GetProperty("levels").EnumerateArray()
            .Select(l => new LadderStep(l.GetProperty("level").GetInt32(), l.GetProperty("label_id").GetString()!, null, String(l, "label_en")))
            .ToList();

        var bands = fw.GetProperty("predikat_bands").EnumerateArray().Select(b => new PredikatBand(
            b.GetProperty("predikat").GetString()!,
            b.GetProperty("min").GetDecimal(),
            b.TryGetProperty("max_exclusive", out var ex) ? ex.GetDecimal() : b.GetProperty("max_inclusive").GetDecimal()))
            .OrderByDescending(b => b.Min).ToList();

        var formula = fw.GetProperty("index_formula");
        var regulation = fw.GetProperty("regulation");

        var conversions = new List<ExternalIndexConversion>();
        var table = fw.GetProperty("external_index_conversions");
        if (table.TryGetProperty("I5_SDI", out var sdi))
        {
            var sdiBands = sdi.EnumerateArray().Select(r => r.EnumerateArray().Select(x => x.GetDecimal()).ToArray())
                .Select(r => new ConversionBand(r[0], r[1], r[2], r[3])).ToList();
            conversions.Add(new ExternalIndexConversion(5, indicators[4].FedBy ?? "Indeks Satu Data Indonesia (SDI)", "SDI",
                sdiBands[0].SourceMin, sdiBands[^1].SourceMax, sdiBands));
        }
        if (table.TryGetProperty("I7_IPS", out var ips) && ips.EnumerateArray().Any(r => r.EnumerateArray().Any(x => x.ValueKind == JsonValueKind.Null)))
            warnings.Add(new(CatalogWarningKind.IpsConversionLeftOut) { Indicator = 7 });

        var catalog = new CriteriaCatalog
        {
            Framework = Framework,
            Title = $"Evaluasi Kinerja Pemerintah Digital — PermenPANRB {regulation.GetProperty("number").GetString()}",
            Sources = [regulation.GetProperty("title").GetString()!],
            IncompleteNote = "Kriteria per level (kriteria level, pemenuhan, bukti dukung) belum dimuat untuk indikator 1–20.",
            Status = ProvisionalStatus,
            IndexName = "Indeks Pemdi",
            Formula = $"{formula.GetProperty("aspect_index").GetString()}; {formula.GetProperty("pemdi_index").GetString()}",
            Domains = [],
            Aspects = aspects,
            Indicators = indicators,
            Ladders = new Dictionary<string, IReadOnlyList<LadderStep>> { ["pemdi"] = ladder },
            Predikat = bands,
            Conversions = conversions,
        };
        return new(catalog, warnings);
    }

    static decimal? Decimal(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? decimal.Parse(v.GetRawText(), CultureInfo.InvariantCulture) : null;

    static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;

    /// <summary>"Tingkat Kematangan Keamanan Pemdi (S_ROKI)" → "Tingkat Kematangan Keamanan Pemdi".</summary>
    static string StripSourceTag(string variant)
    {
        var open = variant.LastIndexOf(" (S_", StringComparison.Ordinal);
        return (open > 0 ? variant[..open] : variant).Trim();
    }
}
