using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>
    /// Per indicator, the lowest level above 1 whose criterion asks for a requirement (a formal team, a system
    /// application…): the level a description denying that requirement stays below.
    /// </summary>
    static Dictionary<int, int> LowestLevelAsking(IEnumerable<Indicator> indicators, Func<string, bool> asks)
    {
        var levels = new Dictionary<int, int>();
        foreach (var indicator in indicators)
            if (indicator.Levels.Where(l => asks(l.Criterion)).Select(l => l.Level).DefaultIfEmpty(0).Min() is > 1 and var level)
                levels[indicator.Number] = level;
        return levels;
    }

    /// <summary>
    /// Places a description below the requirement's level at most when one of its clauses denies the requirement
    /// (<paramref name="denies"/> at a token); what it says of the levels below stands.
    /// </summary>
    Placement BelowWhenDenied(Dictionary<int, int> levels, int indicatorNumber, string question, Placement placement,
        Func<List<string>, int, bool> denies)
    {
        if (placement.Level is not int level || !levels.TryGetValue(indicatorNumber, out var required) || level < required) return placement;
        foreach (var part in question.Split(['.', ';', '!', '?', '\n', ',']))
            foreach (var clause in Clauses(TextNormalizer.Tokenize(part)))
                for (var i = 0; i < clause.Count; i++)
                    if (denies(clause, i))
                        return AtMost(placement, required - 1);
        return placement;
    }
}
