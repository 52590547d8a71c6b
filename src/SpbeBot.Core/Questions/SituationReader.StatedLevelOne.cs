namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>
    /// Level 1's own element is stated ("web disdik cuma info PPDB": information only) and nothing of level 2: with a
    /// higher level's element denied ("pendaftarannya masih offline"), the placement is level 1 and level 2 decides — not
    /// level 2 taken as the likely reading.
    /// </summary>
    static bool LevelOneStated(IReadOnlyList<LevelElements> levels, HashSet<Element> asserted) =>
        levels.FirstOrDefault(l => l.Level == 1) is { Elements.Count: > 0 } one && one.Elements.Any(e => e is not Element.Draft && asserted.Contains(e))
        && !levels.Where(l => l.Level >= 2).Any(l => l.Elements.Any(e => e is not Element.Partial && asserted.Contains(e)));
}
