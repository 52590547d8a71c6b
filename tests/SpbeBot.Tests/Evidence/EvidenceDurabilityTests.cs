using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Dapper;
using SpbeBot.Core.Evidence;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// "Acknowledged means durable": the real executable uploads files and is killed with SIGKILL at random moments,
/// again and again. After every restart's reconciliation, every file it acknowledged is in the database and on disk
/// with the right hash, and nothing half-written is counted or left behind.
/// </summary>
[Trait("Kind", "Slow")]
public class EvidenceDurabilityTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Killing_the_uploader_at_random_points_never_loses_an_acknowledged_file_or_counts_a_half_written_one()
    {
        await db.ResetAsync();
        var work = Directory.CreateTempSubdirectory("spbebot-durability-");
        try
        {
            var root = Path.Combine(work.FullName, "store");
            var env = new Dictionary<string, string?>
            {
                ["SPBEBOT__DATABASE__CONNECTIONSTRING"] = db.ConnectionString,
                ["SPBEBOT__EVIDENCE__ROOT"] = root,
                ["SPBEBOT__EVIDENCE__ORPHANGRACEMINUTES"] = "0",
            };
            // 120 distinct PDFs of ~200 KB, plus repeats of some of them (deduplication under crashes too).
            var sources = Enumerable.Range(0, 120).Select(i =>
            {
                var path = Path.Combine(work.FullName, $"bukti-{i:D3}.pdf");
                File.WriteAllBytes(path, SampleFiles.Pdf($"bukti {i} " + new string('x', 200_000)));
                return path;
            }).ToList();
            sources.AddRange(sources.Take(10).Select((p, i) =>
            {
                var copy = Path.Combine(work.FullName, $"salinan-{i:D3}.pdf");
                File.Copy(p, copy);
                return copy;
            }));

            var acknowledged = new Dictionary<long, string>();   // evidence id → sha256 the process reported
            var random = new Random(20261123);
            var killedMidway = 0;
            var remaining = new Queue<string>(sources);
            for (var round = 0; round < 8 && remaining.Count > 0; round++)
            {
                var batch = remaining.ToList();
                var acks = await RunAndKillAsync(batch, env, round == 7 ? null : (random.Next(1, 12), TimeSpan.FromMilliseconds(random.Next(0, 60))));
                foreach (var (file, id, sha) in acks)
                {
                    acknowledged[id] = sha;
                    Assert.Equal(Sha(file), sha);
                }
                var done = acks.Select(a => a.File).ToHashSet();
                if (done.Count < batch.Count && acks.Count > 0) killedMidway++;
                remaining = new Queue<string>(batch.Where(f => !done.Contains(f)));

                // The restart: reconciliation removes what the killed process left half done.
                var check = Cli.Run(["evidence", "check", "--verify"], environment: env);
                Assert.True(check.ExitCode == 0, check.Out + check.Err);
            }
            Assert.True(killedMidway >= 2, $"only {killedMidway} rounds were killed in the middle of the uploads");
            Assert.Empty(remaining);

            await using var connection = await db.Connections.OpenAsync();
            var rows = (await connection.QueryAsync<(long Id, string Sha256)>("select id, sha256 from evidence")).ToDictionary(r => r.Id, r => r.Sha256);
            foreach (var (id, sha) in acknowledged)
            {
                Assert.True(rows.TryGetValue(id, out var stored), $"acknowledged evidence #{id} is missing");
                Assert.Equal(sha, stored);
            }
            var store = new EvidenceFileStore(root);
            var counted = (await connection.QueryAsync<string>("select sha256 from evidence_file")).ToList();
            foreach (var sha in counted)
                Assert.Equal(sha, Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(store.PathOf(sha)))));
            // Nothing uncounted stays: every file on disk is one the database counts, and no temp file is left.
            Assert.Equal(counted.Count, store.Usage().Files);
            Assert.Empty(Directory.EnumerateFiles(Path.Combine(root, "tmp")));
            Assert.Equal(sources.Select(Sha).Distinct().Count(), counted.Count);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Starts "evidence add --json" on the files and, once it has acknowledged the given number of files, kills it with
    /// SIGKILL after the given delay (null: let it finish). The delay is random and shorter than one upload, so the kill
    /// lands anywhere in an upload: while writing the temp file, between fsync and rename, between rename and commit, or
    /// just after the commit. Counting acknowledgements, not time, keeps the kill in the middle of the batch on a busy
    /// machine too (a timer alone let a slow test host see the whole batch finish first).
    /// </summary>
    static async Task<List<(string File, long Id, string Sha256)>> RunAndKillAsync(IReadOnlyList<string> files, Dictionary<string, string?> env,
        (int Acknowledged, TimeSpan Delay)? killAfter)
    {
        var args = new List<string> { "evidence", "add", "--indicator", "32", "--level", "4", "--json" };
        args.AddRange(files);
        using var process = Process.Start(Cli.StartInfo(args, env))!;
        process.StandardInput.Close();
        var acks = new List<(string, long, string)>();
        var count = 0;
        var reading = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                // Only a whole line is an acknowledgement; a kill may cut the last one short.
                if (!line.EndsWith('}')) continue;
                using var json = JsonDocument.Parse(line);
                var r = json.RootElement;
                if (r.TryGetProperty("id", out var id))
                {
                    lock (acks) acks.Add((r.GetProperty("file").GetString()!, id.GetInt64(), r.GetProperty("sha256").GetString()!));
                    Interlocked.Increment(ref count);
                }
            }
        });
        var errors = process.StandardError.ReadToEndAsync();
        if (killAfter is (var acknowledged, var delay))
        {
            await Eventually.HoldsAsync(() => process.HasExited || Volatile.Read(ref count) >= acknowledged, $"{acknowledged} acknowledgements", TimeSpan.FromSeconds(60));
            await Task.Delay(delay);
            if (!process.HasExited) process.Kill();   // SIGKILL: no chance to clean up
        }
        await process.WaitForExitAsync();
        await reading;
        if (killAfter is null) Assert.True(process.ExitCode == 0, await errors);
        lock (acks) return [.. acks];
    }

    static string Sha(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
