using System.Text;
using Dapper;
using Npgsql;

namespace SpbeBot.Tests.Infrastructure;

/// <summary>
/// The public schema's tables but the migration journal, parents before children, and the SQL that empties them as
/// "truncate … restart identity cascade" did: every row deleted, children first, and the sequences of their identity
/// and serial columns set back to their start (the journal's stays: its next row needs the next id). Deleted rather than truncated: a truncate gives every table and index a new file and makes each backend read
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
        // The sequences of these tables' identity and serial columns, as "restart identity" had them: not the journal's.
        var sequences = await connection.QueryAsync<(string Name, long Start)>("""
            select s.seqrelid::regclass::text, s.seqstart from pg_depend d
            join pg_sequence s on s.seqrelid = d.objid join pg_class t on t.oid = d.refobjid
            where d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
              and t.relnamespace = 'public'::regnamespace and t.relname = any(@tables)
            order by 1
            """, new { tables });
        var parentsFirst = Order(tables, references);
        var emptying = new StringBuilder();
        foreach (var table in Enumerable.Reverse(parentsFirst)) emptying.Append($"delete from public.\"{table}\";");
        // As a restart: the next value is the start, and last_value reads null (not called). setval writes the sequence's
        // page in place, where "alter sequence … restart" would give it a new file too.
        foreach (var (name, start) in sequences) emptying.Append($"select setval('{name}', {start}, false);");
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
