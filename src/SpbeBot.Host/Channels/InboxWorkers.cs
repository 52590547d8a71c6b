using Microsoft.Extensions.Options;
using Npgsql;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.Messaging.Inbox;
using SpbeBot.Core.Observability;
using SpbeBot.Core.Storage;

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
/// The inbox of this process: PostgreSQL when the server has its database (always, for <c>spbebot serve</c>), in memory
/// only for in-process tests that start the channels without one.
/// </summary>
sealed class InboxProvider(IServiceProvider services, IOptions<InboxOptions> options)
{
    IInbox? _inbox;
    readonly Lock _gate = new();

    public IInbox Inbox
    {
        get
        {
            if (_inbox is not null) return _inbox;
            lock (_gate)
            {
                if (_inbox is not null) return _inbox;
                try
                {
                    // An inbox registered in the container (a test's) wins.
                    _inbox = services.GetService<IInbox>() ?? new PostgresInbox(services.GetRequiredService<ConnectionFactory>(), options.Value);
                }
                catch (InvalidOperationException)
                {
                    _inbox = new MemoryInbox();
                }
                return _inbox;
            }
        }
    }
}

/// <summary>
/// The bounded pool of inbox workers (issue 17). Up to <see cref="InboxOptions.Conversations"/> conversations are held
/// at once, each claimed from the shared inbox and handled strictly in order; at most <see cref="InboxOptions.Workers"/>
/// updates are being handled (database, dialogs, a file download) at any moment. A handler hands its replies to the
/// send pipeline, puts them into the <see cref="PendingSends"/> it was given, and returns: its worker goes on with
/// another conversation while the replies travel, and the update is recorded as handled only once they went out — a
/// crash before that leaves it pending, handled again after the restart. So the network's latency and each chat's 1 message/s hold only their own
/// conversation, never a worker, and long work holds one worker. Idle conversation slots wait for a wake-up (NOTIFY or
/// the poll): the one woken claims, and wakes two more only if it found work, so an idle server asks the database once
/// per wake, not once per slot. Claims are leases renewed by a heartbeat while this server lives; at
/// shutdown a claimed conversation is given back unfinished, and whatever was not completed is handled after the
/// restart (or by another server).
/// </summary>
sealed class InboxWorkers(InboxProvider provider, IEnumerable<IInboxHandler> handlers, IOptions<InboxOptions> options, ILogger<InboxWorkers> log)
    : BackgroundService
{
    /// <summary>Who holds the leases: this process, for its life.</summary>
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>A wake-up for one idle conversation slot (it passes it on when it found work).</summary>
    readonly SemaphoreSlim _work = new(0, int.MaxValue);

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
            log.LogError(e, "Kotak masuk tidak tersedia. / The inbox is unavailable.");
            return;
        }
        var settings = options.Value;
        var channels = byChannel.Keys.ToArray();
        var workers = Math.Max(1, settings.Workers);
        using var handling = new SemaphoreSlim(workers);
        var slots = Math.Max(workers, settings.Conversations);
        var tasks = Enumerable.Range(0, slots).Select(_ => WorkAsync(inbox, byChannel, channels, handling, settings, stoppingToken)).ToList();
        tasks.Add(WakeAsync(inbox, settings, stoppingToken));
        tasks.Add(HeartbeatAsync(inbox, settings, stoppingToken));
        await Task.WhenAll(tasks);
    }

    /// <summary>Turns the inbox's wake-ups (and, without any, the poll) into one wake-up for an idle slot.</summary>
    async Task WakeAsync(IInbox inbox, InboxOptions settings, CancellationToken stop)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(0.05, settings.PollSeconds));
        while (!stop.IsCancellationRequested)
        {
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
                if (idle) await _work.WaitAsync(stop);
                var item = await inbox.ClaimAsync(Owner, channels, stop);
                if (item is null)
                {
                    idle = true;
                    continue;
                }
                // There may be more: two idle slots look (a fan-out that ends at the first empty claims), so a batch
                // of updates is claimed side by side, not one claim after another.
                WakeOne();
                WakeOne();
                idle = false;
                failures = 0;
                var handled = 0;
                var retries = 0;
                Trace("claim", item);
                while (item is not null)
                {
                    string? failure = null;
                    var retry = false;
                    var id = item.Id;
                    var sends = new PendingSends(new SendMark((replied, token) => inbox.MarkRepliedAsync(id, replied, token),
                        e => log.LogWarning("Tanda balasan terkirim tidak tercatat ({Reason}). / The replied mark was not written.", e.Message)));
                    var working = false;
                    var handler = byChannel[item.Channel];
                    if (item.ReplyWait > 0) handler.HoldReplies(item, TimeSpan.FromSeconds(item.ReplyWait));
                    try
                    {
                        if (item.Replied)
                            // Its server was killed after the answer had left (the mark is set only once the request was
                            // in the kernel): answering again would be a duplicate. Completed, not handled.
                            log.LogInformation("Pembaruan {Channel} {Id}: balasannya sudah terkirim sebelum server berhenti; tidak ditangani lagi. / Its replies had left before the server stopped; not handled again.",
                                item.Channel, item.ExternalId);
                        else
                        {
                            await handling.WaitAsync(stop);
                            working = true;
                            failure = await handler.HandleAsync(item, sends, stop);
                        }
                    }
                    catch (OperationCanceledException) when (stop.IsCancellationRequested)
                    {
                        // Unfinished: stays pending, handled again after the restart.
                        await inbox.ReleaseAsync(item.Conversation, Owner, CancellationToken.None);
                        return;
                    }
                    catch (Exception e) when (DatabaseFailures.IsTransient(e))
                    {
                        // The database is away for a moment (too many clients, a failover): no failure of the update, which
                        // stays pending; this worker keeps the conversation (its order) and handles it again below.
                        retry = true;
                        log.LogWarning("Pembaruan {Channel} {Id}: basis data tidak tersedia sesaat ({Reason}); dicoba lagi. / The database is away for a moment; the update is tried again.",
                            item.Channel, item.ExternalId, e.Message);
                    }
                    catch (Exception e)
                    {
                        // Kept as failed, and the conversation goes on with its next update.
                        log.LogError(e, "Pembaruan {Channel} {Id} gagal ditangani. / An update failed.", item.Channel, item.ExternalId);
                        failure = e.GetType().Name;
                    }
                    finally
                    {
                        if (working) handling.Release();
                    }
                    if (retry)
                    {
                        // Whatever the handler had started goes out first (order within the chat), then the same update again.
                        try { await sends.WhenAllAsync(); }
                        catch (Exception e) when (!stop.IsCancellationRequested)
                        {
                            log.LogDebug(e, "A send before the retry failed.");
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
                    catch (Exception e)
                    {
                        log.LogError(e, "Balasan untuk pembaruan {Channel} {Id} gagal dikirim. / Sending the replies to an update failed.", item.Channel, item.ExternalId);
                        failure ??= e.GetType().Name;
                    }
                    Trace("sent", item);
                    if (failure is not null)
                        log.LogWarning("Pembaruan {Channel} {Id} disimpan sebagai gagal ({Reason}). / Update kept as failed.", item.Channel, item.ExternalId, failure);
                    var gap = handler.ReplyGap(item);
                    var done = item;
                    item = await CompleteAsync(inbox, item, failure, ++handled < settings.MaxPerTurn && !stop.IsCancellationRequested, gap, stop);
                    Trace("complete", done, $"gap={gap.TotalMilliseconds:0} next={item?.ExternalId ?? "-"}");
                }
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
                if (failures == 1) log.LogWarning("Kotak masuk tidak dapat dibaca ({Reason}); coba lagi. / The inbox cannot be read; retrying.", e.Message);
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
                    log.LogWarning("Pembaruan {Channel} {Id} belum dapat dicatat selesai ({Reason}); coba lagi. / Recording a handled update failed; retrying.", item.Channel, item.ExternalId, e.Message);
                await Task.Delay(DatabaseFailures.Backoff(attempt), stop);   // cancelled at shutdown: the lease then runs out
            }
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
        base.Dispose();
    }

    /// <summary>Keeps this server's leases alive; once an hour forgets handled updates older than the kept days.</summary>
    async Task HeartbeatAsync(IInbox inbox, InboxOptions settings, CancellationToken stop)
    {
        var every = TimeSpan.FromSeconds(Math.Max(0.2, settings.LeaseSeconds / 3));
        var lastHour = -1L;
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                try
                {
                    await inbox.RenewAsync(Owner, stop);
                    var hour = Environment.TickCount64 / 3_600_000;
                    if (inbox is PostgresInbox pg && hour != lastHour)
                    {
                        lastHour = hour;
                        await pg.PurgeAsync(stop);
                    }
                }
                catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
                {
                    log.LogWarning("Sewa percakapan tidak dapat diperpanjang ({Reason}). / Conversation leases could not be renewed.", e.Message);
                }
            }
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
