using Dapper;
using Npgsql;
using SpbeBot.Core.Demo;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.People;
using SpbeBot.Tests.Evidence;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Storage;

/// <summary>`spbebot db backup` and `db restore`, as an operator runs them: everything comes back, bad archives and non-empty targets change nothing.</summary>
[Trait("Kind", "Slow")]
public class BackupTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    const string Counts = "select (select count(*) from person) || '/' || (select count(*) from plan_item) || '/' || (select count(*) from evidence) || '/' || (select count(*) from evidence_file)";

    static Dictionary<string, string?> Env(string connectionString, string evidenceRoot) => new()
    {
        ["SPBEBOT__DATABASE__CONNECTIONSTRING"] = connectionString,
        ["SPBEBOT__EVIDENCE__ROOT"] = evidenceRoot,
    };

    static async Task<string> NewDatabaseAsync()
    {
        var admin = await TestPostgres.AdminConnectionStringAsync();
        var name = "spbebot_restore_" + Guid.NewGuid().ToString("N")[..10];
        await using var c = new NpgsqlConnection(admin);
        await c.OpenAsync();
        await c.ExecuteAsync($"create database \"{name}\"");
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    static async Task<string> QueryAsync(string connectionString, string sql)
    {
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync();
        return await c.ExecuteScalarAsync<string>(sql) ?? "";
    }

    [Fact]
    public async Task A_backup_restores_database_and_evidence_into_a_new_database_and_refuses_damage_and_non_empty_targets()
    {
        await db.ResetAsync();
        await DemoData.EnsureAsync(db.Connections, TimeZones.Today(TimeZones.Wib));
        var work = Directory.CreateTempSubdirectory("spbebot-backup-test-");
        var sourceRoot = Path.Combine(work.FullName, "evidence-a");
        var pdf = SampleFiles.Pdf("Notulen rapat SPBE");
        var upload = Path.Combine(work.FullName, "notulen.pdf");
        await File.WriteAllBytesAsync(upload, pdf);
        var added = Cli.Run(["evidence", "add", upload, "--indicator", "11", "--level", "4", "--item", "2", "--opd", "Bappeda"], environment: Env(db.ConnectionString, sourceRoot));
        Assert.True(added.ExitCode == 0, added.Err + added.Out);
        var before = await QueryAsync(db.ConnectionString, Counts);

        var archive = Path.Combine(work.FullName, "cadangan.tar.gz");
        var backup = Cli.Run(["db", "backup", archive], environment: Env(db.ConnectionString, sourceRoot));
        Assert.True(backup.ExitCode == 0, backup.Err + backup.Out);
        Assert.Contains("1 berkas bukti", backup.Out);
        if (!OperatingSystem.IsWindows())   // Backup sets the mode only where files have one
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(archive));   // it holds personal data

        var target = await NewDatabaseAsync();
        var targetRoot = Path.Combine(work.FullName, "evidence-b");
        var restore = Cli.Run(["db", "restore", archive], environment: Env(target, targetRoot));
        Assert.True(restore.ExitCode == 0, restore.Err + restore.Out);
        Assert.Equal(before, await QueryAsync(target, Counts));
        var sha = await QueryAsync(target, "select sha256 from evidence_file");
        Assert.Equal(pdf, await File.ReadAllBytesAsync(new EvidenceFileStore(targetRoot).PathOf(sha)));
        var check = Cli.Run(["evidence", "check", "--verify"], environment: Env(target, targetRoot));
        Assert.True(check.ExitCode == 0, check.Err + check.Out);

        // Restoring over data is refused, and nothing changes.
        var again = Cli.Run(["db", "restore", archive], environment: Env(target, targetRoot));
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("tidak kosong", again.Err);
        Assert.Equal(before, await QueryAsync(target, Counts));

        // A damaged archive (one byte of the dump changed) or a file that is no backup: refused, the target stays empty.
        var plain = Path.Combine(work.FullName, "cadangan.tar");
        Assert.Equal(0, Cli.Run(["db", "backup", plain], environment: Env(db.ConnectionString, sourceRoot)).ExitCode);
        var bytes = await File.ReadAllBytesAsync(plain);
        var dumpStart = bytes.AsSpan().IndexOf("PGDMP"u8);
        bytes[dumpStart + 200] ^= 0xFF;
        var damaged = Path.Combine(work.FullName, "rusak.tar");
        await File.WriteAllBytesAsync(damaged, bytes);
        var empty = await NewDatabaseAsync();
        var refused = Cli.Run(["db", "restore", damaged], environment: Env(empty, Path.Combine(work.FullName, "evidence-c")));
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("rusak", refused.Err);
        var notBackup = Cli.Run(["db", "restore", upload], environment: Env(empty, Path.Combine(work.FullName, "evidence-c")));
        Assert.Equal(1, notBackup.ExitCode);
        Assert.Contains("bukan cadangan", notBackup.Err);
        Assert.Equal("0", await QueryAsync(empty, "select count(*)::text from pg_tables where schemaname not in ('pg_catalog', 'information_schema')"));
        work.Delete(recursive: true);
        foreach (var created in new[] { target, empty })
        {
            await using var admin = new NpgsqlConnection(await TestPostgres.AdminConnectionStringAsync());
            await admin.OpenAsync();
            NpgsqlConnection.ClearAllPools();
            await admin.ExecuteAsync($"drop database if exists \"{new NpgsqlConnectionStringBuilder(created).Database}\" with (force)");
        }
    }
}
