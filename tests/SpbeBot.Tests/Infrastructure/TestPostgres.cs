using System.Diagnostics;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Npgsql;
using SpbeBot.Core.Storage;

namespace SpbeBot.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server of this test run: the server in the environment variable SPBEBOT_TEST_PG (a connection
/// string to a user who may create databases), otherwise ONE throw-away embedded cluster per test run in
/// /tmp/spbebot-test-&lt;guid&gt;, started on first use and stopped (and deleted) when the test process exits.
/// Clusters left behind by killed runs are stopped and deleted at the next run.
/// Tests do not use this directly: they take a <see cref="DatabaseFixture"/>.
/// </summary>
public static class TestPostgres
{
    public const string EnvironmentVariable = "SPBEBOT_TEST_PG";
    const string TempPrefix = "spbebot-test-";

    static readonly Lazy<Task<string>> Server = new(StartAsync);
    static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);
    static Action? _shutdown;
    static Action? _dropTemplate;

    static readonly object ShutdownLock = new();

    /// <summary>
    /// Stops the run's cluster and deletes its folder (once; later calls do nothing). A second caller waits for the
    /// first: the process-exit handler must not let the process end while the framework's dispose is still stopping.
    /// </summary>
    public static void Shutdown()
    {
        lock (ShutdownLock)
        {
            var dropTemplate = _dropTemplate;
            _dropTemplate = null;
            try { dropTemplate?.Invoke(); } catch (Exception) { }   // an external server keeps no template; a cluster is deleted anyway
            var shutdown = _shutdown;
            _shutdown = null;
            shutdown?.Invoke();
        }
    }

    /// <summary>Connection string to the server's maintenance database ("postgres").</summary>
    public static Task<string> AdminConnectionStringAsync()
    {
        FastRun.Refuse("PostgreSQL");
        return Server.Value;
    }

    /// <summary>
    /// The name of a database that <see cref="Migrator"/> migrated from empty once in this run. Each
    /// <see cref="DatabaseFixture"/> is a copy of it (<c>create database … template …</c>): the same tables, rows and
    /// sequences as migrating a fresh database, without running every migration again for every test class.
    /// </summary>
    public static Task<string> MigratedTemplateAsync() => Template.Value;

    static async Task<string> CreateTemplateAsync()
    {
        var admin = await AdminConnectionStringAsync();
        var name = "spbebot_template_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"create database \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        _dropTemplate = () =>
        {
            using var connection = new NpgsqlConnection(admin);
            connection.Open();
            using var drop = new NpgsqlCommand($"drop database if exists \"{name}\" with (force)", connection);
            drop.ExecuteNonQuery();
        };
        // No pooled connection may stay open on it: a database in use cannot be a template.
        var template = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString;
        await Migrator.MigrateAsync(template);
        // Hangfire's schema, installed as a server's first start on a database installs it (the same installer, through
        // PrepareSchemaIfNecessary): once here, not in each of the ~25 classes whose database gets a server (21 scripts,
        // ~0.3 CPU s of PostgreSQL each time; docs/benchmarks.md, wip-24th). A server on a database of its own still
        // installs it (the embedded clusters' tests).
        var jobs = new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true };
        _ = new PostgreSqlStorage(new NpgsqlConnectionFactory(template, jobs), jobs);
        return name;
    }

    static async Task<string> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } external)
            return new NpgsqlConnectionStringBuilder(external) { Database = "postgres" }.ConnectionString;

        CleanLeftovers();
        var root = Path.Combine(Path.GetTempPath(), TempPrefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "owner.pid"), Environment.ProcessId.ToString());
        // One exit handler does both, in order: stop, then delete the folder.
        var cluster = await EmbeddedCluster.StartAsync(new EmbeddedClusterOptions
        {
            DataDirectory = Path.Combine(root, "pgdata"),
            Unsafe = true,
            StopOnProcessExit = false,
            // Three test classes at a time, some with two or three real servers: a restarted server alone held 48
            // connections, and PostgreSQL's default 100 refused the next ones ("53300: too many clients already").
            MaxConnections = 300,
        });
        _shutdown = () => StopAndDeleteDetached(root, cluster.DataDirectory, cluster.BinDirectory);
        // Normally PostgresTestFramework calls Shutdown when the run ends; process exit is the fallback
        // (the test host may be killed before a slow exit handler finishes; the next run then cleans up).
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Shutdown();
        return cluster.ConnectionStringFor("postgres");
    }

    /// <summary>A cluster for tests: fast (no fsync), stopped on process exit even if a test forgets.</summary>
    public static Task<EmbeddedCluster> StartClusterAsync(string dataDirectory)
    {
        FastRun.Refuse("PostgreSQL");
        return EmbeddedCluster.StartAsync(new EmbeddedClusterOptions { DataDirectory = dataDirectory, Unsafe = true, StopOnProcessExit = true });
    }

    /// <summary>A fresh folder for a test's own cluster; delete it with <see cref="TryDelete"/>.</summary>
    public static string NewTempFolder()
    {
        var root = Path.Combine(Path.GetTempPath(), TempPrefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "owner.pid"), Environment.ProcessId.ToString());
        return root;
    }

    /// <summary>
    /// The test host is killed moments after the run ends — too soon for pg_ctl to finish — so the stop and the
    /// deletion run in a shell detached from it (setsid -f), which outlives the host.
    /// </summary>
    static void StopAndDeleteDetached(string root, string dataDir, string binDir)
    {
        var pgCtl = Path.Combine(binDir, "pg_ctl");
        var stop = Environment.IsPrivilegedProcess ? $"runuser -u postgres -- '{pgCtl}'" : $"'{pgCtl}'";
        var script = $"{stop} stop -D '{dataDir}' -m immediate -w -s >/dev/null 2>&1; rm -rf '{root}'";
        var start = new ProcessStartInfo("setsid", ["-f", "sh", "-c", script]) { UseShellExecute = false };
        // On the real clock under scripts/test-dates: a stop needs no date, and libfaketime in the root shell would name
        // a semaphore pg_ctl (postgres) may not open (ProcessRunner.PreloadOnlyTheProgram).
        start.Environment.Remove("LD_PRELOAD");
        using var shell = Process.Start(start)!;
        shell.WaitForExit();
    }

    /// <summary>Stops and deletes clusters whose test process is gone (a run killed before its exit handlers ran).</summary>
    internal static void CleanLeftovers()
    {
        foreach (var dir in Directory.GetDirectories(Path.GetTempPath(), TempPrefix + "*"))
        {
            // Only the folders made here (the prefix and a GUID): "spbebot-test-evidence" shares the prefix and holds the
            // evidence roots of tests running now, in this run or in another one on the machine.
            if (!Guid.TryParseExact(Path.GetFileName(dir)[TempPrefix.Length..], "N", out _)) continue;
            var pidFile = Path.Combine(dir, "owner.pid");
            if (File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile), out var pid) && Directory.Exists($"/proc/{pid}"))
                continue; // another test run that is still going
            try { EmbeddedCluster.StopAny(Path.Combine(dir, "pgdata")); } catch (Exception) { }
            TryDelete(dir);
        }
    }

    public static void TryDelete(string dir)
    {
        try { Directory.Delete(dir, recursive: true); } catch (Exception) { }
    }
}
