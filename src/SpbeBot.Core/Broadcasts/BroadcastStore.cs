using Dapper;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.People;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.Broadcasts;

/// <summary>Who a broadcast goes to: everyone, one OPD's people, one role, or the operators of OPDs with overdue items.</summary>
public sealed record Audience(string Kind, long? OpdId = null, PersonRole? Role = null)
{
    public static readonly Audience All = new("all");
    public static readonly Audience Overdue = new("overdue");

    public string Key => Kind switch { "opd" => $"opd:{OpdId}", "role" => $"role:{DbEnum.ToText(Role!.Value)}", _ => Kind };

    /// <summary>"all", "overdue", "role:operator", "opd:Bappeda" (any name or alias); null when it is none of them.</summary>
    public static async Task<Audience?> ParseAsync(string text, OpdStore opds, CancellationToken ct = default)
    {
        text = text.Trim();
        if (text.Equals("all", StringComparison.OrdinalIgnoreCase) || text.Equals("semua", StringComparison.OrdinalIgnoreCase)) return All;
        if (text.Equals("overdue", StringComparison.OrdinalIgnoreCase) || text.Equals("lewat", StringComparison.OrdinalIgnoreCase)) return Overdue;
        if (text.StartsWith("role:", StringComparison.OrdinalIgnoreCase))
            return DbEnum.Parse<PersonRole>(text[5..]) is { } role ? new Audience("role", Role: role) : null;
        if (text.StartsWith("opd:", StringComparison.OrdinalIgnoreCase))
            return await opds.FindAsync(text[4..], ct) is { } opd ? new Audience("opd", OpdId: opd.Id) : null;
        return null;
    }
}

/// <summary>A broadcast and where its delivery stands.</summary>
/// <param name="Unreachable">Recipients with no chat account on any channel: counted at once, never pending.</param>
public sealed record BroadcastStatus(long Id, string Creator, string Audience, string Text, int Recipients, int Pending, int Sent, int Failed, int Blocked,
    DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, int Unreachable = 0)
{
    /// <summary>The names of the unreachable recipients (filled by <see cref="BroadcastStore.StatusAsync(long, CancellationToken)"/> and the report).</summary>
    public IReadOnlyList<string> UnreachableNames { get; init; } = [];

    /// <summary>Nothing is left to push: every message is out, or the broadcast was marked finished (terminal-only readers may still open theirs).</summary>
    public bool Finished => Pending == 0 || FinishedAt is not null;
}

/// <summary>
/// Broadcasts: one row, plus one outbox row per recipient written in the same transaction — so a confirmed broadcast
/// is never half-queued, delivery resumes after a crash where it stopped, and the report is a count of rows.
/// </summary>
public sealed class BroadcastStore(ConnectionFactory db)
{
    /// <summary>
    /// Channels that deliver on their own. Messages for someone reachable only in the terminal chat wait until they open
    /// it; they do not hold up the report, which counts them as pending.
    /// </summary>
    static readonly string[] PushChannels = ["telegram", "teams"];

    /// <summary>The people an audience reaches today (for the preview).</summary>
    public async Task<IReadOnlyList<long>> RecipientsAsync(Audience audience, DateOnly today, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        return (await connection.QueryAsync<long>(new CommandDefinition(
            """
            select p.id from person p
            where case @Kind
                when 'all' then true
                when 'opd' then p.opd_id = @OpdId
                when 'role' then p.role = @role
                when 'overdue' then p.role = 'operator' and exists (
                    select 1 from plan_item i join plan_item_opd po on po.plan_item_id = i.id
                    where po.opd_id = p.opd_id and i.status in ('open', 'in-progress') and i.deadline < @today)
                else false end
            order by p.id
            """, new { audience.Kind, audience.OpdId, role = audience.Role is { } r ? DbEnum.ToText(r) : null, today = today.ToDateTime(TimeOnly.MinValue) }, cancellationToken: ct))).ToList();
    }

    /// <summary>From this many recipients on, the outbox's statistics are refreshed with the rows (see <see cref="CreateAsync"/>).</summary>
    const int AnalyzeFrom = 500;

