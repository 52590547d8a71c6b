using Microsoft.Extensions.Time.Testing;
using SpbeBot.Core.Messaging;

namespace SpbeBot.Tests.Broadcasts;

/// <summary>
/// Issue 17 (17z): the reply reserve. While several servers send for one bot the shares split 29 of the 30 messages a
/// second; the last one a second is a reserve any server's reply takes when its own share has no room. An idle server
/// wants nothing and holds no share, so a broadcaster next to it gets 29 plus the reserve for its own replies, and the
/// idle one's reply still leaves at once through the reserve. All on a fake clock, counted, never timed.
/// </summary>
public class ReplyReserveTests
{
    static FakeTimeProvider NewClock() => new(new DateTimeOffset(2026, 12, 5, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public void An_idle_server_wants_nothing_and_one_that_sent_or_waits_wants_as_before()
    {
        var split = new ShareSplit(30, NewClock());
        Assert.Equal(0, split.Want(0, 0));
        Assert.Equal(2, split.Want(0, 1));
        Assert.Equal(1, split.Want(0.2, 0));
        Assert.Equal(2, split.Want(1.0, 0));
    }

    [Fact]
    public void Next_to_an_idle_server_a_broadcaster_gets_the_limit_less_the_reserve_and_the_reserve_opens_once_the_old_share_is_gone()
    {
        var clock = NewClock();
        var (broadcaster, idle) = (new ShareSplit(30, clock), new ShareSplit(30, clock));
        // Alone from its first beat: the whole limit, no reserve.
        Assert.Equal(30, broadcaster.Decide(30, []).Share);
        Assert.False(broadcaster.ReserveOpen);
        // The idle server appears: it wants nothing and gets nothing; the broadcaster goes to 29 but still holds 30.
        var (idleShare, idleHeld) = idle.Decide(0, [(30, 30)]);
        Assert.Equal((0, 0), (idleShare, idleHeld));
        Assert.False(idle.ReserveOpen);   // 30 still held: no room for the reserve
        var (share, held) = broadcaster.Decide(30, [(0, 0)]);
        Assert.Equal((29, 30), (share, held));
        Assert.False(broadcaster.ReserveOpen);
        clock.Advance(ShareSplit.HoldFor);
        (share, held) = broadcaster.Decide(30, [(0, 0)]);
        Assert.Equal((29, 29), (share, held));
        Assert.True(broadcaster.ReserveOpen);
        Assert.Equal(0, idle.Decide(0, [(30, 29)]).Share);
        Assert.True(idle.ReserveOpen);
        // Two idle servers: one a second each, as before the reserve.
        Assert.Equal(1, new ShareSplit(30, clock).Decide(0, [(0, 0)]).Share);
    }

    [Fact]
    public void A_server_left_alone_keeps_the_limit_less_the_reserve_for_a_hold_then_takes_all_of_it()
    {
        var clock = NewClock();
        var survivor = new ShareSplit(30, clock);
        Assert.Equal(0, survivor.Decide(0, [(30, 29)]).Share);
        // The other server died: alone, but a reserve send of the dead one may still count at the platform.
        Assert.Equal(29, survivor.Decide(30, []).Share);
        Assert.True(survivor.ReserveOpen);
        clock.Advance(ShareSplit.HoldFor);
        Assert.Equal(30, survivor.Decide(30, []).Share);
        Assert.False(survivor.ReserveOpen);
    }

    sealed class FakeReserve(bool grant)
    {
        public bool Grant { get; set; } = grant;
        public int Asked;
        public TaskCompletionSource AskedOnce { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<ReserveAnswer> TakeAsync(CancellationToken ct)
        {
            Interlocked.Increment(ref Asked);
            AskedOnce.TrySetResult();
            return Task.FromResult(Grant ? ReserveAnswer.Granted : ReserveAnswer.Refused(TimeSpan.Zero));
        }
    }

    /// <summary>A share of 29 next to another server, its window full (29 sends just started), as during a broadcast.</summary>
    static SendRateLimiter FullLimiter(FakeTimeProvider clock)
    {
        var limiter = new SendRateLimiter(30, 1, clock);
        limiter.SetRate(29);
        for (var i = 0; i < 29; i++)
        {
            while (!limiter.TryAcquire($"recipient-{i}", out _)) clock.Advance(TimeSpan.FromMilliseconds(1));
        }
        return limiter;
    }

    [Fact]
    public async Task A_reply_with_no_room_in_the_share_takes_the_reserve_and_leaves_at_once_outside_the_share()
    {
        var clock = NewClock();
        var limiter = FullLimiter(clock);
        var nextInShare = limiter.GlobalReadyAt();
        Assert.True(nextInShare > clock.GetUtcNow());
        await using var pipeline = new SendPipeline(limiter);
        var reserve = new FakeReserve(grant: true);
        pipeline.UseReserve(reserve.TakeAsync);
        pipeline.ReserveOpen = true;
        var startedAt = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
        var queuedAt = clock.GetUtcNow();
        var reply = pipeline.SendAsync("asker", SendPriority.Reply, _ => { startedAt.TrySetResult(clock.GetUtcNow()); return Task.FromResult<RateLimited?>(null); }, default);
        await reply.WaitAsync(TimeSpan.FromSeconds(30));   // the fake clock never moved
        Assert.Equal(queuedAt, await startedAt.Task);
        Assert.Equal(1, pipeline.ReservedSends);
        Assert.Equal(1, reserve.Asked);
        Assert.Equal(30, limiter.Started);
        Assert.Equal(nextInShare, limiter.GlobalReadyAt());   // the share's window did not count it
        Assert.True(limiter.ChatReadyAt("asker") > clock.GetUtcNow());   // its chat's pace did
    }

    [Fact]
    public async Task A_reserve_refused_or_closed_leaves_the_reply_to_the_share()
    {
        foreach (var open in new[] { true, false })
        {
            var clock = NewClock();
            var limiter = FullLimiter(clock);
            await using var pipeline = new SendPipeline(limiter);
            var reserve = new FakeReserve(grant: false);
            pipeline.UseReserve(reserve.TakeAsync);
            pipeline.ReserveOpen = open;
            var started = 0;
            var reply = pipeline.SendAsync("asker", SendPriority.Reply, _ => { Interlocked.Increment(ref started); return Task.FromResult<RateLimited?>(null); }, default);
            if (open) await reserve.AskedOnce.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(0, Volatile.Read(ref started));   // refused (or never asked): it waits for the share
            var end = clock.GetUtcNow() + TimeSpan.FromSeconds(5);
            while (!reply.IsCompleted && clock.GetUtcNow() < end)
            {
                await Task.Delay(1);
                clock.Advance(TimeSpan.FromMilliseconds(10));
            }
            await reply.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(0, pipeline.ReservedSends);
            Assert.True(open ? reserve.Asked >= 1 : reserve.Asked == 0, $"asked {reserve.Asked} times");
        }
    }

    /// <summary>Advances the fake clock in small steps, letting the pipeline's loop run, until the send is done.</summary>
    static async Task RunUntil(FakeTimeProvider clock, Task send, TimeSpan step)
    {
        var end = clock.GetUtcNow() + TimeSpan.FromSeconds(5);
        while (!send.IsCompleted && clock.GetUtcNow() < end)
        {
            await Task.Delay(1);
            clock.Advance(step);
        }
        await send.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>
    /// wip-17c: a grant counts from its ask, not from the moment its statement came back (17b). The database grants the
    /// reserve once a ReserveGap for all servers, after the ask left; used within ReserveValidFor of the ask, two
    /// servers' reserve sends start at least ReserveGap − ReserveValidFor (1.05 s) apart. A grant that came back later
    /// than that is not used: the reply leaves through the share (or the reserve's next grant), never at that moment.
    /// </summary>
    [Fact]
    public async Task A_grant_that_comes_back_later_than_it_is_valid_is_not_used()
    {
        var clock = NewClock();
        var limiter = FullLimiter(clock);
        var nextInShare = limiter.GlobalReadyAt();
        await using var pipeline = new SendPipeline(limiter);
        var answer = new TaskCompletionSource<ReserveAnswer>(TaskCreationOptions.RunContinuationsAsynchronously);
        var asked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;
        pipeline.UseReserve(_ =>
        {
            if (Interlocked.Increment(ref calls) > 1) return Task.FromResult(ReserveAnswer.Refused(TimeSpan.Zero));
            asked.TrySetResult();
            return answer.Task;
        });
        pipeline.ReserveOpen = true;
        var startedAt = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
        var reply = pipeline.SendAsync("asker", SendPriority.Reply, _ => { startedAt.TrySetResult(clock.GetUtcNow()); return Task.FromResult<RateLimited?>(null); }, default);
        await asked.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var askedAt = clock.GetUtcNow();
        clock.Advance(SendPipeline.ReserveValidFor * 3);   // the database answered late
        Assert.True(clock.GetUtcNow() < nextInShare);       // the share still has no room
        answer.SetResult(ReserveAnswer.Granted);
        await RunUntil(clock, reply, TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, pipeline.ReservedSends);
        Assert.True(await startedAt.Task >= nextInShare);   // through the share, when it had room
        Assert.True(askedAt + SendShares.ReserveGap > nextInShare);   // (the reserve's next grant would have come later)
    }

    /// <summary>
    /// wip-17c: a grant that comes back within ReserveValidFor of its ask is used at once, though its statement was not instant.
    /// </summary>
    [Fact]
    public async Task A_grant_that_comes_back_within_its_validity_is_used_at_once()
    {
        var clock = NewClock();
        var limiter = FullLimiter(clock);
        await using var pipeline = new SendPipeline(limiter);
        var answer = new TaskCompletionSource<ReserveAnswer>(TaskCreationOptions.RunContinuationsAsynchronously);
        var asked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        pipeline.UseReserve(_ => { asked.TrySetResult(); return answer.Task; });
        pipeline.ReserveOpen = true;
        var startedAt = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
        var reply = pipeline.SendAsync("asker", SendPriority.Reply, _ => { startedAt.TrySetResult(clock.GetUtcNow()); return Task.FromResult<RateLimited?>(null); }, default);
        await asked.Task.WaitAsync(TimeSpan.FromSeconds(30));
        clock.Advance(SendPipeline.ReserveValidFor / 2);
        var grantedAt = clock.GetUtcNow();
        answer.SetResult(ReserveAnswer.Granted);
        await reply.WaitAsync(TimeSpan.FromSeconds(30));   // the fake clock did not move
        Assert.Equal(grantedAt, await startedAt.Task);
        Assert.Equal(1, pipeline.ReservedSends);
    }

    /// <summary>
    /// 17b: a refused ask is told when the reserve frees, and the waiting reply asks again exactly then — not every
    /// 100 ms, and not only when the share next has room: granted at that moment, it leaves through the reserve.
    /// </summary>
    [Fact]
    public async Task A_refused_reply_asks_again_when_the_reserve_frees_and_leaves_then()
    {
        var clock = NewClock();
        var limiter = FullLimiter(clock);
        var nextInShare = limiter.GlobalReadyAt();
        var frees = clock.GetUtcNow() + TimeSpan.FromMilliseconds(300);
        Assert.True(frees + SendPipeline.ReserveAskAgain < nextInShare);
        await using var pipeline = new SendPipeline(limiter);
        var asks = new List<DateTimeOffset>();
        pipeline.UseReserve(_ =>
        {
            var now = clock.GetUtcNow();
            lock (asks) asks.Add(now);
            return Task.FromResult(now >= frees ? ReserveAnswer.Granted : ReserveAnswer.Refused(frees - now));
        });
        pipeline.ReserveOpen = true;
        var startedAt = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
        var reply = pipeline.SendAsync("asker", SendPriority.Reply, _ => { startedAt.TrySetResult(clock.GetUtcNow()); return Task.FromResult<RateLimited?>(null); }, default);
        await RunUntil(clock, reply, TimeSpan.FromMilliseconds(1));
        DateTimeOffset again;
        lock (asks)
        {
            Assert.Equal(2, asks.Count);   // at once, then when it freed: no polling in between
            again = asks[1];
        }
        // The fake clock moves 1 ms per turn of the test's loop while the pipeline's tasks hop threads: "when it frees"
        // is checked as before the 100 ms a poll would take and before the share's next room.
        Assert.InRange(again, frees, frees + SendPipeline.ReserveAskAgain);
        var started = await startedAt.Task;
        Assert.InRange(started, again, nextInShare);
        Assert.Equal(1, pipeline.ReservedSends);
    }

    /// <summary>
    /// 17b: grants now count from their return, so one that came back late and the next on time could fall less than a
    /// second apart; this server's own reserve sends stay a second (a window of the whole limit) apart.
    /// </summary>
    [Fact]
    public void A_servers_reserve_sends_stay_a_second_apart()
    {
        var clock = NewClock();
        var limiter = new SendRateLimiter(30, 1, clock);
        limiter.SetRate(29);
        Assert.True(limiter.TryTakeReserved("a", false, out _));
        clock.Advance(TimeSpan.FromMilliseconds(900));
        Assert.False(limiter.TryTakeReserved("b", false, out _));
        Assert.True(limiter.ReserveReadyAt() > clock.GetUtcNow());
        clock.Advance(limiter.ReserveReadyAt() - clock.GetUtcNow());
        Assert.True(limiter.TryTakeReserved("b", false, out _));
    }

    /// <summary>
    /// wip-17c: a server's reserve sends are a second apart where the platform counts them, not only where they start:
    /// the next waits a window after the latest moment the last one can have arrived (its answer less the shortest round
    /// trip, as the share's window counts), plus the slack. Counted from the start (17b), a first reserve send whose way
    /// in took 225 ms and a second whose way in took 75 ms arrived 853 ms apart — two reserve sends in one second next
    /// to a full share.
    /// </summary>
    [Fact]
    public void A_servers_reserve_sends_arrive_a_second_apart_even_when_the_first_one_was_slow_on_its_way_in()
    {
        var clock = NewClock();
        var limiter = new SendRateLimiter(30, 1, clock);
        limiter.SetRate(29);
        // The network as it is: 75 ms each way, 150 ms round trips.
        for (var i = 0; i < 30; i++)
        {
            Assert.True(limiter.TryAcquire($"recipient-{i}", false, out _, out var sent));
            clock.Advance(TimeSpan.FromMilliseconds(150));
            limiter.Completed(sent!);
        }
        clock.Advance(TimeSpan.FromSeconds(2));
        var wayIn = TimeSpan.FromMilliseconds(75);
        Assert.True(limiter.TryTakeReserved("asker-1", false, out var first));
        var firstArrived = first!.Start + TimeSpan.FromMilliseconds(225);   // a slow way in (a busy machine, a slow hop)
        clock.Advance(TimeSpan.FromMilliseconds(300));
        limiter.Completed(first);
        clock.Advance(TimeSpan.FromMilliseconds(710));   // 1,010 ms after the first start: a second by the starts
        Assert.False(limiter.TryTakeReserved("asker-2", false, out _));
        var ready = limiter.ReserveReadyAt();
        Assert.True(ready + wayIn >= firstArrived + TimeSpan.FromSeconds(1), $"the second would arrive {(ready + wayIn - firstArrived).TotalMilliseconds} ms after the first");
        clock.Advance(ready - clock.GetUtcNow());
        Assert.True(limiter.TryTakeReserved("asker-2", false, out var second));
        Assert.True(second!.Start + wayIn - firstArrived >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void A_reserved_send_waits_for_its_chats_pace_and_a_429_but_not_for_a_missing_share()
    {
        var clock = NewClock();
        var limiter = new SendRateLimiter(30, 1, clock);
        limiter.SetRate(1);   // no share yet (its pace is set to one a second)
        limiter.HoldShare(TimeSpan.FromSeconds(1));
        Assert.False(limiter.TryAcquire("a", out _));
        Assert.True(limiter.TryTakeReserved("a", false, out _));
        Assert.False(limiter.TryTakeReserved("a", false, out _));   // the chat's 1 a second
        limiter.PauseAll(TimeSpan.FromSeconds(1));
        Assert.False(limiter.TryTakeReserved("b", false, out _));   // a 429 holds the reserve too
    }

    /// <summary>
    /// A server at 29 next to another sends 29 in its share and one through the reserve; the other dies and its share
    /// grows to the whole 30: its own reserve send still counts at the platform, so the window of 30 counts it, and at
    /// the whole limit the reserve is closed (bench realistic crash2 had 31 arrivals in 995 ms without this, 17z).
    /// </summary>
    [Fact]
    public void Grown_to_the_whole_limit_a_server_counts_its_own_reserve_sends_and_takes_the_reserve_no_more()
    {
        var clock = NewClock();
        var limiter = new SendRateLimiter(30, 1, clock);
        limiter.SetRate(29);
        var starts = new List<DateTimeOffset>();
        for (var i = 0; starts.Count < 29; i++)
        {
            if (limiter.TryAcquire($"recipient-{i}", out _)) starts.Add(clock.GetUtcNow());
            else clock.Advance(TimeSpan.FromMilliseconds(1));
        }
        Assert.True(limiter.TryTakeReserved("asker", false, out _));
        starts.Add(clock.GetUtcNow());
        limiter.SetRate(30);
        Assert.False(limiter.TryTakeReserved("asker-2", false, out _));
        var first = starts[0];
        for (var i = 100; clock.GetUtcNow() < first.AddSeconds(3); i++)
        {
            if (limiter.TryAcquire($"recipient-{i}", out _)) starts.Add(clock.GetUtcNow());
            else clock.Advance(TimeSpan.FromMilliseconds(1));
        }
        var most = starts.Select((t, i) => starts.Skip(i).TakeWhile(u => u < t.AddSeconds(1)).Count()).Max();
        Assert.Equal(30, most);
    }
}
