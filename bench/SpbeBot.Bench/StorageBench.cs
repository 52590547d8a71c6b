using System.Diagnostics;
using SpbeBot.Core.Audit;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Storage;

namespace SpbeBot.Bench;

/// <summary>
/// Storage: embedded cluster cold start (fresh initdb + start) and warm start (existing data folder), both with the
/// production settings (fsync on); then a 10,000-item plan: batch upsert, re-upsert, and <c>plan list</c> queries.
/// Usage: storage [--cold N] [--warm N] [--items N]. Everything runs in a temp folder that is deleted afterwards.
/// </summary>
static class StorageBench
{
    public static async Task<int> Run(string[] args)
    {
        var coldRuns = BenchArgs.Int(args, "--cold", 3);
        var warmRuns = BenchArgs.Int(args, "--warm", 5);
        var itemCount = BenchArgs.Int(args, "--items", 10_000);
        var root = Path.Combine(Path.GetTempPath(), "spbebot-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        Console.WriteLine($"PostgreSQL binaries: {PgBinaries.Find()}");
        try
        {
            var cold = new List<double>();
            for (var i = 0; i < coldRuns; i++)
            {
                var sw = Stopwatch.StartNew();
                await using var cluster = await EmbeddedCluster.StartAsync(Options(Path.Combine(root, $"cold{i}")));
                cold.Add(sw.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"Cold start (initdb + start + create database), {coldRuns} runs: median {Median(cold):0} ms, max {cold.Max():0} ms");

            var dataDir = Path.Combine(root, "cold0");
            var warm = new List<double>();
            for (var i = 0; i < warmRuns + 1; i++)
            {
                var sw = Stopwatch.StartNew();
                await using var cluster = await EmbeddedCluster.StartAsync(Options(dataDir));
                if (i > 0) warm.Add(sw.Elapsed.TotalMilliseconds); // the first run warms the OS file cache
            }
            Console.WriteLine($"Warm start (existing data folder), {warmRuns} runs: median {Median(warm):0} ms, max {warm.Max():0} ms");

            await using var main = await EmbeddedCluster.StartAsync(Options(dataDir));
            await Migrator.MigrateAsync(main.ConnectionString);
            await using var db = new ConnectionFactory(main.ConnectionString);
            await PlanList(db, itemCount);
            return 0;
        }
        finally
        {
            foreach (var dir in Directory.GetDirectories(root)) EmbeddedCluster.StopAny(dir);
            Directory.Delete(root, recursive: true);
        }
    }

    static async Task PlanList(ConnectionFactory db, int itemCount)
    {
        var actor = Actor.System("bench");
        var opds = new OpdStore(db);
        string[] names = ["DKIS", "Bappeda", "BKPSDM", "BPKAD", "Bag. Hukum", "Bag. Organisasi", "Bag. PBJ", "DPMPTSP", "Disdukcapil", "Disnaker"];
        foreach (var name in names) await opds.EnsureAsync("OPD " + name, name, [], actor);

        var random = new Random(1);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var drafts = Enumerable.Range(0, itemCount).Select(i => new PlanItemDraft
        {
            Framework = "spbe-2024",
            Year = 2000 + i / 470 % 100,
            Indicator = i % 47 + 1,
            CurrentLevel = random.Next(1, 4),
            TargetLevel = random.Next(4, 6),
            Recommendation = "Rekomendasi hasil evaluasi untuk indikator " + (i % 47 + 1),
            Action = $"Tindak lanjut nomor {i} untuk meningkatkan tingkat kematangan",
            Deadline = today.AddDays(random.Next(-60, 300)),
            Opds = [names[i % names.Length], names[(i * 7 + 3) % names.Length]],
            Status = (PlanStatus)(i % 4),
        }).ToList();

        var sw = Stopwatch.StartNew();
        var created = await new PlanStore(db).UpsertAsync(drafts, actor);
        Console.WriteLine($"Upsert {itemCount} items in one transaction: {sw.Elapsed.TotalMilliseconds:0} ms (created {created.Created})");
        sw.Restart();
        var again = await new PlanStore(db).UpsertAsync(drafts, actor);
        Console.WriteLine($"Re-upsert of the same {itemCount} items: {sw.Elapsed.TotalMilliseconds:0} ms (unchanged {again.Unchanged})");

        var store = new PlanStore(db);
        Measure($"plan list, all {itemCount} items", () => store.ListAsync());
        Measure("plan list --overdue", () => store.ListAsync(new PlanFilter { OverdueAsOf = today }));
        Measure("plan list --opd bappeda --status open", () => store.ListAsync(new PlanFilter { Opd = "bappeda", Status = PlanStatus.Open }));
    }

    static void Measure(string name, Func<Task<IReadOnlyList<PlanItem>>> run)
    {
        for (var i = 0; i < 3; i++) run().GetAwaiter().GetResult(); // warm-up: JIT, connection pool, PostgreSQL caches
        var samples = new List<double>();
        var count = 0;
        for (var i = 0; i < 20; i++)
        {
            var sw = Stopwatch.StartNew();
            count = run().GetAwaiter().GetResult().Count;
            samples.Add(sw.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"{name} → {count} rows, 20 runs: median {Median(samples):0.0} ms, p95 {QuestionsBench.Percentile(samples, 95):0.0} ms, max {samples.Max():0.0} ms");
    }

    static EmbeddedClusterOptions Options(string dataDir) => new() { DataDirectory = dataDir, StopOnProcessExit = true };

    static double Median(List<double> values) => QuestionsBench.Percentile(values, 50);
}
