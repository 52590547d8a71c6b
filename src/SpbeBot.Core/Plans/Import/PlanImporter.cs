using SpbeBot.Core.Spreadsheets;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Core.Plans.Import;

/// <summary>
/// Reads a follow-up plan spreadsheet as coordinators keep it into plan item drafts: header under title rows,
/// continuation rows (empty "No") joined to the row above, indicators resolved by number or fuzzy name, public
/// services under the per-service indicator, OPD lists split, levels, deadlines and statuses parsed. Every row that
/// cannot be read is reported with its row number and reason; nothing is guessed silently. Writes nothing.
/// </summary>
public sealed partial class PlanImporter(CriteriaCatalog defaultCatalog, int year, Func<string, bool> isKnownOpd)
{
    CriteriaCatalog catalog = defaultCatalog;
    IndicatorNameMatcher _names = new(defaultCatalog);
    /// <summary>
    /// Framework/year columns in the file (our own exports carry them) choose the framework and year when the user
    /// gave none; otherwise a different framework in the file is a problem.
    /// </summary>
    public bool FileMayChooseFramework { get; init; } = true;

    public PlanImportResult Read(string path, long maxBytes = SheetGrid.DefaultMaxBytes)
    {
        IReadOnlyList<SheetData> data;
        try { data = SheetGrid.ReadSheets(path, maxBytes); }
        catch (UnreadableSpreadsheetException e) { return new PlanImportResult { Spreadsheet = e }; }

        var sheets = data.Select(d => d.Rows).ToList();
        if (sheets.All(s => s.All(r => r.IsEmpty))) return PlanImportResult.Unreadable(ImportIssue.Of(ImportIssueKind.EmptySheet));
        foreach (var (rows, index) in sheets.Select((s, i) => (s, i)))
        {
            var header = PlanHeader.Find(rows);
            if (header is null) continue;
            var missing = MissingColumns(header);
            if (missing.Count > 0)
                return PlanImportResult.Unreadable(ImportIssue.Of(ImportIssueKind.MissingColumns) with { Number = header.RowNumber, Missing = missing });
            UseFileFramework(rows, header);
            var titleYear = UseTitleYear(rows, header);
            var result = ReadRows(rows, header);
            if (titleYear is not null)
                result = result with { Warnings = result.Warnings.Prepend(ImportIssue.Of(ImportIssueKind.YearFromTitle) with { Number = titleYear }).ToList() };
            if (data[index].Hidden)
                result = result with { Warnings = result.Warnings.Prepend(ImportIssue.Of(ImportIssueKind.HiddenSheet) with { Text = Short(data[index].Name) }).ToList() };
            return result with { Sheet = index + 1, HeaderRow = header.RowNumber, HasStatusColumn = header[PlanColumn.Status] is not null };
        }
        return PlanImportResult.Unreadable(ImportIssue.Of(ImportIssueKind.NoHeaderRow));
    }

    /// <summary>"MONEV PENINGKATAN INDEKS SPBE 2019": with no year given and no year column, the title's year is the plan's.</summary>
    int? UseTitleYear(IReadOnlyList<SheetRow> rows, PlanHeader header)
    {
        if (!FileMayChooseFramework || header[PlanColumn.Year] is not null) return null;
        foreach (var row in rows.Take(header.RowIndex))
            foreach (var word in TextNormalizer.Normalize(string.Join(" ", row.Cells.Distinct())).Split(' '))
                if (word.Length == 4 && int.TryParse(word, out var found) && found is >= 2000 and <= 2100)
                {
                    year = found;
                    return found;
                }
        return null;
    }

    void UseFileFramework(IReadOnlyList<SheetRow> rows, PlanHeader header)
    {
        if (!FileMayChooseFramework || header[PlanColumn.Framework] is not int column) return;
        var named = rows.Skip(header.RowIndex + 1).Select(r => r.Cell(column)).FirstOrDefault(c => c.Length > 0);
        if (named is null || !CatalogStore.Exists(named) || named.Equals(catalog.Framework, StringComparison.OrdinalIgnoreCase)) return;
        catalog = CatalogStore.Get(named);
        _names = new IndicatorNameMatcher(catalog);
    }

    /// <summary>The required columns: an indicator, an action (or a recommendation), the OPD.</summary>
    static List<PlanColumn> MissingColumns(PlanHeader header)
    {
        var missing = new List<PlanColumn>();
        if (header[PlanColumn.Indicator] is null && header[PlanColumn.IndicatorNumber] is null) missing.Add(PlanColumn.Indicator);
        if (header[PlanColumn.Action] is null && header[PlanColumn.Recommendation] is null) missing.Add(PlanColumn.Action);
        if (header[PlanColumn.Opd] is null) missing.Add(PlanColumn.Opd);
        return missing;
    }

