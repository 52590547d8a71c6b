using System.Text;
using Dapper;
using Npgsql;

namespace SpbeBot.Tests.Infrastructure;

/// <summary>
/// The public schema's tables but the migration journal, parents before children, and the SQL that empties them as
/// "truncate … restart identity cascade" did: every row deleted, children first, and every sequence set back to its
/// start. Deleted rather than truncated: a truncate gives every table and index a new file and makes each backend read
/// their catalog entries again, while a test's few hundred rows cost far less to delete (docs/benchmarks.md, wip-25tt
/// and the lead's section of 2026-12-06 15:20–18:20). The rows' triggers fire as on any change (the directory version
/// is raised). Read from the schema, so a table a new migration adds is emptied too.
/// </summary>
public sealed record PublicTables(IReadOnlyList<string> ParentsFirst, string EmptyingSql)
{
    public static async Task<PublicTables> ReadAsync(NpgsqlConnection connection)
    {
        var tables = (await connection.QueryAsync<string>(
            "select tablename from pg_tables where schemaname = 'public' and tablename <> 'schemaversions' order by tablename")).ToList();
        var references = (await connection.QueryAsync<(string Child, string Parent)>("""
            select child.relname, parent.relname from pg_constraint c
            join pg_class child on child.oid = c.conrelid join pg_class parent on parent.oid = c.confrelid
            where c.contype = 'f' and c.connamespace = 'public'::regnamespace and c.conrelid <> c.confrelid
            """)).ToList();
        var parentsFirst = Order(tables, references);
        var emptying = new StringBuilder();
        foreach (var table in Enumerable.Reverse(parentsFirst)) emptying.Append($"delete from public.\"{table}\";");
        // As a restart: the next value is the start, and last_value reads null (not called). setval writes the sequence's
        // page in place, where "alter sequence … restart" would give it a new file too.
        emptying.Append("select setval(format('%I.%I', schemaname, sequencename), start_value, false) from pg_sequences where schemaname = 'public';");
        return new PublicTables(parentsFirst, emptying.ToString());
    }

    static List<string> Order(List<string> tables, List<(string Child, string Parent)> references)
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
