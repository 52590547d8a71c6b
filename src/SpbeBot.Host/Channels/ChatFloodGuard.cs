using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SpbeBot.Host.Channels;

/// <summary>Settings of <see cref="ChatFloodGuard"/> (Spbebot:Chat): how many messages one chat account may send at once, and how fast the allowance refills.</summary>
public sealed class ChatFloodOptions
{
    public const string Section = "Spbebot:Chat";

    /// <summary>Messages one account may send in a burst.</summary>
    public int FloodBurst { get; set; } = 20;

    /// <summary>Messages per minute the allowance refills with.</summary>
    public int FloodPerMinute { get; set; } = 20;
}

/// <summary>What to do with one message of a chat account.</summary>
public enum FloodVerdict
{
    /// <summary>Handle it.</summary>
    Allowed,
    /// <summary>The first message over the limit: answer once, politely, that they should slow down.</summary>
    SlowDown,
    /// <summary>Still over the limit: drop it without an answer until the allowance refills.</summary>
    Silent,
}

/// <summary>
/// One chat account flooding the bot (issue 18, F15): a token bucket per account (channel + platform user id) in
/// memory. The buckets are refilled from <see cref="TimeProvider"/> (not a timer or a stopwatch),
/// so tests drive them with a fake clock. Over the limit the account gets one "pelan-pelan" answer, then silence until
/// a message is allowed again. Losing the buckets on restart costs nothing: they refill within a minute anyway.
/// </summary>
public sealed class ChatFloodGuard(TimeProvider clock, ChatFloodOptions options)
{
    const int MaxAccounts = 50_000;

    sealed class Account(double tokens, long at)
    {
        public double Tokens = tokens;
        public long At = at;
        public bool Warned;
    }

    readonly ConcurrentDictionary<(string, string), Account> _accounts = new();
    readonly int _burst = Math.Max(1, options.FloodBurst);
    readonly TimeSpan _period = TimeSpan.FromMinutes(1) / Math.Max(1, options.FloodPerMinute);

    public FloodVerdict Check(string channel, string userId)
    {
        if (_accounts.Count > MaxAccounts) Prune();
        var now = clock.GetTimestamp();
        var account = _accounts.GetOrAdd((channel, userId), _ => new Account(_burst, now));
        lock (account)
        {
            Refill(account, now);
            if (account.Tokens >= 1 - 1e-9)   // elapsed time adds fractions of a token
            {
                account.Tokens -= 1;
                account.Warned = false;
                return FloodVerdict.Allowed;
            }
            if (account.Warned) return FloodVerdict.Silent;
            account.Warned = true;
            return FloodVerdict.SlowDown;
        }
    }

    /// <summary>One token per period elapsed on the clock, up to the burst.</summary>
    void Refill(Account account, long now)
    {
        var elapsed = clock.GetElapsedTime(account.At, now);
        account.Tokens = Math.Min(_burst, account.Tokens + elapsed / _period);
        account.At = now;
    }

    /// <summary>Forgets accounts whose bucket is full again (they are indistinguishable from new ones).</summary>
    void Prune()
    {
        var now = clock.GetTimestamp();
        foreach (var (key, account) in _accounts)
            lock (account)
            {
                Refill(account, now);
                if (account.Tokens >= _burst) _accounts.TryRemove(key, out _);
            }
    }
}

static class ChatFloodRegistration
{
    /// <summary>One guard for every chat channel (Telegram and Teams), so an account is one bucket whichever way it writes.</summary>
    public static IServiceCollection AddChatFloodGuard(this IServiceCollection services)
    {
        services.AddOptions<ChatFloodOptions>().BindConfiguration(ChatFloodOptions.Section);
        // Flooding is measured in real elapsed time, never the business clock (a test may set that to a fixed date).
        services.TryAddSingleton(sp => new ChatFloodGuard(TimeProvider.System, sp.GetRequiredService<IOptions<ChatFloodOptions>>().Value));
        return services;
    }
}
