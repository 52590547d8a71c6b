using System.Text.RegularExpressions;

namespace SpbeBot.Core.Questions;

public sealed partial class QuestionParser
{
    /// <summary>
    /// "HR competency is complete in all six areas for us (level 3). What's the next step?", "SPLP kami sudah dipakai
    /// semua OPD (level 3)": a level in parentheses after a described state labels where the asker stands. After a word
    /// of moving ("naik ke transaksi (lvl 3)") it names the target instead: null.
    /// </summary>
    static int? StandingInParentheses(string text)
    {
        var m = LevelInParentheses().Match(text);
        if (!m.Success) return null;
        var sentence = Regex.Split(text[..m.Index], @"[.;!?\n]").Last();
        return TextNormalizer.Tokenize(sentence).Any(t => Rising.Contains(t) || IntentWords.Aim.Contains(t)) ? null : m.Groups[1].Value[0] - '0';
    }

    [GeneratedRegex(@"\(\s*(?:level|lvl|tingkat|l)\s*([1-5])\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LevelInParentheses();
}
