using Dapper;
using SpbeBot.Core.Demo;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Demo;

/// <summary>
/// <see cref="DemoSnapshot"/> (the role matrix's fresh demo per cell) gives what emptying the database and loading the
/// demo gave the first time: the same rows in every table (their times too: they are the copy's), the sequences where the
/// load left them (the same next ids), and a raised directory version (a server's cache sees the change).
/// </summary>
[Trait("Kind", "Slow")]
public class DemoSnapshotTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_restored_demo_has_the_rows_and_sequences_of_the_load_and_a_new_directory_version()
    {
        var today = new DateOnly(2026, 12, 5);
        await db.Demo.ResetWithDemoAsync(today);     // the first call empties, loads the demo and keeps a copy
        var loaded = await ContentsAsync();
        Assert.Equal(47, loaded["plan_item"].Rows);
        Assert.True(loaded["person"].Rows == 5 && loaded["opd"].Rows == 10, string.Join(", ", loaded.Select(t => $"{t.Key} {t.Value.Rows}")));

        await using var connection = await db.Connections.OpenAsync();
        // What a test does to it: rows changed, removed and added, ids taken.
        await connection.ExecuteAsync("""
            update plan_item set status = 'done' where id = (select min(id) from plan_item);
            delete from opd_alias where alias_key = (select max(alias_key) from opd_alias);
            insert into opd (name, abbreviation) values ('Dinas Uji', 'DU');
            """);
        Assert.NotEqual(loaded, await ContentsAsync());
        var before = await connection.ExecuteScalarAsync<long>("select version from directory_version");

        await db.Demo.ResetWithDemoAsync(today);     // from the copy
        Assert.Equal(loaded, await ContentsAsync());
        Assert.NotEqual(before, await connection.ExecuteScalarAsync<long>("select version from directory_version"));

        // A new day loads the demo again (its deadlines count from the day).
        await db.Demo.ResetWithDemoAsync(today.AddDays(1));
        Assert.Equal(today.AddDays(1 + 30).ToString("yyyy-MM-dd"), await connection.ExecuteScalarAsync<string>(
            "select deadline::text from plan_item where action = 'Menyusun dan menetapkan Peraturan Bupati tentang Peta Rencana SPBE'"));
    }

    /// <summary>Every public table's row count and a digest of its rows (the directory version apart: a transaction id), and every sequence's value.</summary>
    async Task<SortedDictionary<string, (long Rows, string Digest)>> ContentsAsync()
    {
        await using var connection = await db.Connections.OpenAsync();
        var tables = await connection.QueryAsync<string>(
            "select tablename from pg_tables where schemaname = 'public' and tablename not in ('schemaversions', 'directory_version')");
        var contents = new SortedDictionary<string, (long, string)>();
        foreach (var table in tables)
            contents[table] = await connection.QuerySingleAsync<(long, string)>(
                $"select count(*), coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from public.\"{table}\" t");
        foreach (var (name, value) in await connection.QueryAsync<(string, long?)>("select sequencename, last_value from pg_sequences where schemaname = 'public'"))
            contents["sequence " + name] = (value ?? -1, "");
        return contents;
    }
}
