namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>
    /// "BPMN … kami masih draft", "… masih konsep", "CSIRT kami cuma di atas kertas", "CSIRT baru rencana": a word that tells
    /// the thing unfinished or limited — a draft (<c>[element Draft]</c>: "draft", "konsep"), still or under way
    /// (<c>[words still-before]</c>: "masih", "sedang"), a plan only (<c>[words plan-only]</c>,
    /// <c>[words plan-ahead]</c>: "rencana", "wacana"), still to come (<c>[words future]</c>) or a limit (<c>[words limiting]</c>:
    /// "cuma", "hanya", "sebatas"). Not "baru" and "just": they also say a thing newly done ("CSIRT kabupaten baru aja
    /// di-launching", "we just set up a CSIRT"), and "baru draft" has its own word; nor "proses" and "under", which alone name
    /// a thing ("BPMN proses bisnis", "CSIRT under Diskominfo"). For the parser: a short form named in
    /// an account that holds one is the asker's state to place, not a level to look up.
    /// </summary>
    internal static bool TellsUnfinished(IReadOnlyList<string> tokens) =>
        tokens.Select((t, k) => (t, k)).Any(p => Limiting.Contains(p.t) && p.t is not ("baru" or "just") && !LimitsACount(tokens, p.k))
        || tokens.Any(t => StillBefore.Contains(t) && t is not ("proses" or "under") || Future.Contains(t)
            || PlanOnly.Contains(t) || PlanAhead.Contains(t)
            || DraftNotion.Exact.Contains(t) && !DraftNotDocument.Contains(t) || DraftNotion.Stems.Any(s => !s.Contains(' ') && t.Contains(s, StringComparison.Ordinal)));

    static readonly HashSet<string> CountedPeople = Vocabulary.Words("counted-people");

    /// <summary>
    /// "CSIRT kami hanya satu orang tapi sudah aktif": a limiting word before a number or a person limits how many, not
    /// the thing's state ("cuma di atas kertas", "hanya draft" still do).
    /// </summary>
    static bool LimitsACount(IReadOnlyList<string> tokens, int k) =>
        k + 1 < tokens.Count && (tokens[k + 1].All(char.IsAsciiDigit) || ChatVocabulary.NumberWords.ContainsKey(tokens[k + 1]) || CountedPeople.Contains(tokens[k + 1]));
}
