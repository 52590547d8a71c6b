using System.Text.RegularExpressions;

namespace SpbeBot.Core.Questions;

public sealed partial class QuestionParser
{
    /// <summary>
    /// The level where the asker says they stand, or null. A level named just after a word of standing ("kami level 4",
    /// "kita di lvl 3", "we are at level 3", "mentok lvl 3") with no word of aiming between ("kita mau level 4": the level
    /// wanted); else a level in parentheses after a described state ("HR competency is complete in all six areas for us
    /// (level 3). What's the next step?", "SPLP kami sudah dipakai semua OPD (level 3)"), unless its sentence rises or
    /// aims ("naik ke transaksi (lvl 3)": the target).
    /// </summary>
    static int? StandingLevel(List<string> tokens, string text)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!ChatVocabulary.LevelWords.Contains(tokens[i]) || !NumberReader.LevelAfter(tokens, i, out var level, out _)) continue;
            var before = tokens.Skip(Math.Max(0, i - 2)).Take(Math.Min(2, i)).ToList();
            if (before.Any(StandingWords.Contains) && !before.Any(IntentWords.Aim.Contains)) return level;
        }
        var m = LevelInParentheses().Match(text);
        if (!m.Success) return null;
        var sentence = Regex.Split(text[..m.Index], @"[.;!?\n]").Last();
        return TextNormalizer.Tokenize(sentence).Any(t => IntentWords.Rise.Contains(t) || IntentWords.Aim.Contains(t)) ? null : m.Groups[1].Value[0] - '0';
    }

    /// <summary>
    /// Words before a level that say the asker stands there: a place or time word, being stuck, or an own word. Not a bare
    /// "di": "bedanya di level 3 dan level 4" asks a difference ("kami di level 3" still stands by "kami"). Regional own
    /// words and "sudah" too: Malay "kite", "awak", "dah"; Minang "kito", "ambo", "alah"; Manado, Ambonese and Papuan
    /// "torang", "katong", "kitong", "su"; Javanese "wis".
    /// </summary>
    static readonly HashSet<string> StandingWords =
    [
        "berada", "sudah", "masih", "sekarang", "skrg", "posisi", "at", "currently", "now", "still", "already", "mentok", "stuck", "stagnan", "tertahan", "kami", "kita", "our", "us", "we",
        "kite", "awak", "dah", "kito", "ambo", "alah", "torang", "katong", "kitong", "kitorang", "su", "wis", "wes",
    ];

    [GeneratedRegex(@"\(\s*(?:level|lvl|tingkat|l)\s*([1-5])\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LevelInParentheses();
}
