namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    static readonly HashSet<string> PlanOnly = Vocabulary.Words("plan-only");
    static readonly HashSet<string> InDevelopment = Vocabulary.Words("in-development");
    static readonly HashSet<string> PlanFillers = Vocabulary.Words("plan-fillers");
    static readonly HashSet<string> PlanAhead = Vocabulary.Words("plan-ahead");
    static readonly HashSet<string> PlanTo = Vocabulary.Words("plan-to");
    static readonly HashSet<string> Periodic = Vocabulary.Words("periodic");

    /// <summary>
    /// An element named as only planned or still being made ("perbaikan baru direncanakan 2026", "an external certified
    /// auditor is planned", "kolaborasi dengan layanan lain masih rencana", "fitur persetujuan masih dalam pengembangan",
    /// "unggah dokumen masih uji coba", "integrasi ke LAPOR baru tahap MoU", "we plan to integrate with …") is not met, and
    /// nothing else in the description states it: the lowest level that adds it decides and the placement is the level
    /// below, at most. What the other clauses (or the other items of a numbered list) state stays.
    /// </summary>
    Placement BelowPlannedOnly(int indicatorNumber, string question, bool service, Placement placement)
    {
        if (placement.Level is not >= 2) return placement;
        return BelowNotMet(indicatorNumber, placement, PlannedOnlyElements(question, service, _unitsDistinct.Contains(indicatorNumber)));
    }

    /// <summary>Elements not met (only planned, unevidenced): the lowest level above 1 adding one decides, and the placement is the level below it at most.</summary>
    Placement BelowNotMet(int indicatorNumber, Placement placement, HashSet<Element> notMet)
    {
        if (notMet.Count == 0 || placement.Level is not int level) return placement;
        var deciding = ElementsOf(indicatorNumber).Where(l => l.Level > 1 && l.Elements.Any(notMet.Contains)).Select(l => l.Level).DefaultIfEmpty(0).Min();
        if (deciding == 0 || level < deciding) return placement;
        return placement with { Level = deciding - 1, Decided = false, DecidingLevel = deciding, Lower = null, PointsAt = false, Gap = false, Asserted = [.. placement.Asserted.Except(notMet)] };
    }

    /// <summary>The elements named only beside a word of plan or of development, and stated nowhere else in the description.</summary>
    HashSet<Element> PlannedOnlyElements(string question, bool service, bool unitsDistinct)
    {
        var planned = new HashSet<Element>();
        var rest = new List<string>();
        foreach (var sentence in question.Split(['.', ';', '!', '?', '\n', ',']))
            foreach (var clause in Clauses(TextNormalizer.Tokenize(sentence)))
            {
                var span = PlannedSpan(clause);
                if (span.Count > 0) planned.UnionWith(Named([.. span.Order().Select(i => clause[i])]));
                rest.AddRange(clause.Where((_, i) => !span.Contains(i)));
            }
        planned.ExceptWith([Element.Partial, Element.Complete, Element.Planned, Element.Draft]);
        if (planned.Count > 0) planned.ExceptWith(Read(rest, service, isCatalog: false, unitsDistinct).Asserted);
        return planned;

        HashSet<Element> Named(List<string> words)
        {
            var (a, d) = Read(words, service, isCatalog: true, unitsDistinct);
            a.UnionWith(d);
            return a;
        }
    }

    /// <summary>
    /// The positions of the words a plan or a development is said of: up to five words before a word of plan ("… masih
    /// rencana", "… is planned") or of development after a word of still ("… masih dalam pengembangan"), back to the
    /// clause's start or a conjunction; or the rest of the clause after "plan to" / "berencana untuk" ("we plan to integrate …").
    /// A periodic plan ("direncanakan setiap tahun", "planned annually") is the planning itself, not a plan only.
    /// </summary>
    static HashSet<int> PlannedSpan(List<string> clause)
    {
        var span = new HashSet<int>();
        for (var m = 0; m < clause.Count; m++)
        {
            var t = clause[m];
            // "we plan to integrate with the bank", "berencana untuk mengintegrasikan …": what follows is planned.
            if (PlanAhead.Contains(t) && m + 1 < clause.Count && PlanTo.Contains(clause[m + 1]))
            {
                for (var k = m + 2; k < clause.Count; k++) span.Add(k);
                continue;
            }
            var trial = t is "uji" && m + 1 < clause.Count && clause[m + 1] is "coba";
            var development = InDevelopment.Contains(t) && Enumerable.Range(Math.Max(0, m - 3), Math.Min(3, m)).Any(k => StillBefore.Contains(clause[k]));
            // "masih rencana", "baru rencana", "still a plan" (not "Peta Rencana", "rencana kerja").
            var onlyAPlan = PlanAhead.Contains(t) && m > 0 && (StillBefore.Contains(clause[m - 1]) || Limiting.Contains(clause[m - 1]) || m > 1 && clause[m - 1] is "a" && StillBefore.Contains(clause[m - 2]));
            if (!(PlanOnly.Contains(t) || trial || development || onlyAPlan) || clause.Skip(m + 1).Take(2).Any(Periodic.Contains)) continue;
            // "audited by certified external auditors under a planned schedule": after an article the word of plan describes
            // the noun that follows it, not what came before. "still a plan" (a word of still before the article) is a plan only.
            if (!onlyAPlan && m > 0 && clause[m - 1] is "a" or "an" or "the") continue;
            var k2 = m - 1;
            while (k2 >= 0 && PlanFillers.Contains(clause[k2])) k2--;
            for (var n = 0; k2 >= 0 && n < 5 && !Conjunctions.Contains(clause[k2]) && !ClauseBreaks.Contains(clause[k2]); k2--, n++) span.Add(k2);
        }
        return span;
    }
}
