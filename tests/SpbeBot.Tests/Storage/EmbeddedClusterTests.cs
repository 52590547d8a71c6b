using Npgsql;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Common;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Storage;

/// <summary>The embedded cluster itself: each test runs its own cluster in its own temp folder.</summary>
[Trait("Kind", "Slow")]
public class EmbeddedClusterTests
{
    [Fact]
    public async Task Starts_migrates_and_a_second_start_reuses_the_data()
    {
        var root = TestPostgres.NewTempFolder();
        var dataDir = Path.Combine(root, "pgdata");
        try
        {
            await using (var first = await TestPostgres.StartClusterAsync(dataDir))
            {
                Assert.True(first.Created);
                Assert.True(first.StartedHere);
                var applied = await Migrator.MigrateAsync(first.ConnectionString);
                Assert.Contains("0001_initial.sql", applied.Applied);
                await Execute(first.ConnectionString, "insert into opd (name) values ('Bagian Hukum')");
            }
            Assert.False(File.Exists(Path.Combine(dataDir, "postmaster.pid"))); // stopped cleanly

            await using var second = await TestPostgres.StartClusterAsync(dataDir);
            Assert.False(second.Created);
            Assert.Empty((await Migrator.MigrateAsync(second.ConnectionString)).Applied);
            Assert.Equal(1L, await Scalar(second.ConnectionString, "select count(*) from opd"));
        }
        finally
        {
            EmbeddedCluster.StopAny(dataDir);
            TestPostgres.TryDelete(root);
        }
    }

    [Fact]
    public async Task A_stale_postmaster_pid_does_not_block_the_next_start()
    {
        var root = TestPostgres.NewTempFolder();
        var dataDir = Path.Combine(root, "pgdata");
        try
        {
            (await TestPostgres.StartClusterAsync(dataDir)).Stop();
            // As after a crash: a pid file naming a process that is not postgres (this test process).
            var pidFile = Path.Combine(dataDir, "postmaster.pid");
            await File.WriteAllTextAsync(pidFile, $"{Environment.ProcessId}\n{dataDir}\n1700000000\n54321\n\n127.0.0.1\n  0 0\nready\n");

            await using var cluster = await TestPostgres.StartClusterAsync(dataDir);
            Assert.True(cluster.StartedHere);
            Assert.Equal(1, await Scalar(cluster.ConnectionString, "select 1"));
        }
        finally
        {
            EmbeddedCluster.StopAny(dataDir);
            TestPostgres.TryDelete(root);
        }
    }

    [Fact]
    public async Task A_second_process_attaches_to_the_running_cluster_and_leaves_it_running()
    {
        var root = TestPostgres.NewTempFolder();
        var dataDir = Path.Combine(root, "pgdata");
        try
        {
            await using var owner = await TestPostgres.StartClusterAsync(dataDir);
            var guest = await TestPostgres.StartClusterAsync(dataDir);
            Assert.False(guest.StartedHere);
            Assert.Equal(owner.Port, guest.Port);
            await guest.DisposeAsync();
            Assert.Equal(1, await Scalar(owner.ConnectionString, "select 1")); // still up
        }
        finally
        {
            EmbeddedCluster.StopAny(dataDir);
            TestPostgres.TryDelete(root);
        }
    }

    [Fact]
    public void Missing_binaries_name_the_folder_and_the_package_to_install()
    {
        var error = Assert.Throws<PostgresNotFoundException>(() => PgBinaries.Find("/nonexistent/pg/bin"));
        Assert.Equal("/nonexistent/pg/bin", error.Folder);
        Assert.Contains("apt-get install postgresql", error.Message);   // the log's, English
        // What the person reads: one language, the machine's (StartupTextsTests checks every line).
        Assert.Contains("Mohon Bapak/Ibu", StartupTexts.Id.PostgresNotFound(error.Folder));
        Assert.Contains("'/nonexistent/pg/bin'", StartupTexts.Id.PostgresNotFound(error.Folder));
        Assert.Contains("Please install PostgreSQL", StartupTexts.En.PostgresNotFound(error.Folder));
    }

    [Fact]
    public void Finds_the_machine_binaries()
    {
        var folder = PgBinaries.Find();
        Assert.True(File.Exists(Path.Combine(folder, "initdb")));
    }

    static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    static async Task<object?> Scalar(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task A_data_folder_with_other_files_is_refused_with_its_reason()
    {
        var root = TestPostgres.NewTempFolder();
        var dataDir = Path.Combine(root, "pgdata");
        try
        {
            Directory.CreateDirectory(dataDir);
            await File.WriteAllTextAsync(Path.Combine(dataDir, "notes.txt"), "not a cluster");
            var refused = await Assert.ThrowsAsync<EmbeddedClusterException>(() => TestPostgres.StartClusterAsync(dataDir));
            Assert.Equal(EmbeddedClusterProblem.DataFolderNotEmpty, refused.Problem);
            Assert.Equal(dataDir, refused.Path);
        }
        finally
        {
            TestPostgres.TryDelete(root);
        }
    }
}
