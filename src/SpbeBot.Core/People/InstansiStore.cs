using Dapper;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.People;

/// <summary>Reads and saves the one instansi row.</summary>
public sealed class InstansiStore(ConnectionFactory db)
{
    /// <summary>
    /// The instansi row as of <paramref name="directoryVersion"/> (read by the caller after the message arrived; any
    /// change to the row raises it): from memory while the version stands, so a message does not read it again.
    /// </summary>
    public async Task<Instansi?> GetAsync(long directoryVersion, CancellationToken ct = default)
    {
        var cache = DirectoryCache.For(db);
        if (directoryVersion >= 0 && cache.TryGetInstansi(directoryVersion, out var known)) return known;
        var instansi = await GetAsync(ct);
        if (directoryVersion >= 0) cache.PutInstansi(directoryVersion, instansi);
        return instansi;
    }

    public async Task<Instansi?> GetAsync(CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            "select name, kind, time_zone as TimeZone, framework, evaluation_year as EvaluationYear from instansi where id = 1", cancellationToken: ct));
        return row is null ? null : new Instansi
        {
            Name = row.Name,
            Kind = DbEnum.Parse<InstansiKind>(row.Kind)!.Value,
            TimeZone = row.TimeZone,
            Framework = row.Framework,
            EvaluationYear = row.EvaluationYear,
        };
    }

    public async Task SaveAsync(Instansi instansi, Actor actor, CancellationToken ct = default)
    {
        var before = await GetAsync(ct);
        if (before == instansi) return;
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into instansi (id, name, kind, time_zone, framework, evaluation_year)
            values (1, @Name, @Kind, @TimeZone, @Framework, @EvaluationYear)
            on conflict (id) do update set name = excluded.name, kind = excluded.kind, time_zone = excluded.time_zone,
                framework = excluded.framework, evaluation_year = excluded.evaluation_year, updated_at = now()
            """,
            new { instansi.Name, Kind = DbEnum.ToText(instansi.Kind), instansi.TimeZone, instansi.Framework, instansi.EvaluationYear }, tx, cancellationToken: ct));
        // The framework of each evaluation year is remembered, so going back to a year restores its framework.
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into instansi_framework_year (evaluation_year, framework) values (@EvaluationYear, @Framework)
            on conflict (evaluation_year) do update set framework = excluded.framework, updated_at = now()
            """, new { instansi.EvaluationYear, instansi.Framework }, tx, cancellationToken: ct));
        await AuditLog.WriteAsync(connection, tx, actor, "instansi", 1, before is null ? "create" : "update", before, instansi, ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>The framework the instansi used for <paramref name="year"/>; null when that year was never set.</summary>
    public async Task<string?> FrameworkForYearAsync(int year, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "select framework from instansi_framework_year where evaluation_year = @year", new { year }, cancellationToken: ct));
    }

    /// <summary>Evaluation year → framework, as set over time (oldest year first).</summary>
    public async Task<IReadOnlyList<(int Year, string Framework)>> FrameworkYearsAsync(CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<(int, string)>(new CommandDefinition(
            "select evaluation_year, framework from instansi_framework_year order by evaluation_year", cancellationToken: ct));
        return rows.ToList();
    }

    sealed class Row
    {
        public string Name { get; set; } = "";
        public string Kind { get; set; } = "";
        public string TimeZone { get; set; } = "";
        public string Framework { get; set; } = "";
        public int EvaluationYear { get; set; }
    }
}
