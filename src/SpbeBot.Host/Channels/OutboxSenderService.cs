using SpbeBot.Core.Broadcasts;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Broadcasts;
using SpbeBot.Host.Database;

namespace SpbeBot.Host.Channels;

/// <summary>
/// What every channel's outbox sender shares: a platform's limits are per bot, so of several servers on one database
/// exactly one sends for a channel at a time — the holder of a PostgreSQL session-level advisory lock. If it dies, its
/// connection closes, the lock is freed and another server takes over. Failures (the database briefly away) are
/// logged and retried; the sender never stops the server.
/// </summary>
/// <remarks>The stores exist only once the database is open (after every hosted service was built): taken as
/// <see cref="Deferred{T}"/> and resolved once, on the first round.</remarks>
abstract class OutboxSenderService(Deferred<ConnectionFactory> connections, Deferred<BroadcastStore> broadcasts,
    Deferred<Outbox> outbox, ILogger log) : BackgroundService
{
    static readonly TimeSpan Idle = TimeSpan.FromSeconds(1);
    static readonly TimeSpan Retry = TimeSpan.FromSeconds(2);

    protected Outbox Outbox => outbox.Value;

    /// <summary>Any fixed number shared by all SpbeBot servers, one per channel.</summary>
    protected abstract long LockKey { get; }

    /// <summary>False when the channel is not configured: nothing runs.</summary>
    protected abstract bool Enabled { get; }

    /// <summary>Sends what is due; returns how many messages went out (0: idle a moment).</summary>
    protected abstract Task<int> RoundAsync(CancellationToken ct);

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
            var sent = await RoundAsync(ct);
            // Every channel's sender finishes broadcasts (idempotent): a broadcast may reach people on one channel only.
            await broadcasts.Value.FinishCompletedAsync(BroadcastTexts.Report, ct);
            if (sent == 0) await Sleep(Idle, ct);
            // Still holding the lock? A broken connection throws here, and the outer loop starts over.
            await LeaderLock.CheckHeldAsync(lockConnection, ct);
        }
    }

    static Task Sleep(TimeSpan delay, CancellationToken ct) => Task.Delay(delay, ct).ContinueWith(_ => { }, TaskScheduler.Default);
}
