using Dapper;
using Npgsql;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.Evidence;

/// <summary>
/// Evidence rows in PostgreSQL. Files are written to <see cref="EvidenceFileStore"/> first; a row is inserted only
/// after its file is durable, and the row's commit is what makes the upload count. Every change is audited in the
/// same transaction.
/// </summary>
public sealed class EvidenceStore(ConnectionFactory db)
{
    internal const string Select =
        """
        select e.id, e.sha256, f.size, f.kind, f.content_type as ContentType, e.framework, e.year, e.indicator, e.level, e.item,
               e.plan_item_id as PlanItemId, e.opd_id as OpdId, coalesce(o.abbreviation, o.name) as OpdName,
               e.uploader_id as UploaderId, e.uploader, e.original_name as OriginalName, e.channel, e.batch, e.status,
               e.superseded_by as SupersededBy, e.reviewer_id as ReviewerId, e.reviewer, e.reviewed_at as ReviewedAt,
               e.review_note as ReviewNote, e.created_at as CreatedAt
        from evidence e join evidence_file f on f.sha256 = e.sha256 left join opd o on o.id = e.opd_id
        """;

    /// <summary>Counts a committed file without an evidence row (a broadcast's attachment).</summary>
    public async Task RegisterFileAsync(StagedFile file, FileInspection inspection, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "insert into evidence_file (sha256, size, kind, content_type) values (@Sha256, @Size, @kind, @contentType) on conflict (sha256) do nothing",
            new { file.Sha256, file.Size, kind = inspection.Kind.ToString()!.ToLowerInvariant(), contentType = inspection.ContentType }, cancellationToken: ct));
    }

    /// <summary>Records a new upload whose file is already committed to the file store.</summary>
    public async Task<EvidenceRecord> AddAsync(NewEvidence upload, Actor actor, CancellationToken ct = default) =>
        (await AddOnceAsync(upload, actor, ct)).Record;

    /// <summary>
    /// Records a new upload whose file is already committed to the file store, once per inbox update and file
    /// (<see cref="NewEvidence.InboxUpdate"/>, migration 0028): when the update is handled again (its server was killed
    /// after the filing, before the reply left), the row filed the first time is returned with Repeat true and nothing
    /// is written — no second row, no supersede, no audit entry.
    /// </summary>
    public async Task<(EvidenceRecord Record, bool Repeat)> AddOnceAsync(NewEvidence upload, Actor actor, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into evidence_file (sha256, size, kind, content_type) values (@Sha256, @Size, @kind, @contentType)
            on conflict (sha256) do nothing
            """, new { upload.File.Sha256, upload.File.Size, kind = upload.Inspection.Kind.ToString()!.ToLowerInvariant(), contentType = upload.Inspection.ContentType }, tx, cancellationToken: ct));
        var target = upload.Target;
        var inserted = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            """
            insert into evidence (sha256, framework, year, indicator, level, item, plan_item_id, opd_id, uploader_id, uploader,
                                  original_name, channel, batch, status, inbox_update)
            values (@Sha256, @Framework, @Year, @indicator, @level, @item, @planItemId, @OpdId, @UploaderId, @Uploader,
                    @OriginalName, @Channel, @Batch, @status, @InboxUpdate)
            on conflict (inbox_update, sha256) where inbox_update is not null do nothing
            returning id
            """,
            new
            {
                upload.File.Sha256, upload.Framework, upload.Year, indicator = target?.Indicator, level = (short?)target?.Level,
                item = (short?)target?.Item, planItemId = target?.PlanItemId, OpdId = target?.OpdId ?? upload.OpdId,
                upload.UploaderId, upload.Uploader, upload.OriginalName, upload.Channel, upload.Batch,
                status = DbEnum.ToText(target is null ? EvidenceStatus.Draft : EvidenceStatus.Pending), upload.InboxUpdate,
            }, tx, cancellationToken: ct));
        if (inserted is not { } id)
        {
            // Filed when this update was handled before: that row, nothing new.
            var first = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "select id from evidence where inbox_update = @InboxUpdate and sha256 = @Sha256",
                new { upload.InboxUpdate, upload.File.Sha256 }, tx, cancellationToken: ct));
            var filed = (await GetAsync(connection, tx, first, ct: ct))!;
            await tx.CommitAsync(ct);
            return (filed, true);
        }
        if (target is not null) await SupersedeAsync(connection, tx, id, EvidenceStatus.Pending, actor, ct);
        var record = (await GetAsync(connection, tx, id, ct: ct))!;
        await AuditLog.WriteAsync(connection, tx, actor, "evidence", id, "upload", null, record, ct);
        await tx.CommitAsync(ct);
        return (record, false);
    }

    /// <summary>Files an uploader's drafts of one batch under a target; returns the filed records (none if already filed).</summary>
    public async Task<IReadOnlyList<EvidenceRecord>> FileDraftsAsync(long uploaderId, string batch, EvidenceTarget target, Actor actor, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var ids = (await connection.QueryAsync<long>(new CommandDefinition(
            """
            update evidence set status = 'pending', indicator = @Indicator, level = @level, item = @item, plan_item_id = @PlanItemId,
                   opd_id = coalesce(@OpdId, opd_id), updated_at = now()
            where uploader_id = @uploaderId and batch = @batch and status = 'draft'
            returning id
            """, new { target.Indicator, level = (short)target.Level, item = (short)target.Item, target.PlanItemId, target.OpdId, uploaderId, batch }, tx, cancellationToken: ct))).Order().ToList();
        var filed = new List<EvidenceRecord>();
        foreach (var id in ids)
        {
            await SupersedeAsync(connection, tx, id, EvidenceStatus.Pending, actor, ct);
            var record = (await GetAsync(connection, tx, id, ct: ct))!;
            await AuditLog.WriteAsync(connection, tx, actor, "evidence", id, "file", null, record, ct);
            filed.Add(record);
        }
        await tx.CommitAsync(ct);
        return filed;
    }

    /// <summary>Drops an uploader's unfiled drafts of a batch (the person cancelled). The files become unreferenced and
    /// the next reconciliation removes them.</summary>
    public async Task<int> DiscardDraftsAsync(long uploaderId, string batch, Actor actor, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var removed = (await connection.QueryAsync<(long Id, string Sha256)>(new CommandDefinition(
            "delete from evidence where uploader_id = @uploaderId and batch = @batch and status = 'draft' returning id, sha256",
            new { uploaderId, batch }, tx, cancellationToken: ct))).ToList();
        foreach (var (id, sha) in removed)
            await AuditLog.WriteAsync(connection, tx, actor, "evidence", id, "discard-draft", new { sha256 = sha }, null, ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "delete from evidence_file f where f.sha256 = any(@hashes) and not exists (select 1 from evidence e where e.sha256 = f.sha256)",
            new { hashes = removed.Select(r => r.Sha256).Distinct().ToArray() }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return removed.Count;
    }

    /// <summary>
    /// A coordinator's decision on a pending upload. Null when there is no such upload; Changed is false when it was
    /// no longer pending (decided by someone else, superseded), so a double press changes nothing. The uploader's
    /// notice is queued in the same transaction as the decision.
    /// </summary>
    public async Task<(EvidenceRecord? Record, bool Changed)> DecideAsync(long id, bool approve, string? note, Actor reviewer,
        Func<EvidenceRecord, string>? noticeForUploader = null, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var before = await GetAsync(connection, tx, id, forUpdate: true, ct);
        if (before is null || before.Status != EvidenceStatus.Pending) return (before, false);
        var status = approve ? EvidenceStatus.Approved : EvidenceStatus.Rejected;
        await connection.ExecuteAsync(new CommandDefinition(
            """
            update evidence set status = @status, reviewer_id = @PersonId, reviewer = @Name, reviewed_at = now(),
                   review_note = @note, updated_at = now()
            where id = @id
            """, new { id, status = DbEnum.ToText(status), reviewer.PersonId, reviewer.Name, note = string.IsNullOrWhiteSpace(note) ? null : note.Trim() }, tx, cancellationToken: ct));
        if (approve) await SupersedeAsync(connection, tx, id, EvidenceStatus.Approved, reviewer, ct);
        var after = (await GetAsync(connection, tx, id, ct: ct))!;
        await AuditLog.WriteAsync(connection, tx, reviewer, "evidence", id, approve ? "approve" : "reject", before, after, ct);
        if (noticeForUploader is not null && after.UploaderId is { } uploader)
            await Outbox.EnqueueAsync(connection, tx, uploader, "evidence-decision", noticeForUploader(after), [], ct: ct);
        await tx.CommitAsync(ct);
        return (after, true);
    }

    /// <summary>
    /// A newer file takes the place of older ones in the same slot (indicator, level, item, OPD): a new upload replaces
    /// earlier pending and rejected ones, an approval replaces earlier approved ones. Files of the same batch (an album)
    /// and "lainnya" files stand side by side. The old rows stay, marked superseded, for the history.
    /// </summary>
    static async Task SupersedeAsync(NpgsqlConnection connection, NpgsqlTransaction tx, long newId, EvidenceStatus replacing, Actor actor, CancellationToken ct)
    {
        var statuses = replacing == EvidenceStatus.Approved ? new[] { "approved" } : ["pending", "rejected"];
        var old = await connection.QueryAsync<long>(new CommandDefinition(
            """
            update evidence o set status = 'superseded', superseded_by = n.id, superseded_from = o.status, updated_at = now()
            from evidence n
            where n.id = @newId and n.item <> 0 and o.id <> n.id and o.batch <> n.batch and o.status = any(@statuses)
              and o.framework = n.framework and o.year = n.year and o.indicator = n.indicator and o.level = n.level
              and o.item = n.item and o.opd_id is not distinct from n.opd_id and o.created_at <= n.created_at
            returning o.id
            """, new { newId, statuses }, tx, cancellationToken: ct));
        foreach (var id in old)
            await AuditLog.WriteAsync(connection, tx, actor, "evidence", id, "supersede", null, new { supersededBy = newId }, ct);
    }

    /// <summary>The uploads that <paramref name="id"/> took the place of (see <see cref="SupersedeAsync"/>).</summary>
    public async Task<IReadOnlyList<EvidenceRecord>> SupersededByAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        var ids = await connection.QueryAsync<long>(new CommandDefinition(
            "select id from evidence where superseded_by = @id and status = 'superseded' order by id", new { id }, cancellationToken: ct));
        var records = new List<EvidenceRecord>();
        foreach (var old in ids) records.Add((await GetAsync(connection, null, old, ct: ct))!);
        return records;
    }

    /// <summary>
    /// "Keep both": the evidence item needs several documents, so the uploads <paramref name="id"/> superseded are put back
    /// as they were (pending or rejected) and stand beside it. Returns those restored (none when there is nothing to undo).
    /// </summary>
    public async Task<IReadOnlyList<long>> KeepBothAsync(long id, Actor actor, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var restored = (await connection.QueryAsync<long>(new CommandDefinition(
            """
            update evidence set status = superseded_from, superseded_by = null, superseded_from = null, updated_at = now()
            where superseded_by = @id and status = 'superseded' and superseded_from in ('pending', 'rejected')
            returning id
            """, new { id }, tx, cancellationToken: ct))).Order().ToList();
        foreach (var old in restored)
            await AuditLog.WriteAsync(connection, tx, actor, "evidence", old, "keep-both", new { supersededBy = id }, null, ct);
        await tx.CommitAsync(ct);
        return restored;
    }

    public async Task<EvidenceRecord?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        return await GetAsync(connection, null, id, ct: ct);
    }

    static async Task<EvidenceRecord?> GetAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, long id, bool forUpdate = false, CancellationToken ct = default) =>
        (await connection.QueryAsync<Row>(new CommandDefinition(
            Select + " where e.id = @id" + (forUpdate ? " for update of e" : ""), new { id }, tx, cancellationToken: ct))).Select(r => r.ToRecord()).SingleOrDefault();

    public async Task<IReadOnlyList<EvidenceRecord>> ListAsync(EvidenceFilter filter, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(Select +
            """

            where (@Framework::text is null or e.framework = @Framework) and (@Year::int is null or e.year = @Year)
              and (@Indicator::int is null or e.indicator = @Indicator) and (@Level::int is null or e.level = @Level)
              and (@status::text is null or e.status = @status) and (@OpdId::bigint is null or e.opd_id = @OpdId)
              and (@IncludeSuperseded or e.status <> 'superseded')
            order by e.indicator nulls last, e.level, e.item, e.created_at, e.id
            limit @Limit
            """, new { filter.Framework, filter.Year, filter.Indicator, filter.Level, status = filter.Status is { } s ? DbEnum.ToText(s) : null, filter.OpdId, filter.IncludeSuperseded, filter.Limit }, cancellationToken: ct));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    /// <summary>The verification queue: pending uploads, oldest first, after a given id (to skip ahead).</summary>
    public async Task<(IReadOnlyList<EvidenceRecord> Page, int Total)> PendingAsync(string framework, int year, long afterId = 0, int limit = 1, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "select count(*) from evidence where status = 'pending' and framework = @framework and year = @year", new { framework, year }, cancellationToken: ct));
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(Select +
            " where e.status = 'pending' and e.framework = @framework and e.year = @year and e.id > @afterId order by e.id limit @limit",
            new { framework, year, afterId, limit }, cancellationToken: ct));
        return (rows.Select(r => r.ToRecord()).ToList(), total);
    }

    /// <summary>Unfiled drafts of one batch of an uploader.</summary>
    public async Task<IReadOnlyList<EvidenceRecord>> DraftsAsync(long uploaderId, string batch, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            Select + " where e.uploader_id = @uploaderId and e.batch = @batch and e.status = 'draft' order by e.id", new { uploaderId, batch }, cancellationToken: ct));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    /// <summary>The batch of an uploader's newest unfiled draft, if any.</summary>
    public async Task<string?> LatestDraftBatchAsync(long uploaderId, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "select batch from evidence where uploader_id = @uploaderId and status = 'draft' order by id desc limit 1", new { uploaderId }, cancellationToken: ct));
    }

    /// <summary>Every file hash the database counts, for the file store's reconciliation.</summary>
    public async Task<IReadOnlySet<string>> KnownHashesAsync(CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        return (await connection.QueryAsync<string>(new CommandDefinition("select sha256 from evidence_file", cancellationToken: ct))).ToHashSet(StringComparer.Ordinal);
    }

    internal sealed class Row
    {
        public long Id { get; set; }
        public string Sha256 { get; set; } = "";
        public long Size { get; set; }
        public string Kind { get; set; } = "";
        public string ContentType { get; set; } = "";
        public string Framework { get; set; } = "";
        public int Year { get; set; }
        public int? Indicator { get; set; }
        public short? Level { get; set; }
        public short? Item { get; set; }
        public long? PlanItemId { get; set; }
        public long? OpdId { get; set; }
        public string? OpdName { get; set; }
        public long? UploaderId { get; set; }
        public string Uploader { get; set; } = "";
        public string OriginalName { get; set; } = "";
        public string Channel { get; set; } = "";
        public string Batch { get; set; } = "";
        public string Status { get; set; } = "";
        public long? SupersededBy { get; set; }
        public long? ReviewerId { get; set; }
        public string? Reviewer { get; set; }
        public DateTime? ReviewedAt { get; set; }
        public string? ReviewNote { get; set; }
        public DateTime CreatedAt { get; set; }

        public EvidenceRecord ToRecord() => new()
        {
            Id = Id, Sha256 = Sha256, Size = Size, Kind = Kind, ContentType = ContentType, Framework = Framework, Year = Year,
            Indicator = Indicator, Level = Level, Item = Item, PlanItemId = PlanItemId, OpdId = OpdId, OpdName = OpdName,
            UploaderId = UploaderId, Uploader = Uploader, OriginalName = OriginalName, Channel = Channel, Batch = Batch,
            Status = DbEnum.Parse<EvidenceStatus>(Status)!.Value, SupersededBy = SupersededBy, ReviewerId = ReviewerId,
            Reviewer = Reviewer, ReviewedAt = ReviewedAt is { } r ? DbTime.Utc(r) : null, ReviewNote = ReviewNote, CreatedAt = DbTime.Utc(CreatedAt),
        };

    }
}
