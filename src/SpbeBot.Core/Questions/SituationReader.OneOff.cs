using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    static readonly HashSet<string> OneOffWords = Vocabulary.Words("one-off");
    static readonly HashSet<string> Once = Vocabulary.Words("once");
    static readonly HashSet<string> OnceBefore = Vocabulary.Words("once-before");
    static readonly HashSet<string> Period = Vocabulary.Words("period");
    static readonly HashSet<string> SinceThen = Vocabulary.Words("since-then");
    static readonly HashSet<string> AfterThen = Vocabulary.Words("after-then");

    /// <summary>Indicators whose level 1 condition is an activity "tanpa perencanaan" / "tanpa program kegiatan yang terarah dan terencana" (Manajemen Risiko, Aset, Layanan, the audits …).</summary>
    static HashSet<int> UnplannedAtOne(CriteriaCatalog catalog) =>
        [.. catalog.Indicators.Where(i => i.Levels.FirstOrDefault(l => l.Level == 1)?.Criterion is { } one
            && (one.Contains("tanpa perencanaan", StringComparison.OrdinalIgnoreCase) || one.Contains("tanpa program", StringComparison.OrdinalIgnoreCase))).Select(i => i.Number)];

    /// <summary>
    /// Where level 1 is an activity held without planning, a description of a one-off ("audit pernah sekali 2023, abis itu
    /// gak ada lagi", "only once, after an incident", "one-off") that states no planning is that condition: level 1, and
    /// level 2 (planned) decides. A periodic "sekali setahun" / "once a year" is not a one-off.
    /// </summary>
    Placement OneOff(int indicatorNumber, string question, Placement placement)
    {
        if (!_unplannedAtOne.Contains(indicatorNumber) || placement.Level is not int level || level < 2) return placement;
        if (placement.Asserted.Contains(Element.Planned)) return placement;
        return OneOffStated(TextNormalizer.Tokenize(question))
            ? placement with { Level = 1, Decided = false, DecidingLevel = 2, Lower = null, PointsAt = false, Gap = false }
            : placement;
    }

    static bool OneOffStated(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (OneOffWords.Contains(tokens[i])) return true;
            var next = i + 1 < tokens.Count ? tokens[i + 1] : "";
            // "pernah sekali", "cuma sekali", "only once" — not "sekali setahun", "once a year", "setahun sekali".
            if (Once.Contains(tokens[i]) && i > 0 && OnceBefore.Contains(tokens[i - 1]) && !Period.Contains(next) && !Period.Contains(tokens[i - 1])) return true;
            // "abis itu gak ada lagi", "sejak itu tidak pernah lagi", "since then nothing".
            if (AfterThen.Contains(tokens[i]) && SinceThen.Contains(next)
                && tokens.Skip(i + 2).Take(4).Any(t => Negators.Contains(t) || t is "nothing" or "never")) return true;
            // "thn ini blm ada audit keamanan lg", "tidak dilakukan lagi": not held again since (not "tidak lagi ad hoc").
            if (IsNegator(tokens, i) && Doing.Contains(next) && tokens.Skip(i + 2).Take(4).Any(t => t is "lagi" or "again" or "anymore")) return true;
        }
        return false;
    }
}
