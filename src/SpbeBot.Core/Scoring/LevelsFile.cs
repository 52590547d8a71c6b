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
    public sealed record Result(IReadOnlyDictionary<int, int> Levels, IReadOnlyList<LevelsProblem> Problems)
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
            return new Result(new Dictionary<int, int>(), [new LevelsProblem(LevelsProblemKind.Unreadable) { Unreadable = e }]);
        }
        return Collect(sheets.Count == 0 ? [] : sheets[0].Select(r => (r.Number, r.Cells)));
    }

    static Result Collect(IEnumerable<(int Row, IReadOnlyList<string> Cells)> rows)
    {
        var levels = new Dictionary<int, int>();
        var targets = new Dictionary<int, int>();
        var problems = new List<LevelsProblem>();
        foreach (var (row, cells) in rows)
        {
            var values = cells.Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
            if (values.Count < 2) continue;
            if (!int.TryParse(values[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var indicator)) continue; // header/title
            if (LevelProblem(values[1], out var level) is { } bad) { problems.Add(new LevelsProblem(bad, row, values[1])); continue; }
            if (levels.ContainsKey(indicator)) { problems.Add(new LevelsProblem(LevelsProblemKind.Repeated, row, values[0])); continue; }
            levels[indicator] = level;
            // An optional third column is the target level, for the what-if (current vs target).
            if (values.Count >= 3)
            {
                if (LevelProblem(values[2], out var target) is { } badTarget) { problems.Add(new LevelsProblem(badTarget, row, values[2]) { Target = true }); continue; }
                targets[indicator] = target;
            }
        }
        if (levels.Count == 0 && problems.Count == 0) problems.Add(new LevelsProblem(LevelsProblemKind.NoRows));
        if (targets.Count > 0 && targets.Count != levels.Count) problems.Add(new LevelsProblem(LevelsProblemKind.TargetsPartial));
        return new Result(levels, problems) { Targets = targets.Count > 0 ? targets : null };
    }

    static LevelsProblemKind? LevelProblem(string text, out int level)
    {
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out level)) return LevelsProblemKind.NotANumber;
        return level is >= 1 and <= 5 ? null : LevelsProblemKind.OutOfRange;
    }
}

public enum LevelsProblemKind
{
    /// <summary>Not a CSV or XLSX that can be read (<see cref="LevelsProblem.Unreadable"/> says why).</summary>
    Unreadable,
    /// <summary>A level (or target) that is not a whole number.</summary>
    NotANumber,
    /// <summary>A level (or target) outside 1–5.</summary>
    OutOfRange,
    /// <summary>An indicator on a second row.</summary>
    Repeated,
    /// <summary>No "indicator, level" row at all.</summary>
    NoRows,
    /// <summary>Targets for some indicators only.</summary>
    TargetsPartial,
}

/// <summary>
/// What is wrong with a levels file, as data: the kind, the spreadsheet row and the cell's text (or the repeated
/// indicator). The words are in dialogs/ (<c>IndexCommandTexts.Problem</c>).
/// </summary>
public sealed record LevelsProblem(LevelsProblemKind Kind, int Row = 0, string? Value = null)
{
    /// <summary>The value is the row's target (third column), not its level.</summary>
    public bool Target { get; init; }

    public UnreadableSpreadsheetException? Unreadable { get; init; }
}
