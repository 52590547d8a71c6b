using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;
using CsvHelper.Configuration;

namespace SpbeBot.Core.Scoring;

/// <summary>
/// Reads "indicator, level" rows from CSV or XLSX for index calculation. Header and title rows are skipped
/// (a row counts when its first two non-empty cells are whole numbers); bad rows are reported, not guessed.
/// </summary>
public static class LevelsFile
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public sealed record Result(IReadOnlyDictionary<int, int> Levels, IReadOnlyList<string> Problems);

    public static Result Read(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) return Fail($"Berkas tidak ditemukan / file not found: {path}");
        if (info.Length > MaxBytes) return Fail($"Berkas terlalu besar ({info.Length / 1024} KB; maksimal {MaxBytes / 1024} KB) / file too large.");
        try
        {
            var rows = IsZip(path) ? ReadXlsx(path) : ReadCsv(path);
            return Collect(rows);
        }
        // Untrusted file: ClosedXML and CsvHelper throw many exception types on broken input; all mean "unreadable".
        catch (Exception)
        {
            return Fail("Berkas tidak dapat dibaca sebagai CSV atau XLSX / the file is not a readable CSV or XLSX.");
        }
    }

    static Result Collect(IEnumerable<(int Row, IReadOnlyList<string> Cells)> rows)
    {
        var levels = new Dictionary<int, int>();
        var problems = new List<string>();
        foreach (var (row, cells) in rows)
        {
            var values = cells.Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
            if (values.Count < 2) continue;
            if (!int.TryParse(values[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var indicator)) continue; // header/title
            if (!int.TryParse(values[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var level))
            { problems.Add($"Baris {row}: level \"{values[1]}\" bukan angka 1–5 / not a level 1–5."); continue; }
            if (level is < 1 or > 5) { problems.Add($"Baris {row}: level {level} di luar 1–5 / level outside 1–5."); continue; }
            if (levels.ContainsKey(indicator)) { problems.Add($"Baris {row}: indikator {indicator} muncul dua kali / indicator listed twice."); continue; }
            levels[indicator] = level;
        }
        if (levels.Count == 0 && problems.Count == 0) problems.Add("Tidak ada baris \"indikator, level\" di berkas ini / no \"indicator, level\" rows found.");
        return new Result(levels, problems);
    }

    static IEnumerable<(int, IReadOnlyList<string>)> ReadCsv(string path)
    {
        var firstLine = File.ReadLines(path).FirstOrDefault() ?? "";
        var delimiter = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ";" : firstLine.Contains('\t') ? "\t" : ",";
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter, HasHeaderRecord = false, BadDataFound = null, MissingFieldFound = null };
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, config);
        var list = new List<(int, IReadOnlyList<string>)>();
        while (csv.Read())
        {
            if (list.Count > 10_000) break;
            list.Add((csv.Parser.Row, csv.Parser.Record ?? []));
        }
        return list;
    }

    static IEnumerable<(int, IReadOnlyList<string>)> ReadXlsx(string path)
    {
        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheets.First();
        var list = new List<(int, IReadOnlyList<string>)>();
        foreach (var row in sheet.RowsUsed().Take(10_000))
            list.Add((row.RowNumber(), row.Cells(1, Math.Max(2, row.LastCellUsed()?.Address.ColumnNumber ?? 2)).Select(c => c.GetFormattedString()).ToList()));
        return list;
    }

    static bool IsZip(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[4];
        return stream.Read(magic) == 4 && magic[0] == 'P' && magic[1] == 'K';
    }

    static Result Fail(string message) => new(new Dictionary<int, int>(), [message]);
}
