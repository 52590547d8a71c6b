using Npgsql;

namespace SpbeBot.Core.Storage;

/// <summary>
/// The one way stores get a connection: a pooled Npgsql data source over one connection string.
/// Every store takes this in its constructor, so tests and the host wire them the same way.
/// </summary>
public sealed class ConnectionFactory : IAsyncDisposable
{
    readonly NpgsqlDataSource _dataSource;

    public ConnectionFactory(string connectionString)
    {
        ConnectionString = connectionString;
        _dataSource = NpgsqlDataSource.Create(WithAutoPrepare(connectionString));
    }

    /// <summary>
    /// Statements run again and again (every message runs the same few) are prepared on each pooled connection after
    /// their second use, so PostgreSQL parses and plans them once per connection instead of every time (issue 17.5: most
    /// of PostgreSQL's CPU per message was parsing and planning). A connection string that sets its own
    /// "Max Auto Prepare" keeps it (0 turns this off).
    /// </summary>
    internal static string WithAutoPrepare(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        if (b.ContainsKey("Max Auto Prepare")) return connectionString;
        b.MaxAutoPrepare = 64;
        b.AutoPrepareMinUsages = 2;
        return b.ConnectionString;
    }

    public string ConnectionString { get; }

    /// <summary>"host:port/database" without the password, for messages.</summary>
    public string Describe()
    {
        var b = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"{b.Host}:{b.Port}/{b.Database}";
    }

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken ct = default) => await _dataSource.OpenConnectionAsync(ct);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