    PlanImportResult ReadRows(IReadOnlyList<SheetRow> rows, PlanHeader header)
    {
        var logical = JoinContinuationRows(rows, header, out var notes);
        var drafts = new List<PlanItemDraft>();
        var problems = new List<ImportIssue>();
        var warnings = new List<ImportIssue>();
        Indicator? previous = null;
        foreach (var row in logical)
        {
            var draft = ReadRow(row, header, previous, problems, warnings, out var indicator);
            if (indicator is not null) previous = indicator;
            if (draft is not null) drafts.Add(draft);
        }
        if (notes is { } n)
            warnings.Add(ImportIssue.Of(ImportIssueKind.NotesBelowTable) with { Number = n.First, Other = n.Last });
        return new PlanImportResult { Drafts = drafts, Problems = problems, Warnings = warnings, RowsRead = logical.Count };
    }

    /// <summary>
    /// How Pemda spreadsheets end: "Sumber: …", "Catatan: …", "Keterangan", "Mengetahui," and a signature block (name,
    /// "NIP. …"). The first row whose first filled cell starts that way ends the table; it and everything below are notes.
    /// </summary>
    static bool StartsNotes(SheetRow row)
    {
        var first = row.Cells.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim();
        if (first is null) return false;
        var folded = TextNormalizer.Normalize(first);
        return NoteStart().IsMatch(folded);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(sumber|catatan|keterangan|ket|mengetahui|menyetujui|disetujui|nip|nb|note|notes)\b")]
    private static partial System.Text.RegularExpressions.Regex NoteStart();

    /// <summary>Rows whose "No" is empty continue the row above, cell by cell (wrapped text typed on a new row).</summary>
    static List<SheetRow> JoinContinuationRows(IReadOnlyList<SheetRow> rows, PlanHeader header, out (int First, int Last)? notes)
    {
        var result = new List<SheetRow>();
        var no = header[PlanColumn.No];
        notes = null;
        foreach (var row in rows.Skip(header.RowIndex + 1))
        {
            if (notes is { } open)
            {
                if (!row.IsEmpty) notes = (open.First, row.Number);
                continue;
            }
            if (row.IsEmpty || header.IsRepeatedHeader(row)) continue;
            if (StartsNotes(row))
            {
                notes = (row.Number, row.Number);
                continue;
            }
            var continues = no is int c && row.Cell(c).Length == 0 && result.Count > 0;
            if (!continues) { result.Add(new SheetRow(row.Number, row.Cells.ToArray())); continue; }
            var above = (string[])result[^1].Cells;
            for (var i = 0; i < row.Cells.Count && i < above.Length; i++)
                if (row.Cells[i].Length > 0) above[i] = above[i].Length == 0 ? row.Cells[i] : above[i] + "\n" + row.Cells[i];
        }
        return result;
    }

    PlanItemDraft? ReadRow(SheetRow row, PlanHeader header, Indicator? previous, List<ImportIssue> problems, List<ImportIssue> warnings, out Indicator? indicator)
    {
        string Get(PlanColumn column) => header[column] is int c ? row.Cell(c) : "";
        var before = problems.Count;
        void Problem(string column, ImportIssue issue) => problems.Add(issue with { Row = row.Number, Column = column });

        var (framework, rowYear) = (catalog.Framework, year);
        if (Get(PlanColumn.Framework) is { Length: > 0 } fw && !fw.Equals(catalog.Framework, StringComparison.OrdinalIgnoreCase))
            Problem(header.NameOf(PlanColumn.Framework, "Kerangka"), ImportIssue.Of(ImportIssueKind.FrameworkDiffers) with { Text = fw, Framework = catalog.Framework });
        if (FileMayChooseFramework && int.TryParse(Get(PlanColumn.Year), out var y)) rowYear = y;

        indicator = ResolveIndicator(row, header, previous, Get, Problem, out var service);
        if (service is null && Get(PlanColumn.Service) is { Length: > 0 } serviceCell) service = serviceCell;

        var (current, currentError) = CellValues.Level(Get(PlanColumn.CurrentLevel));
        if (currentError is not null) Problem(header.NameOf(PlanColumn.CurrentLevel, "Nilai/Level"), currentError);
        var (target, targetError) = CellValues.Level(Get(PlanColumn.TargetLevel));
        if (targetError is not null) Problem(header.NameOf(PlanColumn.TargetLevel, "Target Level"), targetError);
        var (deadline, deadlineError) = CellValues.Deadline(Get(PlanColumn.Deadline));
        if (deadlineError is not null) Problem(header.NameOf(PlanColumn.Deadline, "Target Waktu"), deadlineError);
        var (status, statusError) = CellValues.Status(Get(PlanColumn.Status));
        if (statusError is not null) Problem(header.NameOf(PlanColumn.Status, "Status"), statusError);

        var opds = OpdCell.Split(Get(PlanColumn.Opd), isKnownOpd);
        if (opds.DroppedEtCetera)
            warnings.Add(new ImportIssue(row.Number, header.NameOf(PlanColumn.Opd, "OPD"), ImportIssueKind.EtCeteraIgnored));
        if (opds.Opds.Count == 0) Problem(header.NameOf(PlanColumn.Opd, "OPD"), ImportIssue.Of(ImportIssueKind.OpdEmpty));

        var action = Text(Get(PlanColumn.Action));
        var recommendation = Text(Get(PlanColumn.Recommendation));
        if (action is null && recommendation is null) Problem(header.NameOf(header[PlanColumn.Action] is null ? PlanColumn.Recommendation : PlanColumn.Action, "Tindak Lanjut"), ImportIssue.Of(ImportIssueKind.ActionEmpty));

        if (problems.Count > before || indicator is null) return null;
        return new PlanItemDraft
        {
            Framework = framework, Year = rowYear, Indicator = indicator.Number, ServiceName = service,
            CurrentLevel = current, TargetLevel = target, Recommendation = recommendation, Action = action,
            Deadline = deadline, Opds = opds.Opds, Status = status ?? PlanStatus.Open, Row = row.Number,
        };
    }

    Indicator? ResolveIndicator(SheetRow row, PlanHeader header, Indicator? previous, Func<PlanColumn, string> get, Action<string, ImportIssue> problem, out string? service)
    {
        service = null;
        var name = get(PlanColumn.Indicator).Replace('\n', ' ').Trim();
        var numberText = get(PlanColumn.IndicatorNumber);
        // Without a number column, the Indikator cell may carry the number: "32", "Indikator 32", "Ind. 5 Kebijakan …".
        if (numberText.Length == 0 && NumberedIndicator().Match(name) is { Success: true } numbered)
            (numberText, name) = (numbered.Groups["number"].Value, numbered.Groups["rest"].Value.Trim());
        if (numberText.Length > 0)
        {
            if (!int.TryParse(numberText, out var number) || catalog.FindIndicator(number) is not { } byNumber)
            { problem(header[PlanColumn.IndicatorNumber] is null ? header.NameOf(PlanColumn.Indicator, "Indikator") : header.NameOf(PlanColumn.IndicatorNumber, "No Indikator"), ImportIssue.Of(ImportIssueKind.IndicatorNotInFramework) with { Text = numberText, Framework = catalog.Framework }); return null; }
            var check = name.Length > 0 ? _names.Match(name) : null;
            if (check?.Indicator is { } other && other.Number != byNumber.Number && byNumber.ScoredPerService == false)
            { problem(header.NameOf(PlanColumn.Indicator, "Indikator"), ImportIssue.Of(ImportIssueKind.NumberNameMismatch) with { Number = number, Text = Short(name), Other = other.Number }); return null; }
            if (byNumber.ScoredPerService && check?.Indicator?.Number != byNumber.Number && name.Length > 0) service = name;
            return byNumber;
        }
        if (name.Length == 0) { problem(header.NameOf(PlanColumn.Indicator, "Indikator"), ImportIssue.Of(ImportIssueKind.IndicatorNameEmpty)); return null; }

        var match = _names.Match(name);
        if (match.Indicator is not null) return match.Indicator;

        // A public service named instead of an indicator (2018's indicator 35 is scored per service).
        var perService = catalog.Indicators.FirstOrDefault(i => i.ScoredPerService);
        if (perService is not null && match.Score < 0.5 && LooksLikeService(row, header, previous, perService))
        {
            service = name;
            return perService;
        }
        var nearest = match.RunnerUp is null || match.Score == 0 ? null : (int?)match.RunnerUp.Number;
        problem(header.NameOf(PlanColumn.Indicator, "Indikator"),
            ImportIssue.Of(ImportIssueKind.IndicatorNotRecognised) with { Text = Short(name), Framework = catalog.Framework, Other = nearest });
        return null;
    }

    /// <summary>After a row of the public-service aspect, or when its text says "layanan publik", a non-indicator name is a service.</summary>
    bool LooksLikeService(SheetRow row, PlanHeader header, Indicator? previous, Indicator perService)
    {
        if (previous is not null && previous.Aspect == perService.Aspect) return true;
        var text = TextNormalizer.Normalize(string.Join(" ", row.Cells));
        return text.Contains("layanan publik") || text.Contains("pelayanan publik");
    }

    static string? Text(string cell) => string.IsNullOrWhiteSpace(cell) ? null : cell.Trim();

    static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:indikator|ind\.?|i)?\s*(?<number>\d{1,3})(?:\s*[.:)\-–]\s*|\s+|$)(?<rest>.*)$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NumberedIndicator();
}
