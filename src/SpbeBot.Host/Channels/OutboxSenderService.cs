using SpbeBot.Core.Messaging;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Database;

namespace SpbeBot.Host.Channels;

/// <summary>
/// What every channel's outbox sender shares: a platform's limits are per bot, so of several servers on one database
/// exactly one sends for a channel at a time — the holder of a PostgreSQL session-level advisory lock. If it dies, its
/// connection closes, the lock is freed and another server takes over. Failures (the database briefly away) are
/// logged and retried; the sender never stops the server. Each round delivers the channel's due messages, each as a
/// <see cref="Reply"/> the channel renders, then runs the <see cref="IAfterOutboxRound"/> work (finishing broadcasts).
/// </summary>
/// <remarks>The stores exist only once the database is open (after every hosted service was built): taken as
/// <see cref="Deferred{T}"/> and resolved once, on the first round.</remarks>
abstract class OutboxSenderService(Deferred<ConnectionFactory> connections, Deferred<Outbox> outbox,
    Deferred<IEnumerable<IAfterOutboxRound>> afterRound, ILogger log) : BackgroundService
{
    static readonly TimeSpan Idle = TimeSpan.FromSeconds(1);
    static readonly TimeSpan Retry = TimeSpan.FromSeconds(2);

    /// <summary>Any fixed number shared by all SpbeBot servers, one per channel.</summary>
    protected abstract long LockKey { get; }

    /// <summary>False when the channel is not configured: nothing runs.</summary>
    protected abstract bool Enabled { get; }

    /// <summary>The channel whose messages this sender delivers.</summary>
    protected abstract string Channel { get; }

    /// <summary>Sends one message, given as the reply it reads as; the outcome decides retry, failure or blocked.</summary>
    protected abstract Task<DeliveryOutcome> SendAsync(OutboxMessage message, Reply reply, CancellationToken ct);

    /// <summary>An outbox message as a channel-neutral reply: its text and its buttons.</summary>
    static Reply ToReply(OutboxMessage message) =>
        new(message.Text, message.Buttons.Select(b => new ReplyButton(b.Label, b.Payload)).ToList(), []);

    /// <summary>Sends the parts of one message in order, stopping at the first that does not go out: its outcome is the message's.</summary>
    protected static async Task<DeliveryOutcome> SendInOrderAsync<T>(IEnumerable<T> parts, Func<T, Task<DeliveryOutcome>> send)
    {
        foreach (var part in parts)
        {
            var outcome = await send(part);
            if (outcome != DeliveryOutcome.Sent) return outcome;
        }
        return DeliveryOutcome.Sent;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunWhileLeaderAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning(e, "Pengiriman pesan keluar gagal, dicoba lagi. / Outbox delivery failed, will retry.");
            }
            await Sleep(Retry, stoppingToken);
        }
    }

    async Task RunWhileLeaderAsync(CancellationToken ct)
    {
        await using var lockConnection = await LeaderLock.TryTakeAsync(connections.Value, LockKey, ct);
        if (lockConnection is null) return;   // another server sends; look again shortly
        log.LogInformation("Server ini mengirim pesan keluar ({Sender}). / This server delivers outgoing messages.", GetType().Name);
        while (!ct.IsCancellationRequested)
        {
            var sent = await outbox.Value.DeliverAsync(Channel, (m, token) => SendAsync(m, ToReply(m), token), ct: ct);
            foreach (var work in afterRound.Value) await work.AfterRoundAsync(ct);
            if (sent == 0) await Sleep(Idle, ct);
            // Still holding the lock? A broken connection throws here, and the outer loop starts over.
            await LeaderLock.CheckHeldAsync(lockConnection, ct);
        }
    }

    static Task Sleep(TimeSpan delay, CancellationToken ct) => Task.Delay(delay, ct).ContinueWith(_ => { }, TaskScheduler.Default);
}
