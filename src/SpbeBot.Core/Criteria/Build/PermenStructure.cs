namespace SpbeBot.Core.Criteria.Build;

/// <summary>What the PermenPANRB 59/2020 gives the catalog: structure, weights, ladders and predikat.</summary>
public sealed record PermenStructure
{
    public required IReadOnlyList<Domain> Domains { get; init; }
    public required IReadOnlyList<Aspect> Aspects { get; init; }
    /// <summary>Indicator number → (aspect number, name from Tabel 9, weight from Tabel 9).</summary>
    public required IReadOnlyList<PermenIndicator> Indicators { get; init; }
    /// <summary>"proses" (Tabel 1) and "layanan" (Tabel 2).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<LadderStep>> Ladders { get; init; }
    public required IReadOnlyList<PredikatBand> Predikat { get; init; }
    public required IReadOnlyList<CatalogWarning> Warnings { get; init; }
}

public sealed record PermenIndicator(int Number, int Aspect, string Name, decimal Weight);
