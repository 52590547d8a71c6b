using SpbeBot.Core.Audit;
using SpbeBot.Core.People;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.People;

[Trait("Kind", "Slow")]
public class OpdStoreTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    static readonly Actor Tester = Actor.System("test");

    [Fact]
    public async Task Finds_an_OPD_by_any_spelling_of_its_name_abbreviation_or_alias()
    {
        var store = new OpdStore(db.Connections);
        var added = await store.AddAsync("Bagian Hukum", "Bag. Hukum", ["Bag Hkm"], Tester);

        foreach (var spelling in new[] { "Bag. Hukum", "Bag, Hukum", "Bagian Hukum", "BAG HUKUM", "bag hkm" })
            Assert.Equal(added.Id, (await store.FindAsync(spelling))?.Id);
        Assert.Null(await store.FindAsync("Bagian Umum"));
        Assert.Equal("Bag. Hukum", added.DisplayName);
        Assert.Equal(["Bag Hkm"], added.Aliases);
    }

    [Fact]
    public async Task A_name_used_by_another_OPD_is_refused()
    {
        var store = new OpdStore(db.Connections);
        await store.AddAsync("Badan Perencanaan Pembangunan Daerah", "Bappeda", [], Tester);
        var other = await store.AddAsync("Dinas Pendidikan", "Disdik", [], Tester);

        var error = await Assert.ThrowsAsync<OpdNameTakenException>(() => store.AddAliasAsync("Disdik", "BAPPEDA", Tester));
        Assert.Equal("Bappeda", error.Owner.DisplayName);
        Assert.DoesNotContain("BAPPEDA", (await store.FindAsync("Disdik"))!.Aliases);
        Assert.Equal(other.Id, (await store.FindAsync("dinas pendidikan"))!.Id);
    }

    [Fact]
    public async Task Adding_an_alias_is_audited_and_ensure_is_idempotent()
    {
        var store = new OpdStore(db.Connections);
        var first = await store.EnsureAsync("Dinas Tenaga Kerja", "Disnaker", ["Disnakertrans"], Tester);
        var second = await store.EnsureAsync("Dinas Tenaga Kerja", "Disnaker", ["Disnakertrans"], Tester);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(first.Aliases, second.Aliases);
        Assert.Equal(1, (await store.ListAsync()).Count(o => o.Name == "Dinas Tenaga Kerja"));

        var updated = await store.AddAliasAsync("disnaker", "Dinas Naker", Tester);
        Assert.Contains("Dinas Naker", updated!.Aliases);
        var audit = await new AuditLog(db.Connections).ListAsync("opd", first.Id.ToString());
        Assert.Contains(audit, a => a.Action == "add-alias" && a.After!.Contains("Dinas Naker"));
        Assert.Contains(audit, a => a.Action == "create");
    }
}
