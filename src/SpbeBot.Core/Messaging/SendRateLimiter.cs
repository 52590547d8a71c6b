namespace SpbeBot.Core.Messaging;

/// <summary>
/// Paces sends to keep a platform's limits: at most <c>perSecondOverall</c> messages in any window of a second (with a
/// small margin), spread out rather than in bursts, one message per <c>1/perSecondPerChat</c> seconds to the same
/// chat, and for a group chat one per <c>60/perMinutePerGroup</c> seconds. It counts the moments sends really start,
/// not the slots it handed out, so a send that was late cannot be followed by a burst that catches up. With several sends
/// in flight, a send may reach the platform later than one started after it: a send reported <see cref="Completed"/>
/// counts from its answer less the shortest round trip seen (the latest it can have arrived), and one still under way
/// holds the window until it is answered (at most a few seconds). After a 429,
/// <see cref="PauseAll"/> holds every send past retry_after, <see cref="PauseChat"/> only that chat's.
/// </summary>
public sealed class SendRateLimiter(double perSecondOverall = 30, double perSecondPerChat = 1, TimeProvider? clock = null, double perMinutePerGroup = 20)
{
    /// <summary>Per-chat and per-group gaps are 5 % longer than the limits: network jitter can bring sends closer together on arrival.</summary>
    const double Margin = 1.05;
    /// <summary>
    /// The overall window is only 0.3 % longer than a second (3 ms at 30/s; it was 1 %, 10 ms, until 17q). It already counts each send from the latest
    /// moment it can have reached the platform — its answer less the shortest round trip seen — so jitter on the way is
    /// covered: a send started one window after that moment arrives at least window + (its way in − the shortest way in)
    /// + (the earlier answer's way back − the shortest way back) after the earlier one, which is at least a second as
    /// long as the shortest round trip seen is no longer than the shortest way in plus the shortest way back. What that
    /// estimate can miss — the least of <see cref="RoundTripsKept"/> round trips lies above the true least sum when both
    /// ways jitter independently (with each way uniform ±50 ms, about 7 ms at the median, 13 ms one time in ten) — is
    /// covered by <see cref="_jitterSlack"/>; this margin covers the platform's own clock (parts per million)
    /// and rounding. Every per cent here is a per cent of the bot's throughput, and a broadcast to 5,000 at the limit
    /// has about 1.6 s of room under 1.1 × N/30 once the replies' 2/s are counted: 1 % cost 1.8 s of it (bench realistic
    /// bcast5000, 17q). Safety against jitter is the slack's job, measured with --jitter-ms (0 × 429 at ±50 ms each way).
    /// </summary>
    const double OverallMargin = 1.003;

    /// <summary>Round trips kept for the shortest one: about nine seconds at the limit; a stale low value only makes pacing stricter.</summary>
    const int RoundTripsKept = 256;

    readonly TimeProvider _clock = clock ?? TimeProvider.System;
    int _perWindow = PerWindow(perSecondOverall);
    TimeSpan _window = Window(perSecondOverall);
    /// <summary>
    /// Sends are spread (no burst of 30 at once), but the gap is half the average: a start that a busy machine delayed
    /// by a few milliseconds would otherwise be lost for good at every send. The window above still caps the rate.
    /// </summary>
    TimeSpan _evenGap = EvenGap(perSecondOverall);
    double _rate = perSecondOverall;
    long _started;

    static int PerWindow(double perSecond) => Math.Max(1, (int)Math.Floor(perSecond));

