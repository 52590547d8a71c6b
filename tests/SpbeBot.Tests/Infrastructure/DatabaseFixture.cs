using Npgsql;
using SpbeBot.Core.Storage;

namespace SpbeBot.Tests.Infrastructure;

/// <summary>
/// A fresh, migrated database for one test class on the run's server (<see cref="TestPostgres"/>), dropped afterwards.
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

    public async Task InitializeAsync()
    {
        _adminConnectionString = await TestPostgres.AdminConnectionStringAsync();
        await using (var admin = new NpgsqlConnection(_adminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"create database \"{DatabaseName}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = DatabaseName }.ConnectionString;
        await Migrator.MigrateAsync(ConnectionString);
        Connections = new ConnectionFactory(ConnectionString);
    }

    /// <summary>Empties every table (keeps the schema and the migration journal).</summary>
    public async Task ResetAsync()
    {
        await using var connection = await Connections.OpenAsync();
        await using var truncate = new NpgsqlCommand(
            "truncate telegram_poll_offset, teams_file_offer, conversation_reference, digest_snapshot, reminder_sent, reminder_snooze, outbox_message, evidence, evidence_file, conversation_state, audit_log, progress_update, plan_item_opd, plan_item, invite, chat_identity, person, opd_alias, opd, instansi restart identity cascade",
            connection);
        await truncate.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (Connections is not null) await Connections.DisposeAsync();
        // Migrator used plain connections on this connection string: close their idle pool before dropping.
        await using (var pooled = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(pooled);
        await using var admin = new NpgsqlConnection(_adminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop database if exists \"{DatabaseName}\" with (force)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
