namespace SpbeBot.Core.Criteria.Build;

/// <summary>What a source the builders read (the regulation texts, the Pemdi instrument file) lacks.</summary>
public enum CatalogSourceProblem
{
    /// <summary>The Pedoman has no "BAB II" … "BAB III" (the indicator chapter).</summary>
    NoIndicatorChapter,
    /// <summary>The cover has no "PERATURAN/PEDOMAN MENTERI" line.</summary>
    NoRegulationKind,
    /// <summary>The cover has no "NOMOR n TAHUN yyyy" line.</summary>
    NoNumberAndYear,
    /// <summary>No "Tabel n" caption (<see cref="CatalogSourceException.Number"/>).</summary>
    TableNotFound,
    /// <summary>No "BAB …" heading (<see cref="CatalogSourceException.Text"/>: its number as written).</summary>
    ChapterNotFound,
    /// <summary>The Pedoman's tables no longer state a rule a passage quotes (<see cref="CatalogSourceException.Text"/>: its key).</summary>
    RuleNotStated,
    /// <summary>Two passages got the same id (<see cref="CatalogSourceException.Text"/>).</summary>
    PassageIdTwice,
    /// <summary>The instrument file has no framework of this id (<see cref="CatalogSourceException.Text"/>).</summary>
    NoFramework,
}

/// <summary>
/// A source the builders cannot read. Core says what and with which value; the words, in the reader's language, are
/// dialogs/'s (<c>CatalogBuildTexts.Source</c>). <see cref="Exception.Message"/> is English, for logs.
/// </summary>
public sealed class CatalogSourceException(CatalogSourceProblem problem, int? number = null, string? text = null)
    : Exception($"{problem} {number}{text}".Trim())
{
    public CatalogSourceProblem Problem { get; } = problem;
    /// <summary>The table's number (<see cref="CatalogSourceProblem.TableNotFound"/>).</summary>
    public int? Number { get; } = number;
    /// <summary>The chapter, rule key, passage id or framework named.</summary>
    public string? Text { get; } = text;
}