    /// <summary>
    /// Whole messages a second for a share: a small share (under half the limit) rounds up, a large one down, so two
    /// servers' shares that add up to the limit (28.6 + 1.4) keep it in any second (28 + 2), and the small one — the
    /// server answering questions next to a broadcasting one — keeps room for its replies (2/s, not 1/s).
    /// </summary>
    int ShareWindow(double rate) => rate >= 1 && rate < Limit / 2 ? (int)Math.Ceiling(rate - 1e-9) : PerWindow(rate);
    /// <summary>
    /// At least one message a second: whole messages in a window of a second (plus the margin), never a shorter window
    /// for the fraction. Several servers share the bot's 30/s, and what the platform counts is their sum in any second:
    /// with a share of 28.6/s as 28 per 0.98 s and 1.4/s as 1 per 0.70 s, the two could put 29 + 2 = 31 into one second
    /// (6–12 × 429 in bench realistic crash2 on a loaded machine, 17q). Per whole second, the sum of the servers' floors
    /// stays within the limit; the fractions (under one message a second per server) are given up while they share.
    /// Under one a second: one message per 1/rate seconds.
    /// </summary>
    static TimeSpan Window(double perSecond) => TimeSpan.FromSeconds(OverallMargin * (perSecond >= 1 ? 1 : 1 / perSecond));
    static TimeSpan EvenGap(double perSecond) => TimeSpan.FromSeconds(0.5 / perSecond);
    readonly TimeSpan _chatGap = TimeSpan.FromSeconds(Margin / perSecondPerChat);
    readonly TimeSpan _groupGap = TimeSpan.FromSeconds(Margin * 60 / perMinutePerGroup);
    /// <summary>A send still under way holds its place in the window at most this long.</summary>
    static readonly TimeSpan InFlightCap = TimeSpan.FromSeconds(3);
    /// <summary>
    /// The latest counted sends, oldest first, at most twice as many as the whole limit allows in a window (whatever this
    /// server's share): those it started, and after its share grew, the others' sends it must assume (see SetRate).
    /// Twice: a send may reach the platform after later ones, and must still be counted then.
    /// </summary>
    readonly List<SendTicket> _recent = [];
    readonly int _historyCap = 2 * PerWindow(perSecondOverall);
    readonly Queue<TimeSpan> _roundTrips = new();
    TimeSpan _minRoundTrip = TimeSpan.Zero;
    /// <summary>
    /// The shortest round trip of each of the last <see cref="BlocksKept"/> blocks of <see cref="RoundTripsKept"/>
    /// answers (about two and a half minutes at the limit). The shortest round trip the pacer counts with is the least of
    /// these and of the kept round trips: after a spell of slow answers (a busy machine, a slow network) the last
    /// 256 alone said 180 ms where a way back and the next way in could again take 150 ms, and a send then counted
    /// 30 ms before it arrived (a 31st in a second); a stale low value only makes pacing stricter (wip-17w).
    /// </summary>
    readonly Queue<TimeSpan> _blockMinima = new();
    const int BlocksKept = 16;
    TimeSpan _blockMin = TimeSpan.MaxValue;
    int _inBlock;

    /// <summary>
    /// Added to the window: how far the fastest answers spread (the 5th percentile of the kept round trips less the
    /// shortest), 20 ms until 20 answers were seen. The shortest round trip seen lies above the true least sum of a way
    /// in and a way back by about as much as the fastest answers spread, and a pair of sends (the earlier one's way back,
    /// the later one's way in) can undershoot it by that much; with each way uniform ±50 ms the 1 % margin alone let one
    /// 429 through in 5,500 sends (bench realistic --jitter-ms 50, 2026-12-03), with this slack (about 25 ms there) it
    /// is covered. On a steady network the fastest answers hardly spread, and the slack is a few milliseconds.
    /// </summary>
    TimeSpan _jitterSlack = TimeSpan.FromMilliseconds(20);
    static readonly TimeSpan MaxJitterSlack = TimeSpan.FromMilliseconds(50);
    /// <summary>
    /// The slack is at least the round trips' spread (the 95th percentile less the shortest), up to this much (wip-17x).
    /// The fastest answers' spread alone misses ways in and ways back that vary more than their sums do: at L = 150 ms on a quiet machine the round trips' 5th percentile lay 0.9 ms above the shortest while each
    /// send's way in varied 72–80 ms, and a fast way in after a fast way back put 31 arrivals into 999 ms (1 × 429,
    /// bench realistic bcast5000, 2026-12-04). A millisecond of slack costs a tenth of a per cent of the rate; beyond
    /// this cap the 5th percentile rules (a jittery network).
    /// </summary>
    static readonly TimeSpan MaxSpreadSlack = TimeSpan.FromMilliseconds(5);
    readonly Dictionary<string, DateTimeOffset> _chatNext = [];
    readonly Lock _gate = new();
    DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;
    /// <summary>No share of the per-bot limit yet (several servers): sends in the share wait; the reply reserve's do not.</summary>
    DateTimeOffset _noShareUntil = DateTimeOffset.MinValue;
    DateTimeOffset _last = DateTimeOffset.MinValue;

    public TimeProvider Clock => _clock;

