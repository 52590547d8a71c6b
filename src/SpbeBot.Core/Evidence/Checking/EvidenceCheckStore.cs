using System.Text.Json;
using Dapper;
using Npgsql;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>Where a pre-check is: waiting for the background reading, being read, done, or given up.</summary>
public enum EvidenceCheckStatus { Queued, Running, Done, Failed }

/// <summary>The stored pre-check of one upload: the file and slot it read, its state and, when done, the verdict;
/// <paramref name="NeedsOcr"/>: a scan (queued for OCR) rather than a text layer whose reading outlasted the chat's wait.</summary>
public sealed record StoredCheck(
    long EvidenceId, string Sha256, string Framework, int Indicator, int? FiledLevel, EvidenceCheckStatus Status,
    EvidenceCheck? Verdict, int Attempts, DateTimeOffset? CheckedAt, string? Error, bool NeedsOcr)
{
    /// <summary>It was made for this upload as it is now filed (same file, same indicator and level).</summary>
    public bool Matches(EvidenceRecord record) =>
        record.Sha256 == Sha256 && record.Framework == Framework && record.Indicator == Indicator && record.Level == FiledLevel;
}

/// <summary>
/// The <c>evidence_check</c> table: the one writer of pre-check results, keyed by the upload. A new check of an upload
/// (filed again, or its file replaced) replaces its row. Writing a result can queue the uploader's notice in the same
/// transaction, so a result is never announced without being stored, nor stored twice with two notices.
/// </summary>
public sealed class EvidenceCheckStore(ConnectionFactory db)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    const string Columns =
        """
        evidence_id as EvidenceId, sha256, framework, indicator, filed_level as FiledLevel, status, verdict::text as Verdict,
        attempts, checked_at as CheckedAt, error, needs_ocr as NeedsOcr
        """;

    /// <summary>
    /// The upload waits for the background reading — a scan (<paramref name="needsOcr"/>), or a text layer whose reading
    /// outlasted the chat's wait: queued, due at once, tries counted from zero.
    /// </summary>
    public async Task QueueAsync(EvidenceRecord record, bool needsOcr = true, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(Upsert, Values(record, EvidenceCheckStatus.Queued, null, null, needsOcr), cancellationToken: ct));
    }

    /// <summary>The verdict of the chat's reading, stored as done (the background reading ends with <see cref="FinishClaimAsync"/>).</summary>
    public async Task SaveAsync(EvidenceRecord record, EvidenceCheck verdict, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(Upsert, Values(record, EvidenceCheckStatus.Done, verdict, null, verdict.NeedsOcr || verdict.Ocr), cancellationToken: ct));
    }

    /// <summary>No verdict: the chat's checker failed, or the upload is no longer filed. The filing is untouched.</summary>
    public async Task FailAsync(EvidenceRecord record, string error, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(Upsert, Values(record, EvidenceCheckStatus.Failed, null, Short(error), needsOcr: false), cancellationToken: ct));
    }

    /// <summary>
    /// The background reading's end under its claim (<paramref name="claim"/>: the try it took): the verdict, or no
    /// verdict with <paramref name="error"/>, with the uploader's notice in the same transaction. False, and nothing
    /// written, when the row is no longer this claim's — another server took it again (this reader was taken for dead)
    /// or the upload was filed again — so a result is announced once.
    /// </summary>
    public async Task<bool> FinishClaimAsync(EvidenceRecord record, int claim, EvidenceCheck? verdict, string? error,
        Func<NpgsqlConnection, NpgsqlTransaction, Task>? alsoInTransaction = null, CancellationToken ct = default)
    {
        var values = verdict is not null
            ? Values(record, EvidenceCheckStatus.Done, verdict, null, verdict.NeedsOcr || verdict.Ocr)
            : Values(record, EvidenceCheckStatus.Failed, null, Short(error ?? "no verdict"), needsOcr: false);
        var parameters = new DynamicParameters(values);
        parameters.Add("Claim", claim);
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var finished = await connection.ExecuteAsync(new CommandDefinition(
            """
            update evidence_check set sha256 = @Sha256, framework = @Framework, indicator = @Indicator, filed_level = @FiledLevel,
                status = @Status, level = @Level, flags = @Flags, ocr = @Ocr, needs_ocr = @NeedsOcr, verdict = @Verdict::jsonb,
                error = @Error, checked_at = now(), updated_at = now()
            where evidence_id = @EvidenceId and status = 'running' and attempts = @Claim
            """, parameters, tx, cancellationToken: ct));
        if (finished == 0) return false;
        if (alsoInTransaction is not null) await alsoInTransaction(connection, tx);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>The claimed reading is alive: its row is not stuck for another <see cref="DueAsync"/>'s stuckAfter.</summary>
    public async Task BeatAsync(long evidenceId, int claim, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "update evidence_check set updated_at = now() where evidence_id = @evidenceId and status = 'running' and attempts = @claim",
            new { evidenceId, claim }, cancellationToken: ct));
    }

    /// <summary>
    /// Takes a queued check for reading (and counts the try); also one left "running" longer than
    /// <paramref name="stuckAfter"/> (its server died). Null when it is not due, already taken, or finished.
    /// </summary>
    public async Task<StoredCheck?> ClaimAsync(long evidenceId, TimeSpan stuckAfter, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"""
            update evidence_check set status = 'running', attempts = attempts + 1, updated_at = now()
            where evidence_id = @evidenceId and not_before <= now()
              and (status = 'queued' or (status = 'running' and updated_at < now() - @stuckAfter))
            returning {Columns}
            """, new { evidenceId, stuckAfter }, cancellationToken: ct));
        return row?.ToStored();
    }

    /// <summary>A try failed but more are allowed: queued again, due after <paramref name="delay"/> (if still this claim's).</summary>
    public async Task RetryLaterAsync(long evidenceId, int claim, string error, TimeSpan delay, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            update evidence_check set status = 'queued', error = @error, not_before = now() + @delay, updated_at = now()
            where evidence_id = @evidenceId and status = 'running' and attempts = @claim
            """, new { evidenceId, claim, error = Short(error), delay }, cancellationToken: ct));
    }

    /// <summary>The reading was interrupted (the server stops): queued again at once, and the try does not count (if still this claim's).</summary>
    public async Task ReleaseAsync(long evidenceId, int claim, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            update evidence_check set status = 'queued', attempts = greatest(attempts - 1, 0), updated_at = now()
            where evidence_id = @evidenceId and status = 'running' and attempts = @claim
            """, new { evidenceId, claim }, cancellationToken: ct));
    }

    /// <summary>Checks due for the background reading: queued and due, or running but stuck; oldest first.</summary>
    public async Task<IReadOnlyList<long>> DueAsync(TimeSpan stuckAfter, int limit = 20, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        return (await connection.QueryAsync<long>(new CommandDefinition(
            """
            select evidence_id from evidence_check
            where not_before <= now() and (status = 'queued' or (status = 'running' and updated_at < now() - @stuckAfter))
            order by not_before, evidence_id limit @limit
            """, new { stuckAfter, limit }, cancellationToken: ct))).ToList();
    }

    /// <summary>
    /// A verdict another upload of the same bytes got for the same framework, year, indicator and level in the last
    /// <paramref name="within"/>: the same file sent again need not be read again (a scan's OCR is costly).
    /// </summary>
    public async Task<EvidenceCheck?> SameFileVerdictAsync(EvidenceRecord record, TimeSpan within, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        var json = await connection.QueryFirstOrDefaultAsync<string>(new CommandDefinition(
            """
            select c.verdict::text from evidence_check c join evidence e on e.id = c.evidence_id
            where c.sha256 = @Sha256 and c.framework = @Framework and c.indicator = @Indicator and c.filed_level is not distinct from @level
              and e.year = @Year and c.evidence_id <> @Id and c.status = 'done' and c.verdict is not null and c.checked_at > now() - @within
            order by c.checked_at desc limit 1
            """, new { record.Sha256, record.Framework, record.Indicator, level = (short?)record.Level, record.Year, record.Id, within }, cancellationToken: ct));
        return json is null ? null : JsonSerializer.Deserialize<EvidenceCheck>(json, Json);
    }

    public async Task<StoredCheck?> GetAsync(long evidenceId, CancellationToken ct = default) =>
        (await ForEvidenceAsync([evidenceId], ct)).GetValueOrDefault(evidenceId);

    /// <summary>The stored checks of these uploads (those that have one).</summary>
    public async Task<IReadOnlyDictionary<long, StoredCheck>> ForEvidenceAsync(IReadOnlyCollection<long> evidenceIds, CancellationToken ct = default)
    {
        if (evidenceIds.Count == 0) return new Dictionary<long, StoredCheck>();
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"select {Columns} from evidence_check where evidence_id = any(@ids)", new { ids = evidenceIds.ToArray() }, cancellationToken: ct));
        return rows.Select(r => r.ToStored()).ToDictionary(s => s.EvidenceId);
    }

    /// <summary>
    /// The flags of every current upload (not superseded, not a draft) of a framework and year whose finished check
    /// raised any and still matches its file and slot: upload id → flags.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<string>>> FlagsAsync(string framework, int year, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<(long Id, string[] Flags)>(new CommandDefinition(
            """
            select e.id, c.flags from evidence_check c join evidence e on e.id = c.evidence_id
            where e.framework = @framework and e.year = @year and e.status in ('pending', 'approved', 'rejected')
              and c.status = 'done' and cardinality(c.flags) > 0
              and c.sha256 = e.sha256 and c.framework = e.framework and c.indicator = e.indicator and c.filed_level is not distinct from e.level
            """, new { framework, year }, cancellationToken: ct));
        return rows.ToDictionary(r => r.Id, r => (IReadOnlyList<string>)r.Flags);
    }

    const string Upsert =
        """
        insert into evidence_check (evidence_id, sha256, framework, indicator, filed_level, status, level, flags, ocr, needs_ocr,
                                    verdict, error, attempts, not_before, checked_at, updated_at)
        values (@EvidenceId, @Sha256, @Framework, @Indicator, @FiledLevel, @Status, @Level, @Flags, @Ocr, @NeedsOcr,
                @Verdict::jsonb, @Error, 0, now(), case when @Status in ('done', 'failed') then now() end, now())
        on conflict (evidence_id) do update set
            sha256 = excluded.sha256, framework = excluded.framework, indicator = excluded.indicator, filed_level = excluded.filed_level,
            status = excluded.status, level = excluded.level, flags = excluded.flags, ocr = excluded.ocr, needs_ocr = excluded.needs_ocr,
            verdict = excluded.verdict, error = excluded.error,
            -- A new request starts its tries afresh; a result keeps the count of tries that led to it.
            attempts = case when excluded.status = 'queued' then 0 else evidence_check.attempts end,
            not_before = excluded.not_before, checked_at = excluded.checked_at, updated_at = now()
        """;

    static object Values(EvidenceRecord record, EvidenceCheckStatus status, EvidenceCheck? verdict, string? error, bool needsOcr) => new
    {
        EvidenceId = record.Id, record.Sha256, record.Framework,
        Indicator = record.Indicator ?? throw new ArgumentException("Only a filed upload (with an indicator) is checked.", nameof(record)),
        FiledLevel = (short?)record.Level, Status = DbEnum.ToText(status), Level = (short?)verdict?.Level,
        Flags = verdict?.Flags.ToArray() ?? [], Ocr = verdict?.Ocr ?? false, NeedsOcr = needsOcr,
        Verdict = verdict is null ? null : JsonSerializer.Serialize(verdict, Json), Error = error,
    };

    static string Short(string text) => text.Length <= 500 ? text : text[..500];

    sealed class Row
    {
        public long EvidenceId { get; set; }
        public string Sha256 { get; set; } = "";
        public string Framework { get; set; } = "";
        public int Indicator { get; set; }
        public short? FiledLevel { get; set; }
        public string Status { get; set; } = "";
        public string? Verdict { get; set; }
        public int Attempts { get; set; }
        public DateTime? CheckedAt { get; set; }
        public string? Error { get; set; }
        public bool NeedsOcr { get; set; }

        public StoredCheck ToStored() => new(EvidenceId, Sha256, Framework, Indicator, FiledLevel, DbEnum.Parse<EvidenceCheckStatus>(Status)!.Value,
            Verdict is null ? null : JsonSerializer.Deserialize<EvidenceCheck>(Verdict, Json), Attempts,
            CheckedAt is { } c ? DbTime.Utc(c) : null, Error, NeedsOcr);
    }
}
