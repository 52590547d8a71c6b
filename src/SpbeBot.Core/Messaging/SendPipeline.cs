using System.Threading.Channels;

namespace SpbeBot.Core.Messaging;

/// <summary>Which traffic goes first when both wait: answers to someone who just wrote, then everything else.</summary>
public enum SendPriority { Reply = 0, Bulk = 1 }

/// <summary>A send's answer "too many requests, retry after <paramref name="Wait"/>", for one chat or for the whole bot.</summary>
public sealed record RateLimited(TimeSpan Wait, bool WholeBot);

/// <summary>
/// One per channel: every outgoing message — replies, notices, reminders, broadcasts, files — goes through here.
/// Each chat has a lane (first in, first out, one send in flight per chat, so order is kept within a chat); lanes run
/// side by side, up to <c>maxInFlight</c> sends at once, so the platform's limit is reached even when each call takes
/// hundreds of milliseconds. A lane whose head is a reply goes before every lane whose head is bulk traffic, and bulk
/// may never take the last <c>reservedForReplies</c> slots. Ready lanes go oldest message first, and a chat waits out its
/// own pace after each send, so one chat with many messages cannot starve the others. <see cref="SendRateLimiter"/> paces the starts; a send that
/// answers <see cref="RateLimited"/> goes back to the head of its lane and only its scope waits (that chat, or the
/// whole bot) — the caller's own work (handling incoming updates) is never paused by it.
/// </summary>
public sealed class SendPipeline : IAsyncDisposable
{
    readonly SendRateLimiter _limiter;
    readonly TimeProvider _clock;
    readonly int _maxInFlight;
    readonly int _reserved;
    readonly Lock _gate = new();
    readonly Dictionary<string, Lane> _lanes = [];
    readonly PriorityQueue<Lane, long>[] _ready = [new(), new()];
    readonly PriorityQueue<Lane, DateTimeOffset> _waiting = new();
    readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    readonly CancellationTokenSource _stop = new();
    readonly Task _loop;
    int _inFlight, _bulkInFlight;
    long _sequence;
    Func<CancellationToken, Task<ReserveAnswer>>? _takeReserve;
    bool _reserveOpen, _askingReserve;
    /// <summary>When the ask behind the grant this server holds went out (null: no grant).</summary>
    DateTimeOffset? _grantAskedAt;
    DateTimeOffset _askReserveAgainAt = DateTimeOffset.MinValue;

    /// <summary>
    /// A reserve granted is used within this long of the moment it was asked for, or not at all. The database grants it
    /// at most once a <c>SendShares.ReserveGap</c> (1.15 s) for all servers together, and a grant is made after its ask
    /// left: used within 100 ms of the ask, two servers' reserve sends start at least 1.05 s apart however late a
    /// grant's answer came back. Counted from the answer's return (17b), a grant that came back 300 ms late and another
    /// server's next one on time started 0.75 s apart: two reserve sends in one second, beside full shares (wip-17c).
    /// One server's own reserve sends are also a second apart where they arrive (<see cref="SendRateLimiter.ReserveReadyAt"/>).
    /// </summary>
    public static readonly TimeSpan ReserveValidFor = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// A reserve refused is asked again when the database said it frees (<see cref="ReserveAnswer.FreeIn"/>); after this
    /// long when it could not say (or no database answered), if a reply still waits.
    /// </summary>
    public static readonly TimeSpan ReserveAskAgain = TimeSpan.FromMilliseconds(100);

    public SendPipeline(SendRateLimiter limiter, int maxInFlight = 16, int reservedForReplies = 2)
    {
        _limiter = limiter;
        _clock = limiter.Clock;
        _maxInFlight = Math.Max(1, maxInFlight);
        _reserved = Math.Clamp(reservedForReplies, 0, _maxInFlight - 1);
        _loop = Task.Run(() => RunAsync(_stop.Token));
    }

    /// <summary>The pacer of this pipeline (a server's share of the per-bot limit is set on it).</summary>
    public SendRateLimiter Limiter => _limiter;

    /// <summary>
    /// The reply reserve (issue 17, 17z; see ShareSplit): <paramref name="take"/> asks for it (true: this server's reply
    /// may leave now outside its share). Asked only while <see cref="ReserveOpen"/>, when a reply's chat is ready and the
    /// share has no room at the moment; one ask at a time.
    /// </summary>
    public void UseReserve(Func<CancellationToken, Task<ReserveAnswer>> take)
    {
        lock (_gate) _takeReserve = take;
    }

    /// <summary>Whether the reply reserve may be asked for now (set at each beat of the send share).</summary>
    public bool ReserveOpen
    {
        get { lock (_gate) return _reserveOpen; }
        set { lock (_gate) _reserveOpen = value; }
    }

    /// <summary>Replies sent through the reserve since the pipeline was made (for the bench and tests).</summary>
    public long ReservedSends { get { lock (_gate) return _reservedSends; } }
    long _reservedSends;

