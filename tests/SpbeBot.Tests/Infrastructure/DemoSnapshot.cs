using System.Text;
using Dapper;
using SpbeBot.Core.Demo;

namespace SpbeBot.Tests.Infrastructure;

/// <summary>
/// A test database emptied and given the demo Pemda, for tests that need it fresh many times (the role matrix: ~250
/// cells). The first call does exactly what a test did before — <see cref="DatabaseFixture.ResetAsync"/> and
/// <see cref="DemoData.EnsureAsync"/> — and keeps a copy of every table's rows in a schema of its own; later calls empty
/// the tables as <see cref="DatabaseFixture.ResetAsync"/> does and copy the rows back in one round trip, the tables'
/// triggers firing as on a load (the directory version a cache keys on is raised) and the sequences set where the load
/// left them. Same rows, same ids as a load; hundreds of round trips of the loader's stores fewer (docs/benchmarks.md,
/// issue ci, wip-ci6). A new day (the demo's deadlines count from it) loads again.
/// </summary>
public sealed class DemoSnapshot(DatabaseFixture db)
{
    const string Schema = "demo_snapshot";
    DateOnly? _day;
    string _restore = "";
    readonly SemaphoreSlim _gate = new(1, 1);

    public async Task ResetWithDemoAsync(DateOnly today)
    {
        await _gate.WaitAsync();
        try
        {
            await using var connection = await db.Connections.OpenAsync();
            if (_day == today)
            {
                await using var transaction = await connection.BeginTransactionAsync();
                await connection.ExecuteAsync(_restore, transaction: transaction);
                await transaction.CommitAsync();
                return;
            }
            await db.ResetAsync();
            await DemoData.EnsureAsync(db.Connections, today);
            _restore = await TakeAsync(connection, await db.TablesAsync(connection));
            _day = today;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Copies every public table but the migration journal into <see cref="Schema"/>; returns the restoring SQL.</summary>
    static async Task<string> TakeAsync(Npgsql.NpgsqlConnection connection, PublicTables tables)
    {
        var take = new StringBuilder($"drop schema if exists {Schema} cascade; create schema {Schema};");
        foreach (var table in tables.ParentsFirst) take.Append($"create table {Schema}.\"{table}\" as table public.\"{table}\";");
        take.Append($"create table {Schema}.sequence_value as select format('%I.%I', schemaname, sequencename) as name, last_value from pg_sequences where schemaname = 'public';");
        await connection.ExecuteAsync(take.ToString());

        var restore = new StringBuilder(tables.EmptyingSql);
        // Parents before children, so every row's references hold when it is inserted (the constraints stay on).
        foreach (var table in tables.ParentsFirst)
            if (await connection.ExecuteScalarAsync<bool>($"select exists (select from {Schema}.\"{table}\")"))
                // A row a trigger of the deletes or of an earlier insert wrote (the directory version) is kept: it is newer.
                restore.Append($"insert into public.\"{table}\" overriding system value select * from {Schema}.\"{table}\" on conflict do nothing;");
        // Where the load left them; a sequence the load never used stays where the emptying set it back.
        foreach (var (name, value) in await connection.QueryAsync<(string, long)>($"select name, last_value from {Schema}.sequence_value where last_value is not null"))
            restore.Append($"select setval('{name}', {value});");
        return restore.ToString();
    }
}
