using System.Runtime.CompilerServices;
using Dapper;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.Observability;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Hosting;
using SpbeBot.Host.Database;

namespace SpbeBot.Host.Channels;

/// <summary>
/// What every channel's outbox sender shares: a platform's limits are per bot, so of several servers on one database
/// exactly one sends for a channel at a time — the holder of a PostgreSQL session-level advisory lock. If it dies, its
/// connection closes, the lock is freed and another server takes over. Failures (the database briefly away) are
/// logged and retried; the sender never stops the server. Each round delivers the channel's due messages, each as a
/// <see cref="Reply"/> the channel renders, then runs the <see cref="IAfterOutboxRound"/> work (finishing broadcasts).
/// Delivery keeps up to <see cref="Window"/> messages under way: claimed with a lease (no transaction stays open while
/// the platform answers), handed to the channel's <see cref="SpbeBot.Core.Messaging.SendPipeline"/> at bulk priority,
/// and each outcome recorded as soon as it is known.
/// </summary>
/// <remarks>The stores exist only once the database is open (after every hosted service was built): taken as
/// <see cref="Deferred{T}"/> and resolved once, on the first round.</remarks>
abstract class OutboxSenderService(Deferred<ConnectionFactory> connections, Deferred<Outbox> outbox,
    Deferred<IEnumerable<IAfterOutboxRound>> afterRound, TimeProvider clock, ILogger log) : BackgroundService
{
    static readonly TimeSpan Idle = TimeSpan.FromSeconds(1);
    static readonly TimeSpan Retry = TimeSpan.FromSeconds(2);

    /// <summary>Any fixed number shared by all SpbeBot servers, one per channel.</summary>
    protected abstract long LockKey { get; }

    /// <summary>False when the channel is not configured: nothing runs.</summary>
    protected abstract bool Enabled { get; }

    /// <summary>The channel whose messages this sender delivers.</summary>
    protected abstract string Channel { get; }

    /// <summary>
    /// Sends one message, given as the reply it reads as; the outcome decides retry, failure or blocked. The channel
    /// gives <paramref name="left"/> to the request of the message's last part: set once its bytes are in the kernel
    /// (the row is then "in doubt" should the server die before the outcome is recorded: not sent again), cleared when
    /// the platform refuses it; a row whose last part had not left is sent again (see <see cref="SendMark"/>).
    /// </summary>
    protected abstract Task<DeliveryOutcome> SendAsync(OutboxMessage message, Reply reply, SendMark left, CancellationToken ct);

    /// <summary>An outbox message as a channel-neutral reply: its text and its buttons.</summary>
    static Reply ToReply(OutboxMessage message) =>
        new(message.Text, message.Buttons.Select(b => new ReplyButton(b.Label, b.Payload)).ToList(), []);

    /// <summary>
    /// Sends the parts of one message in order, stopping at the first that does not go out: its outcome is the message's.
    /// <paramref name="send"/> is told which part is the last (the one that carries the row's left mark).
    /// </summary>
    protected static async Task<DeliveryOutcome> SendInOrderAsync<T>(IReadOnlyList<T> parts, Func<T, bool, Task<DeliveryOutcome>> send)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            var outcome = await send(parts[i], i == parts.Count - 1);
            if (outcome != DeliveryOutcome.Sent) return outcome;
        }
        return DeliveryOutcome.Sent;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = Retry;
            try
            {
                // Another server sends and still did after a whole wait (LeaderWait, blocked in PostgreSQL): wait again.
                if (!await RunWhileLeaderAsync(stoppingToken)) wait = LookAgain;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.Warn(e, ServerLogTexts.OutboxRetry);
            }
            await Sleep(wait, stoppingToken);
        }
    }

    static readonly TimeSpan LookAgain = TimeSpan.FromMilliseconds(50);

    /// <summary>How long one wait for the channel's lock blocks in PostgreSQL before it is asked again.</summary>
    static readonly TimeSpan LeaderWait = TimeSpan.FromSeconds(20);   // under Npgsql's 30 s command timeout

    /// <summary>
    /// With nothing under way the sender looks for new rows four times a second (was once): a broadcast's or a notice's
    /// first message leaves about 0.4 s sooner on average, for one small indexed claim statement every 250 ms.
    /// </summary>
    static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(250);

    /// <summary>Messages claimed and not yet recorded: about two seconds of the platform's limit, enough to keep every slot busy.</summary>
    protected virtual int Window => 60;

    /// <summary>Sends while this server holds the channel's lock; false when another server held it through a whole <see cref="LeaderWait"/>.</summary>
    async Task<bool> RunWhileLeaderAsync(CancellationToken ct)
    {
        // Waits for the lock in PostgreSQL: when the server that sends dies, this one has the lock at once (it looked
        // again every 500 ms before 17t, half of that on average lost in a take-over).
        await using var lockConnection = await LeaderLock.WaitTakeAsync(connections.Value, LockKey, LeaderWait, ct);
        if (lockConnection is null) return false;   // another server still sends; wait again
        Timeline.Mark("outbox-leader");
        log.Info(ServerLogTexts.ThisServerSends, GetType().Name);
        var store = outbox.Value;
        var owner = Guid.NewGuid();
        // Woken when rows are queued (migration 0024, NOTIFY at commit) instead of finding them at the next idle poll:
        // a broadcast's first message left up to a poll later (bench realistic bcast5000, 17q). The notification is read
        // while the sender waits idle on this connection, or during any statement on it (then the flag keeps it).
        var notified = new StrongBox<bool>();
        lockConnection.Notification += (_, _) => Volatile.Write(ref notified.Value, true);
        await lockConnection.ExecuteAsync(new CommandDefinition("listen spbebot_outbox", cancellationToken: ct));
        // Registered with a liveness lock held by this session (taken before the row exists, so nobody finds the row
        // without it) and a heartbeat: if this server dies, its session ends, the lock is free and the next sender
        // takes over its rows at once; the heartbeat's age (5 s) covers a host that vanished with its sockets open
        // (Outbox.TakeOverDeadSendersAsync, migration 0025). Holding the lock now, this one takes over whoever sent before.
        var livenessKey = await Outbox.HoldLivenessAsync(lockConnection, ct);
        await store.RegisterSenderAsync(owner, Channel, $"{Environment.MachineName}:{Environment.ProcessId}", ct, livenessKey);
        using var beating = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var heartbeat = HeartbeatAsync(store, owner, beating.Token);
        var nextTakeOver = DateTimeOffset.MinValue;
        var nextCheck = DateTimeOffset.MinValue;
        // Claimed rows in flight, by id; per chat the last of them, so one chat's messages (and their parts) stay in order.
        var inFlight = new Dictionary<long, Task>();
        var tails = new Dictionary<string, Task>();
        var afterRoundDue = DateTimeOffset.MinValue;
        var wasIdle = false;
        // When the server stops, what was claimed still goes out and is recorded for a few seconds (about a window's
        // worth at the platform's rate): a send cut off half way may have reached the user and would be sent again.
        using var sending = new CancellationTokenSource();
        await using var stopping = ct.Register(() => sending.CancelAfter(ShutdownGrace));
        // Lost (the lock's session broke, or another sender declared this one dead): that sender may already be sending
        // these rows again, so nothing more leaves from here (the fence of every send, checked just before its body is
        // written) and sends not yet on the wire stop at once.
        var lost = new StrongBox<bool>();
        var normalExit = false;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                foreach (var done in inFlight.Where(p => p.Value.IsCompleted).Select(p => p.Key).ToList()) inFlight.Remove(done);
                foreach (var done in tails.Where(p => p.Value.IsCompleted).Select(p => p.Key).ToList()) tails.Remove(done);
                if (heartbeat.IsCompleted) await heartbeat;   // declared dead by another sender, or the database gone: start over
                var now = clock.GetUtcNow();
                if (now >= nextTakeOver)
                {
                    var (freed, inDoubt) = await store.TakeOverDeadSendersAsync(owner, Outbox.SenderPresumedDead, ct);
                    if (freed + inDoubt > 0)
                        Timeline.Mark($"outbox-takeover freed {freed} in-doubt {inDoubt}");
                    if (freed + inDoubt > 0)
                        log.Warn(ServerLogTexts.TookOverDeadSender,
                            freed, inDoubt);
                    nextTakeOver = now + TakeOverEvery;
                }
                var room = Window - inFlight.Count;
                // While sends are under way, claim in batches of a quarter window (about half a second at the limit):
                // claiming a row or two after nearly every answer cost a statement each, 30 a second, on the database
                // the sends' own records need. Three quarters of a window still under way keep every slot busy.
                if (inFlight.Count > 0 && room < Window / 4) room = 0;
                var claimStarted = System.Diagnostics.Stopwatch.GetTimestamp();
                var claimed = room > 0 ? await store.ClaimAsync(Channel, owner, room, Outbox.DefaultLease, ct: ct) : [];
                if (claimed.Count > 0 && inFlight.Count == 0)
                    Timeline.Mark($"outbox-claim {claimed.Count} rows in {System.Diagnostics.Stopwatch.GetElapsedTime(claimStarted).TotalMilliseconds:0} ms");
                foreach (var message in claimed.Where(m => !inFlight.ContainsKey(m.Id)))
                {
                    var chat = message.ExternalId ?? "person:" + message.PersonId;
                    var task = DeliverOneAsync(tails.GetValueOrDefault(chat), message, store, owner, () => !Volatile.Read(ref lost.Value), sending.Token);
                    tails[chat] = task;
                    inFlight[message.Id] = task;
                }
                if ((inFlight.Count == 0 && !wasIdle) || now >= afterRoundDue)
                {
                    // Finishing broadcasts: as soon as the sends ran out, then every second while quiet and every few
                    // seconds while a long one runs.
                    var roundStarted = System.Diagnostics.Stopwatch.GetTimestamp();
                    foreach (var work in afterRound.Value) await work.AfterRoundAsync(ct);
                    if (System.Diagnostics.Stopwatch.GetElapsedTime(roundStarted) is { TotalMilliseconds: > 100 } took)
                        Timeline.Mark($"outbox-after-round {took.TotalMilliseconds:0} ms");
                    afterRoundDue = now + (inFlight.Count == 0 ? Idle : AfterRoundEvery);
                }
                wasIdle = inFlight.Count == 0;
                if (inFlight.Count == 0)
                {
                    if (!Volatile.Read(ref notified.Value)) await lockConnection.WaitAsync(IdlePoll, ct);
                    if (Volatile.Read(ref notified.Value)) Timeline.Mark("outbox-woken");
                    Volatile.Write(ref notified.Value, false);
                }
                else await Task.WhenAny(inFlight.Values.Append(Task.Delay(claimed.Count < room ? Idle : Poll, ct)));
                // Still holding the lock? A broken connection throws here, and the outer loop starts over. Once a
                // second at most while sends are under way (the loop turns after every answer during a broadcast).
                if (inFlight.Count == 0 || clock.GetUtcNow() >= nextCheck)
                {
                    await LeaderLock.CheckHeldAsync(lockConnection, ct);
                    nextCheck = clock.GetUtcNow() + TakeOverEvery;
                }
            }
            normalExit = true;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            normalExit = true;
            throw;
        }
        finally
        {
            if (!normalExit)
            {
                Volatile.Write(ref lost.Value, true);
                await sending.CancelAsync();
            }
            // Sends already claimed finish and are recorded (within the grace); after it, what did not start goes back.
            await Task.WhenAll(inFlight.Values).ContinueWith(_ => { }, TaskScheduler.Default);
            await beating.CancelAsync();
            await heartbeat.ContinueWith(_ => { }, TaskScheduler.Default);
            try { await store.RetireSenderAsync(owner); }
            catch (Exception e) { log.Warn(e, ServerLogTexts.SenderNotRetired); }
        }
        return true;
    }

    static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);
    static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(1);
    static readonly TimeSpan TakeOverEvery = TimeSpan.FromSeconds(1);

    /// <summary>Beats every second while this sender runs; ends (with an exception) when another sender declared it dead.</summary>
    static async Task HeartbeatAsync(Outbox store, Guid owner, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try { await Task.Delay(Heartbeat, ct); }
            catch (OperationCanceledException) { return; }
            if (!await store.HeartbeatAsync(owner, ct))
                throw new InvalidOperationException("This outbox sender was presumed dead (no heartbeat for a while) and its rows were taken over.");
        }
    }
    static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(5);
    static readonly TimeSpan AfterRoundEvery = TimeSpan.FromSeconds(2);

    /// <summary>Sends one claimed message once the chat's previous one is done, and records its outcome.</summary>
    async Task DeliverOneAsync(Task? previous, OutboxMessage message, Outbox store, Guid owner, Func<bool> mayLeave, CancellationToken ct)
    {
        if (previous is not null) await previous.ContinueWith(_ => { }, TaskScheduler.Default);
        if (ct.IsCancellationRequested)
        {
            await store.ReleaseAsync(owner, [message.Id]);
            return;
        }
        DeliveryOutcome outcome;
        string? error = null;
        try
        {
            var left = new SendMark((set, token) => store.MarkAttemptedAsync(owner, message.Id, set, token),
                e => log.Warn(ServerLogTexts.LeftMarkNotWritten, message.Id, e.Message),
                mayLeave);
            outcome = await SendAsync(message, ToReply(message), left, ct);
            await left.Settled;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return;   // maybe sent: the row stays leased; the next sender takes it over (in doubt if its call had started)
        }
        catch (Exception e)
        {
            outcome = DeliveryOutcome.Failed;
            error = e.GetType().Name;
            log.Warn(e, ServerLogTexts.OutgoingFailed, message.Id);
        }
        try
        {
            await store.RecordAsync(Channel, owner, message, outcome, error);
        }
        catch (Exception e)
        {
            log.Warn(e, ServerLogTexts.OutcomeNotRecorded, message.Id);
        }
    }

    static Task Sleep(TimeSpan delay, CancellationToken ct) => Task.Delay(delay, ct).ContinueWith(_ => { }, TaskScheduler.Default);
}
