namespace SpbeBot.Dialogs.Common;

/// <summary>
/// Further parts per chat, in memory: lost on restart, which only means "/lanjut" says there is nothing
/// to continue. Bounded so a busy bot cannot grow it without limit: when full, the least recently
/// answered tenth of the chats is dropped in one go (cheap, and rare).
/// </summary>
public sealed class PendingParts(int capacity)
{
    readonly Dictionary<string, (IReadOnlyList<string> Parts, long Stamp)> _byChat = [];
    long _clock;

    public void Set(string chat, IReadOnlyList<string> parts)
    {
        lock (_byChat)
        {
            if (parts.Count == 0)
            {
                _byChat.Remove(chat);
                return;
            }
            _byChat[chat] = (parts, ++_clock);
            if (_byChat.Count <= capacity) return;
            foreach (var old in _byChat.OrderBy(e => e.Value.Stamp).Take(Math.Max(1, capacity / 10)).Select(e => e.Key).ToList())
                _byChat.Remove(old);
        }
    }

    public IReadOnlyList<string> Take(string chat)
    {
        lock (_byChat)
            return _byChat.Remove(chat, out var entry) ? entry.Parts : [];
    }
}
