namespace SpbeBot.Core.Messaging.Inbox;

/// <summary>
/// The inbox of a process without a database (in-process channel tests, the database-free criteria handler): the same
/// rules as <see cref="PostgresInbox"/> — repeats dropped, one worker per conversation, its updates in order, the
/// conversation served longest ago first — but in memory, so nothing survives the process. The real server always
/// has a database and uses <see cref="PostgresInbox"/>. Bounded: the oldest handled ids are forgotten first.
/// </summary>
public sealed class MemoryInbox(int remember = 100_000) : IInbox
{
    sealed class Conversation
    {
        public readonly List<InboxItem> Pending = [];
        public string? Owner;
        public long ServedAt;
    }

    readonly Lock _gate = new();
    readonly HashSet<(string, string)> _seen = [];
    readonly Queue<(string, string)> _seenOrder = new();
    readonly Dictionary<string, Conversation> _conversations = [];
    readonly List<(InboundUpdate Update, string Reason)> _failed = [];
    long _nextId, _served;
    TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Updates kept as failed, with their reason (for tests and diagnostics).</summary>
    public IReadOnlyList<(InboundUpdate Update, string Reason)> Failed { get { lock (_gate) return [.. _failed]; } }

    public Task<bool> AddAsync(InboundUpdate update, CancellationToken ct) => Task.FromResult(Add(update));

    public Task<int> AddManyAsync(IReadOnlyList<InboundUpdate> updates, CancellationToken ct) => Task.FromResult(updates.Count(Add));

    bool Add(InboundUpdate update)
    {
        TaskCompletionSource? woken = null;
        lock (_gate)
        {
            if (!_seen.Add((update.Channel, update.ExternalId))) return false;
            _seenOrder.Enqueue((update.Channel, update.ExternalId));
            if (_seenOrder.Count > remember) _seen.Remove(_seenOrder.Dequeue());
            if (update.FailedReason is not null || update.Conversation is null)
            {
                _failed.Add((update, update.FailedReason ?? "no conversation"));
                if (_failed.Count > 1_000) _failed.RemoveAt(0);
                return true;
            }
            if (!_conversations.TryGetValue(update.Conversation, out var conversation))
                _conversations[update.Conversation] = conversation = new Conversation();
            var item = new InboxItem(++_nextId, update.Channel, update.ExternalId, update.Conversation, update.Seq, update.Payload);
            var at = conversation.Pending.FindIndex(p => (p.Seq, p.Id).CompareTo((item.Seq, item.Id)) > 0);
            conversation.Pending.Insert(at < 0 ? conversation.Pending.Count : at, item);
            (woken, _wake) = (_wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }
        woken.TrySetResult();
        return true;
    }

    public Task<InboxItem?> ClaimAsync(string owner, IReadOnlyCollection<string> channels, CancellationToken ct)
    {
        lock (_gate)
        {
            var (key, conversation) = _conversations
                .Where(c => c.Value.Owner is null && c.Value.Pending.Count > 0 && channels.Contains(c.Value.Pending[0].Channel))
                .OrderBy(c => c.Value.ServedAt)
                .FirstOrDefault();
            if (conversation is null) return Task.FromResult<InboxItem?>(null);
            conversation.Owner = owner;
            conversation.ServedAt = ++_served;
            return Task.FromResult<InboxItem?>(conversation.Pending[0]);
        }
    }

    public Task<InboxItem?> CompleteAsync(InboxItem item, string owner, string? failure, bool more, CancellationToken ct, TimeSpan replyGap = default)
    {
        lock (_gate)
        {
            if (!_conversations.TryGetValue(item.Conversation, out var conversation)) return Task.FromResult<InboxItem?>(null);
            conversation.Pending.RemoveAll(p => p.Id == item.Id);
            if (failure is not null)
            {
                _failed.Add((new InboundUpdate(item.Channel, item.ExternalId, item.Conversation, item.Seq, item.Payload, failure), failure));
                if (_failed.Count > 1_000) _failed.RemoveAt(0);
            }
            if (conversation.Owner != owner) return Task.FromResult<InboxItem?>(null);
            if (more && conversation.Pending.Count > 0) return Task.FromResult<InboxItem?>(conversation.Pending[0]);
            conversation.Owner = null;
            if (conversation.Pending.Count == 0) _conversations.Remove(item.Conversation);
            return Task.FromResult<InboxItem?>(null);
        }
    }

    /// <summary>Nothing survives this inbox's process, so the mark has nothing to decide.</summary>
    public Task MarkRepliedAsync(long id, bool replied, CancellationToken ct) => Task.CompletedTask;

    public Task ReleaseAsync(string conversation, string owner, CancellationToken ct)
    {
        lock (_gate)
            if (_conversations.TryGetValue(conversation, out var c) && c.Owner == owner) c.Owner = null;
        return Task.CompletedTask;
    }

    public Task RenewAsync(string owner, CancellationToken ct) => Task.CompletedTask;

    public async Task WaitForWorkAsync(TimeSpan max, CancellationToken ct)
    {
        Task wake;
        lock (_gate) wake = _wake.Task;
        await Task.WhenAny(wake, Task.Delay(max, ct));
        ct.ThrowIfCancellationRequested();
    }
}
