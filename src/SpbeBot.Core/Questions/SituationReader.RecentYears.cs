using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    static readonly HashSet<string> WorkPlanWords = Vocabulary.Words("work-plan");

    /// <summary>
    /// Per indicator whose criterion counts years ("diterapkan secara konsisten melalui rencana kerja dan anggaran 3 (tiga)
    /// tahun terakhir", Peta Rencana level 4): the level and the number of years.
    /// </summary>
    static Dictionary<int, (int Level, int Years)> YearLevels(CriteriaCatalog catalog)
    {
        var levels = new Dictionary<int, (int, int)>();
        foreach (var indicator in catalog.Indicators)
            foreach (var level in indicator.Levels.OrderBy(l => l.Level))
                if (YearsInCriterion().Match(level.Criterion) is { Success: true } m && !levels.ContainsKey(indicator.Number))
                    levels[indicator.Number] = (level.Level, int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        return levels;
    }

    /// <summary>
    /// "baru masuk renja dan anggaran dua tahun terakhir (2023-2024)", "baru diterapkan dalam rencana kerja dan anggaran 2
    /// (dua) tahun terakhir", "used in the budget for two years only": fewer years of work plans and budgets than the
    /// criterion counts. The level counting them is not met (the placement is capped below it), and the sentence's
    /// "baru"/"only" limits the years, not the content (it is taken out of the reading).
    /// </summary>
    string FewerYears(int indicatorNumber, string question, out int cap)
    {
        cap = 5;
        if (!_yearLevels.TryGetValue(indicatorNumber, out var counted)) return question;
        var sentences = question.Split('.');
        for (var s = 0; s < sentences.Length; s++)
        {
            var tokens = TextNormalizer.Tokenize(sentences[s]);
            if (!tokens.Any(WorkPlanWords.Contains) || YearsStated(sentences[s]) is not int years || years >= counted.Years) continue;
            cap = counted.Level - 1;
            sentences[s] = LimitWord().Replace(sentences[s], " ");
        }
        return string.Join(".", sentences);
    }

    /// <summary>
    /// The number of years a sentence states: "dua tahun", "2 (dua) tahun", "two years", "satu tahun", "2025 dan 2026",
    /// "(2023-2024)"; null when it states none or one year. Years standing directly before the negator that ends a clause
    /// (split at commas and clause-start words: "…, 2025 blm", "tahun 2023 dan 2024 belum", "… tapi 2026 belum") are
    /// years the plans did not cover: not counted, and beside them one year affirmed is a count of one. A clause ending
    /// on a denial of something else ("masuk RKA 2024 dan 2025 tapi sosialisasinya belum") keeps its years.
    /// </summary>
    static int? YearsStated(string sentence)
    {
        var lower = sentence.ToLowerInvariant();
        if (YearCount().Match(lower) is { Success: true } m)
            return m.Groups[1].Value switch { "1" or "satu" or "one" or "setahun" => 1, "2" or "dua" or "two" => 2, _ => 3 };
        var clauses = ClauseSplit().Split(lower);
        var denied = clauses.Select(DeniedYears).ToList();
        var affirmed = string.Join(",", clauses.Select((c, n) => denied[n] is { Length: > 0 } d ? c[..^d.Length] : c));
        var someDenied = denied.Any(d => d is { Length: > 0 });
        var years = YearsListed(affirmed);
        return years >= 2 || someDenied && years == 1 ? years : null;
    }

    /// <summary>Years listed ("2025 dan 2026", "2022, 2023 and 2024") count one each; a range ("2023-2024") counts its span.</summary>
    static int YearsListed(string text)
    {
        static int Year(string y) => int.Parse(y, System.Globalization.CultureInfo.InvariantCulture);
        var span = YearRange().Matches(text).Select(m => Year(m.Groups[2].Value) - Year(m.Groups[1].Value) + 1).DefaultIfEmpty(0).Max();
        return Math.Max(span, YearNumber().Matches(text).Select(m => m.Value).Distinct().Count());
    }

    /// <summary>
    /// The end of a clause that denies years: the years (with "tahun" and the words joining them) standing directly
    /// before its closing negator, and the negator ("2026 belum", "tahun 2024 dan 2025 belum"); null when it has none.
    /// </summary>
    static string? DeniedYears(string clause) =>
        TextNormalizer.Tokenize(clause) is { Count: > 1 } tokens && Negators.Contains(tokens[^1])
        && YearsBeforeNegator().Match(clause) is { Success: true } m && TextNormalizer.Tokenize(m.Groups[1].Value) is [var last] && last == tokens[^1]
            ? m.Value : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\b(?:tahun|thn|years?)\s+)?\b20\d\d(?:\s*(?:[-–&/]|\bdan\b|\band\b|\bserta\b)?\s*20\d\d)*\b\W*(\w+)\W*$")]
    private static partial System.Text.RegularExpressions.Regex YearsBeforeNegator();

    /// <summary>Clause boundaries for <see cref="YearsStated"/>: commas and clause-start words ("tapi", "sedangkan").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@",|\b(?:tapi|tetapi|namun|sedangkan|padahal|but|however|while|whereas|nanging)\b")]
    private static partial System.Text.RegularExpressions.Regex ClauseSplit();

    [System.Text.RegularExpressions.GeneratedRegex(@"(\d) \(\w+\) tahun terakhir", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex YearsInCriterion();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(1|2|3|satu|dua|tiga|one|two|three)\b(?:\s*\(\w+\))?\s+(?:tahun|thn|years?)\b|\b(setahun)\b")]
    private static partial System.Text.RegularExpressions.Regex YearCount();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(20\d\d)\s*[-–]\s*(20\d\d)\b")]
    private static partial System.Text.RegularExpressions.Regex YearRange();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b20\d\d\b")]
    private static partial System.Text.RegularExpressions.Regex YearNumber();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(baru|hanya|cuma|only|just)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex LimitWord();
}
