using System.Collections.Concurrent;
using System.Diagnostics;
using Dapper;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using SpbeBot.Core.Audit;
using SpbeBot.Core.People;
using SpbeBot.Core.Reminders;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Reminders;

namespace SpbeBot.Bench;

/// <summary>
/// Reminders: (a) the daily scan over N open plan items (deadlines spread over 90 days, 50 OPDs with 2 operators each)
/// on an embedded PostgreSQL, first run (queues the reminders) and a repeat (queues nothing); (b) how long a Hangfire
/// job waits between being enqueued and starting, with Hangfire.PostgreSql's default polling (15 s) and with ours (1 s).
/// Usage: reminders [--items N] [--jobs N]
/// </summary>
static class ReminderBench
{
    static readonly ConcurrentQueue<double> Waits = new();

    public static async Task<int> Run(string[] args)
    {
        var n = BenchArgs.Int(args, "--items", 100_000);
        var jobs = BenchArgs.Int(args, "--jobs", 5);
        await using var bench = await BenchDatabase.StartAsync("reminders");
        var db = bench.Connections;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await new InstansiStore(db).SaveAsync(new Instansi { Name = "Kabupaten Bench", Kind = InstansiKind.Kabupaten, EvaluationYear = today.Year }, Actor.System("bench"));
        await using (var c = await db.OpenAsync())
        {
            await c.ExecuteAsync("insert into opd (name) select 'OPD ' || g from generate_series(1, 50) g");
            await c.ExecuteAsync("insert into person (name, role, opd_id) select 'Operator ' || o.id || '-' || k, 'operator', o.id from opd o, generate_series(1, 2) k");
            await c.ExecuteAsync("insert into person (name, role) values ('Koordinator', 'coordinator')");
            await c.ExecuteAsync(
                """
                insert into plan_item (framework, year, indicator, action, action_key, deadline)
                select 'spbe-2024', @year, 1 + g % 47, 'Aksi ' || g, 'aksi ' || g, @today::date + (g % 90 - 30)
                from generate_series(1, @n) g
                """, new { year = today.Year, today = today.ToDateTime(TimeOnly.MinValue), n });
            await c.ExecuteAsync("insert into plan_item_opd (plan_item_id, opd_id, position) select p.id, (select min(id) from opd) + p.id % 50, 1 from plan_item p");
        }
        Console.WriteLine($"{n:N0} open plan items, deadlines from 30 days ago to 60 days ahead, 50 OPDs × 2 operators.");
        var scan = new ReminderScan(db, new InstansiStore(db), new ReminderWriter());
        foreach (var label in new[] { "first run", "repeat (same day)" })
        {
            var sw = Stopwatch.StartNew();
            var result = await scan.RunAsync(DateTimeOffset.UtcNow);
            Console.WriteLine($"(a) scan, {label}: {sw.Elapsed.TotalMilliseconds:N0} ms — {result.ItemsDue:N0} items at a milestone, {result.NewReminders:N0} new reminders, {result.Messages} messages, {result.Escalations:N0} escalated");
        }

        await JobStartLatency(bench.ConnectionString, "Hangfire defaults (schedule polling 15 s, queue polling 15 s)", null, jobs);
        await JobStartLatency(bench.ConnectionString, "SpbeBot settings (both 1 s)", TimeSpan.FromSeconds(1), jobs);
        return 0;
    }

    /// <summary>
    /// Jobs scheduled 2 s ahead (as the recurring reminder scan is, by its cron): the wait from the moment a job is due
    /// to its start, which the scheduler's polling interval decides. Also an immediate enqueue from the same process.
    /// </summary>
    static async Task JobStartLatency(string connectionString, string label, TimeSpan? poll, int jobs)
    {
        var options = new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true };
        if (poll is { } p) options.QueuePollInterval = p;
        var storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
        GlobalConfiguration.Configuration.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
        var serverOptions = new BackgroundJobServerOptions { WorkerCount = 2 };
        if (poll is { } s) serverOptions.SchedulePollingInterval = s;
        using var server = new BackgroundJobServer(serverOptions, storage);
        await Task.Delay(TimeSpan.FromSeconds(2));   // the server is up and idle before the first job
        var client = new BackgroundJobClient(storage);
        foreach (var scheduled in new[] { false, true })
        {
            Waits.Clear();
            for (var i = 0; i < jobs; i++)
            {
                var due = DateTime.UtcNow.AddSeconds(scheduled ? 2 : 0);
                if (scheduled) client.Schedule(() => Started(due.Ticks), due - DateTime.UtcNow);
                else client.Enqueue(() => Started(due.Ticks));
                var before = Waits.Count;
                var deadline = DateTime.UtcNow.AddSeconds(60);
                while (Waits.Count == before && DateTime.UtcNow < deadline) await Task.Delay(20);
                await Task.Delay(Random.Shared.Next(200, 1500));   // the next job at a random moment of the polling cycle
            }
            var waits = Waits.ToList();
            Console.WriteLine($"(b) {label}, {(scheduled ? "scheduled job: due → start" : "enqueued in-process: enqueue → start")}: {waits.Count} jobs, median {QuestionsBench.Percentile(waits, 50):0} ms, max {waits.Max():0} ms");
        }
    }

    /// <summary>The benchmark job: how long it waited.</summary>
    public static void Started(long enqueuedTicks) => Waits.Enqueue((DateTime.UtcNow.Ticks - enqueuedTicks) / (double)TimeSpan.TicksPerMillisecond);
}
