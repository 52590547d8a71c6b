namespace SpbeBot.Core.Criteria.Build;

/// <summary>What the Pedoman (BAB II) says about one indicator.</summary>
public sealed record PedomanIndicator
{
    public required int Number { get; init; }
    /// <summary>Domain and aspect numbers as the Pedoman's "D1 A1 ID-1" row states them (used to cross-check the PermenPANRB).</summary>
    public int? Domain { get; init; }
    public int? Aspect { get; init; }
    public string? Question { get; init; }
    public string? Description { get; init; }
    public string? AssessmentRules { get; init; }
    public string? EvidenceExamples { get; init; }
    public required IReadOnlyList<IndicatorLevel> Levels { get; init; }
}

/// <summary>The Pedoman's indicators in order, plus everything the parser was unsure about.</summary>
public sealed record PedomanParseResult(IReadOnlyList<PedomanIndicator> Indicators, IReadOnlyList<CatalogWarning> Warnings);
