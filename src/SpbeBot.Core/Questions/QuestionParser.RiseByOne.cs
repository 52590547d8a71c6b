namespace SpbeBot.Core.Questions;

public sealed partial class QuestionParser
{
    /// <summary>
    /// "… baru mengatur sebagian proses. Apa yang perlu dimuat agar naik satu tingkat?", "biar naik 1 lvl hrs gmn?",
    /// "… next level apa", "supaya naik level": a rise of one level, with no level named to rise to. <paramref name="saysOne"/>: the phrase holds
    /// the "1"/"satu" a level could have been read from.
    /// </summary>
    static bool AsksOneLevelUp(List<string> tokens, out bool saysOne)
    {
        saysOne = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var levelWord = ChatVocabulary.LevelWords.Contains(tokens[i]) && tokens[i] is not ("l" or "kematangan");
            if (tokens[i] is "setingkat" or "selevel") { if (i > 0 && IntentWords.Rise.Contains(tokens[i - 1])) return true; continue; }
            // "supaya naik level", "naik lvl gmn": a level word after the rise with no number after it (wip-21ib).
            if (i > 0 && IntentWords.Rise.Contains(tokens[i - 1]) && levelWord && !NumberReader.LevelAfter(tokens, i, out _, out _)) return true;
            if (!levelWord) continue;
            // "naik satu tingkat", "naik 1 lvl", "one level up", "satu level lagi".
            if (i > 0 && tokens[i - 1] is "satu" or "1" or "one" or "a"
                && (i > 1 && (IntentWords.Rise.Contains(tokens[i - 2]) || tokens[i - 2] is "move" or "go" or "up")
                    || i + 1 < tokens.Count && tokens[i + 1] is "lagi" or "up" or "higher" or "keatas" or "diatas"))
            {
                saysOne = tokens[i - 1] is "satu" or "1" or "one";
                return true;
            }
            // "next level", "level berikutnya", "tingkat selanjutnya", "level di atasnya".
            if (i > 0 && tokens[i - 1] is "next" || i + 1 < tokens.Count && tokens[i + 1] is "berikutnya" or "selanjutnya" or "diatasnya" or "atasnya"
                || i + 2 < tokens.Count && tokens[i + 1] == "di" && tokens[i + 2] == "atasnya") return true;
        }
        return false;
    }

    /// <summary>
    /// Words of wanting right before a level: "mau lvl 4", "target 3", "ingin ke level 4", Malay "nak level 4" — the level
    /// aimed at, not one checked.
    /// </summary>
    static readonly HashSet<string> Wanting = ["mau", "ingin", "pengen", "pgn", "want", "wants", "target", "targetnya", "menuju", "biar", "agar", "supaya", "nak", "hendak"];

    /// <summary>The level at <paramref name="at"/> (its number) follows a word of wanting, a level word and "ke"/"to" allowed between.</summary>
    static bool WantedAt(List<string> tokens, int at)
    {
        for (var k = at - 1; k >= Math.Max(0, at - 3); k--)
        {
            if (Wanting.Contains(tokens[k])) return true;
            if (!ChatVocabulary.LevelWords.Contains(tokens[k]) && tokens[k] is not ("ke" or "to")) return false;
        }
        return false;
    }

    /// <summary>The level's number follows a word of wanting somewhere in the question ("mau lvl 4").</summary>
    static bool LevelWanted(List<string> tokens, int level) =>
        Enumerable.Range(0, tokens.Count).Any(i => tokens[i] == level.ToString(System.Globalization.CultureInfo.InvariantCulture) && WantedAt(tokens, i));

    /// <summary>
    /// "… udh lvl 4 (…). lvl 5 nya apa?": the level's number ends the question with only "nya" and "apa" after it — what
    /// that level is, asked; not "lvl 4 apa 5?", where "apa" offers the other level.
    /// </summary>
    static bool AsksWhatLevelIs(List<string> tokens, int at) =>
        tokens.Skip(at + 1).Where(t => t != "nya").ToList() is ["apa" or "what"];
}
