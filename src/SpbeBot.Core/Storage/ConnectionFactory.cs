using Npgsql;

namespace SpbeBot.Core.Storage;

/// <summary>
/// The one way stores get a connection: a pooled Npgsql data source over one connection string.
/// Every store takes this in its constructor, so tests and the host wire them the same way.
/// </summary>
/// <remarks>
/// Three settings differ from Npgsql's defaults unless the connection string names them (issue 17.5, measured with
/// pg_stat_statements in docs/benchmarks.md): statements used twice are prepared on each pooled connection
/// (<c>Max Auto Prepare=64</c>, <c>Auto Prepare Min Usages=2</c>: planning the inbox's and the question's CTEs took
/// more of PostgreSQL's CPU than running them), and a connection given back to the pool is not reset (<c>No Reset On
/// Close=true</c>: the reset was up to eight more statements per open), and a pool holds at most 40 connections
/// (<c>Max Pool Size=40</c>, below PostgreSQL's default <c>max_connections</c> of 100 with two servers). Stores keep no session state (their settings
/// are transaction-local, <c>set local</c> / <c>set_config(…, true)</c>); whatever holds a session — LISTEN, a
/// session-level advisory lock — opens through <see cref="OpenSessionAsync"/>, whose connections are reset when given
/// back. Behind a PgBouncer in transaction mode older than 1.21 (no prepared statements), put
/// <c>Max Auto Prepare=0</c> in the connection string.
/// </remarks>
public sealed class ConnectionFactory : IAsyncDisposable
{
    readonly NpgsqlDataSource _dataSource;
    readonly Lazy<NpgsqlDataSource> _sessions;

    public ConnectionFactory(string connectionString)
    {
        ConnectionString = connectionString;
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Names(connectionString, "Max Auto Prepare", "MaxAutoPrepare")) builder.MaxAutoPrepare = 64;
        if (!Names(connectionString, "Auto Prepare Min Usages", "AutoPrepareMinUsages")) builder.AutoPrepareMinUsages = 2;
        var sessions = builder.ConnectionString;
        if (!Names(connectionString, "No Reset On Close", "NoResetOnClose")) builder.NoResetOnClose = true;
        // Npgsql's 100 per server: two servers' pools reach PostgreSQL's default max_connections (100) under load, and
        // it refuses connections (53300 "too many clients": webhook 503s, failed answers — the realistic bench's
        // two-server run). 40 keeps two servers, their Hangfire and a CLI below it; a statement waits for a free one.
        if (!Names(connectionString, "Max Pool Size", "Maximum Pool Size", "MaxPoolSize")) builder.MaxPoolSize = 40;
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        _sessions = new(() => NpgsqlDataSource.Create(sessions));
    }

    static bool Names(string connectionString, params string[] keys) =>
        connectionString.Split(';').Select(p => p.Split('=')[0].Trim()).Any(k => keys.Contains(k, StringComparer.OrdinalIgnoreCase));

    public string ConnectionString { get; }

    /// <summary>"host:port/database" without the password, for messages.</summary>
    public string Describe()
    {
        var b = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"{b.Host}:{b.Port}/{b.Database}";
    }

    /// <summary>A pooled connection; refused to a handler whose inbox claim is no longer held (<see cref="ClaimFence"/>).</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken ct = default)
    {
        ClaimFence.Check();
        return await _dataSource.OpenConnectionAsync(ct);
    }

    /// <summary>
    /// A connection for session state (LISTEN, a session-level advisory lock), from a pool of its own whose
    /// connections are reset when given back, so the state never reaches a store's connection.
    /// </summary>
    public async Task<NpgsqlConnection> OpenSessionAsync(CancellationToken ct = default)
    {
        ClaimFence.Check();
        return await _sessions.Value.OpenConnectionAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        if (_sessions.IsValueCreated) await _sessions.Value.DisposeAsync();
    }
}
