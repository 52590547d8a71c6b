using System.Text.Json.Serialization;

namespace SpbeBot.Core.Criteria;

/// <summary>
/// One edition of the SPBE evaluation framework as data: structure, weights and the official
/// level texts. Loaded from a JSON file shipped with the binary (see <see cref="CatalogStore"/>).
/// Everything here is quoted from the regulation; our own vocabulary lives in Questions/Lexicon.
/// </summary>
public sealed record CriteriaCatalog
{
    /// <summary>Framework id, e.g. "spbe-2024" or "spbe-2018". Every stored indicator reference carries it.</summary>
    public required string Framework { get; init; }
    public required string Title { get; init; }
    /// <summary>Regulations the data was taken from, for the "sumber" line of every answer.</summary>
    public required IReadOnlyList<string> Sources { get; init; }
    /// <summary>Null when complete; otherwise which parts are missing and why.</summary>
    public string? IncompleteNote { get; init; }
    /// <summary>
    /// Null for a catalog taken from the official text; otherwise how far it can be trusted, e.g. pemdi-2026's
    /// "provisional: from secondary sources, to be verified against the official salinan". Every answer that relies on
    /// such a catalog shows it in one line.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Status { get; init; }
    /// <summary>Name of the index, e.g. "Indeks Pemerintah Digital (Indeks Pemdi)"; null means "Indeks SPBE".</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? IndexName { get; init; }
    /// <summary>The index formula as the sources state it (null: PermenPANRB 59/2020's domain formula).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Formula { get; init; }
    /// <summary>
    /// Top-level groups of the index. Empty when aspects sit directly under the index (pemdi-2026); then every
    /// aspect's <see cref="Aspect.Domain"/> and every indicator's <see cref="Indicator.Domain"/> is 0.
    /// </summary>
    public required IReadOnlyList<Domain> Domains { get; init; }
    public required IReadOnlyList<Aspect> Aspects { get; init; }
    public required IReadOnlyList<Indicator> Indicators { get; init; }
    /// <summary>General level ladders by id ("proses": Rintisan…Optimum, "layanan": Informasi…Optimum).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<LadderStep>> Ladders { get; init; }
    /// <summary>Predikat bands, best first.</summary>
    public required IReadOnlyList<PredikatBand> Predikat { get; init; }
    /// <summary>Indicators whose value is converted from another agency's index (pemdi-2026: Indeks SDI → indicator 5).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ExternalIndexConversion>? Conversions { get; init; }

    /// <summary>True when aspects sit directly under the index (no domain level).</summary>
    [JsonIgnore]
    public bool HasDomains => Domains.Count > 0;

    /// <summary>"Indeks SPBE" unless the catalog names its index.</summary>
    [JsonIgnore]
    public string IndexLabel => IndexName ?? "Indeks SPBE";

    /// <summary>The conversion feeding <paramref name="indicator"/>, if any.</summary>
    public ExternalIndexConversion? ConversionFor(int indicator) => Conversions?.FirstOrDefault(c => c.Indicator == indicator);

    public Indicator? FindIndicator(int number) =>
        number >= 1 && number <= Indicators.Count && Indicators[number - 1].Number == number
            ? Indicators[number - 1]
            : Indicators.FirstOrDefault(i => i.Number == number);

    public Aspect AspectOf(Indicator indicator) => Aspects.First(a => a.Number == indicator.Aspect);
    public Domain DomainOf(Indicator indicator) => Domains.First(d => d.Number == indicator.Domain);
    public Domain? FindDomainOf(Indicator indicator) => Domains.FirstOrDefault(d => d.Number == indicator.Domain);
}

public sealed record Domain(int Number, string Name, decimal? Weight);

public sealed record Aspect(int Number, int Domain, string Name, decimal? Weight);

public sealed record Indicator
{
    public required int Number { get; init; }
    public required int Domain { get; init; }
    public required int Aspect { get; init; }
    /// <summary>Official name, e.g. "Tingkat Kematangan Layanan Perencanaan".</summary>
    public required string Name { get; init; }
    /// <summary>Weight in percent of the whole index; null where the source does not give it.</summary>
    public decimal? Weight { get; init; }
    /// <summary>Which general ladder applies: "proses" or "layanan".</summary>
    public required string Ladder { get; init; }
    /// <summary>True where the indicator is scored per public service (2018's indicator 35).</summary>
    public bool ScoredPerService { get; init; }
    /// <summary>The self-assessment question (Kuesioner / Pertanyaan).</summary>
    public string? Question { get; init; }
    /// <summary>Deskripsi Indikator.</summary>
    public string? Description { get; init; }
    /// <summary>Ketentuan Penilaian.</summary>
    public string? AssessmentRules { get; init; }
    /// <summary>Contoh Bukti Dukung.</summary>
    public string? EvidenceExamples { get; init; }
    /// <summary>Other spellings the sources use for the name (for typo-tolerant matching); null when none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? NameVariants { get; init; }
    /// <summary>The other agency's index this indicator is fed by, e.g. "Indeks Satu Data Indonesia (SDI)"; null when none known.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FedBy { get; init; }
    /// <summary>Levels 1..5 in order (may be fewer or partial in an incomplete catalog).</summary>
    public required IReadOnlyList<IndicatorLevel> Levels { get; init; }

