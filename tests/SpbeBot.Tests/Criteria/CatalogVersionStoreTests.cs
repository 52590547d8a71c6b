using SpbeBot.Core.Audit;
using SpbeBot.Core.Criteria;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Criteria;

/// <summary>
/// Catalog versions in PostgreSQL: numbering under concurrent imports, and a second process (another server) picking up
/// an import with its cheap check. The versions imported here have the shipped content, so other tests of this process
/// that read <see cref="CatalogStore"/> meanwhile see the same texts.
/// </summary>
[Trait("Kind", "Slow")]
public sealed class CatalogVersionStoreTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    // The catalogs in use are the test host's (static): no in-process spbebot command may read its own meanwhile.
    [Fact]
    public Task Imports_are_numbered_once_each_and_another_server_picks_them_up() => InProcessCli.ExclusiveAsync(async () =>
    {
        await db.ResetAsync();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 1, 0, 0, TimeSpan.Zero));
        var (serverA, serverB) = (new CatalogVersionStore(db.Connections, clock), new CatalogVersionStore(db.Connections, clock));
        try
        {
            Assert.True(await serverB.RefreshAsync());
            Assert.False(await serverB.RefreshAsync()); // nothing new: one cheap query, no reload

            var shipped = CatalogStore.Shipped("spbe-2018");
            var imports = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
                serverA.ImportAsync(shipped, Actor.System($"cli:test{i}"), $"k{i}.xlsx", new string((char)('a' + i), 64))));
            Assert.Equal([1, 2, 3, 4], imports.Select(v => v.Version).Order());
            Assert.All(imports, v => Assert.Equal(clock.GetUtcNow(), v.ImportedAt));

            Assert.True(await serverB.RefreshAsync());
            Assert.Equal(4, CatalogStore.VersionInUse("spbe-2018"));
            Assert.Equal(CatalogStore.Serialize(shipped), CatalogStore.Serialize(CatalogStore.Get("spbe-2018")));
            Assert.Equal(0, CatalogStore.VersionInUse("spbe-2024"));
            Assert.False(await serverB.RefreshAsync());

            var listed = await serverB.ListAsync();
            Assert.Equal([4, 3, 2, 1], listed.Select(v => v.Version));
            Assert.Equal(4, (await new AuditLog(db.Connections).ListAsync("catalog_version")).Count);
        }
        finally
        {
            await db.ResetAsync();
            await serverB.RefreshAsync(force: true);
        }
        Assert.Equal(0, CatalogStore.VersionInUse("spbe-2018"));
    });
}
