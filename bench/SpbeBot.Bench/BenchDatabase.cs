using SpbeBot.Core.Storage;

namespace SpbeBot.Bench;

/// <summary>
/// A throw-away embedded PostgreSQL with production settings (fsync on), migrated, in its own temp folder beside
/// whatever else the bench writes there (<see cref="Root"/>); stopped and deleted on dispose.
/// </summary>
sealed class BenchDatabase : IAsyncDisposable
{
    readonly EmbeddedCluster _cluster;

    BenchDatabase(string root, EmbeddedCluster cluster)
    {
        (Root, _cluster) = (root, cluster);
        Connections = new ConnectionFactory(cluster.ConnectionString);
    }

    public string Root { get; }
    public string ConnectionString => _cluster.ConnectionString;
    public ConnectionFactory Connections { get; }

    /// <param name="preload">shared_preload_libraries for a diagnostic run (e.g. pg_stat_statements): set, then the cluster restarted.</param>
    public static async Task<BenchDatabase> StartAsync(string name, string? preload = null)
    {
        var root = Path.Combine("/tmp", $"spbebot-bench-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        try
        {
            var options = new EmbeddedClusterOptions { DataDirectory = Path.Combine(root, "pgdata"), StopOnProcessExit = true };
            var cluster = await EmbeddedCluster.StartAsync(options);
            if (preload is not null)
            {
                await using (var connection = new Npgsql.NpgsqlConnection(cluster.ConnectionString + ";Pooling=false"))
                {
                    await connection.OpenAsync();
                    await using var command = new Npgsql.NpgsqlCommand($"alter system set shared_preload_libraries = {string.Join(", ", preload.Split(',').Select(l => $"'{l.Trim()}'"))}", connection);
                    await command.ExecuteNonQueryAsync();
                }
                if (preload.Contains("pg_stat_statements"))
                    File.AppendAllText(Path.Combine(options.DataDirectory, "postgresql.conf"), "pg_stat_statements.track_planning = on\n");
                await cluster.DisposeAsync();
                cluster = await EmbeddedCluster.StartAsync(options);
            }
            await Migrator.MigrateAsync(cluster.ConnectionString);
            return new BenchDatabase(root, cluster);
        }
        catch
        {
            EmbeddedCluster.StopAny(Path.Combine(root, "pgdata"));
            Directory.Delete(root, recursive: true);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Connections.DisposeAsync();
        await _cluster.DisposeAsync();
        EmbeddedCluster.StopAny(Path.Combine(Root, "pgdata"));
        Directory.Delete(Root, recursive: true);
    }
}

/// <summary>"--files 1000" style options of the benches.</summary>
static class BenchArgs
{
    public static int Int(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
    }
}
