using Dapper;
using Npgsql;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.Messaging.Inbox;

/// <summary>
/// The inbox in PostgreSQL (tables inbox_update and inbox_lease, migration 0017), shared by every server. A claim is a
/// lease on the conversation's row in inbox_lease, taken with FOR UPDATE SKIP LOCKED (concurrent claimers take
/// different conversations) and kept alive by the owner's heartbeat; a dead server's leases simply run out. The row
/// counts the conversation's pending updates, so a claim only looks at conversations with work. An insert notifies
/// (trigger → NOTIFY spbebot_inbox); every server LISTENs on one connection and wakes its workers.
/// </summary>
public sealed class PostgresInbox(ConnectionFactory db, InboxOptions options) : IInbox, IAsyncDisposable
{
    public const string NotifyChannel = "spbebot_inbox";

    readonly CancellationTokenSource _stop = new();
    readonly Lock _gate = new();
    TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    Task? _listener;

    double Lease => options.LeaseSeconds;

    double Doubt => Math.Max(0, options.RefusalDoubtSeconds);

    /// <summary>
    /// "Its replies had left" as decided after a kill (wip-17r): the replied mark, unless a refusal was read on the
    /// update's channel within <see cref="InboxOptions.RefusalDoubtSeconds"/> of it — the platform was refusing then, so
    /// this request's own refusal may have been on its way when the server died (the loss window of 17n): answered
    /// again. Only a recovered update (pending with a mark) looks at inbox_refusal.
    /// </summary>
    static string Trusted(string u) =>
        $"(case when {u}.replied_at is null then false else not exists (select 1 from inbox_refusal r where r.channel = {u}.channel " +
        $"and r.at between {u}.replied_at - make_interval(secs => @doubt) and {u}.replied_at + make_interval(secs => @doubt)) end)";

    const string Insert =
        """
        with ins as (
            insert into inbox_update (channel, external_id, conversation, seq, payload, status, reason, handled_at)
            values (@Channel, @ExternalId, @Conversation, @Seq, @Payload,
                    case when @FailedReason is null then 'pending' else 'failed' end, @FailedReason,
                    case when @FailedReason is null then null else now() end)
            on conflict (channel, external_id) do nothing
            returning conversation, status
        ), counted as (
            insert into inbox_lease (conversation, channel, pending)
            select conversation, @Channel, 1 from ins where status = 'pending' and conversation is not null
            on conflict (conversation) do update set pending = inbox_lease.pending + 1
        )
        select count(*)::int from ins
        """;

    public async Task<bool> AddAsync(InboundUpdate update, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var added = await connection.ExecuteScalarAsync<int>(new CommandDefinition(Insert, Parameters(update), cancellationToken: ct)) > 0;
        if (added) Wake();
        return added;
    }

    /// <summary>
    /// Add + claim (issue 17, wip-17s after wip-17p). The lease row is upserted: a new conversation's row is inserted
    /// claimed (generation 1); an existing one is taken only when nothing of it is pending and its lease ran out
    /// (decided on the row as locked by the upsert, so a concurrent claim — which locks the row too — is waited for and
    /// seen), and then its generation is raised exactly as <see cref="ClaimAsync"/> raises it: the completion, the replied
    /// mark's fence and the heartbeat treat the claim like any other. <c>claimed_update</c> names the update whose arrival
    /// took the lease, which tells "claimed now" from "held already". A claimed arrival sends no NOTIFY (the trigger reads
    /// spbebot.inbox_claimed, set before the statement's end, when the after-statement trigger runs): its worker has it.
    /// The update itself is committed synchronously (it is acknowledged after this), like <see cref="AddAsync"/>.
    /// </summary>
    const string InsertAndClaim =
        """
        with ins as (
            insert into inbox_update (channel, external_id, conversation, seq, payload)
            values (@Channel, @ExternalId, @Conversation, @Seq, @Payload)
            on conflict (channel, external_id) do nothing
            returning id
        ), counted as (
            insert into inbox_lease as l (conversation, channel, pending, owner, expires_at, served_at, claimed_update, generation, holder_key)
            select @Conversation, @Channel, 1, @owner, now() + make_interval(secs => @lease), clock_timestamp(), i.id, 1, @holderKey from ins i
            on conflict (conversation) do update set
                pending = l.pending + 1,
                owner = case when l.pending = 0 and l.expires_at <= now() then excluded.owner else l.owner end,
                expires_at = case when l.pending = 0 and l.expires_at <= now() then excluded.expires_at else l.expires_at end,
                served_at = case when l.pending = 0 and l.expires_at <= now() then excluded.served_at else l.served_at end,
                claimed_update = case when l.pending = 0 and l.expires_at <= now() then excluded.claimed_update else l.claimed_update end,
                holder_key = case when l.pending = 0 and l.expires_at <= now() then excluded.holder_key else l.holder_key end,
                -- The claim's fencing token (wip-17r), raised as by every claim.
                generation = case when l.pending = 0 and l.expires_at <= now() then l.generation + 1 else l.generation end
            returning l.claimed_update, l.reply_after, l.generation
        )
        select i.id, c.claimed_update = i.id as Claimed,
               (case when c.reply_after > clock_timestamp() then extract(epoch from c.reply_after - clock_timestamp()) else 0 end)::float8 as ReplyWait,
               c.generation as Lease,
               set_config('spbebot.inbox_claimed', case when c.claimed_update = i.id then 'on' else 'off' end, true) as Quiet
        from ins i join counted c on true
        """;

