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
        _dataSource = NpgsqlDataSource.Create(connectionString);
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
