namespace SpbeBot.Core.Messaging;

/// <summary>
/// Paces sends to keep a platform's limits: at most <c>perSecondOverall</c> messages in any window of a second (with a
/// small margin), spread evenly rather than in bursts, one message per <c>1/perSecondPerChat</c> seconds to the same
/// chat, and for a group chat one per <c>60/perMinutePerGroup</c> seconds. It counts the moments sends really start,
/// not the slots it handed out, so a send that was late cannot be followed by a burst that catches up. After a 429,
/// <see cref="PauseAll"/> holds every send past retry_after, <see cref="PauseChat"/> only that chat's.
/// </summary>
public sealed class SendRateLimiter(double perSecondOverall = 30, double perSecondPerChat = 1, TimeProvider? clock = null, double perMinutePerGroup = 20)
{
    /// <summary>Windows are 5 % longer than the limits: network jitter can bring sends closer together on arrival.</summary>
    const double Margin = 1.05;

    readonly TimeProvider _clock = clock ?? TimeProvider.System;
    readonly int _perWindow = Math.Max(1, (int)Math.Floor(perSecondOverall));
    readonly TimeSpan _window = TimeSpan.FromSeconds(Margin * Math.Max(1, Math.Floor(perSecondOverall)) / perSecondOverall);
    readonly TimeSpan _evenGap = TimeSpan.FromSeconds(1 / perSecondOverall);
    readonly TimeSpan _chatGap = TimeSpan.FromSeconds(Margin / perSecondPerChat);
    readonly TimeSpan _groupGap = TimeSpan.FromSeconds(Margin * 60 / perMinutePerGroup);
    readonly Queue<DateTimeOffset> _recent = new();
    readonly Dictionary<string, DateTimeOffset> _chatNext = [];
    readonly Lock _gate = new();
    DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;
    DateTimeOffset _last = DateTimeOffset.MinValue;

    public TimeProvider Clock => _clock;

    /// <summary>Waits until a send to this chat keeps every limit, and counts it as started.</summary>
    public async Task WaitAsync(string chatKey, CancellationToken ct)
    {
        while (!TryAcquire(chatKey, out var wait)) await Task.Delay(wait, _clock, ct);
    }

    /// <summary>True when a send to this chat may start now (it is counted); otherwise how long to wait before asking again.</summary>
    public bool TryAcquire(string chatKey, out TimeSpan wait) => TryAcquire(chatKey, false, out wait);

    /// <inheritdoc cref="TryAcquire(string, out TimeSpan)"/>
    public bool TryAcquire(string chatKey, bool isGroup, out TimeSpan wait)
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            var earliest = Max(GlobalReadyAtLocked(), ChatReadyAtLocked(chatKey));
            if (earliest > now)
            {
                wait = earliest - now;
                return false;
            }
            TakeLocked(chatKey, isGroup, now);
            wait = TimeSpan.Zero;
            return true;
        }
    }

    /// <summary>When the next send to any chat may start (the overall rate and a whole-bot pause).</summary>
    public DateTimeOffset GlobalReadyAt()
    {
        lock (_gate) return GlobalReadyAtLocked();
    }

    /// <summary>When the next send to this chat may start, as far as the chat alone is concerned.</summary>
    public DateTimeOffset ChatReadyAt(string chatKey)
    {
        lock (_gate) return ChatReadyAtLocked(chatKey);
    }

    /// <summary>The platform said "too many requests, retry after …" for the whole bot: nothing is sent before then.</summary>
    public void PauseAll(TimeSpan retryAfter)
    {
        lock (_gate) _pausedUntil = Max(_pausedUntil, _clock.GetUtcNow() + retryAfter);
    }

    /// <summary>The platform said "too many requests" about one chat: only that chat waits.</summary>
    public void PauseChat(string chatKey, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var until = _clock.GetUtcNow() + retryAfter;
            _chatNext[chatKey] = _chatNext.TryGetValue(chatKey, out var next) ? Max(next, until) : until;
        }
    }

    /// <summary>True when a send to this chat started less than the per-chat gap ago: a 429 now is about the chat.</summary>
    public bool SentRecentlyTo(string chatKey)
    {
        lock (_gate) return _chatNext.TryGetValue(chatKey, out var next) && next > _clock.GetUtcNow();
    }

    DateTimeOffset GlobalReadyAtLocked()
    {
        var earliest = Max(_pausedUntil, _last + _evenGap);
        if (_recent.Count >= _perWindow) earliest = Max(earliest, _recent.Peek() + _window);
        return earliest;
    }

    DateTimeOffset ChatReadyAtLocked(string chatKey) => _chatNext.TryGetValue(chatKey, out var chat) ? chat : DateTimeOffset.MinValue;

    void TakeLocked(string chatKey, bool isGroup, DateTimeOffset now)
    {
        _recent.Enqueue(now);
        while (_recent.Count > _perWindow) _recent.Dequeue();
        _last = now;
        _chatNext[chatKey] = now + (isGroup ? _groupGap : _chatGap);
        if (_chatNext.Count > 10_000) Forget(now);
    }

    /// <summary>Chats whose next slot has passed need no entry; keeps the table small over a long life.</summary>
    void Forget(DateTimeOffset now)
    {
        foreach (var key in _chatNext.Where(p => p.Value <= now).Select(p => p.Key).ToList()) _chatNext.Remove(key);
    }

    static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
