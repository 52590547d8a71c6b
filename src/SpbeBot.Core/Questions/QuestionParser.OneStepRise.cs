namespace SpbeBot.Core.Questions;

public sealed partial class QuestionParser
{
    /// <summary>
    /// A rise of one step asked with no level named: "agar naik satu tingkat", "biar naik 1 lvl", "naik setingkat",
    /// "supaya naik level", "next level apa", "level berikutnya", "one level up". The level aimed at is the one above
    /// where the asker's account stands (several authors ask it this way after describing their state).
    /// </summary>
    static bool AsksOneStepRise(List<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var next = i + 1 < tokens.Count ? tokens[i + 1] : "";
            var after = i + 2 < tokens.Count ? tokens[i + 2] : "";
            if (Rising.Contains(t))
            {
                // "naik setingkat", "naik satu tingkat", "naik 1 lvl", "naik level" (no number after the level word).
                if (next is "setingkat" or "selevel") return true;
                if (next is "satu" or "1" or "se" && ChatVocabulary.LevelWords.Contains(after)) return true;
                if (ChatVocabulary.LevelWords.Contains(next) && !NumberReader.LevelAfter(tokens, i + 1, out _, out _)) return true;
            }
            // "next level", "level berikutnya", "tingkat selanjutnya", "one level up".
            if (t is "next" && ChatVocabulary.LevelWords.Contains(next)) return true;
            if (ChatVocabulary.LevelWords.Contains(t) && next is "berikutnya" or "selanjutnya" or "up" or "higher" or "diatasnya") return true;
        }
        return false;
    }
}
