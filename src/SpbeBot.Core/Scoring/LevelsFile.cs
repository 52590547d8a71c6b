using System.Globalization;
using SpbeBot.Core.Spreadsheets;

namespace SpbeBot.Core.Scoring;

/// <summary>
/// Reads "indicator, level" rows from CSV or XLSX for index calculation. Header and title rows are skipped
/// (a row counts when its first two non-empty cells are whole numbers); bad rows are reported, not guessed.
/// </summary>
public static class LevelsFile
{
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <param name="Levels">Indicator → current level.</param>
    public sealed record Result(IReadOnlyDictionary<int, int> Levels, IReadOnlyList<string> Problems)
    {
        /// <summary>Indicator → target level, when the file has a third column.</summary>
        public IReadOnlyDictionary<int, int>? Targets { get; init; }
    }

    public static Result Read(string path)
    {
        IReadOnlyList<IReadOnlyList<SheetRow>> sheets;
        try { sheets = SheetGrid.Read(path, MaxBytes); }
        catch (UnreadableSpreadsheetException e)
        {
            return Fail($"Berkas tidak dapat dibaca sebagai CSV atau XLSX: {e.Message}");
        }
        return Collect(sheets.Count == 0 ? [] : sheets[0].Select(r => (r.Number, r.Cells)));
    }

    static Result Collect(IEnumerable<(int Row, IReadOnlyList<string> Cells)> rows)
    {
        var levels = new Dictionary<int, int>();
        var targets = new Dictionary<int, int>();
        var problems = new List<string>();
        foreach (var (row, cells) in rows)
        {
            var values = cells.Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
            if (values.Count < 2) continue;
            if (!int.TryParse(values[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var indicator)) continue; // header/title
            if (LevelProblem(values[1], out var level) is { } bad) { problems.Add($"Baris {row}: level {bad}."); continue; }
            if (levels.ContainsKey(indicator)) { problems.Add($"Baris {row}: indikator {indicator} muncul dua kali."); continue; }
            levels[indicator] = level;
            // An optional third column is the target level, for the what-if (current vs target).
            if (values.Count >= 3)
            {
                if (LevelProblem(values[2], out var target) is { } badTarget) { problems.Add($"Baris {row}: target {badTarget}."); continue; }
                targets[indicator] = target;
            }
        }
        if (levels.Count == 0 && problems.Count == 0) problems.Add("Tidak ada baris \"indikator, level\" di berkas ini.");
        if (targets.Count > 0 && targets.Count != levels.Count) problems.Add("Kolom target hanya terisi sebagian; isi untuk semua indikator atau kosongkan. / The target column is only partly filled.");
        return new Result(levels, problems) { Targets = targets.Count > 0 ? targets : null };
    }

    static string? LevelProblem(string text, out int level)
    {
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out level)) return $"\"{text}\" bukan angka 1–5";
        return level is >= 1 and <= 5 ? null : $"{level} di luar 1–5";
    }

    static Result Fail(string message) => new(new Dictionary<int, int>(), [message]);
}
