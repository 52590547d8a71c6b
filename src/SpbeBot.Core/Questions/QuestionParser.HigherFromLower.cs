namespace SpbeBot.Core.Questions;

public sealed partial class QuestionParser
{
    /// <summary>
    /// Words between the higher level and the lower one: "dari/from/than", and the joiners of a difference asked with the
    /// higher level first ("lvl 5 bedanya apa sama lvl 4", "perbedaan tingkat 4 dan tingkat 3"): authors who write the
    /// higher level first ask what it adds, and label it so (the sets' difference rows name the higher level). "level 4
    /// vs level 3" stays a comparison of the two.
    /// </summary>
    static readonly HashSet<string> ApartFrom = ["dari", "from", "than", "daripada", "drpd", "dan", "and", "sama", "sm", "dengan", "dgn", "with"];

    /// <summary>
    /// "apa yang membedakan level 4 dari level 3", "how does level 4 differ from level 3", "what sets level 5 apart from
    /// level 4", "lvl 5 bedanya apa sama lvl 4": the higher of two adjacent levels, named first and set apart from the one below it, is what is asked —
    /// what that level adds, a move up to it (a comparison would answer the lower one first). The first level named is
    /// one above the second, which follows "dari/from/than" or a joiner.
    /// </summary>
    static bool HigherSetApartFromLower(List<string> tokens, List<int> levels)
    {
        if (levels.Count < 2 || levels[0] != levels[1] + 1) return false;
        var first = LevelMention(tokens, levels[0], 0);
        if (first < 0) return false;
        // "dari level 3", "from 3", "than level 3": the lower level right after the word that sets it apart.
        for (var a = first + 2; a + 1 < tokens.Count; a++)
        {
            if (!ApartFrom.Contains(tokens[a])) continue;
            var at = ChatVocabulary.LevelWords.Contains(tokens[a + 1]) ? a + 2 : a + 1;
            return NumberReader.TryNumber(tokens, at, true, out var lower, out _) && lower == levels[1];
        }
        return false;
    }

    /// <summary>Where "level N" (a level word, then the number) is written from <paramref name="start"/> on; −1 when not.</summary>
    static int LevelMention(List<string> tokens, int level, int start)
    {
        for (var i = start; i + 1 < tokens.Count; i++)
            if (ChatVocabulary.LevelWords.Contains(tokens[i]) && NumberReader.TryNumber(tokens, i + 1, true, out var v, out _) && v == level) return i;
        return -1;
    }
}
