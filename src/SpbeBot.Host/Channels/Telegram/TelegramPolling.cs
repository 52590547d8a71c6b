using Microsoft.Extensions.Options;
using Dapper;
using Npgsql;
using SpbeBot.Core.Storage;
using SpbeBot.Host.Database;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Hosting;

namespace SpbeBot.Host.Channels.Telegram;

/// <summary>
/// Long polling: getUpdates with the offset of the next unseen update, waiting up to PollTimeoutSeconds
/// for news. Each batch is committed to the inbox before the offset moves past it (the inbox workers handle the
/// updates, conversations side by side). Runs until shutdown; failures back off and retry.
/// Telegram allows one poller per bot (a second gets 409 Conflict): of several servers on one database only the
/// holder of a database lock polls; the others stand by and take over within seconds if it stops, continuing after the
/// last update handled (the offset is kept in the database).
/// </summary>
sealed class TelegramPolling(
    ITelegramBotClient bot,
    InboxProvider inbox,
    IOptions<TelegramOptions> options,
    Deferred<ConnectionFactory> connections,
    TelegramStatus status,
    TelegramRawUpdates rawUpdates,
    ILogger<TelegramPolling> log)
{
    static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    static readonly TimeSpan StandbyCheck = TimeSpan.FromSeconds(3);
    /// <summary>
    /// A standby server waits for the polling lock inside PostgreSQL this long at a time (under Npgsql's 30 s command
    /// timeout), so it polls the moment the poller's session ends — a killed poller's updates waited up to
    /// <see cref="StandbyCheck"/> for the next look before (issue 17, wip-17w: replies during a kill).
    /// </summary>
    static readonly TimeSpan StandbyWait = TimeSpan.FromSeconds(20);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        ConnectionFactory? db;
        try
        {
            db = connections.Value;
        }
        catch (InvalidOperationException)
        {
            db = null;   // no database in this process: nobody to share the bot with
        }
        var standbyLogged = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (db is null)
            {
                await PollAsync(null, cancellationToken);
                return;
            }
            try
            {
                await using var holder = await LeaderLock.TryTakeAsync(db, LeaderLock.TelegramPolling, cancellationToken)
                                         ?? await StandByAsync(db, cancellationToken);
                if (holder is not null)
                {
                    standbyLogged = false;
                    await PollAsync(holder, cancellationToken);
                }
                else
                {
                    if (!standbyLogged) log.Info(ServerLogTexts.TelegramStandby);
                    standbyLogged = true;
                    continue;   // another server polled through a whole wait in PostgreSQL: wait again at once
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
            {
                log.Warn(ServerLogTexts.PollingLockUnavailable, e.Message);
            }
            await Task.Delay(StandbyCheck, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>Stands by: the polling lock, waited for in PostgreSQL up to <see cref="StandbyWait"/> (null: still another server's).</summary>
    async Task<NpgsqlConnection?> StandByAsync(ConnectionFactory db, CancellationToken cancellationToken)
    {
        status.Standby();
        return await LeaderLock.WaitTakeAsync(db, LeaderLock.TelegramPolling, StandbyWait, cancellationToken);
    }

    /// <summary>Polls until shutdown, or until the lock's connection breaks (then the lock may be another server's).</summary>
    async Task PollAsync(NpgsqlConnection? holder, CancellationToken cancellationToken)
    {
        var botId = long.TryParse(options.Value.Token?.Split(':')[0], out var id) ? id : 0;
        int? offset = holder is null ? null : await ReadOffsetAsync(holder, botId, cancellationToken);
        var failures = 0;
        log.Info(ServerLogTexts.TelegramPollingOn);
        status.PollStarted();
        // The lock's connection is used while the next getUpdates travels (a round trip of the network's latency): the
        // offset of the batch just committed is saved, or, after an empty poll, the lock is checked. Either throws when
        // the connection broke (then the lock may be another server's already).
        Task? holderWork = null;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var beside = holderWork ?? (holder is null ? Task.CompletedTask : LeaderLock.CheckHeldAsync(holder, cancellationToken));
                holderWork = null;
                Update[] updates;
                try
                {
                    var call = bot.GetUpdates(offset, limit: 100, timeout: options.Value.PollTimeoutSeconds,
                        allowedUpdates: TelegramRegistration.AllowedUpdates, cancellationToken: cancellationToken);
                    try
                    {
                        await beside;
                    }
                    catch
                    {
                        // Its answer is not wanted any more: nothing in it was confirmed, and the next poller gets it again.
                        _ = call.ContinueWith(t => t.Exception, TaskScheduler.Default);
                        throw;
                    }
                    updates = await call;
                    failures = 0;
                    status.Polled();
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    break;
                }
                catch (ApiRequestException e) when (e.ErrorCode == 429)
                {
                    await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, e.Parameters?.RetryAfter ?? 1)), cancellationToken);
                    continue;
                }
                catch (RequestException e) when (e is not ApiRequestException && e.InnerException is not (HttpRequestException or TimeoutException or OperationCanceledException))
                {
                    // The batch arrived but could not be read as a whole (an update with a lone surrogate, say): read it
                    // update by update, skip and record what cannot be read, and go on with the rest. With the offset
                    // left unchanged Telegram would answer the same batch for ever and polling would stall.
                    var readable = await rawUpdates.TryReadAsync(offset, cancellationToken);
                    if (readable is null)
                    {
                        status.Failed(e.Message);
                        var wait = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, failures++)));
                        log.Warn(ServerLogTexts.GetUpdatesUnreadable, wait.TotalSeconds);
                        await Task.Delay(wait, cancellationToken);
                        continue;
                    }
                    failures = 0;
                    status.Polled();
                    foreach (var (unreadableId, reason, _) in readable.Unreadable)
                        log.Warn(ServerLogTexts.UpdateUnreadable, unreadableId, reason);
                    // The unreadable updates are kept as failed and confirmed (never asked for again) with the offset after them all.
                    await AcceptAsync([.. readable.Updates.Select(u => TelegramInbound.From(u)),
                        .. readable.Unreadable.Select(u => TelegramInbound.Unreadable(u.Id, u.Raw, "unreadable: " + u.Reason))], readable.NextOffset);
                    continue;
                }
                catch (Exception e) when (e is not NpgsqlException)
                {
                    status.Failed(e.Message);
                    // 409 Conflict: another instance polls with the same token, or a webhook is set.
                    var wait = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, failures++)));
                    log.Warn(ServerLogTexts.GetUpdatesFailed, e.Message, wait.TotalSeconds);
                    await Task.Delay(wait, cancellationToken);
                    continue;
                }
                if (updates.Length > 0) await AcceptAsync([.. updates.Select(u => TelegramInbound.From(u))], updates.Max(u => u.Id) + 1);
            }
        }
        finally
        {
            // The holder's connection is closed by the caller: nothing may still run on it.
            if (holderWork is not null)
                try { await holderWork; }
                catch (Exception e) when (e is NpgsqlException or OperationCanceledException or InvalidOperationException) { }
        }

        // Telegram forgets updates below the offset on the next call: the batch is committed to the inbox first (a repeat
        // after a crash in between is recognised there), then the offset moves on. The inbox workers handle the updates.
        async Task AcceptAsync(IReadOnlyList<SpbeBot.Core.Messaging.Inbox.InboundUpdate> batch, int? next)
        {
            await inbox.AddManyAsync(batch, cancellationToken);   // a batch of one claimed for an idle worker (17s)
            if (next is not int n || n <= (offset ?? 0)) return;
            offset = n;
            if (holder is not null) holderWork = SaveOffsetAsync(holder, botId, n, cancellationToken);
        }
    }

    static async Task<int?> ReadOffsetAsync(NpgsqlConnection holder, long botId, CancellationToken ct) =>
        (int?)await holder.ExecuteScalarAsync<long?>(new CommandDefinition("select next_offset from telegram_poll_offset where bot_id = @botId", new { botId }, cancellationToken: ct));

    /// <summary>After each handled update: a takeover or restart continues from here.</summary>
    static Task SaveOffsetAsync(NpgsqlConnection holder, long botId, int next, CancellationToken ct) => holder.ExecuteAsync(new CommandDefinition(
        """
        insert into telegram_poll_offset (bot_id, next_offset) values (@botId, @next)
        on conflict (bot_id) do update set next_offset = excluded.next_offset, updated_at = now()
        """, new { botId, next = (long)next }, cancellationToken: ct));
}
