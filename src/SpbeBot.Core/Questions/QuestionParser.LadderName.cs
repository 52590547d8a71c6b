namespace SpbeBot.Core.Questions;

public sealed partial class QuestionParser
{
    /// <summary>The service ladder's level names after a level word ("level kolaborasi", "tingkat transaksi").</summary>
    static readonly HashSet<string> ServiceLadderNames = ["informasi", "interaksi", "transaksi", "kolaborasi", "optimal"];

    /// <summary>
    /// "Forum kolaborasi SPBE kita udh di-SK-in … level kolaborasi?": the Pedoman names the levels of its two ladders
    /// apart — informasi, interaksi, transaksi, kolaborasi, optimal are the service ladder's — so a service level's name
    /// after a level word asks a level only of a service indicator. On any other ladder (Kolaborasi Penerapan SPBE, 20,
    /// is one) "level kolaborasi" is the level of the indicator so named: the one level read from it is dropped and the
    /// question is read like any other without a level, whether the indicator is named in words or typed by number
    /// ("indikator 20 level kolaborasi": one answer, review m37sc finding 8). A level by number beside it ("level 3
    /// kolaborasi") stays, and so does a name that is no word of the indicator's own name ("indikator 12 level kolaborasi",
    /// "level optimal arsitektur spbe").
    /// </summary>
    bool LevelOnlyFromOtherLadderName(List<string> tokens, IReadOnlyList<int> levels, int? indicator)
    {
        if (levels.Count != 1 || indicator is not int number || _catalog.FindIndicator(number) is not { } found || found.Ladder == "layanan") return false;
        // Only a name that is a word of the indicator's own name (review m37sc): "kolaborasi" for Kolaborasi Penerapan SPBE;
        // "level optimal arsitektur spbe" stays level 5 (optimal is also the process ladder's Optimum as Pemda staff write it).
        var own = TextNormalizer.Tokenize(found.Name).ToHashSet();
        var named = false;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!ChatVocabulary.LevelWords.Contains(tokens[i]) || tokens[i] == "l") continue;
            if (ServiceLadderNames.Contains(tokens[i + 1])) named |= own.Contains(tokens[i + 1]) && ChatVocabulary.LadderNames[tokens[i + 1]] == levels[0];
            // A level by number anywhere ("level 3 kolaborasi", "lvl 4") is a level asked.
            else if (NumberReader.LevelAfter(tokens, i, out _, out _)) return false;
        }
        return named;
    }
}
