namespace SpbeBot.Core.Messaging;

/// <summary>
/// The sends a handler started but did not wait for. An inbox worker passes a fresh one to the channel's handler with
/// each update: the handler hands its replies to the <see cref="SendPipeline"/> and, instead of waiting for each
/// reply's network call (L ms, plus the chat's own pace), adds the send here and returns. The worker then lets the next
/// update be handled by someone else and waits for these sends before it records the update as handled — so a crash
/// before the replies went out leaves the update pending (handled again after the restart), exactly as when the
/// handler waited itself.
/// </summary>
/// <param name="replied">
/// The update's "its replies left" mark (<see cref="SendMark"/>): the handler gives it to the request of its last reply
/// part, so it is set once the whole answer is on the wire. After a kill, an update so marked is completed without
/// being handled again (its answer had left); one not marked is handled again. Null: no mark (at least once).
/// </param>
public sealed class PendingSends(SendMark? replied = null)
{
    readonly Lock _gate = new();
    readonly List<Task> _sends = [];

    /// <summary>The mark of the update's last reply part having left (null when the inbox keeps none).</summary>
    public SendMark? Replied => replied;

    /// <summary>Sends still running or done (for tests and metrics).</summary>
    public int Count { get { lock (_gate) return _sends.Count; } }

    /// <summary>Leaves <paramref name="send"/> running; the worker waits for it before the update counts as handled.</summary>
    public void Add(Task send)
    {
        lock (_gate) _sends.Add(send);
    }

    /// <summary>
    /// Completes when every added send did (throws the first failure, like <see cref="Task.WhenAll(Task[])"/>), and
    /// the replied mark is written.
    /// </summary>
    public async Task WhenAllAsync()
    {
        Task[] sends;
        lock (_gate) sends = _sends.ToArray();
        try
        {
            if (sends.Length > 0) await Task.WhenAll(sends);
        }
        finally
        {
            if (replied is not null) await replied.Settled;
        }
    }
}
