using SpbeBot.Core.Evidence;

namespace SpbeBot.Core.Plans;

/// <summary>Indicator levels from the plan, for the index now and the index if every target is met.</summary>
public static class PlanLevels
{
    /// <summary>
    /// Per indicator: the highest current level and the highest target among its active items (a target never lowers).
    /// An item marked done counts at its target level as "current" only when <paramref name="approved"/> holds
    /// approved evidence for that indicator and level: "done" alone is a claim, the coordinator's approval confirms it.
    /// </summary>
    /// <param name="approved">(indicator, level) pairs with at least one approved upload; null counts no item as reached.</param>
    public static (Dictionary<int, int> Current, Dictionary<int, int> Target) From(IEnumerable<PlanItem> items, IReadOnlySet<(int Indicator, int Level)>? approved = null)
    {
        var active = items.Where(i => i.Status != PlanStatus.Cancelled).ToList();
        var current = active.Where(i => i.CurrentLevel is not null).GroupBy(i => i.Indicator)
            .ToDictionary(g => g.Key, g => g.Max(i => Reached(i, approved)));
        var target = current.ToDictionary(kv => kv.Key, kv => Math.Max(kv.Value,
            active.Where(i => i.Indicator == kv.Key).Max(i => i.TargetLevel ?? kv.Value)));
        return (current, target);
    }

    /// <summary>Done with approved evidence at the target level: the target; otherwise the recorded current level.</summary>
    public static int Reached(PlanItem i, IReadOnlySet<(int Indicator, int Level)>? approved) =>
        i.Status == PlanStatus.Done && i.TargetLevel is { } t && approved is not null && approved.Contains((i.Indicator, t))
            ? Math.Max(t, i.CurrentLevel ?? 0)
            : i.CurrentLevel ?? 0;

    /// <summary>
    /// The levels of a year's stored plan, with done items counted at their target where a coordinator approved the
    /// evidence: what <c>spbebot index --plan</c> and the chat's "indeks kita" show.
    /// </summary>
    public static async Task<(Dictionary<int, int> Current, Dictionary<int, int> Target)> LoadAsync(
        PlanStore plans, EvidenceStore evidence, string framework, int? year, CancellationToken ct = default)
    {
        var items = await plans.ListAsync(new PlanFilter { Framework = framework, Year = year }, ct);
        var approved = await evidence.ListAsync(new EvidenceFilter
        {
            Framework = framework, Year = year, Status = EvidenceStatus.Approved, Limit = 100_000,
        }, ct);
        return From(items, ApprovedLevels(approved));
    }

    /// <summary>The (indicator, level) pairs with at least one approved upload among <paramref name="evidence"/>.</summary>
    public static IReadOnlySet<(int Indicator, int Level)> ApprovedLevels(IEnumerable<EvidenceRecord> evidence) =>
        evidence.Where(e => e.Status == EvidenceStatus.Approved && e.Indicator is not null && e.Level is not null)
            .Select(e => (e.Indicator!.Value, e.Level!.Value)).ToHashSet();
}
