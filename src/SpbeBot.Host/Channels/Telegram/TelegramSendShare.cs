using Microsoft.Extensions.Options;
using Npgsql;
using SpbeBot.Core.Messaging;
using SpbeBot.Host.Database;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Hosting;

namespace SpbeBot.Host.Channels.Telegram;

/// <summary>
/// Keeps this server's Telegram sends within its share of the bot's 30 messages/s when several servers send for one bot
/// (issue 17): every half second it tells the others what it wants — the rate it used over the last seconds and what
/// waits in its pipeline, plus half a message a second of headroom, or less what the reply reserve carries while its
/// replies may take it (ShareSplit.Want) — and sets its pipeline's pace to its share in whole messages a
/// second (<see cref="SendShares"/>, <see cref="ShareSplit"/>). Alone, the share is the whole limit. If the database cannot be reached the last share
/// stays. At shutdown the server leaves; its share goes back to the others once its last sends no longer count. The per-chat pace
/// across servers travels with the conversation's claim instead (see <see cref="TelegramInbound.HoldReplies"/>).
/// While other servers send for the bot, a reply that finds no room in this server's share takes the reply reserve
/// (17z, <see cref="ShareSplit.Reserve"/>), so an idle server holds no share and still answers at once.
/// </summary>
sealed class TelegramSendShare(IOptions<TelegramOptions> options, Deferred<SendShares> shares, Deferred<SpbeBot.Core.Storage.ConnectionFactory> connections,
    [FromKeyedServices(TelegramRegistration.PipelineKey)] SendPipeline pipeline, ILogger<TelegramSendShare> log) : BackgroundService
{
    /// <summary>The row this server beats under: machine, process and a fresh id (a restarted server is a new one).</summary>
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>The time over which the rate a server used is measured for its want.</summary>
    static readonly TimeSpan UsedOver = TimeSpan.FromSeconds(4);

    static int PerWindow(double limit) => Math.Max(1, (int)Math.Floor(limit));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        await Task.Yield();
        SendShares store;
        try
        {
            store = shares.Value;
        }
        catch (InvalidOperationException)
        {
            return;   // no database in this process (an in-process test): the whole limit is this server's
        }
        var limiter = pipeline.Limiter;
        // The reply reserve (17z): a reply that finds no room in this server's share takes it if no server took it lately.
        pipeline.UseReserve(async ct =>
        {
            try
            {
                return await store.TakeReserveAsync(UpdateMapper.Channel, SendShares.ReserveGap, ct);
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                return ReserveAnswer.Refused(TimeSpan.Zero);   // no database: no reserve, the reply waits for the share
            }
        });
        var clock = limiter.Clock;
        var split = new ShareSplit(PerWindow(limiter.Limit), clock);
        // Sends started at the last beats, for the rate this server used recently (about the last four seconds).
        var history = new Queue<(DateTimeOffset At, long Started)>();
        var failing = false;
        // Beats go through a session of this server's own: if the server dies, the session ends with it and the others
        // count this server out at their next beat (SendShares, migration 0023), not after its heartbeat grew old.
        NpgsqlConnection? session = null;
        using var timer = new PeriodicTimer(SendShares.Beat, clock);
        try
        {
            do
            {
                var now = clock.GetUtcNow();
                var started = limiter.Started;
                history.Enqueue((now, started));
                while (history.Count > 1 && history.Peek().At < now - UsedOver) history.Dequeue();
                var (since, before) = history.Peek();
                var seconds = (now - since).TotalSeconds;
                var used = seconds >= SendShares.Beat.TotalSeconds ? (started - before) / seconds : 0;
                var want = split.Want(used, pipeline.Queued);
                try
                {
                    session ??= await connections.Value.OpenSessionAsync(stoppingToken);
                    var share = await store.BeatAsync(Owner, UpdateMapper.Channel, split, want, session, stoppingToken);
                    // No share (idle, or no room yet): nothing in the share leaves until the next beat; a reply may take the reserve.
                    if (share == 0) limiter.HoldShare(SendShares.Beat * 1.2);
                    limiter.SetRate(Math.Max(1, share));
                    pipeline.ReserveOpen = split.ReserveOpen;
                    failing = false;
                }
                catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException && !stoppingToken.IsCancellationRequested)
                {
                    if (session is not null) await session.DisposeAsync();   // a broken session is opened afresh at the next beat
                    session = null;
                    pipeline.ReserveOpen = false;   // the others' shares are not known: the reserve is not this server's to take
                    if (!failing) log.Warn(ServerLogTexts.SendShareNotRenewed, e.Message);
                    failing = true;
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (session is not null) await session.DisposeAsync();
            try
            {
                using var leaving = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await store.LeaveAsync(Owner, leaving.Token);
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException or OperationCanceledException)
            {
                log.Debug(ServerLogTexts.SendShareNotLeft, e.Message);
            }
        }
    }
}