    public IndicatorLevel? Level(int level) => Levels.FirstOrDefault(l => l.Level == level);
}

/// <summary>One level of one indicator, as the Pedoman states it.</summary>
public sealed partial record IndicatorLevel
{
    public required int Level { get; init; }
    /// <summary>Kriteria Level.</summary>
    public required string Criterion { get; init; }
    /// <summary>Kriteria Pemenuhan Level, one entry per numbered item of the source (one entry if unnumbered).</summary>
    public IReadOnlyList<string> Fulfilment { get; init; } = [];
    /// <summary>Kriteria Bukti Dukung, one entry per numbered item of the source (one entry if unnumbered).</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];
    /// <summary>Page(s) of the source text the level was taken from (halaman sumber), where known; absent otherwise.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? SourcePage { get; init; }

    /// <summary>
    /// What this level adds to the one below, in the Pedoman's words: the criterion after "Kriteria tingkat N−1 telah
    /// terpenuhi dan/serta", up to its "Kondisi:" (the state this level still falls short of). Null when the criterion does
    /// not open on the level below (level 1, the policy indicators' level 2, another catalog's wording) or states nothing
    /// before its "Kondisi:" ("Kriteria tingkat 1 telah terpenuhi. Kondisi: …").
    /// </summary>
    public string? Added()
    {
        var (below, rest) = AfterLevelBelow();
        if (below != Level - 1) return null;
        var condition = rest.IndexOf("Kondisi:", StringComparison.OrdinalIgnoreCase);
        var added = (condition >= 0 ? rest[..condition] : rest).Trim();
        return added.Length == 0 ? null : char.ToUpperInvariant(added[0]) + added[1..];
    }

    /// <summary>
    /// The criterion without its opening "Kriteria tingkat N telah terpenuhi dan/serta" (the level it builds on), and that
    /// N; the whole criterion and null when it does not open so. The one reading of that opening (the difference answer
    /// and the situation reader both take what a level says beyond it).
    /// </summary>
    public (int? Below, string Text) AfterLevelBelow()
    {
        var below = LevelBelowOpening().Match(Criterion);
        return below.Success ? (int.Parse(below.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Criterion[below.Length..]) : (null, Criterion);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*Kriteria tingkat (\d) telah terpenuhi\s*[,.]?\s*(?:(?:dan|serta)\s+)?", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LevelBelowOpening();
}

/// <summary>
/// A step of a general ladder, e.g. 1 – Rintisan. Criterion is null where the source gives only the name
/// (pemdi-2026: Merintis … Unggul); NameEn is the English name where the source gives one.
/// </summary>
public sealed record LadderStep(
    int Level,
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Criterion,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NameEn = null);

/// <summary>
/// An external index converted into an indicator value (1,00–5,00) piecewise linearly: a source value in
/// [SourceMin, SourceMax] maps linearly onto [ValueMin, ValueMax]. Bands in ascending order.
/// </summary>
public sealed record ExternalIndexConversion(int Indicator, string Source, string ShortName, decimal SourceMin, decimal SourceMax, IReadOnlyList<ConversionBand> Bands)
{
    /// <summary>The indicator value for <paramref name="source"/>, rounded to two decimals; null when outside the range.</summary>
    public decimal? Convert(decimal source)
    {
        if (source < SourceMin || source > SourceMax) return null;
        var band = Bands.FirstOrDefault(b => source >= b.SourceMin && source < b.SourceMax) ?? Bands[^1];
        var value = band.ValueMin + (source - band.SourceMin) * (band.ValueMax - band.ValueMin) / (band.SourceMax - band.SourceMin);
        return Math.Round(value, 2, MidpointRounding.AwayFromZero);
    }
}

public sealed record ConversionBand(decimal SourceMin, decimal SourceMax, decimal ValueMin, decimal ValueMax);

/// <summary>A predikat band: Min inclusive, Max exclusive except for the top band (5,0 inclusive).</summary>
public sealed record PredikatBand(string Name, decimal Min, decimal Max);
