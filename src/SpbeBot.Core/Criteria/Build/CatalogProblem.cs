namespace SpbeBot.Core.Criteria.Build;

/// <summary>What <see cref="CatalogValidator"/> finds wrong in a catalog.</summary>
public enum CatalogProblemKind
{
    /// <summary>The domains, aspects or indicators (<see cref="CatalogProblem.Part"/>) are not numbered 1..<see cref="CatalogProblem.Number"/>.</summary>
    NumberingOutOfOrder,
    /// <summary>Aspect <see cref="CatalogProblem.Number"/> names domain <see cref="CatalogProblem.Other"/>, which does not exist.</summary>
    AspectUnknownDomain,
    /// <summary>The indicator names aspect <see cref="CatalogProblem.Number"/>, which does not exist.</summary>
    IndicatorUnknownAspect,
    /// <summary>The indicator is in domain <see cref="CatalogProblem.Number"/>, its aspect in domain <see cref="CatalogProblem.Other"/>.</summary>
    IndicatorDomainDiffers,
    /// <summary>The indicator's ladder (<see cref="CatalogProblem.Text"/>) does not exist.</summary>
    UnknownLadder,
    /// <summary>Predikat band <see cref="CatalogProblem.Text"/> does not end where <see cref="CatalogProblem.OtherText"/> starts.</summary>
    PredikatGap,
    /// <summary>Conversion <see cref="CatalogProblem.Text"/> feeds an indicator that does not exist.</summary>
    ConversionUnknownIndicator,
    /// <summary>Conversion <see cref="CatalogProblem.Text"/>: band <see cref="CatalogProblem.Number"/> does not start where band <see cref="CatalogProblem.Other"/> ends.</summary>
    ConversionGap,
    /// <summary>The weights of <see cref="CatalogProblem.Part"/> (within <see cref="CatalogProblem.Of"/> <see cref="CatalogProblem.Number"/>,
    /// or all of them) add up to <see cref="CatalogProblem.Amount"/>, not <see cref="CatalogProblem.Expected"/>.</summary>
    WeightsDontAddUp,
    /// <summary>The indicator's levels are not 1–5.</summary>
    LevelsIncomplete,
    EmptyCriterion,
    EmptyFulfilment,
    EmptyEvidence,
    // Traces of the PDF layout in a level's text (TextProblems).
    PageFooter,
    PageNumber,
    UnnormalisedSpaces,
    /// <summary>A fragment of the Pedoman's left-column labels (<see cref="CatalogProblem.Text"/>).</summary>
    LabelFragment,
}

/// <summary>
/// A catalog's problem. Core says what and with which values; the words, in the reader's language, are dialogs/'s
/// (<c>CatalogBuildTexts.Problem</c>).
/// </summary>
public sealed record CatalogProblem(CatalogProblemKind Kind)
{
    public int? Indicator { get; init; }
    public int? Level { get; init; }
    public CatalogPart? Part { get; init; }
    /// <summary>The domain or aspect whose parts' weights are added (null: the whole catalog).</summary>
    public CatalogPart? Of { get; init; }
    public int? Number { get; init; }
    public int? Other { get; init; }
    public string? Text { get; init; }
    public string? OtherText { get; init; }
    public decimal? Amount { get; init; }
    public decimal? Expected { get; init; }
}
