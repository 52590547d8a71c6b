using Dapper;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Demo;

/// <summary>
/// <see cref="DatabaseFixture.ResetAsync"/> leaves what "truncate … restart identity" left — every table empty, every
/// sequence's next value its first but the migration journal's, a directory version no server has kept — without giving any table, index or
/// sequence a new file (rows deleted, not truncated: the cheap way; docs/benchmarks.md, wip-25tt).
/// </summary>
[Trait("Kind", "Slow")]
public class DatabaseResetTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_reset_empties_every_table_and_sets_every_sequence_back_in_the_same_files()
    {
        await db.Demo.ResetWithDemoAsync(new DateOnly(2026, 12, 5));   // rows in many tables, ids taken
        await using var connection = await db.Connections.OpenAsync();
        Assert.Contains(await SequencesAsync(connection), s => s.LastValue is not null);
        var journal = await connection.ExecuteScalarAsync<long>(JournalSequence);
        var version = await connection.ExecuteScalarAsync<long>(DirectoryVersion);
        var files = await FilesAsync(connection);

        await db.ResetAsync();

        var tables = await connection.QueryAsync<string>(
            "select tablename from pg_tables where schemaname = 'public' and tablename not in ('schemaversions', 'directory_version')");
        foreach (var table in tables)
            Assert.True(0 == await connection.ExecuteScalarAsync<long>($"select count(*) from public.\"{table}\""), table);
        Assert.All(await SequencesAsync(connection), s => Assert.Null(s.LastValue));   // not called since the restart
        Assert.Equal(journal, await connection.ExecuteScalarAsync<long>(JournalSequence));   // the next migration's id follows on
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("select nextval('person_id_seq')"));
        Assert.NotEqual(version, await connection.ExecuteScalarAsync<long>(DirectoryVersion));
        Assert.Equal(files, await FilesAsync(connection));
    }

    const string DirectoryVersion = "select coalesce((select version from directory_version where id = 1), -1)";

    /// <summary>The migration journal's (DbUp's) sequence: kept, as the journal is.</summary>
    const string JournalSequence = "select last_value from pg_sequences where schemaname = 'public' and sequencename = 'schemaversions_schemaversionsid_seq'";

    /// <summary>Every public sequence but the journal's.</summary>
    static async Task<List<(string Name, long? LastValue)>> SequencesAsync(Npgsql.NpgsqlConnection connection) =>
        (await connection.QueryAsync<(string, long?)>(
            "select sequencename, last_value from pg_sequences where schemaname = 'public' and sequencename <> 'schemaversions_schemaversionsid_seq'")).ToList();

    /// <summary>Every public table's, index's and sequence's file.</summary>
    static async Task<List<(string Name, long File)>> FilesAsync(Npgsql.NpgsqlConnection connection) =>
        (await connection.QueryAsync<(string, long)>("""
            select relname::text, pg_relation_filenode(oid)::bigint from pg_class
            where relnamespace = 'public'::regnamespace and relkind in ('r', 'i', 'S') order by relname
            """)).ToList();
}
