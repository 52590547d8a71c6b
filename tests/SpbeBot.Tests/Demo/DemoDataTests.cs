using SpbeBot.Core.Demo;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Demo;

[Trait("Kind", "Slow")]
public class DemoDataTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Loads_once_and_a_second_run_reuses_it()
    {
        var today = new DateOnly(2026, 11, 23);
        var first = await DemoData.EnsureAsync(db.Connections, today);
        Assert.True(first.Loaded);
        Assert.Equal(47, first.Plan!.Created);

        var second = await DemoData.EnsureAsync(db.Connections, today.AddDays(5));
        Assert.False(second.Loaded);
        Assert.Equal(DemoData.InstansiName, second.Instansi);

        var plan = await new PlanStore(db.Connections).ListAsync();
        Assert.Equal(47, plan.Count);
        Assert.Equal(Enumerable.Range(1, 47), plan.Select(i => i.Indicator));
        Assert.All(plan, i => Assert.NotEmpty(i.Opds));
        Assert.All(plan, i => Assert.True(i.TargetLevel > i.CurrentLevel));
        Assert.Contains(plan, i => i.Deadline < today);                        // a few overdue to show
        Assert.Equal(10, (await new OpdStore(db.Connections).ListAsync()).Count);
        Assert.Equal(5, (await new PersonStore(db.Connections).ListAsync()).Count);
        var instansi = await new InstansiStore(db.Connections).GetAsync();
        Assert.Equal((InstansiKind.Kabupaten, TimeZones.Wib, 2026), (instansi!.Kind, instansi.TimeZone, instansi.EvaluationYear));
        // The seed 004 spellings find their OPDs.
        foreach (var spelling in new[] { "Bag, Hukum", "Bag. Pengadaan Barang & Jasa", "Dinas Perijinan", "Dinas Dukcapil", "Bagian Organisasi" })
            Assert.NotNull(await new OpdStore(db.Connections).FindAsync(spelling));
    }

    [Fact]
    public void The_plan_is_deterministic() =>
        Assert.Equal(DemoData.BuildPlan(new DateOnly(2026, 1, 5)), DemoData.BuildPlan(new DateOnly(2026, 1, 5)), new DraftComparer());

    sealed class DraftComparer : IEqualityComparer<PlanItemDraft>
    {
        public bool Equals(PlanItemDraft? a, PlanItemDraft? b) => a! with { Opds = [] } == b! with { Opds = [] } && a.Opds.SequenceEqual(b.Opds);
        public int GetHashCode(PlanItemDraft d) => d.Indicator;
    }
}