    const string ReleaseArrival =
        """
        update inbox_lease l set owner = null, expires_at = '-infinity'
        from inbox_update u
        where u.channel = @Channel and u.external_id = @ExternalId
          and l.conversation = @Conversation and l.owner = @owner and l.claimed_update = u.id
          -- Only the claim the arrival took, never a later one of this server's (the generation it was given is not
          -- known here; a later claim names another update or was made by ClaimAsync, which leaves claimed_update alone
          -- but requires the lease to have run out — then this arrival's claim is over anyway).
          and l.expires_at > now() and u.status = 'pending'
        """;

    sealed record Arrival(long Id, bool Claimed, double ReplyWait, long Lease, string Quiet);

    public async Task<(bool Added, InboxItem? Claimed)> AddAndClaimAsync(InboundUpdate update, string owner, CancellationToken ct)
    {
        if (update.FailedReason is not null || update.Conversation is null) return (await AddAsync(update, ct), null);
        var holderKey = await HolderKeyAsync(ct);
        await using var connection = await db.OpenAsync(ct);
        Arrival? arrival;
        try
        {
            // Not cancelled halfway: the statement is short, and a claim whose answer is dropped only waits for its lease to run out.
            arrival = await connection.QuerySingleOrDefaultAsync<Arrival>(new CommandDefinition(InsertAndClaim,
                new { update.Channel, update.ExternalId, update.Conversation, update.Seq, update.Payload, owner, lease = Lease, holderKey }, cancellationToken: CancellationToken.None));
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException or IOException)
        {
            // Committed or not, the answer was lost: a lease this arrival may have taken is given back at once (the
            // update, if it was added, is then claimed as usual), and the caller refuses the update (the platform sends
            // it again: a repeat). Should this fail too, nothing is lost either: no worker holds the claim, so no
            // heartbeat renews it (17r renews held claims only), and the lease runs out within Spbebot:Inbox:LeaseSeconds.
            try
            {
                await using var again = await db.OpenAsync(CancellationToken.None);
                await again.ExecuteAsync(new CommandDefinition(ReleaseArrival,
                    new { update.Conversation, owner, update.Channel, update.ExternalId }, cancellationToken: CancellationToken.None));
            }
            catch (Exception again) when (again is NpgsqlException or InvalidOperationException or TimeoutException or IOException)
            {
            }
            Wake();
            throw;
        }
        if (arrival is null) return (false, null);
        if (!arrival.Claimed)
        {
            Wake();
            return (true, null);
        }
        EnsureListening();
        return (true, new InboxItem(arrival.Id, update.Channel, update.ExternalId, update.Conversation, update.Seq, update.Payload, arrival.ReplyWait,
            Replied: false, Lease: arrival.Lease));
    }

