using Microsoft.Extensions.Options;
using Npgsql;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.Messaging.Inbox;
using SpbeBot.Core.Observability;
using SpbeBot.Core.Storage;

namespace SpbeBot.Host.Channels;

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

    // ───────────── issue 17 (wip-17s, after wip-17p): an arrival claimed for an idle worker ─────────────

    InboxWorkers? _workers;
    string? _owner;
    IReadOnlySet<string> _channels = new HashSet<string>();
    int _idle;       // worker slots waiting for work
    int _reserved;   // arrivals being claimed or handed, not yet taken by a slot

    /// <summary>
    /// Adds an inbound update (durable before it returns). When this server's workers run for its channel and one of
    /// them is idle, the update is added and — its conversation being free — claimed in the same statement and handed
    /// straight to that worker, which holds the claim as it holds any other (its generation, its deadline counted from
    /// before the statement, renewed by the heartbeat): no NOTIFY, no wake-up, no claim of its own. Otherwise as
    /// <see cref="IInbox.AddAsync"/>.
    /// </summary>
    public async Task<bool> AddAsync(InboundUpdate update, CancellationToken ct)
    {
        if (!TryReserve(update.Channel, out var owner, out var workers)) return await Inbox.AddAsync(update, ct);
        var handed = false;
        try
        {
            var from = workers.Timestamp();
            var (added, claimed) = await Inbox.AddAndClaimAsync(update, owner, ct);
            if (claimed is not null) handed = workers.Give(claimed, from);
            return added;
        }
        finally
        {
            if (!handed) Interlocked.Decrement(ref _reserved);
        }
    }

    /// <summary>A polling batch: one update goes as <see cref="AddAsync"/>, more in one statement (<see cref="IInbox.AddManyAsync"/>).</summary>
    public async Task<int> AddManyAsync(IReadOnlyList<InboundUpdate> updates, CancellationToken ct) =>
        updates.Count == 1 ? (await AddAsync(updates[0], ct) ? 1 : 0) : await Inbox.AddManyAsync(updates, ct);

    bool TryReserve(string channel, out string owner, out InboxWorkers workers)
    {
        owner = Volatile.Read(ref _owner)!;
        workers = Volatile.Read(ref _workers)!;
        if (owner is null || workers is null || !_channels.Contains(channel)) return false;
        while (true)
        {
            var reserved = Volatile.Read(ref _reserved);
            if (reserved >= Volatile.Read(ref _idle)) return false;
            if (Interlocked.CompareExchange(ref _reserved, reserved + 1, reserved) == reserved) return true;
        }
    }

    /// <summary>The workers run: arrivals of <paramref name="channels"/> may be claimed for their owner.</summary>
    internal void Open(InboxWorkers workers, IReadOnlyCollection<string> channels)
    {
        _channels = channels.ToHashSet();
        Volatile.Write(ref _workers, workers);
        Volatile.Write(ref _owner, workers.Owner);
    }

    /// <summary>The workers stop: no more claims on arrival.</summary>
    internal void Close()
    {
        Volatile.Write(ref _owner, null);
        Volatile.Write(ref _workers, null);
    }

    /// <summary>Worker slots waiting for work now (tests wait for one before an arrival that should be claimed).</summary>
    internal int IdleSlots => Volatile.Read(ref _idle);

    /// <summary>A slot waits for work (+1) or stops waiting (-1).</summary>
    internal void Idle(int change) => Interlocked.Add(ref _idle, change);

    /// <summary>A slot took an arrival handed to it: its reservation is used up.</summary>
    internal void Taken() => Interlocked.Decrement(ref _reserved);
}
