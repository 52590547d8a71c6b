using System.Text;
using Dapper;
using SpbeBot.Core.Demo;

namespace SpbeBot.Tests.Infrastructure;

/// <summary>
/// A test database emptied and given the demo Pemda, for tests that need it fresh many times (the role matrix: ~250
/// cells). The first call does exactly what a test did before — <see cref="DatabaseFixture.ResetAsync"/> and
/// <see cref="DemoData.EnsureAsync"/> — and keeps a copy of every table's rows in a schema of its own; later calls delete
/// every row (children first) and copy the rows back in one round trip, the tables' triggers firing as on a load (the
/// directory version a cache keys on is raised) and the sequences set where the load left them. Same rows, same ids as
/// a load; hundreds of round trips of the loader's stores fewer (docs/benchmarks.md, issue ci, wip-ci6). A new day
/// (the demo's deadlines count from it) loads again.
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
            _restore = await TakeAsync(connection);
            _day = today;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Copies every public table but the migration journal into <see cref="Schema"/>; returns the restoring SQL.</summary>
    static async Task<string> TakeAsync(Npgsql.NpgsqlConnection connection)
    {
        var tables = (await connection.QueryAsync<string>(
            "select tablename from pg_tables where schemaname = 'public' and tablename <> 'schemaversions' order by tablename")).ToList();
        var references = (await connection.QueryAsync<(string Child, string Parent)>("""
            select child.relname, parent.relname from pg_constraint c
            join pg_class child on child.oid = c.conrelid join pg_class parent on parent.oid = c.confrelid
            where c.contype = 'f' and c.connamespace = 'public'::regnamespace and c.conrelid <> c.confrelid
            """)).ToList();
        var take = new StringBuilder($"drop schema if exists {Schema} cascade; create schema {Schema};");
        foreach (var table in tables) take.Append($"create table {Schema}.\"{table}\" as table public.\"{table}\";");
        take.Append($"create table {Schema}.sequence_value as select format('%I.%I', schemaname, sequencename) as name, last_value from pg_sequences where schemaname = 'public';");
        await connection.ExecuteAsync(take.ToString());

        // Deleted children first rather than truncated: a truncate gives every table and index a new file and makes each
        // backend read their catalog entries again, ~250 times in the role matrix; the demo's few hundred rows cost far
        // less to delete (docs/benchmarks.md, the lead's section of 2026-12-06 15:20–18:20). The rows' triggers fire as
        // on any change (the directory version is raised), and the sequences are set back below as a truncate's
        // "restart identity" and the load left them.
        var parentsFirst = ParentsFirst(tables, references);
        var restore = new StringBuilder();
        foreach (var table in Enumerable.Reverse(parentsFirst)) restore.Append($"delete from public.\"{table}\";");
        // Parents before children, so every row's references hold when it is inserted (the constraints stay on).
        foreach (var table in parentsFirst)
            if (await connection.ExecuteScalarAsync<bool>($"select exists (select from {Schema}.\"{table}\")"))
                // A row a trigger of the deletes or of an earlier insert wrote (the directory version) is kept: it is newer.
                restore.Append($"insert into public.\"{table}\" overriding system value select * from {Schema}.\"{table}\" on conflict do nothing;");
        foreach (var (name, value) in await connection.QueryAsync<(string, long?)>($"select name, last_value from {Schema}.sequence_value"))
            restore.Append(value is { } last ? $"select setval('{name}', {last});" : $"alter sequence {name} restart;");
        return restore.ToString();
    }

    static List<string> ParentsFirst(List<string> tables, List<(string Child, string Parent)> references)
    {
        var ordered = new List<string>();
        var left = new List<string>(tables);
        while (left.Count > 0)
        {
            var ready = left.Where(t => references.All(r => r.Child != t || !left.Contains(r.Parent))).ToList();
            if (ready.Count == 0) throw new InvalidOperationException("foreign keys in a cycle: " + string.Join(", ", left));
            ordered.AddRange(ready);
            left.RemoveAll(ready.Contains);
        }
        return ordered;
    }
}