    /// <summary>Sends now in flight (for tests and metrics).</summary>
    public int InFlight { get { lock (_gate) return _inFlight; } }

    /// <summary>Messages waiting in lanes, not yet started.</summary>
    public int Queued { get { lock (_gate) return _lanes.Values.Sum(l => l.Jobs.Count); } }

    /// <summary>
    /// Queues one send for <paramref name="chatKey"/> and completes when it is done. <paramref name="attempt"/> makes
    /// one try: it returns null when finished (whatever the outcome), or <see cref="RateLimited"/> to be tried again
    /// after the wait; it decides itself when to give up (return null).
    /// </summary>
    public Task SendAsync(string chatKey, SendPriority priority, Func<CancellationToken, Task<RateLimited?>> attempt,
        CancellationToken ct, bool isGroup = false)
    {
        Job job;
        lock (_gate)
        {
            job = new Job(priority, attempt, ct, ++_sequence);
            if (!_lanes.TryGetValue(chatKey, out var lane))
            {
                lane = new Lane(chatKey, isGroup);
                _lanes[chatKey] = lane;
            }
            lane.Jobs.AddLast(job);
            if (lane.Jobs.Count == 1 && !lane.Busy && !lane.Waiting) MakeReady(lane);
        }
        Wake();
        if (!ct.CanBeCanceled) return job.Done.Task;
        // A cancelled send that has not started is dropped when its turn comes; the caller stops waiting at once.
        var registration = ct.Register(Wake);
        return job.Done.Task.WaitAsync(ct).ContinueWith(t => { registration.Dispose(); return t; }, TaskScheduler.Default).Unwrap();
    }

    void Wake() => _wake.Writer.TryWrite(true);

    async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var wait = Timeout.InfiniteTimeSpan;
            while (true)
            {
                (Lane Lane, Job Job)? next;
                lock (_gate) next = TakeNext(out wait);
                if (next is not { } started) break;
                _ = RunJobAsync(started.Lane, started.Job);
            }
            using var timer = wait == Timeout.InfiniteTimeSpan ? null : new CancellationTokenSource(wait, _clock);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(stop, timer?.Token ?? CancellationToken.None);
            try { await _wake.Reader.ReadAsync(either.Token); }
            catch (OperationCanceledException) when (!stop.IsCancellationRequested) { }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>The next send that may start now (counted by the limiter), or null and how long until one might.</summary>
    (Lane, Job)? TakeNext(out TimeSpan wait)
    {
        var now = _clock.GetUtcNow();
        wait = Timeout.InfiniteTimeSpan;
        while (_waiting.TryPeek(out var sleeping, out var at) && at <= now)
        {
            _waiting.Dequeue();
            sleeping.Waiting = false;
            if (sleeping.Jobs.Count > 0) MakeReady(sleeping);
        }
        if (_inFlight < _maxInFlight)
        {
            for (var p = 0; p < _ready.Length; p++)
            {
                if (p == (int)SendPriority.Bulk && _bulkInFlight >= _maxInFlight - _reserved) break;
                var queue = _ready[p];
                while (queue.TryPeek(out var lane, out _))
                {
                    var job = lane.Jobs.First!.Value;
                    if (job.Cancelled.IsCancellationRequested)
                    {
                        lane.Jobs.RemoveFirst();
                        job.Done.TrySetCanceled(job.Cancelled);
                        queue.Dequeue();
                        Requeue(lane);
                        continue;
                    }
                    var chatAt = _limiter.ChatReadyAt(lane.Key);
                    if (chatAt > now)
                    {
                        queue.Dequeue();
                        lane.Waiting = true;
                        _waiting.Enqueue(lane, chatAt);
                        continue;
                    }
                    var reply = p == (int)SendPriority.Reply;
                    SendTicket? ticket = null;
                    if (reply && _grantAskedAt is { } asked)
                    {
                        if (now - asked <= ReserveValidFor && _limiter.TryTakeReserved(lane.Key, lane.Group, out ticket)) _reservedSends++;
                        // Kept only while it waits for this server's last reserve send to be a second old, and is still valid then.
                        var ready = _limiter.ReserveReadyAt();
                        if (ticket is not null || ready <= now || ready - asked > ReserveValidFor) _grantAskedAt = null;
                    }
                    if (ticket is null && !_limiter.TryAcquire(lane.Key, lane.Group, out var globalWait, out ticket))
                    {
                        wait = globalWait;
                        if (reply && _takeReserve is { } take && _reserveOpen)
                        {
                            if (_grantAskedAt is not null)
                                wait = Min(wait, _limiter.ReserveReadyAt() - now);
                            else if (!_askingReserve && now >= _askReserveAgainAt)
                            {
                                _askingReserve = true;
                                _ = Task.Run(() => AskReserveAsync(take));   // never inside this lock
                            }
                            else if (!_askingReserve) wait = Min(wait, _askReserveAgainAt - now);   // asked again the moment it frees
                        }
                        return null;
                    }
                    job.Ticket = ticket;
                    queue.Dequeue();
                    lane.Jobs.RemoveFirst();
                    lane.Busy = true;
                    _inFlight++;
                    if (job.Priority == SendPriority.Bulk) _bulkInFlight++;
                    return (lane, job);
                }
            }
        }
        if (_waiting.TryPeek(out _, out var due)) wait = Min(wait, due - now);
        return null;
    }

