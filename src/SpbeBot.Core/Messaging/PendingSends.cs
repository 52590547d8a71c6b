namespace SpbeBot.Core.Messaging;

/// <summary>
/// The sends a handler started but did not wait for. An inbox worker passes a fresh one to the channel's handler with
/// each update: the handler hands its replies to the <see cref="SendPipeline"/> and, instead of waiting for each
/// reply's network call (L ms, plus the chat's own pace), adds the send here and returns. The worker then lets the next
/// update be handled by someone else and waits for these sends before it records the update as handled — so a crash
/// before the replies went out leaves the update pending (handled again after the restart), exactly as when the
/// handler waited itself.
/// </summary>
public sealed class PendingSends
{
    readonly Lock _gate = new();
    readonly List<Task> _sends = [];

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
}
