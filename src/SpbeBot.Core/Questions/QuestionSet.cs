namespace SpbeBot.Core.Questions;

/// <summary>
/// A labelled question set (TSV: question, indicator, level, kind, note) and how a parse is scored against it.
/// Indicator is a number, "?" (must ask a clarifying question) or "-" (no indicator); level is a number,
/// "a,b" for comparisons, or "-". Lines starting with '#' are comments. Used by the accuracy test and benchmark.
/// </summary>
public sealed record LabelledQuestion(int Line, string Question, string Indicator, string Level, string Kind, string Note)
{
    /// <summary>Correct indicator and level, the figure the issue asks for.</summary>
    public bool IsCorrect(Understanding u) => IndicatorCorrect(u) && LevelCorrect(u);

    public bool IndicatorCorrect(Understanding u) => Indicator switch
    {
        "?" => u.Kind == QuestionKind.Ambiguous && ExpectedCandidates.All(u.Candidates.Contains),
        "-" => u.Indicator is null && u.Kind != QuestionKind.Ambiguous,
        // A valid indicator with an invalid level ("level 7 indikator 3") is labelled "3, notfound".
        _ => int.TryParse(Indicator, out var n) && u.Indicator == n && (u.Kind != QuestionKind.NotFound || Kind == "notfound"),
    };

    public bool LevelCorrect(Understanding u)
    {
        if (Level == "-") return u.Level is null;
        var parts = Level.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && int.TryParse(parts[0], out var a) && int.TryParse(parts[1], out var b))
            return u.Level == Math.Min(a, b) && u.OtherLevel == Math.Max(a, b);
        return int.TryParse(Level, out var level) && u.Level == level;
    }

    /// <summary>Candidates named in the note as "ambiguous:5,16".</summary>
    public IReadOnlyList<int> ExpectedCandidates =>
        Note.StartsWith("ambiguous:", StringComparison.OrdinalIgnoreCase)
            ? Note["ambiguous:".Length..].Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).Select(s => int.TryParse(s, out var n) ? n : 0).Where(n => n > 0).ToList()
            : [];
}

public static class QuestionSet
{
    public static IReadOnlyList<LabelledQuestion> Load(string path)
    {
        var list = new List<LabelledQuestion>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells[0].Equals("question", StringComparison.OrdinalIgnoreCase)) continue; // header
            if (cells.Length < 4) throw new InvalidDataException($"{Path.GetFileName(path)}:{i + 1}: expected at least 4 tab-separated columns.");
            list.Add(new LabelledQuestion(i + 1, cells[0], cells[1].Trim(), cells[2].Trim(), cells[3].Trim(), cells.Length > 4 ? cells[4].Trim() : ""));
        }
        return list;
    }
}
