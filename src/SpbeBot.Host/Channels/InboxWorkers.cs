using Microsoft.Extensions.Options;
using Npgsql;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.Messaging.Inbox;
using SpbeBot.Core.Observability;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Hosting;

namespace SpbeBot.Host.Channels;

/// <summary>
/// Handles one inbox update of its channel; returns null when handled, else why it failed (never its content). Its
/// replies go into <c>sends</c> (started, not waited for): the worker waits for them before the update counts as handled.
/// </summary>
interface IInboxHandler
{
    string Channel { get; }

    /// <summary>False when the channel is off in this server (then its updates are left to a server where it is on).</summary>
    bool Enabled { get; }

    Task<string?> HandleAsync(InboxItem item, PendingSends sends, CancellationToken ct);

    /// <summary>
    /// A reply to this item's chat left (maybe from another server) less than the chat's pace ago: this server's sends
    /// to the chat wait <paramref name="wait"/> (issue 17, two servers keep the 1 message/s per chat together).
    /// </summary>
    void HoldReplies(InboxItem item, TimeSpan wait) { }

    /// <summary>How long from now this server's next send to the item's chat must wait (its pace), kept with the conversation.</summary>
    TimeSpan ReplyGap(InboxItem item) => TimeSpan.Zero;
}

/// <summary>
/// The bounded pool of inbox workers (issue 17). Up to <see cref="InboxOptions.Conversations"/> conversations are held
/// at once, each claimed from the shared inbox and handled strictly in order; at most <see cref="InboxOptions.Workers"/>
/// updates are being handled (database, dialogs, a file download) at any moment. A handler hands its replies to the
/// send pipeline, puts them into the <see cref="PendingSends"/> it was given, and returns: its worker goes on with
/// another conversation while the replies travel, and the update is recorded as handled only once they went out — a
/// crash before that leaves it pending, handled again after the restart. So the network's latency and each chat's 1 message/s hold only their own
/// conversation, never a worker; a file's download steps out of its worker into a lane of its own (<see cref="WorkerSlot"/>,
/// issue 17u) while its conversation stays held. Idle conversation slots wait for a wake-up (NOTIFY or
/// the poll): the one woken claims, and wakes two more only if it found work, so an idle server asks the database once
/// per wake, not once per slot. Claims are leases renewed by a heartbeat while this server lives; at
/// shutdown a claimed conversation is given back unfinished, and whatever was not completed is handled after the
/// restart (or by another server).
/// <para>
/// No two servers on one conversation (wip-17r): each claim carries its generation (a fencing token) and a local
/// deadline — the lease less a fifth, counted from before the statement that claimed or last renewed it, so it always
/// falls before the database's expiry. The heartbeat renews only the claims still held, on its own connection; at the
/// deadline (a stalled heartbeat, a starved process) or when the heartbeat finds the claim gone, the claim is lost: the
/// handler's token is cancelled, no request of its update leaves (the send's token is the claim's, and the replied
/// mark's fence checks the deadline just before the body is written), no connection is opened for it (the fence is asked
/// at every open, <see cref="ClaimFence"/>), and the completion is refused by the database unless the conversation was
/// not claimed again since. The update stays pending for whoever claims it next.
/// </para>
/// </summary>
sealed class InboxWorkers(InboxProvider provider, IEnumerable<IInboxHandler> handlers, IOptions<InboxOptions> options, ILogger<InboxWorkers> log,
    TimeProvider? time = null, Hosting.AnswerPathWarmUp? warmUp = null)
    : BackgroundService
{
    /// <summary>Who holds the leases: this process, for its life.</summary>
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>The claims this server's workers hold now (the heartbeat renews these and no others).</summary>
    readonly System.Collections.Concurrent.ConcurrentDictionary<Claim, byte> _claims = new();

    /// <summary>How long a claim counts as held after the statement that claimed or renewed it began: the lease less a fifth.</summary>
    TimeSpan Valid => TimeSpan.FromSeconds(Math.Max(0.1, options.Value.LeaseSeconds * 0.8));

    Claim Hold(InboxItem item, long from)
    {
        var claim = new Claim(item.Conversation, item.Lease, from, Valid, _time);
        _claims[claim] = 0;
        return claim;
    }

    void Unhold(Claim claim)
    {
        _claims.TryRemove(claim, out _);
        claim.Dispose();
    }

    /// <summary>The lane long network-bound work (a download) steps into out of its worker (issue 17u, <see cref="WorkerSlot"/>).</summary>
    readonly SemaphoreSlim _aside = new(Math.Max(1, options.Value.Aside));

    /// <summary>A wake-up for one idle conversation slot (it passes it on when it found work).</summary>
    readonly SemaphoreSlim _work = new(0, int.MaxValue);

    /// <summary>
    /// Wake-ups so far (NOTIFY or the poll). A slot that finished a turn looks for more work at once only when one came
    /// during its turn (work may have arrived that an idle slot could not claim yet, e.g. its lease was still locked);
    /// otherwise it waits like the other idle slots — no empty claim after every answered question (wip-17p).
    /// </summary>
    long _wakes;

    /// <summary>Updates claimed on arrival for this server (<see cref="InboxProvider.AddAsync"/>), each with its claim, already held.</summary>
    readonly System.Collections.Concurrent.ConcurrentQueue<(InboxItem Item, Claim Claim)> _handed = new();

    internal long Timestamp() => _time.GetTimestamp();

    /// <summary>
    /// An update claimed on arrival (the statement began at <paramref name="from"/>): held at once — its deadline runs
    /// from before the statement and the heartbeat renews it by its generation, exactly as a claim of
    /// <see cref="IInbox.ClaimAsync"/> — and handed to an idle slot. False when the workers stopped meanwhile: the
    /// claim is then no one's and its lease runs out.
    /// </summary>
    internal bool Give(InboxItem item, long from)
    {
        var claim = Hold(item, from);
        _handed.Enqueue((item, claim));
        try
        {
            _work.Release();
            return true;
        }
        catch (ObjectDisposedException)
        {
            return true;   // counted as handed (the reservation no longer matters); the lease runs out without the heartbeat
        }
    }

    (InboxItem? Item, Claim? Claim) TakeHanded()
    {
        if (!_handed.TryDequeue(out var handed)) return (null, null);
        provider.Taken();
        return handed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var byChannel = handlers.Where(h => h.Enabled).ToDictionary(h => h.Channel);
        if (byChannel.Count == 0) return;
        await Task.Yield();
        IInbox inbox;
        try
        {
            inbox = provider.Inbox;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            log.Error(e, ServerLogTexts.InboxUnavailable);
            return;
        }
        var settings = options.Value;
        var channels = byChannel.Keys.ToArray();
        var workers = Math.Max(1, settings.Workers);
        using var handling = new SemaphoreSlim(workers);
        var slots = Math.Max(workers, settings.Conversations);
        provider.Open(this, channels);   // before the slots start: a slot counted idle may be handed an arrival
        var tasks = Enumerable.Range(0, slots).Select(_ => WorkAsync(inbox, byChannel, channels, handling, settings, stoppingToken)).ToList();
        tasks.Add(WakeAsync(inbox, settings, stoppingToken));
        tasks.Add(HeartbeatAsync(inbox, settings, stoppingToken));
        tasks.Add(PurgeAsync(inbox, stoppingToken));
        try
        {
            await Task.WhenAll(tasks);
        }
        finally
        {
            // Claimed on arrival but never taken (shutdown): given back, handled after the restart or by another server.
            provider.Close();
            while (TakeHanded() is ({ } left, { } claim))
            {
                Unhold(claim);
                try { await inbox.ReleaseAsync(left.Conversation, Owner, CancellationToken.None); }
                catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException) { }
            }
        }
    }

    /// <summary>Turns the inbox's wake-ups (and, without any, the poll) into one wake-up for an idle slot.</summary>
    async Task WakeAsync(IInbox inbox, InboxOptions settings, CancellationToken stop)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(0.05, settings.PollSeconds));
        while (!stop.IsCancellationRequested)
        {
            Interlocked.Increment(ref _wakes);
            WakeOne();
            try
            {
                await inbox.WaitForWorkAsync(poll, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException or System.Net.Sockets.SocketException)
            {
                try { await Task.Delay(poll, stop); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    /// <summary>At most two wake-ups wait: more would only make idle slots ask the database for nothing.</summary>
    void WakeOne()
    {
        if (_work.CurrentCount < 2) _work.Release();
    }

    async Task WorkAsync(IInbox inbox, Dictionary<string, IInboxHandler> byChannel, string[] channels, SemaphoreSlim handling, InboxOptions settings, CancellationToken stop)
    {
        var failures = 0;
        var idle = true;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var (item, claim) = TakeHanded();
                if (item is null && idle)
                {
                    provider.Idle(1);
                    try { await _work.WaitAsync(stop); }
                    finally { provider.Idle(-1); }
                    (item, claim) = TakeHanded();
                }
                if (item is null || claim is null)
                {
                    var claimedFrom = _time.GetTimestamp();
                    item = await inbox.ClaimAsync(Owner, channels, stop);
                    if (item is null)
                    {
                        idle = true;
                        continue;
                    }
                    // There may be more: two idle slots look (a fan-out that ends at the first empty claims), so a batch
                    // of updates is claimed side by side, not one claim after another.
                    WakeOne();
                    WakeOne();
                    claim = Hold(item, claimedFrom);
                }
                idle = false;
                failures = 0;
                var wakesAtStart = Interlocked.Read(ref _wakes);
                var handled = 0;
                var retries = 0;
                Trace("claim", item);
                try
                {
                while (item is not null)
                {
                    string? failure = null;
                    var retry = false;
                    var lost = false;
                    var id = item.Id;
                    var held = claim;
                    // The handler and its sends stop when this server stops or its claim is lost.
                    using var claimed = CancellationTokenSource.CreateLinkedTokenSource(stop, held.Token);
                    var ct = claimed.Token;
                    var sends = new PendingSends(new SendMark((replied, token) => inbox.MarkRepliedAsync(id, replied, token),
                        e => log.Warn(ServerLogTexts.RepliedMarkNotWritten, e.Message),
                        held.Fence));
                    var slot = new WorkerSlot(handling, _aside) { Update = item.Id };
                    var handler = byChannel[item.Channel];
                    if (item.ReplyWait > 0) handler.HoldReplies(item, TimeSpan.FromSeconds(item.ReplyWait));
                    try
                    {
                        if (item.Replied)
                            // Its server was killed after the answer had left (the mark is set only once the request was
                            // in the kernel): answering again would be a duplicate. Completed, not handled.
                            log.Info(ServerLogTexts.RepliesLeftBeforeStop,
                                item.Channel, item.ExternalId);
                        else
                        {
                            await slot.EnterAsync(ct);
                            warmUp?.Used();   // the answer path warms itself: an idle server's warm-up is not needed
                            // Every connection the handler opens asks the claim's fence first: a late timer leaves no write unfenced.
                            failure = await slot.RunAsync(() => ClaimFence.RunAsync(held.Fence, () => handler.HandleAsync(item, sends, ct)));
                        }
                    }
                    catch (OperationCanceledException) when (stop.IsCancellationRequested)
                    {
                        // Unfinished: stays pending, handled again after the restart.
                        await inbox.ReleaseAsync(item.Conversation, Owner, CancellationToken.None);
                        return;
                    }
                    catch (OperationCanceledException) when (held.IsLost)
                    {
                        lost = true;
                    }
                    catch (Exception e) when (DatabaseFailures.IsTransient(e))
                    {
                        // The database is away for a moment (too many clients, a failover): no failure of the update, which
                        // stays pending; this worker keeps the conversation (its order) and handles it again below.
                        retry = true;
                        log.Warn(ServerLogTexts.DatabaseAway,
                            item.Channel, item.ExternalId, e.Message);
                    }
                    catch (Exception e)
                    {
                        // Kept as failed, and the conversation goes on with its next update.
                        log.Error(e, ServerLogTexts.UpdateFailed, item.Channel, item.ExternalId);
                        failure = e.GetType().Name;
                    }
                    finally
                    {
                        slot.Leave();
                    }
                    if (lost || held.IsLost)
                    {
                        await LetGoAsync(item, sends);
                        break;
                    }
                    if (retry)
                    {
                        // Whatever the handler had started goes out first (order within the chat), then the same update again.
                        try { await sends.WhenAllAsync(); }
                        catch (Exception e) when (!stop.IsCancellationRequested)
                        {
                            log.Debug(e, ServerLogTexts.SendBeforeRetryFailed);
                        }
                        try { await Task.Delay(DatabaseFailures.Backoff(retries++), stop); }
                        catch (OperationCanceledException)
                        {
                            await inbox.ReleaseAsync(item.Conversation, Owner, CancellationToken.None);
                            return;
                        }
                        continue;
                    }
                    retries = 0;
                    Trace("handled", item);
                    // The replies travel without a worker; the update counts as handled once they went out.
                    try
                    {
                        await sends.WhenAllAsync();
                    }
                    catch (OperationCanceledException) when (stop.IsCancellationRequested)
                    {
                        await inbox.ReleaseAsync(item.Conversation, Owner, CancellationToken.None);
                        return;
                    }
                    catch (Exception) when (held.IsLost)
                    {
                        await LetGoAsync(item, sends);
                        break;
                    }
                    catch (Exception e)
                    {
                        log.Error(e, ServerLogTexts.RepliesNotSent, item.Channel, item.ExternalId);
                        failure ??= e.GetType().Name;
                    }
                    Trace("sent", item);
                    if (failure is not null)
                        log.Warn(ServerLogTexts.UpdateKeptFailed, item.Channel, item.ExternalId, failure);
                    var gap = handler.ReplyGap(item);
                    var done = item;
                    var completedFrom = _time.GetTimestamp();
                    item = await CompleteAsync(inbox, item, failure, ++handled < settings.MaxPerTurn && !stop.IsCancellationRequested, gap, stop);
                    Trace("complete", done, $"gap={gap.TotalMilliseconds:0} next={item?.ExternalId ?? "-"}");
                    if (item is null) break;
                    // The database kept the conversation for this claim (same generation) and extended its lease.
                    if (held.IsLost)
                    {
                        Unhold(held);
                        claim = Hold(item, completedFrom);
                    }
                    else held.ExtendFrom(completedFrom);
                }
                }
                finally
                {
                    Unhold(claim);
                }
                // A full turn (its conversation may have more) or a wake-up meanwhile: claim again now; otherwise wait (wip-17p).
                idle = handled < settings.MaxPerTurn && Interlocked.Read(ref _wakes) == wakesAtStart;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException or System.Net.Sockets.SocketException)
            {
                // The database is away: the updates wait in it (or in the platform) until it is back.
                idle = true;
                var wait = TimeSpan.FromSeconds(Math.Min(10, Math.Pow(2, failures++)));
                if (failures == 1) log.Warn(ServerLogTexts.InboxUnreadable, e.Message);
                try { await Task.Delay(wait, stop); }
                catch (OperationCanceledException) { return; }
                WakeOne();
            }
        }
    }

    /// <summary>
    /// Records a handled update, again and again while the database is away or too slow: its replies went out, so it
    /// must not be given back (another server would answer it again), and a conversation left claimed would stop for
    /// good — the heartbeat renews every lease this server holds (the realistic bench under load: conversations whose
    /// completion hit a timeout never answered again). Completing twice is harmless: the second finds nothing pending.
    /// </summary>
    async Task<InboxItem?> CompleteAsync(IInbox inbox, InboxItem item, string? failure, bool more, TimeSpan gap, CancellationToken stop)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await inbox.CompleteAsync(item, Owner, failure, more, stop, gap);
            }
            catch (Exception e) when ((DatabaseFailures.IsTransient(e) || e is NpgsqlException or InvalidOperationException or TimeoutException or System.Net.Sockets.SocketException) && !stop.IsCancellationRequested)
            {
                if (attempt == 0)
                    log.Warn(ServerLogTexts.HandledNotRecorded, item.Channel, item.ExternalId, e.Message);
                await Task.Delay(DatabaseFailures.Backoff(attempt), stop);   // cancelled at shutdown: the lease then runs out
            }
        }
    }

    /// <summary>
    /// The claim was lost while its update was being handled: nothing more of it leaves (its sends are cancelled, the
    /// fence stops the last one at the wire), nothing is recorded; the update stays pending for the conversation's new
    /// holder — which completes it without answering again if its answer had left (the replied mark).
    /// </summary>
    async Task LetGoAsync(InboxItem item, PendingSends sends)
    {
        log.Warn(ServerLogTexts.ClaimRanOut,
            item.Conversation, item.ExternalId);
        Trace("lost", item);
        try { await sends.WhenAllAsync(); }
        catch (Exception e)
        {
            log.Debug(e, ServerLogTexts.LostClaimSendStopped);
        }
    }

    /// <summary>
    /// With SPBEBOT_TIMELINE=1, one line per inbox step — "inbox-&lt;step&gt; &lt;conversation&gt; &lt;update&gt; … pid=" — so the realistic
    /// bench can say which server claimed, handled and completed each update of a chat that went wrong.
    /// </summary>
    static void Trace(string step, InboxItem item, string? detail = null)
    {
        if (!Timeline.Enabled) return;
        Timeline.Mark(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"inbox-{step} {item.Conversation} {item.ExternalId} wait={item.ReplyWait * 1000:0} {detail}{(detail is null ? "" : " ")}pid={Environment.ProcessId}"));
    }

    public override void Dispose()
    {
        _work.Dispose();
        _aside.Dispose();
        base.Dispose();
    }

    /// <summary>
    /// Keeps this server's claims alive (every third of the lease, so two missed beats still fall within a claim's
    /// deadline): renews the ones held, extends their deadlines from before the statement, and marks lost the ones the
    /// database no longer gives this server. The purge runs on its own loop: it uses the stores' pool, which may be
    /// exhausted, and must never hold the heartbeat.
    /// </summary>
    async Task HeartbeatAsync(IInbox inbox, InboxOptions settings, CancellationToken stop)
    {
        var every = TimeSpan.FromSeconds(Math.Max(0.03, settings.LeaseSeconds / 3));
        using var timer = new PeriodicTimer(every, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                try
                {
                    var held = _claims.Keys.ToArray();
                    if (held.Length == 0) continue;
                    var from = _time.GetTimestamp();
                    var renewed = (await inbox.RenewLeasesAsync(Owner, held.Select(c => (c.Conversation, c.Lease)).ToArray(), stop)).ToHashSet();
                    foreach (var claim in held)
                        if (renewed.Contains((claim.Conversation, claim.Lease))) claim.ExtendFrom(from);
                        else claim.Lose();
                }
                catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException or System.Net.Sockets.SocketException)
                {
                    log.Warn(ServerLogTexts.LeasesNotRenewed, e.Message);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Once an hour forgets handled updates older than the kept days.</summary>
    async Task PurgeAsync(IInbox inbox, CancellationToken stop)
    {
        if (inbox is not PostgresInbox pg) return;
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), _time);
        try
        {
            do
            {
                try { await pg.PurgeAsync(stop); }
                catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
                {
                    log.Warn(ServerLogTexts.InboxNotPurged, e.Message);
                }
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException)
        {
        }
    }
}

static class InboxRegistration
{
    public static IServiceCollection AddInbox(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(InboxProvider))) return services;
        services.AddOptions<InboxOptions>().BindConfiguration(InboxOptions.Section);
        services.AddSingleton<InboxProvider>();
        services.AddHostedService<InboxWorkers>();
        return services;
    }
}
