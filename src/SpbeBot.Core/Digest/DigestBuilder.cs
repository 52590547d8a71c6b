using SpbeBot.Core.Criteria;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Scoring;

namespace SpbeBot.Core.Digest;

/// <summary>Computes the weekly digest from the plan, the evidence and the stored snapshots. Pure: no I/O.</summary>
public static class DigestBuilder
{
    public const int MostOverdueShown = 5;
    public const int AtRiskDays = 14;

    /// <summary>The Monday of the week a day is in: the key of a weekly snapshot.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static WeeklyDigest Build(CriteriaCatalog catalog, string instansi, int year, DateOnly today,
        IReadOnlyList<PlanItem> items, IReadOnlyList<EvidenceRecord> evidence, IReadOnlyList<WeekIndex> history,
        IReadOnlyDictionary<long, IReadOnlyList<string>>? checkFlags = null)
    {
        var week = WeekOf(today);
        // The same rule as `spbebot index --plan` and the chat: "done" counts at its target only with approved evidence.
        var (current, target) = PlanLevels.From(items, PlanLevels.ApprovedLevels(evidence));
        var complete = catalog.Indicators.All(i => i.Weight is not null && current.ContainsKey(i.Number));
        var now = complete ? IndexCalculator.Calculate(catalog, current) : null;
        var then = complete ? IndexCalculator.Calculate(catalog, target) : null;
        var active = items.Where(i => i.Status != PlanStatus.Cancelled).ToList();
        bool Overdue(PlanItem i) => i.Status is PlanStatus.Open or PlanStatus.InProgress && i.Deadline < today;

        var opds = active.SelectMany(i => i.Opds.Select(o => (Opd: o, Item: i))).GroupBy(x => x.Opd)
            .Select(g =>
            {
                var mine = evidence.Where(e => e.OpdName == g.Key).ToList();
                return new OpdProgress(g.Key,
                    g.Count(x => x.Item.Status == PlanStatus.Done), g.Count(x => x.Item.Status == PlanStatus.InProgress),
                    g.Count(x => x.Item.Status == PlanStatus.Open), g.Count(x => Overdue(x.Item)),
                    mine.Count(e => e.Status == EvidenceStatus.Approved), mine.Count(e => e.Status == EvidenceStatus.Pending),
                    mine.Count(e => e.Status == EvidenceStatus.Rejected));
            })
            .OrderByDescending(o => o.Overdue).ThenBy(o => o.Opd).ToList();

        var overdue = active.Where(Overdue)
            .Select(i => new OverdueItem(i.Id, i.Indicator, i.Action, string.Join(", ", i.Opds), i.Deadline!.Value, today.DayNumber - i.Deadline!.Value.DayNumber))
            .OrderByDescending(o => o.DaysLate).ThenBy(o => o.Indicator).ToList();

        var byIndicator = evidence.GroupBy(e => e.Indicator ?? 0).ToDictionary(g => g.Key, g => (IReadOnlyList<EvidenceRecord>)g.ToList());
        var atRisk = active.Where(i => i.Status is PlanStatus.Open or PlanStatus.InProgress && i.Deadline is { } d && d >= today && d.DayNumber - today.DayNumber <= AtRiskDays)
            .GroupBy(i => i.Indicator)
            .Select(g =>
            {
                var level = g.Max(i => i.TargetLevel ?? 1);
                var checklist = EvidenceChecklist.For(catalog, g.Key, level, byIndicator.GetValueOrDefault(g.Key, []));
                return (g, level, checklist);
            })
            .Where(x => !x.checklist.Complete)
            .Select(x => new AtRiskIndicator(x.g.Key, catalog.FindIndicator(x.g.Key)?.Name ?? "", x.g.Min(i => i.Deadline!.Value), x.level,
                x.checklist.RequiredApproved, x.checklist.Required))
            .OrderBy(r => r.Deadline).ThenBy(r => r.Indicator).ToList();

        // Uploads whose pre-check raised a flag, per OPD (most first), with how often each flag was raised.
        var flagged = checkFlags is null ? [] : evidence.Where(e => checkFlags.ContainsKey(e.Id)).GroupBy(e => e.OpdName ?? "-")
            .Select(g => new FlaggedOpd(g.Key, g.Count(), g.SelectMany(e => checkFlags[e.Id].Distinct()).GroupBy(f => f)
                .Select(f => (f.Key, f.Count())).OrderByDescending(f => f.Item2).ThenBy(f => f.Key, StringComparer.Ordinal).ToList()))
            .OrderByDescending(f => f.Items).ThenBy(f => f.Opd, StringComparer.Ordinal).ToList();

        var earlier = history.Where(h => h.Week < week).OrderBy(h => h.Week).ToList();
        return new WeeklyDigest
        {
            Instansi = instansi, Framework = catalog.Framework, Year = year, Today = today, Week = week,
            IndexName = catalog.IndexLabel, ByAspect = !catalog.HasDomains,
            IndexNow = now?.Spbe is { } a ? IndexCalculator.Round(a) : null, PredikatNow = now?.Predikat?.Name,
            IndexTarget = then?.Spbe is { } b ? IndexCalculator.Round(b) : null, PredikatTarget = then?.Predikat?.Name,
            LastWeek = earlier.LastOrDefault(h => h.Week == week.AddDays(-7)),
            // The index's top-level groups: domains, or the aspects where the framework has no domain level (pemdi-2026).
            Domains = catalog.HasDomains
                ? catalog.Domains.Select(d => (d.Number, d.Name,
                    now?.Domains.First(x => x.Domain.Number == d.Number).Value is { } n ? IndexCalculator.Round(n) : (decimal?)null,
                    then?.Domains.First(x => x.Domain.Number == d.Number).Value is { } t ? IndexCalculator.Round(t) : (decimal?)null)).ToList()
                : catalog.Aspects.Select(a => (a.Number, a.Name,
                    now?.Aspects.First(x => x.Aspect.Number == a.Number).Value is { } n ? IndexCalculator.Round(n) : (decimal?)null,
                    then?.Aspects.First(x => x.Aspect.Number == a.Number).Value is { } t ? IndexCalculator.Round(t) : (decimal?)null)).ToList(),
            Opds = opds,
            MostOverdue = overdue.Take(MostOverdueShown).ToList(),
            OverdueTotal = overdue.Count,
            AtRisk = atRisk,
            Flagged = flagged,
            History = earlier,
        };
    }
}
