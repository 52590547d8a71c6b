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
        await DemoData.EnsureAsync(db.Connections, TimeZones.Today(TimeZones.Wib, TimeProvider.System));
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
        Assert.Contains("tanda tangan tidak cocok", refused.Err);
        var notBackup = Cli.Run(["db", "restore", upload], environment: Env(empty, Path.Combine(work.FullName, "evidence-c")));
        Assert.Equal(1, notBackup.ExitCode);
        Assert.Contains("bukan cadangan", notBackup.Err);
        Assert.Equal("0", await QueryAsync(empty, "select count(*)::text from pg_tables where schemaname not in ('pg_catalog', 'information_schema')"));
                foreach (var created in new[] { target, empty })
        {
            await using var admin = new NpgsqlConnection(await TestPostgres.AdminConnectionStringAsync());
            await admin.OpenAsync();
            NpgsqlConnection.ClearAllPools();
            await admin.ExecuteAsync($"drop database if exists \"{new NpgsqlConnectionStringBuilder(created).Database}\" with (force)");
        }
    }

    /// <summary>The archive's entries (name → bytes), and a tar written from such entries.</summary>
    static Dictionary<string, byte[]> Entries(string archive)
    {
        var result = new Dictionary<string, byte[]>();
        using var input = File.OpenRead(archive);
        using var tar = new System.Formats.Tar.TarReader(input);
        while (tar.GetNextEntry() is { } entry)
        {
            using var bytes = new MemoryStream();
            entry.DataStream?.CopyTo(bytes);
            result[entry.Name] = bytes.ToArray();
        }
        return result;
    }

    static void WriteTar(string path, IEnumerable<KeyValuePair<string, byte[]>> entries)
    {
        using var output = File.Create(path);
        using var tar = new System.Formats.Tar.TarWriter(output, System.Formats.Tar.TarEntryFormat.Pax);
        foreach (var (name, bytes) in entries)
            tar.WriteEntry(new System.Formats.Tar.PaxTarEntry(System.Formats.Tar.TarEntryType.RegularFile, name) { DataStream = new MemoryStream(bytes) });
    }

    [Fact]
    public async Task An_altered_archive_with_its_manifest_hash_recomputed_is_refused_and_nothing_is_restored()
    {
        // Outside review, issue 18 (F8): someone who can write an archive adds a chat_identity row making a stranger an
        // admin, and recomputes the manifest's hash. They cannot read the key beside the data folder.
        await db.ResetAsync();
        await DemoData.EnsureAsync(db.Connections, TimeZones.Today(TimeZones.Wib, TimeProvider.System));
        var work = Directory.CreateTempSubdirectory("spbebot-backup-forge-");
        var sourceRoot = Path.Combine(work.FullName, "data", "evidence");
        var genuine = Path.Combine(work.FullName, "asli.tar");
        var backup = Cli.Run(["db", "backup", genuine], environment: Env(db.ConnectionString, sourceRoot));
        Assert.True(backup.ExitCode == 0, backup.Err + backup.Out);
        Assert.True(File.Exists(Path.Combine(work.FullName, "data", "backup.key")));   // created beside the data folder

        // The attacker's copy: the genuine archive restored elsewhere (unsigned restore of a re-packed copy), the row
        // added, dumped again — a consistent archive whose manifest hash matches its dump — signed with another key.
        var scratch = await NewDatabaseAsync();
        var attackerRoot = Path.Combine(work.FullName, "attacker", "evidence");
        var unsignedCopy = Path.Combine(work.FullName, "tanpa-tanda.tar");
        WriteTar(unsignedCopy, Entries(genuine).Where(e => e.Key != "signature.hmac"));
        var refusedUnsigned = Cli.Run(["db", "restore", unsignedCopy], environment: Env(scratch, attackerRoot));
        Assert.Equal(1, refusedUnsigned.ExitCode);   // unsigned: refused by default …
        Assert.Contains("tidak bertanda tangan", refusedUnsigned.Err);
        Assert.Equal("0", await QueryAsync(scratch, "select count(*)::text from pg_tables where schemaname = 'public'"));
        var allowed = Cli.Run(["db", "restore", unsignedCopy, "--allow-unsigned"], environment: Env(scratch, attackerRoot));
        Assert.True(allowed.ExitCode == 0, allowed.Err + allowed.Out);   // … and accepted only when asked for explicitly
        var admin = await QueryAsync(scratch, "select id::text from person where role = 'admin' or role = 'coordinator' order by id limit 1");
        await QueryAsync(scratch, $"insert into chat_identity (channel, external_id, person_id) values ('telegram', '66666666', {admin}) returning channel");
        var attackerEnv = Env(scratch, attackerRoot);
        attackerEnv["SPBEBOT__BACKUP__KEY"] = "the-attackers-own-backup-key";
        var forged = Path.Combine(work.FullName, "palsu.tar");
        Assert.Equal(0, Cli.Run(["db", "backup", forged], environment: attackerEnv).ExitCode);

        // Forged with another key, or the forged content under the genuine signature: both refused, nothing restored.
        var mixed = Path.Combine(work.FullName, "campur.tar");
        var genuineSignature = Entries(genuine)["signature.hmac"];
        WriteTar(mixed, Entries(forged).Select(e => e.Key == "signature.hmac" ? new KeyValuePair<string, byte[]>(e.Key, genuineSignature) : e));
        foreach (var archive in new[] { forged, mixed })
        {
            var target = await NewDatabaseAsync();
            var targetRoot = Path.Combine(work.FullName, "data-restore-" + Path.GetFileNameWithoutExtension(archive), "evidence");
            Directory.CreateDirectory(Path.GetDirectoryName(targetRoot)!);
            File.Copy(Path.Combine(work.FullName, "data", "backup.key"), Path.Combine(Path.GetDirectoryName(targetRoot)!, "backup.key"));   // the operator's key
            var restore = Cli.Run(["db", "restore", archive], environment: Env(target, targetRoot));
            Assert.True(restore.ExitCode == 1, archive + ": " + restore.Err + restore.Out);
            Assert.Contains("tanda tangan tidak cocok", restore.Err);
            Assert.Equal("0", await QueryAsync(target, "select count(*)::text from pg_tables where schemaname not in ('pg_catalog', 'information_schema')"));
            Assert.False(Directory.Exists(targetRoot) && Directory.EnumerateFiles(targetRoot, "*", SearchOption.AllDirectories).Any(f => !f.Contains("/tmp/")));
        }
        // Without the key, a signed archive cannot be restored either (the message says where the key lives).
        var noKey = Cli.Run(["db", "restore", genuine], environment: Env(await NewDatabaseAsync(), Path.Combine(work.FullName, "elsewhere", "evidence")));
        Assert.Equal(1, noKey.ExitCode);
        Assert.Contains("SPBEBOT__BACKUP__KEY", noKey.Err);
        work.Delete(recursive: true);
    }
}
