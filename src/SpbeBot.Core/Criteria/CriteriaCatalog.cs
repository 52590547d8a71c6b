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
    public required IReadOnlyList<Domain> Domains { get; init; }
    public required IReadOnlyList<Aspect> Aspects { get; init; }
    public required IReadOnlyList<Indicator> Indicators { get; init; }
    /// <summary>General level ladders by id ("proses": Rintisan…Optimum, "layanan": Informasi…Optimum).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<LadderStep>> Ladders { get; init; }
    /// <summary>Predikat bands, best first.</summary>
    public required IReadOnlyList<PredikatBand> Predikat { get; init; }

    public Indicator? FindIndicator(int number) =>
        number >= 1 && number <= Indicators.Count && Indicators[number - 1].Number == number
            ? Indicators[number - 1]
            : Indicators.FirstOrDefault(i => i.Number == number);

    public Aspect AspectOf(Indicator indicator) => Aspects.First(a => a.Number == indicator.Aspect);
    public Domain DomainOf(Indicator indicator) => Domains.First(d => d.Number == indicator.Domain);
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
    /// <summary>Levels 1..5 in order (may be fewer or partial in an incomplete catalog).</summary>
    public required IReadOnlyList<IndicatorLevel> Levels { get; init; }

    public IndicatorLevel? Level(int level) => Levels.FirstOrDefault(l => l.Level == level);
}

/// <summary>One level of one indicator, as the Pedoman states it.</summary>
public sealed record IndicatorLevel
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
}

/// <summary>A step of a general ladder, e.g. 1 – Rintisan.</summary>
public sealed record LadderStep(int Level, string Name, string Criterion);

/// <summary>A predikat band: Min inclusive, Max exclusive except for the top band (5,0 inclusive).</summary>
public sealed record PredikatBand(string Name, decimal Min, decimal Max);
