using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Spreadsheets;
using T = SpbeBot.Dialogs.Criteria.CatalogWorkbookTexts;

namespace SpbeBot.Dialogs.Criteria;

/// <summary>What reading a criteria workbook gave: the framework it names, the catalog it makes, or why not, row by row.</summary>
public sealed record CatalogWorkbookResult(string? Framework, CriteriaCatalog? Catalog, IReadOnlyList<string> Problems)
{
    public bool Ok => Catalog is not null && Problems.Count == 0;
}

/// <summary>
/// The criteria workbook a coordinator fills from the official text: one row per indicator × level (kriteria level,
/// kriteria pemenuhan, kriteria bukti dukung, halaman sumber), the framework id in a named cell of the instructions
/// sheet. <see cref="Write"/> prefills it from a catalog; <see cref="Read"/> checks a filled one and makes the catalog
/// it describes: the base catalog of its framework with the indicator names and level texts of the workbook.
/// </summary>
public static partial class CatalogWorkbook
{
    const int MaxRows = 2000;
    const int Levels = 5;

    public static void Write(CriteriaCatalog catalog, int version, string path)
    {
        using var workbook = new XLWorkbook();
        var help = workbook.Worksheets.Add(T.InstructionsSheet);
        help.Cell(1, 1).Value = T.InstructionsTitle(catalog);
        help.Cell(1, 1).Style.Font.Bold = true;
        help.Cell(1, 1).Style.Font.FontSize = 14;
        help.Cell(3, 1).Value = T.FrameworkLabel;
        help.Cell(3, 2).Value = catalog.Framework;
        help.Cell(3, 2).Style.Font.Bold = true;
        workbook.NamedRanges.Add(T.FrameworkName, help.Range(3, 2, 3, 2));
        help.Cell(4, 1).Value = T.VersionLabel;
        help.Cell(4, 2).Value = T.VersionValue(version);
        for (var i = 0; i < T.Instructions.Count; i++) help.Cell(6 + i, 1).Value = T.Instructions[i];
        help.Column(1).Width = 38;
        help.Column(2).Width = 24;

        var sheet = workbook.Worksheets.Add(T.TableSheet);
        for (var c = 0; c < T.Headers.Count; c++) sheet.Cell(1, c + 1).Value = T.Headers[c];
        var header = sheet.Range(1, 1, 1, T.Headers.Count);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#DDEBF7");
        header.Style.Alignment.WrapText = true;
        var row = 2;
        foreach (var indicator in catalog.Indicators)
            for (var level = 1; level <= Levels; level++)
            {
                var l = indicator.Level(level);
                sheet.Cell(row, 1).Value = indicator.Number;
                sheet.Cell(row, 2).Value = indicator.Name;
                sheet.Cell(row, 3).Value = level;
                // Text cells stay text: a criterion starting with "=" must not become a formula.
                SetText(sheet.Cell(row, 4), l?.Criterion);
                SetText(sheet.Cell(row, 5), Items(l?.Fulfilment));
                SetText(sheet.Cell(row, 6), Items(l?.Evidence));
                SetText(sheet.Cell(row, 7), l?.SourcePage);
                row++;
            }
        var body = sheet.Range(2, 1, Math.Max(2, row - 1), T.Headers.Count);
        body.Style.Alignment.WrapText = true;
        body.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        int[] widths = [10, 36, 7, 60, 70, 70, 12];
        for (var c = 0; c < widths.Length; c++) sheet.Column(c + 1).Width = widths[c];
        sheet.SheetView.Freeze(1, 3);
        sheet.SetAutoFilter();
        workbook.SaveAs(path);
    }

    static void SetText(IXLCell cell, string? text)
    {
        if (string.IsNullOrEmpty(text)) return;
        cell.SetValue(text);
        cell.Style.NumberFormat.Format = "@";
    }

