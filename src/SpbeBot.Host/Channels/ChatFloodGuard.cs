using System.Collections.Concurrent;
using System.Threading.RateLimiting;

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
/// memory, with System.Threading.RateLimiting. The buckets are refilled from <see cref="TimeProvider"/> (not a timer),
/// so tests drive them with a fake clock. Over the limit the account gets one "pelan-pelan" answer, then silence until
/// a message is allowed again. Losing the buckets on restart costs nothing: they refill within a minute anyway.
/// </summary>
public sealed class ChatFloodGuard(TimeProvider clock, ChatFloodOptions options)
{
    const int MaxAccounts = 50_000;

    sealed class Account(TokenBucketRateLimiter bucket, long at)
    {
        public TokenBucketRateLimiter Bucket { get; } = bucket;
        public long RefilledAt = at;   // timestamp of the last whole refill period
        public bool Warned;
    }

    readonly ConcurrentDictionary<(string, string), Account> _accounts = new();
    readonly TimeSpan _period = TimeSpan.FromMinutes(1) / Math.Max(1, options.FloodPerMinute);

    public FloodVerdict Check(string channel, string userId)
    {
        if (_accounts.Count > MaxAccounts) Prune();
        var now = clock.GetTimestamp();
        var account = _accounts.GetOrAdd((channel, userId), _ => new Account(new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, options.FloodBurst),
            TokensPerPeriod = 1,
            ReplenishmentPeriod = _period,
            AutoReplenishment = false,   // refilled below, from the TimeProvider
            QueueLimit = 0,
        }), now));
        lock (account)
        {
            var periods = (long)(clock.GetElapsedTime(account.RefilledAt, now) / _period);
            if (periods > 0)
            {
                // Without auto-replenishment each TryReplenish adds one period's tokens.
                for (var i = 0; i < Math.Min(periods, options.FloodBurst); i++) account.Bucket.TryReplenish();
                account.RefilledAt += (long)(periods * _period.TotalSeconds * clock.TimestampFrequency);
            }
            using var lease = account.Bucket.AttemptAcquire();
            if (lease.IsAcquired)
            {
                account.Warned = false;
                return FloodVerdict.Allowed;
            }
            if (account.Warned) return FloodVerdict.Silent;
            account.Warned = true;
            return FloodVerdict.SlowDown;
        }
    }

    /// <summary>Forgets accounts whose bucket is full again (they are indistinguishable from new ones).</summary>
    void Prune()
    {
        foreach (var (key, account) in _accounts)
            if (account.Bucket.GetStatistics()?.CurrentAvailablePermits >= options.FloodBurst && _accounts.TryRemove(key, out var removed))
                removed.Bucket.Dispose();
    }
}