    /// <summary>
    /// A whole polling batch in one statement (one round trip and one commit, not one of each per update: the poller
    /// waits for this before its next getUpdates). Updates go in in the batch's order; a repeat within the batch or of
    /// an earlier one is dropped; each conversation's pending count rises by its new updates.
    /// </summary>
    const string InsertMany =
        """
        with batch as (
            select * from unnest(@channels, @externalIds, @conversations, @seqs, @payloads, @reasons)
                with ordinality as b(channel, external_id, conversation, seq, payload, reason, ord)
        ), ins as (
            insert into inbox_update (channel, external_id, conversation, seq, payload, status, reason, handled_at)
            select channel, external_id, conversation, seq, payload,
                   case when reason is null then 'pending' else 'failed' end, reason,
                   case when reason is null then null else now() end
            from batch order by ord
            on conflict (channel, external_id) do nothing
            returning channel, conversation, status
        ), counted as (
            insert into inbox_lease (conversation, channel, pending)
            select conversation, min(channel), count(*)::int from ins where status = 'pending' and conversation is not null
            group by conversation
            on conflict (conversation) do update set pending = inbox_lease.pending + excluded.pending
        )
        select count(*)::int from ins
        """;

    public async Task<int> AddManyAsync(IReadOnlyList<InboundUpdate> updates, CancellationToken ct)
    {
        if (updates.Count == 0) return 0;
        if (updates.Count == 1) return await AddAsync(updates[0], ct) ? 1 : 0;
        await using var connection = await db.OpenAsync(ct);
        var added = await connection.ExecuteScalarAsync<int>(new CommandDefinition(InsertMany, new
        {
            channels = updates.Select(u => u.Channel).ToArray(),
            externalIds = updates.Select(u => u.ExternalId).ToArray(),
            conversations = updates.Select(u => u.Conversation).ToArray(),
            seqs = updates.Select(u => u.Seq).ToArray(),
            payloads = updates.Select(u => u.Payload).ToArray(),
            reasons = updates.Select(u => u.FailedReason).ToArray(),
        }, cancellationToken: ct));
        if (added > 0) Wake();
        return added;
    }

    static object Parameters(InboundUpdate u) => new { u.Channel, u.ExternalId, u.Conversation, u.Seq, u.Payload, u.FailedReason };

    // The SQL of the hot path, built once (the Trusted pieces are constants; 17l made them static, 17r had them
    // interpolated on every call).
    static readonly string ClaimSql =
        $"""
        with candidate as (
            select conversation from inbox_lease
            where pending > 0 and channel = any(@channels)
              -- Run out, or its holder's session ended (killed: its liveness key is free, migration 0027) — the
              -- transaction-level try conflicts with the holder's session-level lock while it lives.
              and (expires_at <= now() or (holder_key is not null and pg_try_advisory_xact_lock(holder_key)))
            order by served_at, arrival   -- oldest-served first; never-served ones in the order they arrived (0030)
            limit 1
            for update skip locked
        ), claimed as (
            update inbox_lease l set owner = @owner, expires_at = now() + make_interval(secs => @lease), served_at = clock_timestamp(),
                generation = l.generation + 1,   -- the claim's fencing token (wip-17r)
                holder_key = @holderKey
            from candidate c where l.conversation = c.conversation
              -- A lease needs no fsync: lost in a crash, it is as if it had run out (saves a disk flush per claim).
              and set_config('synchronous_commit', 'off', true) is not null
            returning l.conversation, l.reply_after, l.generation
        ), first as (
            -- Locked: re-read as it is now, so one handled since the statement began is passed over.
            select u.id, u.channel, u.external_id, u.seq, u.payload, u.replied_at from inbox_update u
            where u.conversation = (select conversation from claimed) and u.status = 'pending'
            order by u.seq, u.id
            limit 1
            for update
        )
        select c.conversation, f.id, f.channel, f.external_id as ExternalId, f.seq, f.payload,
               -- The conversation's last reply (maybe from another server) set when the next may follow.
               (case when c.reply_after > clock_timestamp() then extract(epoch from c.reply_after - clock_timestamp()) else 0 end)::float8 as ReplyWait,
               {Trusted("f")} as Replied, c.generation as Lease
        from claimed c left join first f on true
        """;

    static readonly string ClaimNextSql =
        $"""
        select u.id, u.channel, u.external_id as ExternalId, u.conversation, u.seq, u.payload, @replyWait as ReplyWait, {Trusted("u")} as Replied,
               @generation::bigint as Lease
        from inbox_update u
        where u.conversation = @conversation and u.status = 'pending'
        order by u.seq, u.id
        limit 1
        """;

