namespace SpbeBot.Core.Criteria.Build;

/// <summary>A level of a catalog's structure, as a warning or problem names it.</summary>
public enum CatalogPart { Domain, Aspect, Indicator }

/// <summary>What a catalog builder could not vouch for (the catalog is built all the same).</summary>
public enum CatalogWarningKind
{
    // The Pedoman's indicator tables.
    /// <summary>Text in the label column: <see cref="CatalogWarning.Line"/>, <see cref="CatalogWarning.Text"/>.</summary>
    TextInLabelColumn,
    /// <summary>Text outside any cell: <see cref="CatalogWarning.Line"/>, <see cref="CatalogWarning.Text"/>.</summary>
    OutsideAnyCell,
    /// <summary>The table's "D1 A1 ID-n" row names another indicator (<see cref="CatalogWarning.Number"/>).</summary>
    RowNamesOtherIndicator,
    /// <summary>A cell (<see cref="CatalogWarning.Cell"/>, of a <see cref="CatalogWarning.Level"/> when it has one) is missing.</summary>
    CellNotFound,
    /// <summary>A level's row is missing.</summary>
    LevelNotFound,
    /// <summary>A numbered item out of order: <see cref="CatalogWarning.Line"/>, the marker (<see cref="CatalogWarning.Text"/>),
    /// the item expected (<see cref="CatalogWarning.Number"/>); the line stays in the item before it.</summary>
    ItemOutOfOrder,
    /// <summary>A hyphen at a line's end kept with no word list to decide: <see cref="CatalogWarning.Text"/> + <see cref="CatalogWarning.OtherText"/>.</summary>
    HyphenKept,

    // The Pedoman against the PermenPANRB.
    NotInPedoman,
    /// <summary>The Pedoman places the indicator at <see cref="CatalogWarning.Text"/> ("D3 A5"), the PermenPANRB at <see cref="CatalogWarning.OtherText"/>.</summary>
    PlacedElsewhere,
    NotInPermen,

    // The PermenPANRB's tables.
    /// <summary>A ladder table's levels (<see cref="CatalogWarning.Text"/>, "1,2,4") are not 1–5.</summary>
    LadderLevels,
    /// <summary>A weight table (<see cref="CatalogWarning.Part"/>) has no "Total Bobot" row.</summary>
    NoWeightTotal,
    /// <summary>A weight table's rows add up to <see cref="CatalogWarning.Amount"/>, its total says <see cref="CatalogWarning.Expected"/>.</summary>
    WeightsDisagree,
    /// <summary>An aspect or indicator (<see cref="CatalogWarning.Part"/>, <see cref="CatalogWarning.Number"/>) is in no list of Tabel 3–6.</summary>
    MissingFromLists,
    /// <summary><see cref="CatalogWarning.Number"/> "Daftar Indikator" tables for <see cref="CatalogWarning.Other"/> domains.</summary>
    ListCount,
    /// <summary>A list's caption (<see cref="CatalogWarning.Text"/>) does not name domain <see cref="CatalogWarning.Number"/> of Tabel 7.</summary>
    ListCaptionDiffers,
    /// <summary>Aspect <see cref="CatalogWarning.Number"/> is <see cref="CatalogWarning.Text"/> in Tabel 3–6, <see cref="CatalogWarning.OtherText"/> in Tabel 8.</summary>
    AspectNameDiffers,
    /// <summary>An indicator listed before any aspect.</summary>
    IndicatorBeforeAspect,
    /// <summary>A predikat range of Tabel 13 that cannot be read (<see cref="CatalogWarning.Text"/>).</summary>
    PredikatRangeUnreadable,

    // The Pemdi instrument file.
    /// <summary>Level criteria in the file, not imported (they are loaded with `catalog import`).</summary>
    LevelCriteriaNotImported,
    /// <summary>The IPS conversion's lower bound is unverified: the conversion is left out.</summary>
    IpsConversionLeftOut,
}

/// <summary>
/// A builder's warning. Core says what and with which values; the words, in the reader's language, are dialogs/'s
/// (<c>CatalogBuildTexts.Warning</c>).
/// </summary>
public sealed record CatalogWarning(CatalogWarningKind Kind)
{
    public int? Indicator { get; init; }
    public int? Level { get; init; }
    /// <summary>The line of the text file (counted from 1).</summary>
    public int? Line { get; init; }
    public PedomanCell? Cell { get; init; }
    public CatalogPart? Part { get; init; }
    public int? Number { get; init; }
    public int? Other { get; init; }
    /// <summary>Text quoted from the source, as it is.</summary>
    public string? Text { get; init; }
    public string? OtherText { get; init; }
    public decimal? Amount { get; init; }
    public decimal? Expected { get; init; }
}
