namespace SpbeBot.Core.Plans;

/// <summary>Indicator levels from the plan, for the index now and the index if every target is met.</summary>
public static class PlanLevels
{
    /// <summary>Per indicator: the highest current level and the highest target among its active items (a target never lowers).</summary>
    public static (Dictionary<int, int> Current, Dictionary<int, int> Target) From(IEnumerable<PlanItem> items)
    {
        var active = items.Where(i => i.Status != PlanStatus.Cancelled).ToList();
        var current = active.Where(i => i.CurrentLevel is not null).GroupBy(i => i.Indicator)
            .ToDictionary(g => g.Key, g => g.Max(i => i.CurrentLevel!.Value));
        var target = current.ToDictionary(kv => kv.Key, kv => Math.Max(kv.Value,
            active.Where(i => i.Indicator == kv.Key).Max(i => i.TargetLevel ?? kv.Value)));
        return (current, target);
    }
}