    static string Items(IReadOnlyList<string>? items) =>
        items is null ? "" : string.Join("\n", items.Select((item, i) => $"{i + 1}. {item}"));

    /// <summary>
    /// Checks the file (size, XLSX bomb) before ClosedXML opens it, then the workbook: framework, header, no merged or
    /// formula cells, every indicator of the framework with levels 1–5, no empty criterion. <paramref name="expectedFramework"/>,
    /// when given, must be the workbook's. The problems are worded by <paramref name="t"/>, the reader's language.
    /// </summary>
    public static CatalogWorkbookResult Read(string path, CatalogImportTexts t, string? expectedFramework = null)
    {
        if (SpreadsheetSafety.CheckXlsx(path) is var safety and not SpreadsheetProblem.None)
            return new(null, null, [t.FileProblem(safety, path)]);
        XLWorkbook workbook;
        // Untrusted file: ClosedXML/OpenXML throw many exception types on damaged packages; all mean "unreadable".
        try { workbook = new XLWorkbook(path); }
        catch (Exception) { return new(null, null, [t.Damaged]); }
        using (workbook) return Read(workbook, t, expectedFramework);
    }

    static CatalogWorkbookResult Read(XLWorkbook workbook, CatalogImportTexts t, string? expectedFramework)
    {
        var framework = FrameworkOf(workbook);
        if (framework is null) return new(null, null, [t.NoFramework]);
        if (!CatalogStore.Exists(framework)) return new(framework, null, [t.UnknownFramework(framework, CatalogStore.Available)]);
        if (expectedFramework is not null && !framework.Equals(expectedFramework.Trim(), StringComparison.OrdinalIgnoreCase))
            return new(framework, null, [t.WrongFramework(framework, expectedFramework)]);
        if (!workbook.Worksheets.TryGetWorksheet(T.TableSheet, out var sheet)) return new(framework, null, [t.NoTableSheet]);

        var baseCatalog = CatalogStore.Get(framework);
        var problems = new List<string>();
        foreach (var range in sheet.MergedRanges.OrderBy(r => r.RangeAddress.FirstAddress.RowNumber))
            problems.Add(t.Merged(range.RangeAddress.ToString()!, range.RangeAddress.FirstAddress.RowNumber));
        var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 0;
        if (lastRow > MaxRows) return new(framework, null, [t.TooManyRows(MaxRows)]);
        foreach (var cell in sheet.CellsUsed(XLCellsUsedOptions.Contents).Where(c => c.HasFormula).OrderBy(c => c.Address.RowNumber).ThenBy(c => c.Address.ColumnNumber))
            problems.Add(t.Formula(cell.Address.ToString()!, cell.Address.RowNumber));

        var headerOk = true;
        for (var c = 0; c < T.Headers.Count; c++)
        {
            var found = Text(sheet.Cell(1, c + 1));
            if (string.Equals(Fold(found), Fold(T.Headers[c]), StringComparison.Ordinal)) continue;
            problems.Add(t.BadHeader(T.Headers[c], found, sheet.Cell(1, c + 1).Address.ColumnLetter));
            headerOk = false;
        }
        // Columns in another order would put texts in the wrong fields: stop at the header.
        if (!headerOk) return new(framework, null, problems);

        var seen = new Dictionary<(int, int), int>();
        var names = new Dictionary<int, string>();
        var levels = new Dictionary<(int Indicator, int Level), IndicatorLevel>();
        for (var r = 2; r <= lastRow; r++)
        {
            var cells = Enumerable.Range(1, T.Headers.Count).Select(c => sheet.Cell(r, c)).ToArray();
            if (cells.Any(c => c.HasFormula)) continue; // reported above
            var texts = cells.Select(Text).ToArray();
            if (texts.All(string.IsNullOrWhiteSpace)) continue;
            if (!int.TryParse(texts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)) { problems.Add(t.BadIndicator(r, texts[0])); continue; }
            var indicator = baseCatalog.FindIndicator(number);
            if (indicator is null) { problems.Add(t.UnknownIndicator(r, number, framework)); continue; }
            if (!int.TryParse(texts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level is < 1 or > Levels)
            { problems.Add(t.BadLevel(r, texts[2])); continue; }
            if (seen.TryGetValue((number, level), out var first)) { problems.Add(t.Duplicate(r, number, level, first)); continue; }
            seen[(number, level)] = r;
            var empty = new[] { 1, 3, 4, 5 }.Where(c => string.IsNullOrWhiteSpace(texts[c])).ToList();
            foreach (var c in empty) problems.Add(t.Empty(r, T.Headers[c]));
            if (empty.Count > 0) continue;
            // One indicator, one name: the first row's name counts, a different one later is a problem.
            if (names.TryGetValue(number, out var name) && name != texts[1]) problems.Add(t.NameDiffers(r, number, name));
            names.TryAdd(number, texts[1]);
            var before = indicator.Level(level);
            var replaced = before is null
                ? new IndicatorLevel { Level = level, Criterion = texts[3] }
                : before with { Criterion = texts[3] };
            levels[(number, level)] = replaced with
            {
                Fulfilment = SplitItems(texts[4]),
                Evidence = SplitItems(texts[5]),
                SourcePage = string.IsNullOrWhiteSpace(texts[6]) ? null : texts[6],
            };
        }
        foreach (var indicator in baseCatalog.Indicators)
        {
            var present = Enumerable.Range(1, Levels).Where(l => seen.ContainsKey((indicator.Number, l))).ToList();
            if (present.Count == 0) { problems.Add(t.MissingIndicator(indicator.Number, indicator.Name)); continue; }
            foreach (var l in Enumerable.Range(1, Levels).Except(present)) problems.Add(t.MissingLevel(indicator.Number, l));
        }
        if (problems.Count > 0) return new(framework, null, problems);

        var catalog = baseCatalog with
        {
            Indicators = baseCatalog.Indicators.Select(i => i with
            {
                Name = names[i.Number],
                Levels = Enumerable.Range(1, Levels).Select(l => levels[(i.Number, l)]).ToList(),
            }).ToList(),
        };
        return new(framework, catalog, []);
    }

    static string? FrameworkOf(XLWorkbook workbook)
    {
        if (!workbook.NamedRanges.TryGetValue(T.FrameworkName, out var name)) return null;
        var cell = name.Ranges.FirstOrDefault()?.FirstCell();
        if (cell is null || cell.HasFormula) return null;
        var text = Text(cell);
        return text.Length == 0 ? null : text.ToLowerInvariant();
    }

    /// <summary>A cell's text: trimmed, line breaks as "\n", whole numbers without ".0".</summary>
    static string Text(IXLCell cell)
    {
        if (cell.HasFormula) return "";
        var text = cell.DataType switch
        {
            XLDataType.Number => cell.GetDouble().ToString(CultureInfo.InvariantCulture),
            XLDataType.Text => cell.GetString(),
            _ => cell.GetFormattedString(),
        };
        return text.Replace("\r\n", "\n").Replace('\r', '\n').Trim();
    }

    /// <summary>One item per line; a numbering "1." / "2)" … is taken off only when every line carries it in order.</summary>
    static IReadOnlyList<string> SplitItems(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var numbered = lines.Select((l, i) => ItemNumber().Match(l) is { Success: true } m && m.Groups[1].Value == (i + 1).ToString(CultureInfo.InvariantCulture)).All(x => x);
        return numbered ? lines.Select(l => l[ItemNumber().Match(l).Length..].Trim()).ToList() : lines;
    }

    static string Fold(string text) => Regex.Replace(text.ToLowerInvariant(), @"\s+", " ").Trim();

    [GeneratedRegex(@"^(\d+)[.)]\s+")]
    private static partial Regex ItemNumber();
}
