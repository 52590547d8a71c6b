using Npgsql;
using SpbeBot.Core.Storage;

namespace SpbeBot.Tests.Infrastructure;

/// <summary>
/// A fresh, migrated database for one test class on the run's server (<see cref="TestPostgres"/>), dropped afterwards:
/// a copy of the run's template, the database the migrations made once in this run (<see cref="TestPostgres.MigratedTemplateAsync"/>).
/// Use it as a class fixture:
/// <code>
/// public class MyStoreTests(DatabaseFixture db) : IClassFixture&lt;DatabaseFixture&gt;
/// {
///     [Fact] public async Task Works() { var store = new PlanStore(db.Connections); ... }
/// }
/// </code>
/// Tests in one class share the database, so give each test its own data (distinct names, years, indicators),
/// or call <see cref="ResetAsync"/> at the start of a test.
/// </summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    string _adminConnectionString = "";

    public string DatabaseName { get; } = "spbebot_test_" + Guid.NewGuid().ToString("N")[..12];
    public string ConnectionString { get; private set; } = "";
    /// <summary>What stores take in their constructor.</summary>
    public ConnectionFactory Connections { get; private set; } = null!;
    /// <summary>Emptied with the demo Pemda loaded, quickly when done many times (<see cref="DemoSnapshot"/>).</summary>
    public DemoSnapshot Demo => _demo ??= new DemoSnapshot(this);
    DemoSnapshot? _demo;

    public async Task InitializeAsync()
    {
        _adminConnectionString = await TestPostgres.AdminConnectionStringAsync();
        var template = await TestPostgres.MigratedTemplateAsync();
        await using (var admin = new NpgsqlConnection(_adminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"create database \"{DatabaseName}\" template \"{template}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = DatabaseName }.ConnectionString;
        Connections = new ConnectionFactory(ConnectionString);
    }

    /// <summary>
    /// Empties every table of the public schema but the migration journal and sets its sequences back to their start
    /// (<see cref="PublicTables"/>), in one transaction.
    /// </summary>
    public async Task ResetAsync()
    {
        await using var connection = await Connections.OpenAsync();
        var tables = await TablesAsync(connection);
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var empty = new NpgsqlCommand(tables.EmptyingSql, connection, transaction)) await empty.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    /// <summary>The public tables, read once: a test class's database keeps the template's schema.</summary>
    public async Task<PublicTables> TablesAsync(NpgsqlConnection connection) => _tables ??= await PublicTables.ReadAsync(connection);
    PublicTables? _tables;

    public async Task DisposeAsync()
    {
        if (Connections is not null) await Connections.DisposeAsync();
        // Tests may use plain connections on this connection string: close their idle pool before dropping.
        await using (var pooled = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(pooled);
        await using var admin = new NpgsqlConnection(_adminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop database if exists \"{DatabaseName}\" with (force)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
