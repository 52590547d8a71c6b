using SpbeBot.Core.Demo;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Scoring;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Plans;

/// <summary>`spbebot index --plan`: the what-if computed from the stored plan's current and target levels.</summary>
[Trait("Kind", "Slow")]
public sealed class PlanWhatIfCliTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Index_from_the_stored_plan_compares_current_and_target()
    {
        await db.ResetAsync();
        await DemoData.EnsureAsync(db.Connections, new DateOnly(2026, 12, 31));   // the what-if needs levels, not the date
        var items = await new PlanStore(db.Connections).ListAsync();
        var catalog = CatalogStore.Get("spbe-2024");
        var current = IndexCalculator.Calculate(catalog, items.GroupBy(i => i.Indicator).ToDictionary(g => g.Key, g => g.Max(i => i.CurrentLevel!.Value)));
        var target = IndexCalculator.Calculate(catalog, items.GroupBy(i => i.Indicator).ToDictionary(g => g.Key, g => g.Max(i => Math.Max(i.TargetLevel ?? 0, i.CurrentLevel!.Value))));

        var r = Cli.Run(["index", "--plan"], environment: new Dictionary<string, string?> { ["SPBEBOT__DATABASE__CONNECTIONSTRING"] = db.ConnectionString });
        Assert.Equal(0, r.ExitCode);
        Assert.Contains($"Saat ini: {IndexCalculator.Round(current.Spbe!.Value).ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("id-ID"))} — {current.Predikat!.Name}", r.Out);
        Assert.Contains($"Bila semua target tercapai: {IndexCalculator.Round(target.Spbe!.Value).ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("id-ID"))} — {target.Predikat!.Name}", r.Out);
        Assert.True(target.Spbe > current.Spbe);
    }
}
