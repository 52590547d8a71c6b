using System.Diagnostics;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Criteria;

namespace SpbeBot.Bench;

/// <summary>
/// How long loading one framework's catalog takes: shipped (the embedded JSON parsed) and imported (the newest version
/// read from PostgreSQL and parsed, as every CLI start and server refresh does). Usage: catalogs [--runs N]
/// </summary>
static class CatalogBench
{
    public static async Task<int> Run(string[] args)
    {
        var runs = BenchArgs.Int(args, "--runs", 20);
        await using var bench = await BenchDatabase.StartAsync("catalogs");
        var versions = new CatalogVersionStore(bench.Connections, TimeProvider.System);
        foreach (var framework in CatalogStore.Available)
        {
            var shipped = Median(runs, () =>
            {
                using var stream = typeof(CatalogStore).Assembly.GetManifestResourceStream($"catalogs/{framework}.json")!;
                _ = CatalogStore.Parse(stream);
                return Task.CompletedTask;
            });
            // One imported version of this framework only, so a refresh loads exactly one catalog.
            await using (var c = await bench.Connections.OpenAsync())
                await new Npgsql.NpgsqlCommand("truncate catalog_version", c).ExecuteNonQueryAsync();
            await versions.ImportAsync(CatalogStore.Shipped(framework), Actor.System("bench"), $"{framework}.xlsx", new string('0', 64));
            var imported = Median(runs, () => versions.RefreshAsync(force: true));
            Console.WriteLine($"{framework}: shipped load {await shipped:F1} ms, imported load (database + parse) {await imported:F1} ms (median of {runs})");
        }
        return 0;
    }

    static async Task<double> Median(int runs, Func<Task> load)
    {
        await load(); // warm-up: JIT, connection pool
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await load();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }
}
