namespace SpbeBot.Core.Messaging;

/// <summary>
/// Paces sends to keep a platform's limits: at most <c>perSecondOverall</c> messages in any window of a second (with a
/// small margin), spread evenly rather than in bursts, and one message per <c>1/perSecondPerChat</c> seconds to the
/// same chat. It counts the moments sends really start, not the slots it handed out, so a send that was late cannot
/// be followed by a burst that catches up. After a 429, <see cref="PauseAll"/> holds every send past retry_after.
/// </summary>
public sealed class SendRateLimiter(double perSecondOverall = 30, double perSecondPerChat = 1, TimeProvider? clock = null)
{
    /// <summary>Windows are 5 % longer than the limits: network jitter can bring sends closer together on arrival.</summary>
    const double Margin = 1.05;

    readonly TimeProvider _clock = clock ?? TimeProvider.System;
    readonly int _perWindow = Math.Max(1, (int)Math.Floor(perSecondOverall));
    readonly TimeSpan _window = TimeSpan.FromSeconds(Margin * Math.Max(1, Math.Floor(perSecondOverall)) / perSecondOverall);
    readonly TimeSpan _evenGap = TimeSpan.FromSeconds(1 / perSecondOverall);
    readonly TimeSpan _chatGap = TimeSpan.FromSeconds(Margin / perSecondPerChat);
    readonly Queue<DateTimeOffset> _recent = new();
    readonly Dictionary<string, DateTimeOffset> _chatNext = [];
    readonly Lock _gate = new();
    DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;
    DateTimeOffset _last = DateTimeOffset.MinValue;

    /// <summary>Waits until a send to this chat keeps every limit, and counts it as started.</summary>
    public async Task WaitAsync(string chatKey, CancellationToken ct)
    {
        while (!TryAcquire(chatKey, out var wait)) await Task.Delay(wait, _clock, ct);
    }

    /// <summary>True when a send to this chat may start now (it is counted); otherwise how long to wait before asking again.</summary>
    public bool TryAcquire(string chatKey, out TimeSpan wait)
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            var earliest = Max(_pausedUntil, _last + _evenGap);
            if (_chatNext.TryGetValue(chatKey, out var chat)) earliest = Max(earliest, chat);
            if (_recent.Count >= _perWindow) earliest = Max(earliest, _recent.Peek() + _window);
            if (earliest > now)
            {
                wait = earliest - now;
                return false;
            }
            _recent.Enqueue(now);
            while (_recent.Count > _perWindow) _recent.Dequeue();
            _last = now;
            _chatNext[chatKey] = now + _chatGap;
            if (_chatNext.Count > 10_000) Forget(now);
            wait = TimeSpan.Zero;
            return true;
        }
    }

    /// <summary>The platform said "too many requests, retry after …": nothing is sent before then.</summary>
    public void PauseAll(TimeSpan retryAfter)
    {
        lock (_gate) _pausedUntil = Max(_pausedUntil, _clock.GetUtcNow() + retryAfter);
    }

    /// <summary>Chats whose next slot has passed need no entry; keeps the table small over a long life.</summary>
    void Forget(DateTimeOffset now)
    {
        foreach (var key in _chatNext.Where(p => p.Value <= now).Select(p => p.Key).ToList()) _chatNext.Remove(key);
    }

    static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