    static readonly string CompleteSql =
        $"""
        with fence as (
            -- The claim this completion belongs to, locked (wip-17r). Gone when the conversation was claimed again
            -- since (the lease ran out under a slow handler or a stalled heartbeat): then nothing is recorded, the
            -- update is the new holder's (which finds the replied mark if the answer had left).
            select 1 from inbox_lease where conversation = @conversation and (@generation = 0 or generation = @generation)
            for update
        ), done as (
            update inbox_update set status = case when @failure is null then 'done' else 'failed' end, reason = @failure, handled_at = now()
            where id = @id and status = 'pending' and exists (select 1 from fence)
              -- No fsync of its own (issue 17.5: one of the two per question): the update is handled and its
              -- replies went out; lost only if PostgreSQL itself crashes before the next flush (≤ 3 × wal_writer_delay,
              -- or the next synchronous commit, e.g. the next update's), and then it is handled again — the same
              -- at-least-once as a server killed between its replies and this statement.
              and set_config('synchronous_commit', 'off', true) is not null
            returning id
        ), next as (
            select u.id, u.channel, u.external_id, u.conversation, u.seq, u.payload, u.replied_at from inbox_update u
            where @more and u.conversation = @conversation and u.status = 'pending' and (u.seq, u.id) > (@seq, @id)
            order by u.seq, u.id
            limit 1
        ), kept as (
            -- The count drops whoever holds the lease now; the lease itself is kept or given back only by its owner.
            update inbox_lease set
                pending = greatest(0, pending - (select count(*) from done)::int),
                owner = case when owner is distinct from @owner or (@generation <> 0 and generation <> @generation)
                                  or exists (select 1 from next) then owner end,
                expires_at = case when owner is distinct from @owner or (@generation <> 0 and generation <> @generation) then expires_at
                                  when exists (select 1 from next) then now() + make_interval(secs => @lease)
                                  else '-infinity' end,
                -- When the next reply to this chat may go out, whoever sends it (the database's clock, not a server's).
                reply_after = case when @replyGap > 0 then greatest(reply_after, clock_timestamp() + make_interval(secs => @replyGap)) else reply_after end
            where conversation = @conversation
            returning owner, generation
        )
        select n.id, n.channel, n.external_id as ExternalId, n.conversation, n.seq, n.payload, 0::float8 as ReplyWait, {Trusted("n")} as Replied,
               k.generation as Lease
        from next n, kept k where k.owner = @owner and (@generation = 0 or k.generation = @generation)
        """;

    /// <summary>
    /// The claim reads the inbox as of its statement's start, but locks the conversation as it is when it gets there
    /// (FOR UPDATE re-reads a row another transaction changed meanwhile). In between, another server may have claimed the
    /// conversation, handled its pending update, released it, and a next update arrived — the conversation is free with
    /// work again, and the update the statement still sees as pending was handled already. So the update handed out is
    /// locked too, which re-reads it and passes over one that is no longer pending (issue 17: two servers answered the
    /// same question twice); an update that arrived after the statement's start is read by a second statement.
    /// </summary>
    public async Task<InboxItem?> ClaimAsync(string owner, IReadOnlyCollection<string> channels, CancellationToken ct)
    {
        EnsureListening();
        var holderKey = await HolderKeyAsync(ct);
        await using var connection = await db.OpenAsync(ct);
        var claimed = await connection.QuerySingleOrDefaultAsync<Claimed>(new CommandDefinition(
            ClaimSql, new { owner, channels = channels.ToArray(), lease = Lease, doubt = Doubt, holderKey }, cancellationToken: ct));
        if (claimed is null) return null;
        if (claimed.Id is { } id)
            return new InboxItem(id, claimed.Channel!, claimed.ExternalId!, claimed.Conversation, claimed.Seq!.Value, claimed.Payload!, claimed.ReplyWait, claimed.Replied, claimed.Lease);
        // Claimed, but its pending update arrived after the statement began (the one it saw was handled meanwhile): a
        // new statement sees it. None at all (it cannot be, the claim counted one): the conversation is given back.
        var next = await connection.QuerySingleOrDefaultAsync<InboxItem>(new CommandDefinition(
            ClaimNextSql, new { conversation = claimed.Conversation, replyWait = claimed.ReplyWait, generation = claimed.Lease, doubt = Doubt }, cancellationToken: ct));
        if (next is null) await ReleaseAsync(claimed.Conversation, owner, ct);
        return next;
    }

