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
    static List<string> MarkedAfterSecond(List<string> tokens, int second, Words w)
    {
        var at = tokens.IndexOf(second.ToString(CultureInfo.InvariantCulture));
        if (at < 0) return [];
        for (var m = tokens.Count - 2; m > at; m--)
            if (w.Markers.Contains(tokens[m]))
            {
                var tail = tokens.Skip(m + 1).Where(t => !w.Closing.Contains(t)).ToList();
                if (tail.Count > 0) return tokens.Skip(m + 1).ToList();
            }
        return [];
    }

    /// <summary>The pair is a Kebijakan Internal twin and the words speak of its policy or of doing it.</summary>
    bool TwinTold(List<string> focus, int first, int second, Words w) =>
        focus.Count > 0 && (topics.PolicyOf(second) == first || topics.PolicyOf(first) == second) && SaysPolicy(focus, w) is not null;
}