    /// <summary>The platform's per-bot limit this limiter was made for (messages a second).</summary>
    public double Limit { get; } = perSecondOverall;

    /// <summary>The per-bot rate this limiter now keeps: the limit, or this server's share of it.</summary>
    public double Rate { get { lock (_gate) return _rate; } }

    /// <summary>Sends started (counted) since this limiter was made: a server's demand, for sharing the limit.</summary>
    public long Started { get { lock (_gate) return _started; } }

    /// <summary>
    /// Keeps <paramref name="perSecond"/> from now on (at most the limit, at least one message in a few seconds): this
    /// server's share of the per-bot limit when several servers send for one bot (see SendShare). Sends already counted
    /// stay counted: a lower rate holds the next start until the window of the new rate has room.
    /// A higher rate ramps up over one window instead of allowing a burst: the share grew because another server's
    /// shrank or it died (a take-over), and that server's sends of the last second still count at the platform, which
    /// this limiter never saw. It assumes them — as many sends as the share grew by in a window, spread over the last
    /// window — so at any moment of the next window its own sends plus the others' stay within the old share plus the
    /// part of the increase the elapsed time has freed. Only a step of at least a tenth of the limit (3 of 30) ramps:
    /// shares move by a message or two with every beat as the servers' queues come and go, and ramping each of those
    /// steps held a server whose share went 1 → 2 → 1 → 2/s behind its own assumed sends for good (answers on the
    /// non-broadcasting server waited up to 22 s, bench realistic crash2 on 2026-12-03); a step that small overlaps the
    /// others' last second by at most a message or two, which the window's margin and the platform's tolerance absorb.
    /// </summary>
    public void SetRate(double perSecond)
    {
        var rate = Math.Clamp(perSecond, 0.2, Limit);
        lock (_gate)
        {
            if (Math.Abs(rate - _rate) < 1e-9) return;
            var perWindow = ShareWindow(rate);
            var grownBy = perWindow - _perWindow;
            _rate = rate;
            _perWindow = perWindow;
            _window = Window(rate);
            _evenGap = EvenGap(rate);
            if (grownBy >= Math.Max(3, PerWindow(Limit) / 10)) AssumeOthersLocked(grownBy, _clock.GetUtcNow());
        }
    }

