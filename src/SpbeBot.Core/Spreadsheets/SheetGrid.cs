using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using CsvHelper.Configuration;

namespace SpbeBot.Core.Spreadsheets;

/// <summary>A spreadsheet as rows of text cells, with the row numbers a person sees in Excel.</summary>
public sealed record SheetRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int column) => column >= 0 && column < Cells.Count ? Cells[column] : "";
    public bool IsEmpty => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>One sheet: its name, whether it is hidden (or very hidden) in Excel, and its rows.</summary>
public sealed record SheetData(string Name, bool Hidden, IReadOnlyList<SheetRow> Rows);

/// <summary>Why a file could not be read at all.</summary>
public enum UnreadableReason
{
    NotFound,
    Empty,
    TooLarge,
    /// <summary>An OLE file: password-protected, or the old .xls format.</summary>
    ProtectedOrXls,
    /// <summary>An XLSX that inflates too far when unzipped, or an encrypted one.</summary>
    Inflates,
    Damaged,
    NotASpreadsheet,
    TooManyRows,
}

/// <summary>
/// A file that could not be read at all: why, and the values the words need (the person's words are in dialogs/,
/// <c>SpreadsheetTexts</c>; <see cref="Exception.Message"/> is for logs).
/// </summary>
public sealed class UnreadableSpreadsheetException(UnreadableReason reason, long bytes = 0, long limit = 0, string? sheet = null)
    : Exception($"Unreadable spreadsheet: {reason}")
{
    public UnreadableReason Reason { get; } = reason;

    /// <summary>The file's size (<see cref="UnreadableReason.TooLarge"/>).</summary>
    public long Bytes { get; } = bytes;

    /// <summary>The most bytes (<see cref="UnreadableReason.TooLarge"/>) or rows (<see cref="UnreadableReason.TooManyRows"/>) read.</summary>
    public long Limit { get; } = limit;

    /// <summary>The sheet with too many rows (null for a CSV).</summary>
    public string? Sheet { get; } = sheet;
}

/// <summary>
/// Reads XLSX and CSV into rows of text. The type is decided by content, not extension. Merged cells give their
/// value to every cell of the merge; line breaks inside cells are kept as "\n".
/// </summary>
public static class SheetGrid
{
    public const long DefaultMaxBytes = 20 * 1024 * 1024;
    public const int MaxRows = 100_000;

    public static IReadOnlyList<IReadOnlyList<SheetRow>> Read(string path, long maxBytes = DefaultMaxBytes) =>
        ReadSheets(path, maxBytes).Select(s => s.Rows).ToList();

    /// <summary>The sheets with their names and whether Excel hides them (a CSV is one visible sheet).</summary>
    public static IReadOnlyList<SheetData> ReadSheets(string path, long maxBytes = DefaultMaxBytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new UnreadableSpreadsheetException(UnreadableReason.NotFound);
        if (info.Length == 0) throw new UnreadableSpreadsheetException(UnreadableReason.Empty);
        if (info.Length > maxBytes)
            throw new UnreadableSpreadsheetException(UnreadableReason.TooLarge, info.Length, maxBytes);

        var head = new byte[8];
        using (var probe = File.OpenRead(path)) _ = probe.Read(head, 0, head.Length);
        if (head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0)
            throw new UnreadableSpreadsheetException(UnreadableReason.ProtectedOrXls);
        if (head[0] == 'P' && head[1] == 'K') return ReadXlsx(path);
        return [new SheetData(Path.GetFileName(path), false, ReadCsv(path))];
    }

    static IReadOnlyList<SheetData> ReadXlsx(string path)
    {
        // An XLSX is a ZIP: a small file can inflate to gigabytes. The evidence bomb check runs before ClosedXML does.
        using (var stream = File.OpenRead(path))
            if (Evidence.ZipInspector.Inspect(stream, new Evidence.ArchiveLimits()).Problem is Evidence.FileProblem.ZipBomb or Evidence.FileProblem.Encrypted)
                throw new UnreadableSpreadsheetException(UnreadableReason.Inflates);
        XLWorkbook workbook;
        // Untrusted file: ClosedXML/OpenXML throw many exception types on damaged packages; all mean "unreadable".
        try { workbook = new XLWorkbook(path); }
        catch (Exception) { throw new UnreadableSpreadsheetException(UnreadableReason.Damaged); }
        using (workbook)
        {
            var sheets = new List<SheetData>();
            foreach (var sheet in workbook.Worksheets)
            {
                var used = sheet.RangeUsed();
                var hidden = sheet.Visibility != XLWorksheetVisibility.Visible;
                if (used is null) { sheets.Add(new SheetData(sheet.Name, hidden, [])); continue; }
                var lastRow = used.LastRow().RowNumber();
                var lastColumn = Math.Min(used.LastColumn().ColumnNumber(), 60);
                if (lastRow > MaxRows) throw new UnreadableSpreadsheetException(UnreadableReason.TooManyRows, limit: MaxRows, sheet: sheet.Name);
                var merged = sheet.MergedRanges.ToList();
                var rows = new List<SheetRow>(lastRow);
                for (var r = 1; r <= lastRow; r++)
                {
                    var cells = new string[lastColumn];
                    for (var c = 1; c <= lastColumn; c++) cells[c - 1] = CellText(sheet.Cell(r, c));
                    rows.Add(new SheetRow(r, cells));
                }
                foreach (var range in merged)
                {
                    var value = CellText(range.FirstCell());
                    var first = range.RangeAddress.FirstAddress;
                    var last = range.RangeAddress.LastAddress;
                    for (var r = first.RowNumber; r <= Math.Min(last.RowNumber, lastRow); r++)
                        for (var c = first.ColumnNumber; c <= Math.Min(last.ColumnNumber, lastColumn); c++)
                            ((string[])rows[r - 1].Cells)[c - 1] = value;
                }
                sheets.Add(new SheetData(sheet.Name, hidden, rows));
            }
            return sheets;
        }
    }

    static string CellText(IXLCell cell)
    {
        if (cell.DataType == XLDataType.DateTime && cell.TryGetValue<DateTime>(out var date))
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = cell.DataType == XLDataType.Number ? cell.GetDouble().ToString(CultureInfo.InvariantCulture) : cell.GetString();
        return Clean(text);
    }

    static IReadOnlyList<SheetRow> ReadCsv(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Take(4096).Count(b => b == 0) > 0)
            throw new UnreadableSpreadsheetException(UnreadableReason.NotASpreadsheet);
        var text = Decode(bytes);
        // Title rows are often not padded with delimiters, so look at the first lines together.
        var sample = text.Split('\n').Take(20).ToList();
        var delimiter = new[] { "\t", ";", "," }.OrderByDescending(d => sample.Sum(line => line.Split(d).Length - 1)).First();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter, HasHeaderRecord = false, BadDataFound = null, MissingFieldFound = null, DetectColumnCountChanges = false,
        };
        using var reader = new CsvReader(new StringReader(text), config);
        var rows = new List<SheetRow>();
        var number = 0;
        while (reader.Read())
        {
            if (++number > MaxRows) throw new UnreadableSpreadsheetException(UnreadableReason.TooManyRows, limit: MaxRows);
            rows.Add(new SheetRow(number, (reader.Parser.Record ?? []).Select(Clean).ToArray()));
        }
        return rows;
    }

    /// <summary>UTF-8 (with or without BOM) when valid, else Windows-1252 as Excel writes CSV on Indonesian Windows.</summary>
    static string Decode(byte[] bytes)
    {
        try { return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF'); }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }


    static string Clean(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Trim();
}
