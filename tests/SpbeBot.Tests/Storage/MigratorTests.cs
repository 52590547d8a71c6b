using SpbeBot.Core.Storage;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Storage;

[Trait("Kind", "Slow")]
public class MigratorTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Migrating_again_applies_nothing()
    {
        // The fixture migrated once already.
        var again = await Migrator.MigrateAsync(db.ConnectionString);
        Assert.Empty(again.Applied);
        Assert.Equal(Migrator.Available(), Migrator.Applied(db.ConnectionString));
    }

    [Fact]
    public async Task Parallel_migrations_do_not_trip_over_each_other()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Migrator.MigrateAsync(db.ConnectionString)));
        Assert.All(results, r => Assert.Empty(r.Applied));
    }

    [Fact]
    public void Ships_the_initial_migration() => Assert.Contains("0001_initial.sql", Migrator.Available());
}