    /// <summary><paramref name="count"/> sends by others, evenly over the window that ends at <paramref name="until"/>, merged into the history.</summary>
    void AssumeOthersLocked(int count, DateTimeOffset until)
    {
        var step = _window / Math.Max(1, count);
        for (var i = 0; i < count; i++)
        {
            var assumed = new SendTicket("", false, until - step * i);
            assumed.End = assumed.Start;
            _recent.Add(assumed);
        }
        _recent.Sort((a, b) => a.Start.CompareTo(b.Start));
        if (_recent.Count > _historyCap) _recent.RemoveRange(0, _recent.Count - _historyCap);
    }

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
        if (!TryAcquire(chatKey, isGroup, out wait, out var ticket)) return false;
        lock (_gate) ticket!.End = ticket.Start;   // nobody reports its answer: it counts from its start
        return true;
    }

    /// <summary>Like <see cref="TryAcquire(string, out TimeSpan)"/>; the ticket goes back through <see cref="Completed"/> once the platform answered.</summary>
    public bool TryAcquire(string chatKey, bool isGroup, out TimeSpan wait, out SendTicket? ticket)
    {
        ticket = null;
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            var earliest = Max(GlobalReadyAtLocked(), ChatReadyAtLocked(chatKey));
            if (earliest > now)
            {
                wait = earliest - now;
                return false;
            }
            ticket = TakeLocked(chatKey, isGroup, now);
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

    /// <summary>
    /// This server has no share of the per-bot limit for now (several servers send for the bot): nothing in the share
    /// leaves before then. Unlike <see cref="PauseAll"/> (a 429), a send taking the reply reserve may.
    /// </summary>
    public void HoldShare(TimeSpan wait)
    {
        lock (_gate) _noShareUntil = Max(_noShareUntil, _clock.GetUtcNow() + wait);
    }

    /// <summary>
    /// A reply that took the reply reserve (issue 17, 17z; see ShareSplit): it starts now if its chat's pace and a 429's
    /// pause allow, counted for its chat and as a send this server started, but not in the window of this server's
    /// share (the reserve is outside every share). The ticket goes back through <see cref="Completed"/> like any other.
    /// </summary>
    public bool TryTakeReserved(string chatKey, bool isGroup, out SendTicket? ticket)
    {
        ticket = null;
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            // A share of the whole limit (this server alone) leaves no reserve.
            if (_perWindow >= PerWindow(Limit) || _pausedUntil > now || ChatReadyAtLocked(chatKey) > now) return false;
            if (ReserveReadyAtLocked() > now) return false;
            ticket = new SendTicket(chatKey, isGroup, now) { Clock = _clock, Reserved = true };
            _started++;
            _chatNext[chatKey] = now + (isGroup ? _groupGap : _chatGap);
            _reserved.Add(ticket);
            if (_reserved.Count > ReservedKept) _reserved.RemoveAt(0);
            return true;
        }
    }

    /// <summary>
    /// This server's latest sends through the reply reserve. Outside the window of a share less than the limit, but once
    /// the share grows to the whole limit (the other servers gone) they count like any other: they still count at the
    /// platform for a second (a 31st arrival in 995 ms, bench realistic crash2, 17z).
    /// </summary>
    readonly List<SendTicket> _reserved = [];
    const int ReservedKept = 4;

    /// <summary>
    /// When this server's next reserve send may start: a window of the whole limit, and the slack, after the latest
    /// moment its last one can have reached the platform (its answer less the shortest round trip, as the share's window
    /// counts). The database grants the reserve at most once a <c>SendShares.ReserveGap</c> (1.15 s), but two grants'
    /// sends can still come closer at the platform than their starts: counted from the start (17b), a reserve send whose
    /// way in was slow and the next one's fast put two reserve sends into one second next to a full share (wip-17c).
    /// </summary>
    public DateTimeOffset ReserveReadyAt()
    {
        lock (_gate) return ReserveReadyAtLocked();
    }

    DateTimeOffset ReserveReadyAtLocked() =>
        _reserved.Count == 0 ? DateTimeOffset.MinValue : CountedAt(_reserved[^1]) + Window(Limit) + _jitterSlack;

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

    /// <summary>The platform answered the send of <paramref name="ticket"/> (whatever it said).</summary>
    public void Completed(SendTicket ticket)
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            // The answer's headers as the HTTP layer read them (SendTicket.Answered), else now: what happened after them
            // (reading the body, parsing it, the continuations' turn on a busy thread pool) is not the platform's time,
            // and counted as such it held every later send back by as much (a busy machine's lost throughput, 17q).
            var answered = ticket.AnsweredAt is { } at && at <= now && at >= ticket.Start ? at : now;
            ticket.End = answered;
            var roundTrip = answered - ticket.Start;
            _roundTrips.Enqueue(roundTrip);
            if (_roundTrips.Count > RoundTripsKept) _roundTrips.Dequeue();
            if (roundTrip < _blockMin) _blockMin = roundTrip;
            if (++_inBlock == RoundTripsKept)
            {
                _blockMinima.Enqueue(_blockMin);
                if (_blockMinima.Count > BlocksKept) _blockMinima.Dequeue();
                (_blockMin, _inBlock) = (TimeSpan.MaxValue, 0);
            }
            var sorted = _roundTrips.Order().ToArray();
            _minRoundTrip = _blockMinima.Count == 0 ? sorted[0] : Min(sorted[0], _blockMinima.Min());
            if (sorted.Length >= 20)
            {
                var fastest = sorted[sorted.Length / 20] - sorted[0];
                var whole = Min(sorted[sorted.Length * 19 / 20] - sorted[0], MaxSpreadSlack);
                var spread = fastest > whole ? fastest : whole;
                _jitterSlack = spread < MaxJitterSlack ? spread : MaxJitterSlack;
            }
            // The next send to the chat must not arrive within the gap of this one's latest possible arrival: the answer.
            // (Not the answer less the shortest round trip: on a busy machine the round trips this process sees are
            // longer than the platform's part of them, and a chat's second message then arrived 0.95 s after its first
            // — a 429 from two servers' test. A chat rarely gets two messages in a row; the bot's rate is not affected.)
            Observability.Timeline.Send(ticket.Chat, ticket.Start, answered, now, _minRoundTrip, _jitterSlack, ticket.Reserved);
            var next = now + (ticket.Group ? _groupGap : _chatGap);
            if (_chatNext.TryGetValue(ticket.Chat, out var current) && next > current) _chatNext[ticket.Chat] = next;
        }
    }

    DateTimeOffset GlobalReadyAtLocked()
    {
        var earliest = Max(Max(_pausedUntil, _noShareUntil), _last + _evenGap);
        // At the whole limit this server's own reserve sends of the last second count too (see _reserved).
        var withReserved = _perWindow >= PerWindow(Limit) && _reserved.Count > 0;
        if (_recent.Count + (withReserved ? _reserved.Count : 0) >= _perWindow)
        {
            // The _perWindow-th latest moment a kept send can have reached the platform: the next one must reach it a
            // window after that. Not the moment of the _perWindow-th latest start: with several sends in flight, one
            // that left its process late (a busy thread pool) is still under way when later ones are answered, and as
            // the _perWindow-th start it held every send for InFlightCap (23/s on the fake clock with every tenth send
            // 300 ms late); counted where it can have arrived, it takes one place in the window like any other (wip-17w).
            var counted = new DateTimeOffset[_recent.Count + (withReserved ? _reserved.Count : 0)];
            for (var i = 0; i < _recent.Count; i++) counted[i] = CountedAt(_recent[i]);
            if (withReserved)
                for (var i = 0; i < _reserved.Count; i++) counted[_recent.Count + i] = CountedAt(_reserved[i]);
            Array.Sort(counted);
            earliest = Max(earliest, counted[^_perWindow] + _window + _jitterSlack);
        }
        return earliest;
    }

    /// <summary>The latest moment a send can have reached the platform, as far as this limiter can tell.</summary>
    DateTimeOffset CountedAt(SendTicket ticket)
    {
        var arrivedBy = ticket.End is { } end ? end - _minRoundTrip : ticket.Start + InFlightCap;
        return Max(ticket.Start, arrivedBy);
    }

    DateTimeOffset ChatReadyAtLocked(string chatKey) => _chatNext.TryGetValue(chatKey, out var chat) ? chat : DateTimeOffset.MinValue;

    SendTicket TakeLocked(string chatKey, bool isGroup, DateTimeOffset now)
    {
        var ticket = new SendTicket(chatKey, isGroup, now) { Clock = _clock };
        _started++;
        _recent.Add(ticket);
        if (_recent.Count > _historyCap) _recent.RemoveAt(0);
        _last = now;
        _chatNext[chatKey] = now + (isGroup ? _groupGap : _chatGap);
        if (_chatNext.Count > 10_000) Forget(now);
        return ticket;
    }

    /// <summary>Chats whose next slot has passed need no entry; keeps the table small over a long life.</summary>
    void Forget(DateTimeOffset now)
    {
        foreach (var key in _chatNext.Where(p => p.Value <= now).Select(p => p.Key).ToList()) _chatNext.Remove(key);
    }

    static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
    static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}

