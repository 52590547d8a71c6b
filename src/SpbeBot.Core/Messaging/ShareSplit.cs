namespace SpbeBot.Core.Messaging;

/// <summary>
/// How several servers split a platform's per-bot limit (Telegram's 30 messages/s) in whole messages a second, by
/// demand (issue 17, 17v). Each server asks for what it wants — what it used recently plus half a message a second of
/// headroom, or the whole limit while it has a backlog — and the limit is filled from the smallest want up: a server
/// answering a question a second keeps 2/s, the broadcasting one gets the other 28/s; alone, a server gets the limit.
/// What a server may use right now is its target only as far as the others' held shares leave room: a share grows only
/// into room the others have given up, and a share that shrank stays published (held) for <see cref="HoldFor"/>, until
/// its last sends at the old rate have left every window of a second at the platform. So the held shares the servers
/// publish add up to at most the limit, and no second sees one server's old share and another's new one together.
/// One instance per server (its own history); the caller serialises the beats of one channel (SendShares does, with a
/// lock in PostgreSQL).
/// </summary>
public sealed class ShareSplit(int limit, TimeProvider clock)
{
    /// <summary>
    /// How long a share that shrank still counts for the others: a window of a second, its margin and slack, and a send
    /// still in flight reaching the platform (half a second is far above the round trips seen, 50–300 ms).
    /// </summary>
    public static readonly TimeSpan HoldFor = TimeSpan.FromSeconds(1.5);

    /// <summary>
    /// Room above the rate used: half a message a second, so a server answering a question a second (1.0–1.4/s measured
    /// over a few seconds) wants 2/s and its next answer does not queue behind the last; a whole message a second of
    /// headroom made that 3/s whenever two questions came close together, a message a second the broadcaster lost.
    /// </summary>
    public const double Headroom = 0.5;

    readonly List<(DateTimeOffset Since, int Share)> _recent = [];

    public int Limit { get; } = limit;

    /// <summary>The share this server may use now (0 until the others made room for it).</summary>
    public int Current { get; private set; }

    /// <summary>
    /// What this server wants: <paramref name="usedPerSecond"/> (its recent rate) plus <see cref="Headroom"/>, rounded up
    /// to whole messages, at least one a second so a reply can leave at once; plus the sends waiting in its pipeline
    /// (up to the limit: a broadcast's backlog asks for all of it).
    /// </summary>
    public int Want(double usedPerSecond, int waiting)
    {
        var want = (int)Math.Ceiling(Math.Max(0, usedPerSecond) + Headroom - 1e-9) + Math.Max(0, waiting);
        return Math.Clamp(want, 1, Limit);
    }

    /// <summary>The smallest wants filled first, each at most an equal part of what is left: this server's target.</summary>
    public static int Target(int limit, int want, IReadOnlyList<int> othersWants)
    {
        var left = limit;
        var count = othersWants.Count + 1;
        foreach (var w in othersWants.Where(w => w < want).Order())
        {
            left -= Math.Min(w, left / count);
            count--;
        }
        // Those wanting at least as much as this server share what is left equally; the largest alone takes all of it.
        return Math.Max(0, count == 1 ? Math.Min(want, left) : Math.Min(want, left / count));
    }

    /// <summary>
    /// One beat: given this server's <paramref name="want"/> and the others' wants and held shares (as published), sets
    /// <see cref="Current"/> and returns it with the share to publish as held (the largest it used within <see cref="HoldFor"/>).
    /// </summary>
    public (int Share, int Held) Decide(int want, IReadOnlyList<(int Want, int Held)> others)
    {
        var now = clock.GetUtcNow();
        var target = Target(Limit, Math.Clamp(want, 1, Limit), others.Select(o => Math.Clamp(o.Want, 1, Limit)).ToList());
        var free = Math.Max(0, Limit - others.Sum(o => Math.Max(0, o.Held)));
        var share = Math.Min(target, free);
        if (share != Current || _recent.Count == 0) _recent.Add((now, share));
        Current = share;
        // Shares given up more than HoldFor ago no longer count (the entry after them began before that).
        while (_recent.Count > 1 && _recent[1].Since <= now - HoldFor) _recent.RemoveAt(0);
        return (share, _recent.Max(r => r.Share));
    }
}
