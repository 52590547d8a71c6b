using System.Diagnostics;
using Dapper;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Digest;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Digest;

namespace SpbeBot.Bench;

/// <summary>
/// The weekly digest for 50 OPDs, 47 indicators, 2,000 actions and 20,000 evidence files: loaded from an embedded
/// PostgreSQL, computed, and rendered (message, chart PNG, XLSX). Usage: digest [--actions N] [--evidence N] [--runs N]
/// </summary>
static class DigestBench
{
    public static async Task<int> Run(string[] args)
    {
        var (actions, evidence, runs) = (BenchArgs.Int(args, "--actions", 2000), BenchArgs.Int(args, "--evidence", 20_000), BenchArgs.Int(args, "--runs", 10));
        await using var bench = await BenchDatabase.StartAsync("digest");
        var db = bench.Connections;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await new InstansiStore(db).SaveAsync(new Instansi { Name = "Kabupaten Bench", Kind = InstansiKind.Kabupaten, EvaluationYear = today.Year }, Actor.System("bench"));
        await using (var c = await db.OpenAsync())
        {
            await c.ExecuteAsync("insert into opd (name, abbreviation) select 'OPD ' || g, 'OPD' || g from generate_series(1, 50) g");
            await c.ExecuteAsync(
                """
                insert into plan_item (framework, year, indicator, current_level, target_level, action, action_key, deadline, status)
                select 'spbe-2024', @year, 1 + g % 47, 1 + g % 3, 3 + g % 3, 'Aksi ' || g, 'aksi ' || g, @today::date + (g % 120 - 60),
                       (array['open', 'in-progress', 'done'])[1 + g % 3]
                from generate_series(1, @actions) g
                """, new { year = today.Year, today = today.ToDateTime(TimeOnly.MinValue), actions });
            await c.ExecuteAsync("insert into plan_item_opd (plan_item_id, opd_id, position) select p.id, (select min(id) from opd) + p.id % 50, 1 from plan_item p");
            await c.ExecuteAsync("insert into evidence_file (sha256, size, kind, content_type) values (repeat('a', 64), 1000, 'pdf', 'application/pdf')");
            await c.ExecuteAsync(
                """
                insert into evidence (sha256, framework, year, indicator, level, item, opd_id, uploader, original_name, channel, batch, status)
                select repeat('a', 64), 'spbe-2024', @year, 1 + g % 47, 1 + g % 5, 1, (select min(id) from opd) + g % 50, 'bench', 'bukti-' || g || '.pdf', 'bench', 'b' || g,
                       (array['pending', 'approved', 'rejected'])[1 + g % 3]
                from generate_series(1, @evidence) g
                """, new { year = today.Year, evidence });
        }
        Console.WriteLine($"50 OPDs, 47 indicators, {actions:N0} actions, {evidence:N0} evidence files; {runs} runs after one warm-up.");
        var store = new DigestStore(db, new InstansiStore(db), new PlanStore(db), new EvidenceStore(db), new SpbeBot.Core.Evidence.Checking.EvidenceCheckStore(db));
        var folder = Path.Combine(bench.Root, "out");
        var (load, render) = (new List<double>(), new List<double>());
        for (var i = 0; i <= runs; i++)
        {
            var sw = Stopwatch.StartNew();
            var digest = (await store.BuildAsync(today))!;
            var loaded = sw.Elapsed.TotalMilliseconds;
            DigestFiles.Write(digest, folder);
            if (i == 0) continue;
            load.Add(loaded);
            render.Add(sw.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"load + compute: median {QuestionsBench.Percentile(load, 50):0} ms, max {load.Max():0} ms");
        Console.WriteLine($"whole digest (load, compute, message, chart PNG, XLSX written): median {QuestionsBench.Percentile(render, 50):0} ms, max {render.Max():0} ms (target ≤ 1,000 ms)");
        return render.Max() <= 1000 ? 0 : 1;
    }
}
