namespace SpbeBot.Core.Messaging;

/// <summary>
/// How several servers split a platform's per-bot limit (Telegram's 30 messages/s) in whole messages a second, by
/// demand (issue 17, 17v). Each server asks for what it wants — what it used recently plus headroom (the reply reserve
/// while it may take it, else half a message a second), or the whole limit while it has a backlog — and the limit is
/// filled from the smallest want up: a server answering 1.7 questions a second keeps 1/s and the reserve, the
/// broadcasting one gets the other 28/s (wip-17a); alone, a server gets the limit.
/// What a server may use right now is its target only as far as the others' held shares leave room: a share grows only
/// into room the others have given up, and a share that shrank stays published (held) for <see cref="HoldFor"/>, until
/// its last sends at the old rate have left every window of a second at the platform. So the held shares the servers
/// publish add up to at most the limit, and no second sees one server's old share and another's new one together.
/// One instance per server (its own history); the caller serialises the beats of one channel (SendShares does, with a
/// lock in PostgreSQL).
/// <para>
/// The reply reserve (issue 17, 17z): while several servers send for one bot, the shares split the limit less
/// <see cref="Reserve"/> (29 of 30), and that one message a second is a reserve any server's reply may take when its own
/// share has no room at the moment (SendShares.TakeReserveAsync, at most one a <c>SendShares.ReserveGap</c> for all
/// servers together). So an idle server — nothing sent lately, nothing waiting — wants nothing and holds no share: a
/// broadcaster next to it gets 29 and its own replies take the reserve, and the idle server's reply takes the reserve at
/// once instead of waiting seconds for the broadcaster to make room. A server alone gets the whole limit and no reserve,
/// but only once it has been alone for <see cref="HoldFor"/> (a reserve send of a server gone still counts until then).
/// </para>
/// </summary>
public sealed class ShareSplit(int limit, TimeProvider clock)
{
    /// <summary>
    /// How long a share that shrank still counts for the others: a window of a second, its margin and slack, and a send
    /// still in flight reaching the platform (half a second is far above the round trips seen, 50–300 ms).
    /// </summary>
    public static readonly TimeSpan HoldFor = TimeSpan.FromSeconds(1.5);

    /// <summary>
    /// Room above the rate used while the reply reserve is closed (see <see cref="Want"/>): half a message a second, so a server answering a question a second (1.0–1.4/s measured
    /// over a few seconds) wants 2/s and its next answer does not queue behind the last; a whole message a second of
    /// headroom made that 3/s whenever two questions came close together, a message a second the broadcaster lost.
    /// </summary>
    public const double Headroom = 0.5;

    /// <summary>Messages a second kept out of the shares while several servers send: the reply reserve.</summary>
    public const int Reserve = 1;

    readonly List<(DateTimeOffset Since, int Share)> _recent = [];
    /// <summary>Since when no other server has counted (null while others do); alone from the first beat counts from the start.</summary>
    DateTimeOffset? _aloneSince = DateTimeOffset.MinValue;

    public int Limit { get; } = limit;

    /// <summary>The share this server may use now (0 until the others made room for it).</summary>
    public int Current { get; private set; }

    /// <summary>
    /// True when this server's replies may take the reserve: others count (or did within <see cref="HoldFor"/>), and
    /// the shares held, this server's included, leave the reserve free (at most the limit less <see cref="Reserve"/>).
    /// </summary>
    public bool ReserveOpen { get; private set; }

    /// <summary>
    /// What this server wants: <paramref name="usedPerSecond"/> (its recent rate, reserve sends included) plus
    /// <see cref="Headroom"/>, rounded up to whole messages; plus the sends waiting in its pipeline (up to the limit: a
    /// broadcast's backlog asks for all of it). An idle server — nothing sent over the rate's span, nothing waiting —
    /// wants nothing: its next reply takes the reserve (17z). When no server wants anything, each gets one a second
    /// (<see cref="Decide"/>).
    /// <para>
    /// While this server's replies may take the reserve (<see cref="ReserveOpen"/> at the last beat), the reserve is its
    /// headroom: it wants what it used less what the reserve carries (<see cref="ReserveCarries"/>), rounded up, and one
    /// reply waiting is the reserve's to take (wip-17a). Counting both the half message of headroom and the reserve made
    /// a server answering 1.7 questions a second want 3 a second next to a broadcast, which then had 29 − 3 = 26 (25.5/s
    /// measured, bench realistic idle2); now it wants 1 and the broadcaster has 28.
    /// </para>
    /// </summary>
    public int Want(double usedPerSecond, int waiting)
    {
        if (usedPerSecond <= 0 && waiting <= 0) return 0;
        var used = Math.Max(0, usedPerSecond);
        var want = ReserveOpen
            ? (int)Math.Ceiling(Math.Max(0, used - ReserveCarries) - 1e-9) + Math.Max(0, waiting - 1)
            : (int)Math.Ceiling(used + Headroom - 1e-9) + Math.Max(0, waiting);
        return Math.Clamp(want, 1, Limit);
    }

    /// <summary>Messages a second the reply reserve can carry: one every <see cref="SendShares.ReserveGap"/> (0.87 a second).</summary>
    public static readonly double ReserveCarries = 1 / SendShares.ReserveGap.TotalSeconds;

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
        if (others.Count > 0) _aloneSince = null;
        else _aloneSince ??= now;
        var alone = _aloneSince is { } since && now - since >= HoldFor;
        var pool = alone ? Limit : Math.Max(1, Limit - Reserve);
        var mine = Math.Clamp(want, 0, pool);
        var wants = others.Select(o => Math.Clamp(o.Want, 0, pool)).ToList();
        // Nobody wants anything (all idle): one a second each, as before the reserve; someone wanting more: the idle
        // ones want nothing and get nothing, their replies take the reserve.
        if (mine == 0 && wants.All(w => w == 0))
        {
            mine = 1;
            wants = wants.Select(_ => 1).ToList();
        }
        var othersHeld = others.Sum(o => Math.Max(0, o.Held));
        var target = Target(pool, mine, wants);
        var free = Math.Max(0, pool - othersHeld);
        var share = Math.Min(target, free);
        if (share != Current || _recent.Count == 0) _recent.Add((now, share));
        Current = share;
        // Shares given up more than HoldFor ago no longer count (the entry after them began before that).
        while (_recent.Count > 1 && _recent[1].Since <= now - HoldFor) _recent.RemoveAt(0);
        var held = _recent.Max(r => r.Share);
        ReserveOpen = !alone && othersHeld + held <= Limit - Reserve;
        return (share, held);
    }
}
