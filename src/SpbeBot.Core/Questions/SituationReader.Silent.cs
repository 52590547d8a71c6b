namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>
    /// The criteria of the level a reply leaves open that the description neither states nor denies, read from the
    /// catalog's own levels (<see cref="ElementsOf"/>), so the reply asks them by name (issue 15: "where the description
    /// does not decide it, name the criterion that decides and ask"). The open level is the placed one when the reply
    /// offers the level below it (<see cref="Placement.Lower"/>), else the deciding level. The level placed never changes
    /// here. (Measured and dropped: a decided answer resting on a level between of which nothing is said made undecided —
    /// 125 more asks on tuning, no two-off mended and no author's level newly offered; docs/benchmarks.md, wip-29sm.)
    /// </summary>
    Placement WithSilentCriteria(int indicatorNumber, Placement p)
    {
        // Over a gap no level is claimed (SituationReader.StatedChain.cs): the deciding level is the one left open.
        var open = p.Level is not int level ? (p.Gap ? p.DecidingLevel : null)
            : p.Lower is int lower && lower < level ? level : p.Decided ? (int?)null : p.DecidingLevel;
        if (open is not int o || ElementsOf(indicatorNumber).FirstOrDefault(l => l.Level == o) is not { Elements.Count: > 0 } criteria) return p;
        var asserted = p.Asserted.ToHashSet();
        // A level's own criteria; "partial" is its condition, counted only where it is all the level says (as in PlaceByElements).
        var own = criteria.Elements.Count > 1 ? criteria.Elements.Where(e => e != Element.Partial) : criteria.Elements;
        var silent = own.Where(e => !asserted.Contains(e) && !p.Denied.Contains(e) && !p.ImpliedOnly.Contains(e) && !Implied(e, asserted)).ToList();
        return silent.Count == 0 ? p : p with { Silent = silent, SilentLevel = o };
    }
}
