using SpbeBot.Core.Spreadsheets;

namespace SpbeBot.Core.Plans.Import;

/// <summary>What is wrong with a plan row or file, or the caveat a row or file was imported with.</summary>
public enum ImportIssueKind
{
    // The file: nothing can be imported.
    EmptySheet, MissingColumns, NoHeaderRow,
    // The file: imported with a caveat.
    YearFromTitle, HiddenSheet, NotesBelowTable,
    // A row: imported with a caveat.
    EtCeteraIgnored,
    // A row: not imported.
    FrameworkDiffers, IndicatorNotInFramework, NumberNameMismatch, IndicatorNameEmpty, IndicatorNotRecognised,
    LevelNotRecognised, LevelOutOfRange, DateNotRecognised, StatusNotRecognised, OpdEmpty, ActionEmpty,
}

/// <summary>
/// A problem or warning tied to a spreadsheet row (0 = the file as a whole) and the column as the file heads it. Core
/// says what and with which values; the words, in the reader's language, are dialogs/'s (<c>PlanSpreadsheetTexts.Issue</c>).
/// </summary>
public sealed record ImportIssue(int Row, string? Column, ImportIssueKind Kind)
{
    /// <summary>A text as the file has it (shortened): the framework, indicator, level, date or status cell, the hidden sheet's name.</summary>
    public string? Text { get; init; }
    /// <summary>A number: the title's year, the level out of range, the indicator's number, the header row, the notes' first row.</summary>
    public int? Number { get; init; }
    /// <summary>A second number: the indicator the name belongs to, the nearest indicator (null: none near), the notes' last row.</summary>
    public int? Other { get; init; }
    /// <summary>The framework the file is read against.</summary>
    public string? Framework { get; init; }
    /// <summary>The required columns the header lacks (<see cref="ImportIssueKind.MissingColumns"/>).</summary>
    public IReadOnlyList<PlanColumn> Missing { get; init; } = [];

    /// <summary>An issue of the file as a whole, or of a cell before the importer places it on its row and column.</summary>
    public static ImportIssue Of(ImportIssueKind kind) => new(0, null, kind);
}

/// <summary>What reading a plan spreadsheet produced. Drafts are only trustworthy when <see cref="Problems"/> is empty.</summary>
public sealed record PlanImportResult
{
    public IReadOnlyList<PlanItemDraft> Drafts { get; init; } = [];
    /// <summary>Rows (or the file) that cannot be imported, with the reason.</summary>
    public IReadOnlyList<ImportIssue> Problems { get; init; } = [];
    /// <summary>Things imported with a caveat ("dll" dropped from an OPD list, …).</summary>
    public IReadOnlyList<ImportIssue> Warnings { get; init; } = [];
    /// <summary>The sheet the table was read from, counted from 1.</summary>
    public int? Sheet { get; init; }
    public int? HeaderRow { get; init; }
    /// <summary>Plan rows found (after continuation rows were joined), valid or not.</summary>
    public int RowsRead { get; init; }
    /// <summary>The file has a status column, so its statuses should overwrite stored ones.</summary>
    public bool HasStatusColumn { get; init; }

    /// <summary>Why the file is no spreadsheet that can be read at all (null when it could be read).</summary>
    public UnreadableSpreadsheetException? Spreadsheet { get; init; }

    public bool FileUnreadable => Spreadsheet is not null || Problems.Any(p => p.Row == 0);

    public static PlanImportResult Unreadable(ImportIssue problem) => new() { Problems = [problem] };
}
