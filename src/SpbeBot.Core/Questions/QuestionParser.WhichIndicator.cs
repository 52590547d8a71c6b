namespace SpbeBot.Core.Questions;

public sealed partial class QuestionParser
{
    /// <summary>
    /// "SPLP kita kan udah ada di diskominfo, nah penilaiannya tuh di indikator yg mana sih?", "Diskominfo kami sudah
    /// menerapkan SMKI …, tapi OPD lain belum. Ini masuk indikator mana?", "we run a GLPI service desk for all OPD tickets.
    /// which indicator is that …?": an account told only to ask which indicator it belongs to asks the indicator, not where
    /// the asker stands — no level is placed unless a level is asked too ("masuk indikator mana dan level berapa?"). Read in
    /// every sentence: the asking one need not be the last ("… indikator yg mana sih? yg dinilai apanya?"). Issue 15 point 7:
    /// the authors whose first blind score was lowest wrote this shape (AQ, AU, AZ, BB, BC, BE), the highest rarely.
    /// </summary>
    static bool AsksOnlyWhichIndicator(List<string> tokens) => WhichIndicatorAsked(tokens) && !LevelAskedToo(tokens);

    /// <summary>
    /// A level asked besides the indicator, in any of the words the parser already reads as asking it: "level berapa"
    /// (<see cref="AsksWhichLevel"/>), "which indicator and level" (<see cref="AsksIndicatorAndLevel"/>), or the level's
    /// score with a question word by it — "nilainya berapa", "skor brp", "predikatnya apa", "dapat nilai berapa" (the words
    /// of <see cref="Standing"/> as <see cref="ScoreAsked"/> reads them) — or "dapat berapa" (<see cref="AsksWhatItScores"/>).
    /// Review m36qs: "Kira2 masuk indikator mana, nilainya berapa?" lost its level.
    /// </summary>
    static bool LevelAskedToo(List<string> tokens) =>
        AsksWhichLevel(tokens) || AsksIndicatorAndLevel(tokens) || AsksWhatItScores(tokens)
        || tokens.Where((t, i) => Standing.Asked.Contains(t) && ScoreAsked(tokens, i)).Any();

    /// <summary>
    /// "indikator (yg/yang/no) mana/apa/brp/berapa", "which/what indicator", "masuk (ke) (yg) mana": which indicator is asked.
    /// </summary>
    static bool WhichIndicatorAsked(List<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IndicatorWords.Contains(tokens[i]))
            {
                var k = i + 1;
                if (k < tokens.Count && WhichFillers.Contains(tokens[k])) k++;
                if (k < tokens.Count && WhichAsked.Contains(tokens[k])) return true;
                if (i > 0 && tokens[i - 1] is "which" or "what") return true;
            }
            if (tokens[i] is "masuk" or "termasuk" or "msk")
            {
                var k = i + 1;
                if (k < tokens.Count && tokens[k] is "ke") k++;
                if (k < tokens.Count && tokens[k] is "yg" or "yang") k++;
                if (k < tokens.Count && tokens[k] is "mana" or "manakah") return true;
            }
        }
        return false;
    }

    static readonly HashSet<string> WhichFillers = ["yg", "yang", "no", "nomor", "nomer"];
    static readonly HashSet<string> WhichAsked = ["mana", "manakah", "apa", "apakah", "brp", "berapa"];

    /// <summary>
    /// "Apa yang harus dilakukan untuk mencapai level 3?", "what must we add to reach level 4?": the level after "untuk/to"
    /// and a verb of reaching is the one aimed at, not a level claimed — the account before it is no claim to check, and
    /// the question is a move up to that level (the Pedoman's additions), as "agar/supaya/biar … level N" already was.
    /// Issue 15 point 7: BB's blind misses bb-i112 and bb-i125, and first-blind misses of AC, AL, AS besides.
    /// </summary>
    static bool AimedAt(List<string> tokens, int level)
    {
        var k = level - 1;
        if (k >= 0 && tokens[k] is "ke" or "to") k--;
        return k >= 1 && Reaching.Contains(tokens[k]) && tokens[k - 1] is "untuk" or "utk" or "guna" or "to" or "demi";
    }

    static readonly HashSet<string> Reaching = ["mencapai", "capai", "meraih", "reach", "achieve", "attain", "naik", "get"];
}
