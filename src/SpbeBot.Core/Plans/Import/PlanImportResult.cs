using SpbeBot.Core.Spreadsheets;

namespace SpbeBot.Core.Plans.Import;

/// <summary>A problem or warning tied to a spreadsheet row (0 = the file as a whole).</summary>
public sealed record ImportIssue(int Row, string? Column, string Message)
{
    public override string ToString() => Row == 0 ? Message : Column is null ? $"Baris {Row}: {Message}" : $"Baris {Row}, kolom {Column}: {Message}";
}

/// <summary>What reading a plan spreadsheet produced. Drafts are only trustworthy when <see cref="Problems"/> is empty.</summary>
public sealed record PlanImportResult
{
    public IReadOnlyList<PlanItemDraft> Drafts { get; init; } = [];
    /// <summary>Rows (or the file) that cannot be imported, with the reason.</summary>
    public IReadOnlyList<ImportIssue> Problems { get; init; } = [];
    /// <summary>Things imported with a caveat ("dll" dropped from an OPD list, …).</summary>
    public IReadOnlyList<ImportIssue> Warnings { get; init; } = [];
    public string? Sheet { get; init; }
    public int? HeaderRow { get; init; }
    /// <summary>Plan rows found (after continuation rows were joined), valid or not.</summary>
    public int RowsRead { get; init; }
    /// <summary>The file has a status column, so its statuses should overwrite stored ones.</summary>
    public bool HasStatusColumn { get; init; }

    /// <summary>Why the file is no spreadsheet that can be read at all (null when it could be read).</summary>
    public UnreadableSpreadsheetException? Spreadsheet { get; init; }

    public bool FileUnreadable => Spreadsheet is not null || Problems.Any(p => p.Row == 0);

    public static PlanImportResult Unreadable(string message) => new() { Problems = [new ImportIssue(0, null, message)] };
}
