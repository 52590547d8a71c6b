namespace SpbeBot.Host.Channels.Telegram;

/// <summary>
/// Remembers recently handled update_ids so a redelivered update (webhook retry, restarted poll) is handled
/// once by this server. A bounded in-memory window is enough: across restarts, polling resumes from the offset kept
/// in the database, so only updates handled but not yet confirmed there can come again (at-least-once).
/// </summary>
sealed class UpdateDeduplicator(int capacity = 10_000)
{
    readonly HashSet<int> _seen = [];
    readonly Queue<int> _order = new();

    /// <summary>True the first time an update id is offered, false for every repeat within the window.</summary>
    public bool FirstTime(int updateId)
    {
        lock (_seen)
        {
            if (!_seen.Add(updateId)) return false;
            _order.Enqueue(updateId);
            if (_order.Count > capacity) _seen.Remove(_order.Dequeue());
            return true;
        }
    }
}
