namespace SpbeBot.Core.Messaging;

/// <summary>
/// Paces sends to keep a platform's limits: at most <c>perSecondOverall</c> messages per second in total (sends are
/// spaced 1/rate apart) and one message per <c>1/perSecondPerChat</c> seconds to the same chat. Each reservation books
/// a slot, so concurrent senders get distinct slots. After a 429, <see cref="PauseAll"/> moves every slot past the
/// platform's retry_after.
/// </summary>
public sealed class SendRateLimiter(double perSecondOverall = 30, double perSecondPerChat = 1, TimeProvider? clock = null)
{
    readonly TimeProvider _clock = clock ?? TimeProvider.System;
    /// <summary>Slots are spaced 2 % wider than the limits: network jitter can bring two sends closer on arrival.</summary>
    const double Margin = 1.02;

    readonly TimeSpan _overallGap = TimeSpan.FromSeconds(Margin / perSecondOverall);
    readonly TimeSpan _chatGap = TimeSpan.FromSeconds(Margin / perSecondPerChat);
    readonly Dictionary<string, DateTimeOffset> _chatNext = [];
    readonly Lock _gate = new();
    DateTimeOffset _overallNext = DateTimeOffset.MinValue;

    /// <summary>Books the earliest slot for this chat and returns how long to wait for it.</summary>
    public TimeSpan Reserve(string chatKey)
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            var slot = Max(now, _overallNext);
            if (_chatNext.TryGetValue(chatKey, out var chatSlot)) slot = Max(slot, chatSlot);
            _overallNext = slot + _overallGap;
            _chatNext[chatKey] = slot + _chatGap;
            if (_chatNext.Count > 10_000) Forget(now);
            return slot - now;
        }
    }

    public async Task WaitAsync(string chatKey, CancellationToken ct)
    {
        var wait = Reserve(chatKey);
        if (wait > TimeSpan.Zero) await Task.Delay(wait, _clock, ct);
    }

    /// <summary>The platform said "too many requests, retry after …": nothing is sent before then.</summary>
    public void PauseAll(TimeSpan retryAfter)
    {
        lock (_gate) _overallNext = Max(_overallNext, _clock.GetUtcNow() + retryAfter);
    }

    /// <summary>Chats whose next slot has passed need no entry; keeps the table small over a long life.</summary>
    void Forget(DateTimeOffset now)
    {
        foreach (var key in _chatNext.Where(p => p.Value <= now).Select(p => p.Key).ToList()) _chatNext.Remove(key);
    }

    static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
