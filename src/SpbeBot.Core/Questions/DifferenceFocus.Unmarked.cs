using System.Globalization;

namespace SpbeBot.Core.Questions;

/// <summary>Pairs named without a word of difference: where the words that say which one is meant are found.</summary>
sealed partial class DifferenceFocus
{
    /// <summary>The words before the first number of a choice ("dokumen arsitektur SPBE (bukan perbup nya) dinilai di ind 1 ato 11?").</summary>
    static List<string> SubjectBeforeChoice(List<string> tokens, int first)
    {
        var at = tokens.IndexOf(first.ToString(CultureInfo.InvariantCulture));
        return at > 0 ? tokens.Take(at).ToList() : [];
    }

    /// <summary>The words after the last marker that follows the second number ("…ind 18, yg mana yg nilai pemakaian SPLP …"); empty when none.</summary>
    static (string Marker, List<string> Tail) MarkedAfterSecond(List<string> tokens, int second, Words w)
    {
        var at = tokens.IndexOf(second.ToString(CultureInfo.InvariantCulture));
        if (at < 0) return ("", []);
        for (var m = tokens.Count - 2; m > at; m--)
            if (w.Markers.Contains(tokens[m]))
            {
                var tail = tokens.Skip(m + 1).Where(t => !w.Closing.Contains(t)).ToList();
                if (tail.Count > 0) return (tokens[m], tokens.Skip(m + 1).ToList());
            }
        return ("", []);
    }

    /// <summary>
    /// "Tim koordinasi SPBE ada di 10 dan 19", "SPL ada 7 &amp; 18": two bare numbers joined (or only a sign between, which the
    /// tokens drop), both indicators of the topic named before them.
    /// </summary>
    (int, int)? NumbersOfNamedTopic(List<string> tokens, NumberReader.Result numbers)
    {
        if (numbers.Indicators.Count > 0 || numbers.Bare is not [var first, var second] || first == second) return null;
        var at = tokens.IndexOf(first.ToString(CultureInfo.InvariantCulture));
        var secondAt = at + 1 < tokens.Count && Data.Value.Joiners.Contains(tokens[at + 1]) ? at + 2 : at + 1;
        if (at < 1 || secondAt >= tokens.Count || tokens[secondAt] != second.ToString(CultureInfo.InvariantCulture)) return null;
        var named = topics.Find(tokens.Take(at).ToList()).Candidates;
        return named.Contains(first) && named.Contains(second) ? (first, second) : null;
    }

    /// <summary>
    /// "Layanan data terbuka masuk indikator berapa, dan bedanya dengan indikator 23?": one indicator named by number, and
    /// words elsewhere that name one other indicator — the pair in the order written.
    /// </summary>
    (int, int)? NumberAndWords(List<string> tokens, NumberReader.Result numbers)
    {
        if (numbers.Indicators is not [var numbered] || numbers.Bare.Count > 0 || catalog.FindIndicator(numbered) is null) return null;
        var at = tokens.IndexOf(numbered.ToString(CultureInfo.InvariantCulture));
        if (at < 0) return null;
        var words = tokens.Where((t, i) => i != at && !ChatVocabulary.IndicatorWords.Contains(t)).ToList();
        if (topics.Find(words).Candidates is not [var named] || named == numbered) return null;
        // Named before the number when the words up to it already name that indicator.
        var namedFirst = topics.Find(tokens.Take(at).Where(t => !ChatVocabulary.IndicatorWords.Contains(t)).ToList()).Candidates.Contains(named);
        return namedFirst ? (named, numbered) : (numbered, named);
    }

    /// <summary>
    /// "pengaduan (42) sama data terbuka (43) …": exactly two distinct indicators, each written as a number in brackets,
    /// in the order written; null otherwise.
    /// </summary>
    (int, int)? BracketedPair(string text)
    {
        var named = BracketedNumber().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().ToList();
        return named is [var first, var second] && catalog.FindIndicator(first) is not null && catalog.FindIndicator(second) is not null ? (first, second) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\(\s*(\d{1,2})\s*\)")]
    private static partial System.Text.RegularExpressions.Regex BracketedNumber();

    /// <summary>The pair is a Kebijakan Internal twin and the words speak of its policy or of doing it.</summary>
    bool TwinTold(List<string> focus, int first, int second, Words w) =>
        focus.Count > 0 && (topics.PolicyOf(second) == first || topics.PolicyOf(first) == second) && SaysPolicy(focus, w) is not null;
}
