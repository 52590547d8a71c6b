using Microsoft.Extensions.Options;
using Npgsql;
using SpbeBot.Core.Messaging;
using SpbeBot.Host.Database;

namespace SpbeBot.Host.Channels.Telegram;

/// <summary>
/// Keeps this server's Telegram sends within its share of the bot's 30 messages/s when several servers send for one bot
/// (issue 17): every half second it tells the others its demand and sets its pipeline's pace to its share
/// (<see cref="SendShares"/>). Alone, the share is the whole limit. If the database cannot be reached the last share
/// stays. At shutdown the server leaves, and its share goes back to the others at their next beat. The per-chat pace
/// across servers travels with the conversation's claim instead (see <see cref="TelegramInbound.HoldReplies"/>).
/// </summary>
sealed class TelegramSendShare(IOptions<TelegramOptions> options, Deferred<SendShares> shares, Deferred<SpbeBot.Core.Storage.ConnectionFactory> connections,
    [FromKeyedServices(TelegramRegistration.PipelineKey)] SendPipeline pipeline, ILogger<TelegramSendShare> log) : BackgroundService
{
    /// <summary>The row this server beats under: machine, process and a fresh id (a restarted server is a new one).</summary>
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

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
        var lastStarted = limiter.Started;
        var failing = false;
        // Beats go through a session of this server's own: if the server dies, the session ends with it and the others
        // count this server out at their next beat (SendShares, migration 0023), not after its heartbeat grew old.
        NpgsqlConnection? session = null;
        using var timer = new PeriodicTimer(SendShares.Beat);
        try
        {
            do
            {
                var started = limiter.Started;
                var demand = Math.Min(limiter.Limit, started - lastStarted + pipeline.Queued);
                lastStarted = started;
                try
                {
                    session ??= await connections.Value.OpenSessionAsync(stoppingToken);
                    var share = await store.BeatAsync(Owner, UpdateMapper.Channel, demand, session, stoppingToken);
                    limiter.SetRate(limiter.Limit * share);
                    failing = false;
                }
                catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException && !stoppingToken.IsCancellationRequested)
                {
                    if (session is not null) await session.DisposeAsync();   // a broken session is opened afresh at the next beat
                    session = null;
                    if (!failing) log.LogWarning("Bagian batas kirim tidak dapat diperbarui ({Reason}). / The send share could not be renewed.", e.Message);
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
                log.LogDebug("Leaving the send share failed: {Reason}", e.Message);
            }
        }
    }
}