/// <summary>One counted send: when it started and, once answered, when the answer came.</summary>
public sealed class SendTicket(string chat, bool group, DateTimeOffset start)
{
    static readonly AsyncLocal<SendTicket?> Ambient = new();

    /// <summary>
    /// The ticket of the send under way in this async flow (set by <see cref="SendPipeline"/> around one attempt), so
    /// the HTTP layer can tell it when the platform's answer came (<see cref="Answered"/>).
    /// </summary>
    public static SendTicket? Current
    {
        get => Ambient.Value;
        internal set => Ambient.Value = value;
    }

    public string Chat { get; } = chat;
    public bool Group { get; } = group;
    public DateTimeOffset Start { get; } = start;
    public DateTimeOffset? End { get; internal set; }

    /// <summary>The limiter's clock (null for assumed sends).</summary>
    internal TimeProvider? Clock { get; init; }

    /// <summary>Sent through the reply reserve, outside this server's share (SendRateLimiter.TryTakeReserved).</summary>
    public bool Reserved { get; init; }

    long _answeredTicks;

    /// <summary>When the HTTP layer read the answer's headers (the last such answer, for a call made of several requests).</summary>
    public DateTimeOffset? AnsweredAt
    {
        get
        {
            var ticks = Interlocked.Read(ref _answeredTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    /// <summary>The platform's answer (its headers) has just been read.</summary>
    public void Answered()
    {
        if (Clock is { } clock) Interlocked.Exchange(ref _answeredTicks, clock.GetUtcNow().UtcTicks);
    }
}
