using System.Text.Json;
using Dapper;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.Digest;

/// <summary>Loads what the digest needs and keeps one snapshot per week.</summary>
public sealed class DigestStore(ConnectionFactory db, InstansiStore instansiStore, PlanStore plans, EvidenceStore evidenceStore, EvidenceCheckStore checks)
{
    /// <summary>This week's digest for the instansi (null when the instansi is not set up).</summary>
    public async Task<WeeklyDigest?> BuildAsync(DateOnly today, CancellationToken ct = default)
    {
        var instansi = await instansiStore.GetAsync(ct);
        if (instansi is null) return null;
        var catalog = CatalogStore.Get(instansi.Framework);
        var items = await plans.ListAsync(new PlanFilter { Framework = instansi.Framework, Year = instansi.EvaluationYear }, ct);
        var evidence = await evidenceStore.ListAsync(new EvidenceFilter { Framework = instansi.Framework, Year = instansi.EvaluationYear, Limit = 1_000_000 }, ct);
        var flags = await checks.FlagsAsync(instansi.Framework, instansi.EvaluationYear, ct);
        return DigestBuilder.Build(catalog, instansi.Name, instansi.EvaluationYear, today, items, evidence, await HistoryAsync(ct), flags);
    }

    public async Task<IReadOnlyList<WeekIndex>> HistoryAsync(CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        return (await connection.QueryAsync<(DateTime Week, decimal? Now, decimal? Target)>(new CommandDefinition(
                "select week, index_now, index_target from digest_snapshot order by week", cancellationToken: ct)))
            .Select(r => new WeekIndex(DateOnly.FromDateTime(r.Week), r.Now, r.Target)).ToList();
    }

    /// <summary>
    /// Records the week's figures as reported and, in the same transaction, queues the digest for its recipients — only
    /// if the week has no snapshot yet. False when this week's digest already went out (a job run twice sends once).
    /// </summary>
    public async Task<bool> SendOnceAsync(WeeklyDigest digest, Func<Npgsql.NpgsqlConnection, Npgsql.NpgsqlTransaction, Task> enqueue, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var claimed = await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into digest_snapshot (week, framework, year, index_now, index_target, domains)
            values (@week, @Framework, @Year, @IndexNow, @IndexTarget, @domains::jsonb)
            on conflict (week) do nothing
            """, new
            {
                week = digest.Week.ToDateTime(TimeOnly.MinValue), digest.Framework, digest.Year, digest.IndexNow, digest.IndexTarget,
                domains = JsonSerializer.Serialize(digest.Domains.ToDictionary(d => d.Number.ToString(), d => d.Now)),
            }, tx, cancellationToken: ct)) == 1;
        if (!claimed) return false;
        await enqueue(connection, tx);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>Who receives the digest: the Tim Koordinasi and the coordinators.</summary>
    public async Task<IReadOnlyList<long>> RecipientsAsync(CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        return (await connection.QueryAsync<long>(new CommandDefinition(
            "select id from person where role in ('tim-koordinasi', 'coordinator') order by id", cancellationToken: ct))).ToList();
    }
}
