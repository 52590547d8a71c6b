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
    /// <remarks>A gap is only read with the chain at level 2 or more (PlaceByElements); a later rule that brings the level down
    /// to the chain leaves no gap above it, and the flag goes, so that a placement marked <see cref="Placement.Gap"/> never claims a level.</remarks>
    static Placement AskOverGap(Placement p)
    {
        if (p is not { Gap: true, Level: int level, Lower: int lower }) return p;
        return lower >= level ? p with { Gap = false } : p with { Level = null, Decided = false, DecidingLevel = lower + 1 };
    }
}
