using Microsoft.Extensions.Options;
using Npgsql;
using SpbeBot.Core.Messaging.Inbox;
using SpbeBot.Core.Storage;

namespace SpbeBot.Host.Channels;

/// <summary>Handles one inbox update of its channel; returns null when handled, else why it failed (never its content).</summary>
interface IInboxHandler
{
    string Channel { get; }

    /// <summary>False when the channel is off in this server (then its updates are left to a server where it is on).</summary>
    bool Enabled { get; }

    Task<string?> HandleAsync(InboxItem item, CancellationToken ct);
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
                    _inbox = new PostgresInbox(services.GetRequiredService<ConnectionFactory>(), options.Value);
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
/// The bounded pool of inbox workers (issue 17): <see cref="InboxOptions.Workers"/> loops, each claiming one conversation
/// at a time from the shared inbox and handling its pending updates strictly in order, so different conversations go
/// side by side and long work (a file download, a digest) holds only its own conversation's worker. Claims are leases
/// renewed by a heartbeat while this server lives; at shutdown a claimed conversation is given back unfinished, and
/// whatever was not completed is handled after the restart (or by another server).
/// </summary>
sealed class InboxWorkers(InboxProvider provider, IEnumerable<IInboxHandler> handlers, IOptions<InboxOptions> options, ILogger<InboxWorkers> log)
    : BackgroundService
{
    /// <summary>Who holds the leases: this process, for its life.</summary>
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

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
        var workers = Enumerable.Range(0, Math.Max(1, settings.Workers)).Select(_ => WorkAsync(inbox, byChannel, channels, settings, stoppingToken)).ToList();
        workers.Add(HeartbeatAsync(inbox, settings, stoppingToken));
        await Task.WhenAll(workers);
    }

    async Task WorkAsync(IInbox inbox, Dictionary<string, IInboxHandler> byChannel, string[] channels, InboxOptions settings, CancellationToken stop)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(0.05, settings.PollSeconds));
        var failures = 0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var item = await inbox.ClaimAsync(Owner, channels, stop);
                if (item is null)
                {
                    await inbox.WaitForWorkAsync(poll, stop);
                    continue;
                }
                failures = 0;
                var handled = 0;
                while (item is not null)
                {
                    string? failure;
                    try
                    {
                        failure = await byChannel[item.Channel].HandleAsync(item, stop);
                    }
                    catch (OperationCanceledException) when (stop.IsCancellationRequested)
                    {
                        // Unfinished: stays pending, handled again after the restart.
                        await inbox.ReleaseAsync(item.Conversation, Owner, CancellationToken.None);
                        return;
                    }
                    catch (Exception e)
                    {
                        // Kept as failed, and the conversation goes on with its next update.
                        log.LogError(e, "Pembaruan {Channel} {Id} gagal ditangani. / An update failed.", item.Channel, item.ExternalId);
                        failure = e.GetType().Name;
                    }
                    if (failure is not null)
                        log.LogWarning("Pembaruan {Channel} {Id} disimpan sebagai gagal ({Reason}). / Update kept as failed.", item.Channel, item.ExternalId, failure);
                    item = await inbox.CompleteAsync(item, Owner, failure, ++handled < settings.MaxPerTurn && !stop.IsCancellationRequested, stop);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException or System.Net.Sockets.SocketException)
            {
                // The database is away: the updates wait in it (or in the platform) until it is back.
                var wait = TimeSpan.FromSeconds(Math.Min(10, Math.Pow(2, failures++)));
                if (failures == 1) log.LogWarning("Kotak masuk tidak dapat dibaca ({Reason}); coba lagi. / The inbox cannot be read; retrying.", e.Message);
                try { await Task.Delay(wait, stop); }
                catch (OperationCanceledException) { return; }
            }
        }
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
