namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>
    /// A higher level's step is stated but a level between it and the levels the description reaches goes unsaid
    /// (<see cref="Placement.Gap"/>): no level is claimed. The reply names the criterion of the first level the chain
    /// does not reach (<see cref="Placement.DecidingLevel"/>) and asks; the chain's own level is
    /// <see cref="Placement.Lower"/> (issue 15: a level is claimed only when the criteria it builds on are stated).
    /// Measured (docs/benchmarks.md, wip-31sc): the guess it replaces, the level between, was right for 1 of the 10 such
    /// tuning rows; placing at the chain instead added five two-offs (authors who take the middle as read), and capping
    /// every answer that reaches past its chain lost 96 right placements and added 38 two-offs.
    /// </summary>
    static Placement AskOverGap(Placement p)
    {
        if (p is not { Gap: true, Level: int level, Lower: int lower } || lower >= level) return p;
        var chain = Math.Max(lower, 1);
        return p with { Level = null, Decided = false, DecidingLevel = chain + 1, Lower = chain };
    }
}
