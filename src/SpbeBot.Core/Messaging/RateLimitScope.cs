namespace SpbeBot.Core.Messaging;

/// <summary>
/// Decides what a 429 is about. Neither Telegram nor Teams says whether retry_after concerns one chat or the whole bot,
/// so: a group chat's 429 is the group's (20 a minute); a private chat's 429 is that chat's, unless another chat got a
/// 429 within the last <c>window</c> — two chats refused together mean the bot as a whole is over its limit, and every
/// send waits. A wrong guess costs at most one more 429, never a stop of the whole channel for one chat's sake.
/// </summary>
public sealed class RateLimitScope(TimeProvider clock, TimeSpan? window = null)
{
    readonly TimeSpan _window = window ?? TimeSpan.FromSeconds(1);
    readonly Lock _gate = new();
    string? _lastChat;
    DateTimeOffset _lastAt = DateTimeOffset.MinValue;

    /// <summary>True when the 429 just received for <paramref name="chatKey"/> should pause the whole bot.</summary>
    public bool IsWholeBot(string chatKey, bool isGroup)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            var another = _lastChat is not null && _lastChat != chatKey && now - _lastAt < _window;
            if (!isGroup)
            {
                _lastChat = chatKey;
                _lastAt = now;
            }
            return !isGroup && another;
        }
    }
}