    /// <summary>
    /// Asks for the reply reserve once; a grant is noted with the moment it was asked for (it is valid from then), a
    /// refusal, or a grant come back too late to use, with when to ask again (when the reserve frees), and the loop woken.
    /// </summary>
    async Task AskReserveAsync(Func<CancellationToken, Task<ReserveAnswer>> take)
    {
        var answer = ReserveAnswer.Refused(TimeSpan.Zero);
        var asked = _clock.GetUtcNow();
        try
        {
            answer = await take(_stop.Token);
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            lock (_gate)
            {
                _askingReserve = false;
                var now = _clock.GetUtcNow();
                Observability.Timeline.Reserve(answer.IsGranted, now - asked);
                // A grant that came back later than it is valid is dropped at once: the reply asks again when the reserve frees.
                if (answer.IsGranted && now - asked <= ReserveValidFor) _grantAskedAt = asked;
                else if (answer.IsGranted) _askReserveAgainAt = asked + SendShares.ReserveGap;
                else _askReserveAgainAt = now + (answer.FreeIn > TimeSpan.Zero ? answer.FreeIn : ReserveAskAgain);
            }
            Wake();
        }
    }

    async Task RunJobAsync(Lane lane, Job job)
    {
        RateLimited? limited = null;
        try
        {
            SendTicket.Current = job.Ticket;   // flows into the HTTP layer, which notes when the answer came
            limited = await job.Attempt(job.Cancelled);
        }
        catch (OperationCanceledException e) when (job.Cancelled.IsCancellationRequested)
        {
            job.Done.TrySetCanceled(e.CancellationToken);
        }
        catch (Exception e)
        {
            job.Done.TrySetException(e);
        }
        if (job.Ticket is { } counted) _limiter.Completed(counted);
        lock (_gate)
        {
            _inFlight--;
            if (job.Priority == SendPriority.Bulk) _bulkInFlight--;
            lane.Busy = false;
            if (limited is { } rl && !job.Done.Task.IsCompleted)
            {
                if (rl.WholeBot) _limiter.PauseAll(rl.Wait);
                else _limiter.PauseChat(lane.Key, rl.Wait);
                lane.Jobs.AddFirst(job);   // tried again first: order within the chat is kept
            }
            else job.Done.TrySetResult();
            Requeue(lane);
        }
        Wake();
    }

    /// <summary>A lane that is idle again waits in its head's priority, in the order its head was queued; away when empty.</summary>
    void Requeue(Lane lane)
    {
        if (lane.Busy || lane.Waiting) return;
        if (lane.Jobs.Count == 0)
        {
            _lanes.Remove(lane.Key);
            return;
        }
        MakeReady(lane);
    }

    /// <summary>
    /// Ready lanes are served oldest message first. A chat with many messages cannot push the others back: after each
    /// send it waits out its own pace, and meanwhile the others go.
    /// </summary>
    void MakeReady(Lane lane)
    {
        var head = lane.Jobs.First!.Value;
        _ready[(int)head.Priority].Enqueue(lane, head.Sequence);
    }

    static TimeSpan Min(TimeSpan a, TimeSpan b) => a == Timeout.InfiniteTimeSpan ? b : b == Timeout.InfiniteTimeSpan ? a : a < b ? a : b;

    /// <summary>Stops; sends that had not started end as cancelled, so nobody waits for them for ever.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _loop; } catch (OperationCanceledException) { }
        lock (_gate)
        {
            foreach (var job in _lanes.Values.SelectMany(l => l.Jobs)) job.Done.TrySetCanceled();
            _lanes.Clear();
        }
        _stop.Dispose();
    }

    sealed class Lane(string key, bool group)
    {
        public string Key { get; } = key;
        public bool Group { get; } = group;
        public LinkedList<Job> Jobs { get; } = new();
        public bool Busy { get; set; }
        public bool Waiting { get; set; }
    }

    sealed class Job(SendPriority priority, Func<CancellationToken, Task<RateLimited?>> attempt, CancellationToken cancelled, long sequence)
    {
        public SendPriority Priority { get; } = priority;
        public Func<CancellationToken, Task<RateLimited?>> Attempt { get; } = attempt;
        public CancellationToken Cancelled { get; } = cancelled;
        public long Sequence { get; } = sequence;
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public SendTicket? Ticket { get; set; }
    }
}
