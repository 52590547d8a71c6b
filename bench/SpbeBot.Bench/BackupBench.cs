using System.Diagnostics;
using Dapper;
using Npgsql;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Demo;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.People;
using SpbeBot.Core.Storage;

namespace SpbeBot.Bench;

/// <summary>
/// `spbebot db backup` and `db restore` on a Pemda-sized installation: the demo plan plus N evidence files of S MB,
/// backed up into one archive and restored into a new database and file store, then compared.
/// Usage: backup [--files N] [--mb S] [--gzip].
/// </summary>
static class BackupBench
{
    static readonly BackupKey BenchKey = new(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32), "bench");

    public static async Task<int> Run(string[] args)
    {
        var count = BenchArgs.Int(args, "--files", 1000);
        var megabytes = BenchArgs.Int(args, "--mb", 1);
        var gzip = args.Contains("--gzip");
        await using var db = await BenchDatabase.StartAsync("backup");
        await DemoData.EnsureAsync(db.Connections, TimeZones.Today(TimeZones.Wib, TimeProvider.System));
        var intake = EvidenceIntake.On(db.Connections, new EvidenceOptions(Path.Combine(db.Root, "store"), MaxBytes: (megabytes + 1) * 1024L * 1024L));
        for (var i = 0; i < count; i++)
        {
            var content = EvidenceBench.Pdf(i, megabytes);
            await intake.ReceiveAsync(new UploadRequest((destination, ct) => destination.WriteAsync(content, ct).AsTask(), $"bukti-{i}.pdf", content.Length,
                "spbe-2024", 2026, null, "bench", null, "bench", "bench-" + i, new EvidenceTarget(32, 4, 1)), Actor.System("bench"));
        }
        var (files, bytes) = intake.Files.Usage();
        Console.WriteLine($"installation: demo plan + {files} evidence files, {bytes / 1024.0 / 1024.0:0} MB; archive {(gzip ? ".tar.gz" : ".tar")}");

        var archive = Path.Combine(db.Root, gzip ? "cadangan.tar.gz" : "cadangan.tar");
        var sw = Stopwatch.StartNew();
        await Backup.CreateAsync(db.ConnectionString, intake.Files, archive, BenchKey);
        var backupSeconds = sw.Elapsed.TotalSeconds;
        var size = new FileInfo(archive).Length / 1024.0 / 1024.0;
        Console.WriteLine($"backup: {backupSeconds:0.0} s, {size:0} MB archive, {bytes / 1024.0 / 1024.0 / backupSeconds:0} MB/s");

        await using (var admin = new NpgsqlConnection(db.ConnectionString))
        {
            await admin.OpenAsync();
            await admin.ExecuteAsync("create database pulih");
        }
        var target = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Database = "pulih" }.ConnectionString;
        var restoredStore = new EvidenceFileStore(Path.Combine(db.Root, "store-pulih"));
        sw.Restart();
        await Backup.RestoreAsync(archive, target, restoredStore, maxFileBytes: (megabytes + 1) * 1024L * 1024L, BenchKey);
        var restoreSeconds = sw.Elapsed.TotalSeconds;
        Console.WriteLine($"restore (checks the dump, re-hashes every file): {restoreSeconds:0.0} s, {bytes / 1024.0 / 1024.0 / restoreSeconds:0} MB/s");

        const string counts = "select (select count(*) from person) || '/' || (select count(*) from plan_item) || '/' || (select count(*) from evidence) || '/' || (select count(*) from evidence_file)";
        await using var source = new NpgsqlConnection(db.ConnectionString);
        await using var restored = new NpgsqlConnection(target);
        var same = await source.ExecuteScalarAsync<string>(counts) == await restored.ExecuteScalarAsync<string>(counts) && restoredStore.Usage() == (files, bytes);
        Console.WriteLine($"restored database and files equal the original: {(same ? "yes" : "NO")}");
        return same ? 0 : 1;
    }
}