    /// <summary>A claimed conversation and its first pending update (none when it arrived after the claim began).</summary>
    sealed record Claimed(string Conversation, long? Id, string? Channel, string? ExternalId, long? Seq, byte[]? Payload, double ReplyWait, bool Replied, long Lease);

    public async Task<InboxItem?> CompleteAsync(InboxItem item, string owner, string? failure, bool more, CancellationToken ct, TimeSpan replyGap = default)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<InboxItem>(new CommandDefinition(
            CompleteSql, new { id = item.Id, seq = item.Seq, conversation = item.Conversation, owner, failure, more, lease = Lease, replyGap = Math.Max(0, replyGap.TotalSeconds),
                generation = item.Lease, doubt = Doubt },
            cancellationToken: CancellationToken.None));
        // Not cancelled: the update was handled (its replies are on their way); recording that must finish even at shutdown.
    }

    public async Task MarkRepliedAsync(long id, bool replied, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            with marked as (
                update inbox_update set replied_at = case when @replied then coalesce(replied_at, clock_timestamp()) end
                where id = @id and status = 'pending' and set_config('synchronous_commit', 'off', true) is not null
                returning channel
            )
            -- A refusal read (wip-17r): remembered for the decision after a kill (see Trusted).
            insert into inbox_refusal (channel, at) select channel, clock_timestamp() from marked where not @replied
            """, new { id, replied }, cancellationToken: ct));
    }

    public async Task ReleaseAsync(string conversation, string owner, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "update inbox_lease set owner = null, expires_at = '-infinity' where conversation = @conversation and owner = @owner",
            new { conversation, owner }, cancellationToken: ct));
    }

    public async Task RenewAsync(string owner, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "update inbox_lease set expires_at = now() + make_interval(secs => @lease) where owner = @owner and set_config('synchronous_commit', 'off', true) is not null",
            new { owner, lease = Lease }, cancellationToken: ct));
    }

    readonly SemaphoreSlim _heartbeatGate = new(1, 1);
    NpgsqlConnection? _heartbeat;
    long _holderKey;   // 0: none held (yet, or since the heartbeat's connection broke)

    /// <summary>
    /// The key this inbox's claims carry (issue 17, 17y, migration 0027): a session-level advisory lock held by the
    /// heartbeat's connection (<see cref="Outbox.HoldLivenessAsync"/>, as the outbox sender holds its own) for as long as
    /// that connection lives — one session for both, so the inbox needs no connection more than before. Should the
    /// process die, PostgreSQL ends the session and frees the key, and another server's claim takes this server's
    /// conversations at once instead of after their lease. Taken at the first claim; null while the database cannot
    /// give it (the claims then run out, as before). When the heartbeat's connection breaks, the claims carry a dead key
    /// until the next beat opens a new session and stores its key on the claims it renews; meanwhile another server may
    /// take them, which the generation fences (the completion and the heartbeat count only for the claim's own).
    /// </summary>
    async ValueTask<long?> HolderKeyAsync(CancellationToken ct)
    {
        if (Interlocked.Read(ref _holderKey) is var key and not 0) return key;
        await _heartbeatGate.WaitAsync(ct);
        try
        {
            return await SessionKeyAsync(ct);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or IOException or InvalidOperationException)
        {
            await DropSessionAsync();
            return null;
        }
        finally
        {
            _heartbeatGate.Release();
        }
    }

    /// <summary>The heartbeat's session, opened with its liveness key if need be; under <see cref="_heartbeatGate"/>.</summary>
    async Task<long> SessionKeyAsync(CancellationToken ct)
    {
        if (_heartbeat is not null && _holderKey != 0) return _holderKey;
        _heartbeat ??= await db.OpenSessionAsync(ct);
        Interlocked.Exchange(ref _holderKey, await Outbox.HoldLivenessAsync(_heartbeat, ct));
        return _holderKey;
    }

    /// <summary>A broken or timed-out session is not used again: the next beat or claim opens a new one, with a new key.</summary>
    async Task DropSessionAsync()
    {
        Interlocked.Exchange(ref _holderKey, 0);
        if (_heartbeat is not null) await _heartbeat.DisposeAsync();
        _heartbeat = null;
    }

    /// <summary>
    /// The heartbeat (wip-17r): on a connection of its own, kept open — not from the stores' pool, which a server under
    /// load (or a handler holding connections for a digest or an export) can exhaust; the heartbeat then waited for a
    /// connection while its leases ran out and another server claimed conversations still being handled. Renews only
    /// the claims given (conversation and generation) that are still this owner's; a short command timeout, so a stuck
    /// renewal is given up well within the lease (the workers' own deadline stops their handlers meanwhile). The
    /// connection holds the liveness key (<see cref="HolderKeyAsync"/>), stored on every claim renewed.
    /// </summary>
    public async Task<IReadOnlyCollection<(string Conversation, long Lease)>> RenewLeasesAsync(string owner,
        IReadOnlyCollection<(string Conversation, long Lease)> held, CancellationToken ct)
    {
        if (held.Count == 0) return [];
        await _heartbeatGate.WaitAsync(ct);
        try
        {
            var holderKey = await SessionKeyAsync(ct);
            var renewed = await _heartbeat!.QueryAsync<(string, long)>(new CommandDefinition(
                """
                update inbox_lease l set expires_at = now() + make_interval(secs => @lease), holder_key = @holderKey
                from unnest(@conversations, @generations) as h(conversation, generation)
                where l.conversation = h.conversation and l.generation = h.generation and l.owner = @owner
                  and set_config('synchronous_commit', 'off', true) is not null
                returning l.conversation, l.generation
                """, new { owner, lease = Lease, conversations = held.Select(h => h.Conversation).ToArray(), generations = held.Select(h => h.Lease).ToArray(),
                    holderKey },
                commandTimeout: Math.Max(1, (int)Math.Ceiling(Lease / 2)), cancellationToken: ct));
            return renewed.ToList();
        }
        catch
        {
            await DropSessionAsync();
            throw;
        }
        finally
        {
            _heartbeatGate.Release();
        }
    }

    /// <summary>Deletes handled updates older than the configured days (failed ones four times as long: someone may look into them), and button payloads after 180 days.</summary>
    public async Task<int> PurgeAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            """
            with updates as (
                delete from inbox_update where (status = 'done' and handled_at < now() - make_interval(days => @days))
                    or (status = 'failed' and handled_at < now() - make_interval(days => @days * 4))
                returning 1
            ), buttons as (
                delete from callback_payload where created_at < now() - interval '180 days' returning 1
            ), refusals as (
                delete from inbox_refusal where at < now() - interval '1 day' returning 1
            )
            select (select count(*) from updates) + (select count(*) from buttons)
            """, new { days = Math.Max(1, options.KeepDays) }, cancellationToken: ct));
    }

    public async Task WaitForWorkAsync(TimeSpan max, CancellationToken ct)
    {
        EnsureListening();
        Task wake;
        lock (_gate) wake = _wake.Task;
        await Task.WhenAny(wake, Task.Delay(max, ct));
        ct.ThrowIfCancellationRequested();
    }

    void Wake()
    {
        TaskCompletionSource woken;
        lock (_gate)
        {
            woken = _wake;
            _wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        woken.TrySetResult();
    }

    void EnsureListening()
    {
        if (_listener is not null) return;
        lock (_gate) _listener ??= Task.Run(() => ListenAsync(_stop.Token));
    }

    /// <summary>LISTEN on one connection for as long as the process lives; reconnects after a failure (workers poll meanwhile).</summary>
    async Task ListenAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = await db.OpenSessionAsync(ct);   // LISTEN is session state: reset when given back
                connection.Notification += (_, _) => Wake();
                await connection.ExecuteAsync(new CommandDefinition($"listen {NotifyChannel}", cancellationToken: ct));
                Wake();   // whatever arrived while not listening
                while (!ct.IsCancellationRequested) await connection.WaitAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or System.Net.Sockets.SocketException or TimeoutException)
            {
                try { await Task.Delay(TimeSpan.FromSeconds(1), ct); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_listener is not null)
            try { await _listener; }
            catch (OperationCanceledException) { }
        _stop.Dispose();
        if (_heartbeat is not null)
        {
            // Given back to the sessions' pool, whose reset (and with it the key's release) waits for the next use.
            try { await _heartbeat.ExecuteAsync("select pg_advisory_unlock_all()"); }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException or IOException) { }
            await _heartbeat.DisposeAsync();
        }
        _heartbeatGate.Dispose();
    }
}