    public async Task<BroadcastStatus> CreateAsync(Audience audience, string text, Actor creator, DateOnly today,
        (string Sha256, string Name)? file = null, CancellationToken ct = default)
    {
        var recipients = await RecipientsAsync(audience, today, ct);
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            insert into broadcast (creator_id, creator, audience, text, file_sha256, file_name, recipients)
            values (@PersonId, @Name, @audience, @text, @sha, @name, @count) returning id
            """, new { creator.PersonId, creator.Name, audience = audience.Key, text, sha = file?.Sha256, name = file?.Name, count = recipients.Count }, tx, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into outbox_message (person_id, kind, text, broadcast_id, file_sha256, file_name, status)
            select r, 'broadcast', @text, @id, @sha, @name,
                   -- Someone with no chat account anywhere cannot be reached; someone who blocked the bot everywhere
                   -- they used it is not tried again.
                   case when not exists (select 1 from chat_identity ci where ci.person_id = r) then 'unreachable'
                        when exists (select 1 from chat_identity ci where ci.person_id = r and ci.channel = any(@push))
                         and not exists (select 1 from chat_identity ci where ci.person_id = r and ci.channel = any(@push) and ci.blocked_at is null)
                        then 'blocked' else 'pending' end
            from unnest(@recipients) as r
            """, new { recipients = recipients.ToArray(), text, id, sha = file?.Sha256, name = file?.Name, push = PushChannels }, tx, cancellationToken: ct));
        await AuditLog.WriteAsync(connection, tx, creator, "broadcast", id, "create", null, new { audience = audience.Key, text, recipients = recipients.Count, file = file?.Name }, ct);
        if (recipients.Count >= AnalyzeFrom)
        {
            // Thousands of rows the planner has not seen: the sender's claim (a prepared statement, planned while the
            // outbox held a few rows) took 7.5 s for its first 60 rows (bench realistic bcast5000, 17q), until
            // autovacuum got round to the table. Statistics taken now — they count this transaction's rows, commit with
            // them, and invalidate the cached plans — are there before the sender's first claim (it wakes at commit).
            // Without the owner's right, PostgreSQL only warns and skips.
            await connection.ExecuteAsync(new CommandDefinition("analyze outbox_message, chat_identity", null, tx, cancellationToken: ct));
        }
        await tx.CommitAsync(ct);
        SpbeBot.Core.Observability.SpbeMetrics.BroadcastQueued.Add(recipients.Count);
        return (await StatusAsync(id, ct))!;
    }

    public async Task<BroadcastStatus?> StatusAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        return await StatusAsync(connection, null, id, ct);
    }

    static async Task<BroadcastStatus?> StatusAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? tx, long id, CancellationToken ct)
    {
        var status = (await connection.QueryAsync<Row>(new CommandDefinition(
            Select + " where b.id = @id group by b.id", new { id }, tx, cancellationToken: ct))).Select(r => r.ToStatus()).SingleOrDefault();
        if (status is null || status.Unreachable == 0) return status;
        var names = (await connection.QueryAsync<string>(new CommandDefinition(
            """
            select p.name from outbox_message o join person p on p.id = o.person_id
            where o.broadcast_id = @id and o.status = 'unreachable' order by p.name
            """, new { id }, tx, cancellationToken: ct))).ToList();
        return status with { UnreachableNames = names };
    }

    public async Task<IReadOnlyList<BroadcastStatus>> ListAsync(int limit = 20, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        return (await connection.QueryAsync<Row>(new CommandDefinition(
            Select + " group by b.id order by b.id desc limit @limit", new { limit }, cancellationToken: ct))).Select(r => r.ToStatus()).ToList();
    }

    /// <summary>
    /// Broadcasts whose every message a channel can push is sent, failed or blocked are marked finished, and their creator gets the delivery
    /// report, in one transaction: once, whoever (and however often) calls this.
    /// </summary>
    /// <param name="report">The report text for a status, in the creator's language ("id" or "en").</param>
    public async Task<int> FinishCompletedAsync(Func<BroadcastStatus, string, string> report, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var done = (await connection.QueryAsync<(long Id, long? CreatorId)>(new CommandDefinition(
            """
            update broadcast b set finished_at = now()
            where b.finished_at is null
              and not exists (select 1 from outbox_message o where o.broadcast_id = b.id and o.status = 'pending'
                              and exists (select 1 from chat_identity ci where ci.person_id = o.person_id
                                          and ci.channel = any(@push) and ci.blocked_at is null))
            returning b.id, b.creator_id
            """, new { push = PushChannels }, tx, cancellationToken: ct))).ToList();
        foreach (var (id, creatorId) in done)
        {
            if (creatorId is not { } creator) continue;
            var status = (await StatusAsync(connection, tx, id, ct))!;
            var language = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
                "select language from person where id = @creator", new { creator }, tx, cancellationToken: ct)) ?? "id";
            await Outbox.EnqueueAsync(connection, tx, creator, "broadcast-report", report(status, language), [], ct: ct);
        }
        await tx.CommitAsync(ct);
        return done.Count;
    }

    const string Select =
        """
        select b.id, b.creator, b.audience, b.text, b.recipients, b.created_at as CreatedAt, b.finished_at as FinishedAt,
               count(*) filter (where o.status = 'pending') as Pending, count(*) filter (where o.status = 'sent') as Sent,
               count(*) filter (where o.status = 'failed') as Failed, count(*) filter (where o.status = 'blocked') as Blocked,
               count(*) filter (where o.status = 'unreachable') as Unreachable
        from broadcast b left join outbox_message o on o.broadcast_id = b.id
        """;

    sealed class Row
    {
        public long Id { get; set; }
        public string Creator { get; set; } = "";
        public string Audience { get; set; } = "";
        public string Text { get; set; } = "";
        public int Recipients { get; set; }
        public DateTime CreatedAt { get; set; }
        public DateTime? FinishedAt { get; set; }
        public long Pending { get; set; }
        public long Sent { get; set; }
        public long Failed { get; set; }
        public long Blocked { get; set; }
        public long Unreachable { get; set; }

        public BroadcastStatus ToStatus() => new(Id, Creator, Audience, Text, Recipients, (int)Pending, (int)Sent, (int)Failed, (int)Blocked,
            DbTime.Utc(CreatedAt),
            FinishedAt is { } f ? DbTime.Utc(f) : null, (int)Unreachable);
    }
}
