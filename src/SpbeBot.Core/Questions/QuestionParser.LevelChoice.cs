using System.Globalization;

namespace SpbeBot.Core.Questions;

public sealed partial class QuestionParser
{
    static readonly HashSet<string> ChoiceJoiners = ["atau", "ato", "or", "ke", "to", "sampai", "hingga", "vs"];

    /// <summary>
    /// "jaringan intra udh ke semua opd …, 4 atau 5 nih?", "Business processes: … Should we pick 3 or 4?", "Layanan keuangan
    /// dari interaksi (2) ke transaksi (3)": two numbers of 1–5 offered as a choice (side by side or joined by "atau/or/ke"),
    /// or each after a service ladder's level name, where words name the indicator (and neither number is one of the
    /// indicators they name) are two levels, not an indicator and a level. Null when that is not the case.
    /// </summary>
    (int, int)? TwoLevelsOffered(List<string> tokens, IReadOnlyCollection<int> bare, int? explicitNumber, int levelsNamed)
    {
        if (explicitNumber is not null || levelsNamed > 0 || bare.Count != 2) return null;
        var (a, b) = (bare.First(), bare.Last());
        if (a is < 1 or > 5 || b is < 1 or > 5 || a == b) return null;
        var p = tokens.IndexOf(a.ToString(CultureInfo.InvariantCulture));
        var q = tokens.IndexOf(b.ToString(CultureInfo.InvariantCulture), p + 1);
        if (p < 0 || q < 0) return null;
        var offered = q == p + 1 || q == p + 2 && ChoiceJoiners.Contains(tokens[p + 1])
            || p > 0 && ServiceLevelNames.ContainsKey(tokens[p - 1]) && ServiceLevelNames.ContainsKey(tokens[q - 1]);
        if (!offered) return null;
        var named = _topics.Find(tokens).Candidates;
        return named.Count > 0 && !named.Contains(a) && !named.Contains(b) ? (a, b) : null;
    }
}
