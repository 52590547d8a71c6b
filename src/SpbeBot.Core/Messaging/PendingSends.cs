namespace SpbeBot.Core.Messaging;

/// <summary>
/// The sends a handler started but did not wait for. An inbox worker handles an update inside
/// <see cref="CollectAsync{T}"/>: the channel's handler hands its replies to the <see cref="SendPipeline"/> and, instead
/// of waiting for each reply's network call (L ms, plus the chat's own 1/s pace), adds the send here and returns. The
/// worker then lets the next update be handled by someone else and waits for these sends before it records the update
/// as handled — so a crash before the replies went out leaves the update pending (handled again after the restart),
/// exactly as when the handler waited itself. Outside a worker (no collector) the handler waits as before.
/// </summary>
public sealed class PendingSends
{
    static readonly AsyncLocal<PendingSends?> Ambient = new();
    readonly Lock _gate = new();
    readonly List<Task> _sends = [];

    /// <summary>The collector of the update being handled on this flow, or null outside a worker.</summary>
    public static PendingSends? Current => Ambient.Value;

    /// <summary>Runs <paramref name="handle"/> with a fresh collector; returns its result and the sends it left running.</summary>
    public static async Task<(T Result, PendingSends Sends)> CollectAsync<T>(Func<Task<T>> handle)
    {
        // Set inside this async method: the change stays within the handling flow and is gone when it returns.
        var sends = new PendingSends();
        Ambient.Value = sends;
        return (await handle(), sends);
    }

    /// <summary>Sends still running or done (for tests and metrics).</summary>
    public int Count { get { lock (_gate) return _sends.Count; } }

    /// <summary>Leaves <paramref name="send"/> running; the worker waits for it before the update counts as handled.</summary>
    public void Add(Task send)
    {
        lock (_gate) _sends.Add(send);
    }

    /// <summary>Completes when every added send did (throws the first failure, like <see cref="Task.WhenAll(Task[])"/>).</summary>
    public Task WhenAllAsync()
    {
        lock (_gate) return _sends.Count == 0 ? Task.CompletedTask : Task.WhenAll(_sends.ToArray());
    }

    /// <summary>Hands <paramref name="send"/> to the current collector, or waits for it when there is none.</summary>
    public static Task DeferOrAwait(Task send)
    {
        if (Current is not { } pending) return send;
        pending.Add(send);
        return Task.CompletedTask;
    }
}
