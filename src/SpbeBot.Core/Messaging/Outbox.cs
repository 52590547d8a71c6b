using SpbeBot.Core.Observability;
using System.Text.Json;
using Dapper;
using Npgsql;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.Messaging;

/// <summary>A message waiting for (or done with) delivery to one person.</summary>
/// <param name="ExternalId">The person's account on the delivering channel (Telegram user id), when claimed for one.</param>
/// <param name="FileSha256">A file from the evidence file store sent after the text (a broadcast's attachment).</param>
public sealed record OutboxMessage(long Id, long PersonId, string Kind, string Text, IReadOnlyList<OutboxButton> Buttons, DateTimeOffset CreatedAt,
    string? ExternalId = null, long? BroadcastId = null, string? FileSha256 = null, string? FileName = null, bool FileIsImage = false);

/// <summary>What a channel made of one message: delivered, refused for good because the person blocked the bot, or failed for now.</summary>
public enum DeliveryOutcome { Sent, Blocked, Failed }

public sealed record OutboxButton(string Label, string Payload);

/// <summary>A stored file (by its SHA-256 in the evidence file store) to send with a message.</summary>
public sealed record OutboxFile(string Sha256, string Name, bool IsImage = false);

/// <summary>
/// Messages to people outside the conversation they are in — a decision on their upload, later reminders and
/// broadcasts. Rows are written in the same transaction as the change they announce, so a notice is never lost and
/// never sent for a change that was rolled back. A channel delivers a row and marks it sent.
/// </summary>
public sealed class Outbox(ConnectionFactory db)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="file">A file from the evidence file store sent after the text; as a picture when IsImage.</param>
    public static Task EnqueueAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, long personId, string kind, string text,
        IReadOnlyList<OutboxButton> buttons, DateTimeOffset? notBefore = null, OutboxFile? file = null, CancellationToken ct = default) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            insert into outbox_message (person_id, kind, text, buttons, not_before, file_sha256, file_name, file_is_image)
            values (@personId, @kind, @text, @buttons::jsonb, coalesce(@notBefore, now()), @sha, @name, @image)
            """, new { personId, kind, text, buttons = JsonSerializer.Serialize(buttons, Json), notBefore, sha = file?.Sha256, name = file?.Name, image = file?.IsImage ?? false }, tx, cancellationToken: ct));

    public async Task EnqueueAsync(long personId, string kind, string text, IReadOnlyList<OutboxButton>? buttons = null, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await EnqueueAsync(connection, null, personId, kind, text, buttons ?? [], ct: ct);
    }

    /// <summary>After this many failed attempts a message is given up (status "failed"); the delay grows with each.</summary>
    public const int MaxAttempts = 5;

    /// <summary>
    /// Delivers due messages of people who have an unblocked account on <paramref name="channel"/> (or, with
    /// <paramref name="personId"/>, of that one person whatever their accounts: the terminal chat shows what is
    /// addressed to the person it acts as), one after another: claim, send, record (see <see cref="ClaimAsync"/>).
    /// </summary>
    public async Task<int> DeliverAsync(string channel, Func<OutboxMessage, CancellationToken, Task<DeliveryOutcome>> deliver,
        long? personId = null, int limit = 50, CancellationToken ct = default)
    {
        var owner = Guid.NewGuid();
        var delivered = 0;
        for (var i = 0; i < limit; i++)
        {
            var claimed = await ClaimAsync(channel, owner, 1, DefaultLease, personId, ct);
            if (claimed.Count == 0) break;
            var message = claimed[0];
            DeliveryOutcome outcome;
            string? error = null;
            try { outcome = await deliver(message, ct); }
            catch (Exception e) when (!ct.IsCancellationRequested) { outcome = DeliveryOutcome.Failed; error = e.GetType().Name; }
            await RecordAsync(channel, owner, message, outcome, error);
            if (outcome == DeliveryOutcome.Sent) delivered++;
        }
        return delivered;
    }

    /// <summary>How long a claimed row belongs to its sender before another may take it (a sender that died).</summary>
    public static readonly TimeSpan DefaultLease = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Claims up to <paramref name="limit"/> due messages for <paramref name="owner"/>, oldest first: each gets a lease
    /// (owner, until when) in one short statement, and no transaction stays open while the channel sends. Rows leased by
    /// someone else are skipped until their lease expires, so two delivering servers never take the same row; a row
    /// whose sender died is taken again after the lease (at-least-once: sent twice only if the sender died between the
    /// platform's answer and <see cref="RecordAsync"/>).
    /// </summary>
    public async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(string channel, Guid owner, int limit, TimeSpan lease, long? personId = null, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            """
            with due as (
                select o.id from outbox_message o
                where o.status = 'pending' and o.not_before <= now() and (o.lease_until is null or o.lease_until < now())
                  and (case when @personId::bigint is null
                            then exists (select 1 from chat_identity ci where ci.person_id = o.person_id and ci.channel = @channel and ci.blocked_at is null)
                            else o.person_id = @personId end)
                order by o.id
                limit @limit
                for update of o skip locked)
            update outbox_message o set lease_owner = @owner, lease_until = now() + @lease
            from due where o.id = due.id
            returning o.id, o.person_id as PersonId, o.kind, o.text, o.buttons::text as Buttons, o.created_at as CreatedAt,
                   o.broadcast_id as BroadcastId, o.file_sha256 as FileSha256, o.file_name as FileName, o.file_is_image as FileIsImage, o.attempts,
                   (select ci.external_id from chat_identity ci where ci.person_id = o.person_id and ci.channel = @channel
                      and ci.blocked_at is null order by ci.created_at, ci.external_id limit 1) as ExternalId
            """, new { channel, personId, owner, limit, lease }, cancellationToken: ct));
        return rows.OrderBy(r => r.Id).Select(row => new OutboxMessage(row.Id, row.PersonId, row.Kind, row.Text,
            JsonSerializer.Deserialize<List<OutboxButton>>(row.Buttons, Json) ?? [],
            DbTime.Utc(row.CreatedAt), row.ExternalId, row.BroadcastId, row.FileSha256, row.FileName, row.FileIsImage)).ToList();
    }

    /// <summary>
    /// Records what the channel made of a claimed message and ends the lease. Once the channel has answered, the outcome
    /// is recorded even while the server shuts down (no cancellation): a lost write would send the message again.
    /// Only the lease holder's record counts.
    /// </summary>
    public async Task RecordAsync(string channel, Guid owner, OutboxMessage message, DeliveryOutcome outcome, string? error = null)
    {
        SpbeMetrics.OutboxDelivered.Add(1, new("channel", channel), new("kind", message.Kind), new("outcome", outcome.ToString().ToLowerInvariant()));
        await using var connection = await db.OpenAsync(CancellationToken.None);
        await using var tx = await connection.BeginTransactionAsync(CancellationToken.None);
        if (outcome == DeliveryOutcome.Blocked)
            await connection.ExecuteAsync(new CommandDefinition("update chat_identity set blocked_at = now() where channel = @channel and external_id = @ExternalId",
                new { channel, message.ExternalId }, tx, cancellationToken: CancellationToken.None));
        await connection.ExecuteAsync(new CommandDefinition(outcome switch
        {
            DeliveryOutcome.Sent => "update outbox_message set status = 'sent', sent_at = now(), channel = @channel, attempts = attempts + 1, lease_owner = null, lease_until = null where id = @Id and lease_owner = @owner",
            DeliveryOutcome.Blocked => "update outbox_message set status = 'blocked', channel = @channel, attempts = attempts + 1, last_error = 'blocked', lease_owner = null, lease_until = null where id = @Id and lease_owner = @owner",
            // Try again later rather than hammering a failing channel; after MaxAttempts give up.
            _ => $"""
                 update outbox_message set attempts = attempts + 1, last_error = @error, lease_owner = null, lease_until = null, attempted_at = null,
                        status = case when attempts + 1 >= {MaxAttempts} then 'failed' else 'pending' end,
                        not_before = now() + (attempts + 1) * interval '1 minute'
                 where id = @Id and lease_owner = @owner
                 """,
        }, new { message.Id, channel, owner, error = error ?? "not delivered" }, tx, cancellationToken: CancellationToken.None));
        await tx.CommitAsync(CancellationToken.None);
    }

    /// <summary>
    /// Records that the request of a claimed row's last part has left the machine (its bytes are in the kernel: the
    /// <see cref="SendMark"/> of the send), or, with <paramref name="left"/> false, that the platform refused it (429,
    /// 5xx) and it will be tried again. Should the sender die before <see cref="RecordAsync"/>, a marked row is "in
    /// doubt": the platform has the request (the kernel delivers it after the kill), and Telegram has no idempotency
    /// key to ask. <see cref="TakeOverDeadSendersAsync"/> does not send such a row again (see there).
    /// Written without waiting for the WAL flush: it must survive the sender's process, not PostgreSQL's.
    /// </summary>
    public async Task MarkAttemptedAsync(Guid owner, long id, bool left, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            update outbox_message set attempted_at = case when @left then coalesce(attempted_at, now()) end
            where id = @id and lease_owner = @owner and status = 'pending' and set_config('synchronous_commit', 'off', true) is not null
            """,
            new { id, owner, left }, cancellationToken: ct));
    }

    /// <summary>
    /// Registers a delivering server's sender under the owner its claims carry; it then beats <see cref="HeartbeatAsync"/>
    /// about every second, so its death is provable (no heartbeat for <see cref="SenderPresumedDead"/>) long before its
    /// leases would run out. With <paramref name="livenessKey"/> (from <see cref="HoldLivenessAsync"/>, held by the
    /// sender's own session before it registers) its death is provable at once: see <see cref="TakeOverDeadSendersAsync"/>.
    /// </summary>
    public async Task RegisterSenderAsync(Guid owner, string channel, string host, CancellationToken ct, long? livenessKey = null)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into outbox_sender (owner, channel, host, liveness_key) values (@owner, @channel, @host, @livenessKey)
            on conflict (owner) do update set heartbeat_at = now(), liveness_key = excluded.liveness_key
            """,
            new { owner, channel, host, livenessKey }, cancellationToken: ct));
    }

    /// <summary>
    /// Takes a session-level advisory lock on a fresh random key through <paramref name="session"/> (a connection of the
    /// sender's own, kept open for as long as it sends: not a pooled one, which would keep the lock after its release)
    /// and returns the key, for <see cref="RegisterSenderAsync"/>. While the session lives nobody else can take the
    /// key; when the sender's process dies, its socket closes, PostgreSQL ends the session and the key is free within
    /// milliseconds (migration 0025).
    /// </summary>
    public static async Task<long> HoldLivenessAsync(NpgsqlConnection session, CancellationToken ct)
    {
        while (true)
        {
            var key = Random.Shared.NextInt64(1, long.MaxValue);
            if (await session.ExecuteScalarAsync<bool>(new CommandDefinition("select pg_try_advisory_lock(@key)", new { key }, cancellationToken: ct)))
                return key;
        }
    }

    /// <summary>
    /// The sender is alive. False when its registration is gone: another sender declared it dead (it missed heartbeats
    /// for <see cref="SenderPresumedDead"/>) and took its rows; it must stop sending what it claimed.
    /// </summary>
    public async Task<bool> HeartbeatAsync(Guid owner, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            "update outbox_sender set heartbeat_at = now() where owner = @owner", new { owner }, cancellationToken: ct)) == 1;
    }

    /// <summary>
    /// A sender that stops (the server shutting down, or its leadership lost) declares itself gone once its sends are
    /// recorded, so the next sender takes over at once what is left (a send cut off by the shutdown grace is in doubt).
    /// </summary>
    public async Task RetireSenderAsync(Guid owner)
    {
        await using var connection = await db.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(new CommandDefinition("update outbox_sender set heartbeat_at = '-infinity' where owner = @owner",
            new { owner }, cancellationToken: CancellationToken.None));
    }

    /// <summary>How long without a heartbeat (beaten every second) before a sender is presumed dead and its rows are taken over.</summary>
    public static readonly TimeSpan SenderPresumedDead = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Takes over the rows of every registered sender (other than <paramref name="self"/>) that is gone — its liveness
    /// lock is free (<see cref="HoldLivenessAsync"/>: its session ended, i.e. its process was killed or crashed, or it
    /// lost its connection to the database), or, the fallback for a host that vanished without closing its sockets (its
    /// session lives on until TCP keepalive ends it) and for senders registered without the lock, its heartbeat stopped
    /// <paramref name="presumedDead"/> ago — at once, not after their lease: rows it had
    /// claimed but whose message had not left go back to the queue, and rows whose last part's request had left
    /// (<see cref="MarkAttemptedAsync"/>, set only once its bytes were in the kernel) but whose outcome was never recorded
    /// (in doubt) are closed as sent, with last_error "in doubt", and not sent again. That is the trade: such a request
    /// reached the platform (the kernel delivers it after the kill), so sending it again would be a duplicate; not
    /// sending it loses a message only when the platform refused that very request (429, 5xx) and its answer came back
    /// after the kill (an answer read before clears the mark). Rows of claimers that
    /// never registered (the terminal chat) keep their lease.
    /// </summary>
    public async Task<(int Freed, int InDoubt)> TakeOverDeadSendersAsync(Guid self, TimeSpan presumedDead, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var result = await connection.QuerySingleAsync<(long Freed, long InDoubt)>(new CommandDefinition(
            """
            with dead as (
                -- Gone: its session's liveness lock is free (the transaction-level try conflicts with the session-level
                -- lock while its holder lives, and is released with this statement), or its heartbeat is old.
                delete from outbox_sender
                where owner <> @self
                  and (heartbeat_at < now() - @presumedDead or (liveness_key is not null and pg_try_advisory_xact_lock(liveness_key)))
                returning owner, channel),
            in_doubt as (
                update outbox_message o set status = 'sent', sent_at = o.attempted_at, channel = dead.channel, attempts = o.attempts + 1,
                       last_error = 'in doubt: its sender stopped during the call; not sent again', lease_owner = null, lease_until = null
                from dead where o.lease_owner = dead.owner and o.status = 'pending' and o.attempted_at is not null
                returning o.id),
            freed as (
                update outbox_message o set lease_owner = null, lease_until = null
                from dead where o.lease_owner = dead.owner and o.status = 'pending' and o.attempted_at is null
                returning o.id)
            select (select count(*) from freed), (select count(*) from in_doubt)
            """, new { self, presumedDead }, cancellationToken: ct));
        return ((int)result.Freed, (int)result.InDoubt);
    }

    /// <summary>Gives back rows claimed but not sent (a sender stopping cleanly), so the next sender need not wait for the lease.</summary>
    public async Task ReleaseAsync(Guid owner, IEnumerable<long> ids)
    {
        var list = ids.ToArray();
        if (list.Length == 0) return;
        await using var connection = await db.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(new CommandDefinition(
            "update outbox_message set lease_owner = null, lease_until = null, attempted_at = null where id = any(@list) and lease_owner = @owner and status = 'pending'",
            new { list, owner }, cancellationToken: CancellationToken.None));
    }

    /// <summary>Messages addressed to a person, newest first (sent or not), for tests and support.</summary>
    public async Task<IReadOnlyList<(OutboxMessage Message, DateTimeOffset? SentAt, string? Channel)>> ListForAsync(long personId, int limit = 50, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            """
            select id, person_id as PersonId, kind, text, buttons::text as Buttons, created_at as CreatedAt, sent_at as SentAt, channel
            from outbox_message where person_id = @personId order by id desc limit @limit
            """, new { personId, limit }, cancellationToken: ct));
        return rows.Select(r => (new OutboxMessage(r.Id, r.PersonId, r.Kind, r.Text, JsonSerializer.Deserialize<List<OutboxButton>>(r.Buttons, Json) ?? [],
                DbTime.Utc(r.CreatedAt)),
            r.SentAt is { } s ? DbTime.Utc(s) : (DateTimeOffset?)null, r.Channel)).ToList();
    }

    sealed class Row
    {
        public long Id { get; set; }
        public long PersonId { get; set; }
        public string Kind { get; set; } = "";
        public string Text { get; set; } = "";
        public string Buttons { get; set; } = "[]";
        public DateTime CreatedAt { get; set; }
        public DateTime? SentAt { get; set; }
        public string? Channel { get; set; }
        public string? ExternalId { get; set; }
        public long? BroadcastId { get; set; }
        public string? FileSha256 { get; set; }
        public string? FileName { get; set; }
        public bool FileIsImage { get; set; }
        public int Attempts { get; set; }
    }
}
