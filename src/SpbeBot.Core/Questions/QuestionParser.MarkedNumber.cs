using System.Globalization;

namespace SpbeBot.Core.Questions;

public sealed partial class QuestionParser
{
    /// <summary>
    /// "mau tanya 12 level 3 syaratnya apa?", "nomor 12", "syarat 21": a bare number directly followed by a level, or right
    /// after "no", "nomor", "tanya" or "syarat", names the indicator; the model never overrules it (issue 15).
    /// </summary>
    static bool MarksIndicator(IReadOnlyList<string> tokens, int number)
    {
        var written = number.ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] != written) continue;
            if (i + 2 < tokens.Count && ChatVocabulary.LevelWords.Contains(tokens[i + 1]) && tokens[i + 2].Length > 0 && tokens[i + 2].All(char.IsAsciiDigit)) return true;
            if (i >= 1 && tokens[i - 1] is "no" or "nomor" or "tanya" or "syarat") return true;
        }
        return false;
    }
}
