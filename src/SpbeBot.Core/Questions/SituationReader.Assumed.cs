namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>
    /// A level claimed over one level the description leaves unsaid (<see cref="MaxGap"/>: "ditetapkan Perbup, direviu
    /// 2025, ditindaklanjuti" is level 5 with level 3's coverage unsaid) rests on that level's criteria: the placement keeps
    /// the level (measured three times: placing at the stated chain instead costs far more right answers than it mends,
    /// docs/benchmarks.md wip-31sc) and names the unsaid criteria, so the reply says what it assumed and asks (issue 15:
    /// never claim a level the text does not support without saying so).
    /// </summary>
    static IReadOnlyList<AssumedLevel> AssumedLevels(IReadOnlyList<LevelElements> usable, IEnumerable<int> passedOver, HashSet<Element> asserted) =>
        [.. passedOver.Select(n => usable.FirstOrDefault(l => l.Level == n)).OfType<LevelElements>()
            .Select(l => new AssumedLevel(l.Level, [.. OwnCriteria(l).Where(e => !asserted.Contains(e) && !Implied(e, asserted))]))
            .Where(a => a.Unsaid.Count > 0)];

    /// <summary>A level's own criteria: "partial" is its condition, counted only where it is all the level says (PlaceByElements counts these).</summary>
    static IEnumerable<Element> OwnCriteria(LevelElements l) => l.Elements.Count > 1 ? l.Elements.Where(e => e != Element.Partial) : l.Elements;

    /// <summary>The assumed levels stay only under a level the reply claims: a later rule that lowers the placement, or a reply that asks the level itself, assumes nothing.</summary>
    static Placement AssumedBelowClaim(Placement p) =>
        p.Assumed.Count == 0 ? p
        : p.Level is int level && !p.Gap && !(p.Lower is int lower && lower < level) ? p with { Assumed = [.. p.Assumed.Where(a => a.Level < level)] }
        : p with { Assumed = [] };
}
