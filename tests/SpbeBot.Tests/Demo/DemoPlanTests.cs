using SpbeBot.Core.Demo;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Reminders;

namespace SpbeBot.Tests.Demo;

/// <summary>What the demo (and the tests built on it) rely on holds whatever day the demo is loaded.</summary>
public class DemoPlanTests
{
    static readonly string[] EveryMilestone = ["h-30", "h-14", "h-7", "h-3", "h-1", "h0", "late-7", "late-14"];

    [Fact]
    public void On_every_day_of_2026_to_2029_every_opd_is_reminded_on_the_first_day_and_the_demo_shows_overdue_items()
    {
        var problems = new List<string>();
        for (var day = new DateOnly(2026, 1, 1); day <= new DateOnly(2029, 12, 31); day = day.AddDays(1))
            problems.AddRange(Check(DemoData.BuildPlan(day), day).Select(p => $"{day:yyyy-MM-dd}: {p}"));
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    /// <summary>Every broken promise of the demo plan built on <paramref name="today"/>.</summary>
    static IEnumerable<string> Check(IReadOnlyList<PlanItemDraft> plan, DateOnly today)
    {
        var open = plan.Where(i => i.Status is PlanStatus.Open or PlanStatus.InProgress).ToList();
        string? Milestone(PlanItemDraft i) => ReminderPolicy.Current(i.Deadline!.Value, today)?.Key;
        var opds = plan.SelectMany(i => i.Opds).Distinct().ToList();
        if (opds.Count != 10) yield return $"{opds.Count} OPDs have items, not 10";
        foreach (var opd in opds)
        {
            var mine = open.Where(i => i.Opds.Contains(opd)).ToList();
            if (!mine.Any(i => Milestone(i) is not null)) yield return $"{opd} has nothing to be reminded of";
            if (plan.Count(i => i.Opds.Contains(opd)) > 1 && !mine.Any(i => i.Deadline < today)) yield return $"{opd} has no overdue item";
        }
        foreach (var opd in new[] { "DKIS", "Bappeda" })
        {
            var reached = open.Where(i => i.Opds.Contains(opd)).Select(Milestone).ToHashSet();
            foreach (var missing in EveryMilestone.Where(m => !reached.Contains(m))) yield return $"{opd} has no item at {missing}";
        }
        if (!open.Any(i => today.DayNumber - i.Deadline!.Value.DayNumber > ReminderPolicy.EscalateAfterDaysLate))
            yield return "no item is escalated to the coordinators";
        if (!open.Any(i => Milestone(i) is null)) yield return "no item is due later than 30 days";
        if (!plan.Any(i => i.Status == PlanStatus.Done) || !plan.Any(i => i.Status == PlanStatus.InProgress))
            yield return "no item is done or in progress";
        if (plan.Any(i => i.Year != today.Year)) yield return "an item is not of the current year";
    }
}
