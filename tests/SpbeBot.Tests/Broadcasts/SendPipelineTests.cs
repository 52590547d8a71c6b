using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using SpbeBot.Core.Messaging;

namespace SpbeBot.Tests.Broadcasts;

/// <summary>
/// The channel's send pipeline on a fake clock: sends "take" time on that clock, so pacing, concurrency and pauses are
/// measured exactly and the tests take no real seconds.
/// </summary>
public class SendPipelineTests
{
    static FakeTimeProvider NewClock() => new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));

    /// <summary>Moves the fake clock in small steps until every send is done (or five minutes of fake time passed).</summary>
    static async Task RunClockUntil(FakeTimeProvider clock, Task all, TimeSpan? step = null)
    {
        await AdvanceClockUntil(clock, () => all.IsCompleted, step ?? TimeSpan.FromMilliseconds(10));
        await all.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>Moves the fake clock in steps of <paramref name="step"/>, letting the pipeline run between them, until
    /// <paramref name="done"/> holds or five minutes of fake time passed.</summary>
    static async Task AdvanceClockUntil(FakeTimeProvider clock, Func<bool> done, TimeSpan step)
    {
        var end = clock.GetUtcNow() + TimeSpan.FromMinutes(5);
        while (!done() && clock.GetUtcNow() < end)
        {
            await Task.Delay(1);
            clock.Advance(step);
        }
    }

    sealed record Start(string Chat, int Index, DateTimeOffset At);

    /// <summary>A send that records when it started and then takes <paramref name="latency"/> on the fake clock.</summary>
    static Func<CancellationToken, Task<RateLimited?>> Recording(ConcurrentQueue<Start> starts, FakeTimeProvider clock, string chat, int index, TimeSpan latency) =>
        async ct =>
        {
            starts.Enqueue(new Start(chat, index, clock.GetUtcNow()));
            await Task.Delay(latency, clock, ct);
            return null;
        };

    [Fact]
    public async Task Keeps_order_within_each_chat_while_chats_run_side_by_side()
    {
        var clock = NewClock();
        await using var pipeline = new SendPipeline(new SendRateLimiter(1000, 100, clock), maxInFlight: 8);
        var starts = new ConcurrentQueue<Start>();
        var sends = new List<Task>();
        for (var i = 0; i < 20; i++)
            foreach (var chat in new[] { "a", "b", "c" })
                sends.Add(pipeline.SendAsync(chat, i % 3 == 0 ? SendPriority.Reply : SendPriority.Bulk, Recording(starts, clock, chat, i, TimeSpan.FromMilliseconds(50 + (i * 37 % 200))), default));
        await RunClockUntil(clock, Task.WhenAll(sends), TimeSpan.FromMilliseconds(5));
        foreach (var chat in new[] { "a", "b", "c" })
            Assert.Equal(Enumerable.Range(0, 20), starts.Where(s => s.Chat == chat).Select(s => s.Index));
        // Never two sends to one chat at once: each starts after the one before it in the chat has finished.
        Assert.Equal(60, starts.Count);
    }

    [Fact]
    public async Task Reaches_the_overall_limit_under_latency_without_exceeding_it_and_paces_each_chat()
    {
        var clock = NewClock();
        await using var pipeline = new SendPipeline(new SendRateLimiter(30, 1, clock), maxInFlight: 16);
        var starts = new ConcurrentQueue<Start>();
        // 300 ms per call: one send at a time would manage 3.3 a second.
        // One chat with four messages among 150 chats with one each: its later messages wait for its pace, not the others.
        var sends = Enumerable.Range(0, 4).Select(i => pipeline.SendAsync("same", SendPriority.Bulk, Recording(starts, clock, "same", i, TimeSpan.FromMilliseconds(300)), default))
            .Concat(Enumerable.Range(0, 150).Select(i => pipeline.SendAsync($"chat-{i}", SendPriority.Bulk, Recording(starts, clock, $"chat-{i}", i, TimeSpan.FromMilliseconds(300)), default)))
            .ToList();
        await RunClockUntil(clock, Task.WhenAll(sends), TimeSpan.FromMilliseconds(5));
        var times = starts.Select(s => s.At).Order().ToList();
        var mostInOneSecond = times.Select((t, i) => times.Skip(i).TakeWhile(u => u < t.AddSeconds(1)).Count()).Max();
        Assert.True(mostInOneSecond <= 30, $"{mostInOneSecond} sends in one second");
        var seconds = (times[^1] - times[0]).TotalSeconds;
        // At the limit, not at 1/latency. With 30 in any second, the 154th send starts at least 5 s after the first
        // (sends 0, 30, 60, 90, 120, 150 are each a second apart); spread evenly it would be 153/30 = 5.1 s.
        Assert.True(seconds >= Math.Floor(153 / 30.0) && seconds <= 153 / 30.0 * 1.15, string.Join(" ", times.Select(t => (t - times[0]).TotalMilliseconds)));
        var same = starts.Where(s => s.Chat == "same").Select(s => s.At).Order().ToList();
        Assert.All(same.Zip(same.Skip(1)), p => Assert.True(p.Second - p.First >= TimeSpan.FromSeconds(1)));
    }

    /// <summary>
    /// The platform answers in 150 ms, but every other send spends another 200 ms after its answer came (the body read
    /// and parsed, continuations waiting on a busy machine). Counted from when the HTTP layer read the answer
    /// (<see cref="SendTicket.Answered"/>), the pace stays at the limit; counted from when the attempt returned, each
    /// slow send held the send 30 places after it back by 200 ms (about 25 % of the throughput here).
    /// </summary>
    [Fact]
    public async Task Sends_count_from_their_answer_not_from_the_work_after_it()
    {
        var clock = NewClock();
        await using var pipeline = new SendPipeline(new SendRateLimiter(30, 1, clock), maxInFlight: 16);
        var starts = new ConcurrentQueue<Start>();
        var answered = 0;
        var sends = Enumerable.Range(0, 300).Select(i => pipeline.SendAsync($"chat-{i}", SendPriority.Bulk, async ct =>
        {
            starts.Enqueue(new Start($"chat-{i}", i, clock.GetUtcNow()));
            await Task.Delay(TimeSpan.FromMilliseconds(150), clock, ct);
            if (SendTicket.Current is { } ticket)
            {
                ticket.Answered();
                Interlocked.Increment(ref answered);
            }
            if (i % 2 == 1) await Task.Delay(TimeSpan.FromMilliseconds(200), clock, ct);
            return null;
        }, default)).ToList();
        await RunClockUntil(clock, Task.WhenAll(sends), TimeSpan.FromMilliseconds(5));
        Assert.Equal(300, answered);   // the ticket reached the attempt
        var times = starts.Select(s => s.At).Order().ToList();
        var mostInOneSecond = times.Select((t, i) => times.Skip(i).TakeWhile(u => u < t.AddSeconds(1)).Count()).Max();
        Assert.True(mostInOneSecond <= 30, $"{mostInOneSecond} sends in one second");
        var seconds = (times[^1] - times[0]).TotalSeconds;
        Assert.True(seconds <= 299 / 30.0 * 1.04, $"300 sends took {seconds:0.00} s (at the limit: {299 / 30.0:0.00} s)");
    }

    [Fact]
    public async Task A_group_chat_gets_at_most_twenty_a_minute()
    {
        var clock = NewClock();
        await using var pipeline = new SendPipeline(new SendRateLimiter(30, 1, clock, perMinutePerGroup: 20), maxInFlight: 4);
        var starts = new ConcurrentQueue<Start>();
        var sends = Enumerable.Range(0, 5).Select(i => pipeline.SendAsync("-100", SendPriority.Bulk, Recording(starts, clock, "-100", i, TimeSpan.FromMilliseconds(100)), default, isGroup: true)).ToList();
        await RunClockUntil(clock, Task.WhenAll(sends), TimeSpan.FromMilliseconds(50));
        var times = starts.Select(s => s.At).ToList();
        Assert.All(times.Zip(times.Skip(1)), p => Assert.True(p.Second - p.First >= TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public async Task A_429_on_one_chat_pauses_that_chat_only_and_the_message_is_sent_after_retry_after()
    {
        var clock = NewClock();
        await using var pipeline = new SendPipeline(new SendRateLimiter(30, 1, clock), maxInFlight: 8);
        var starts = new ConcurrentQueue<Start>();
        var t0 = clock.GetUtcNow();
        var refused = 0;
        var limited = pipeline.SendAsync("limited", SendPriority.Reply, async ct =>
        {
            starts.Enqueue(new Start("limited", refused, clock.GetUtcNow()));
            await Task.Delay(TimeSpan.FromMilliseconds(100), clock, ct);
            return Interlocked.Increment(ref refused) == 1 ? new RateLimited(TimeSpan.FromSeconds(5), WholeBot: false) : null;
        }, default);
        var after = pipeline.SendAsync("limited", SendPriority.Reply, Recording(starts, clock, "limited", 9, TimeSpan.FromMilliseconds(100)), default);
        var others = Enumerable.Range(0, 60).Select(i => pipeline.SendAsync($"o{i}", SendPriority.Bulk, Recording(starts, clock, $"o{i}", i, TimeSpan.FromMilliseconds(100)), default)).ToList();
        await RunClockUntil(clock, Task.WhenAll(others.Append(limited).Append(after)), TimeSpan.FromMilliseconds(5));
        var othersDone = starts.Where(s => s.Chat.StartsWith('o')).Max(s => s.At);
        Assert.True(othersDone - t0 < TimeSpan.FromSeconds(3), $"the other chats finished after {(othersDone - t0).TotalSeconds} s");
        var limitedStarts = starts.Where(s => s.Chat == "limited").ToList();
        Assert.Equal([0, 1, 9], limitedStarts.Select(s => s.Index));   // retried first, then the next message: order kept
        Assert.True(limitedStarts[1].At - limitedStarts[0].At >= TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_429_for_the_whole_bot_holds_every_chat()
    {
        var clock = NewClock();
        await using var pipeline = new SendPipeline(new SendRateLimiter(30, 1, clock), maxInFlight: 8);
        var starts = new ConcurrentQueue<Start>();
        var t0 = clock.GetUtcNow();
        var first = 0;
        var limited = pipeline.SendAsync("x", SendPriority.Bulk, async ct =>
        {
            await Task.Yield();
            return Interlocked.Increment(ref first) == 1 ? new RateLimited(TimeSpan.FromSeconds(4), WholeBot: true) : null;
        }, default);
        // The 429 comes back: wait until the pipeline has paused the whole bot, not a fixed 50 ms of real time (on a
        // loaded machine the first send had not run by then, and the others went ahead of the 429).
        bool Paused() => pipeline.Limiter.GlobalReadyAt() - clock.GetUtcNow() > TimeSpan.FromSeconds(1);
        await AdvanceClockUntil(clock, Paused, TimeSpan.FromMilliseconds(20));
        Assert.True(Paused(), "the 429 for the whole bot paused nothing");
        var others = Enumerable.Range(0, 5).Select(i => pipeline.SendAsync($"o{i}", SendPriority.Reply, Recording(starts, clock, $"o{i}", i, TimeSpan.FromMilliseconds(10)), default)).ToList();
        await RunClockUntil(clock, Task.WhenAll(others.Append(limited)), TimeSpan.FromMilliseconds(20));
        Assert.All(starts, s => Assert.True(s.At - t0 >= TimeSpan.FromSeconds(4), $"{s.Chat} started at {(s.At - t0).TotalSeconds} s"));
    }

    [Fact]
    public async Task A_reply_overtakes_the_bulk_messages_queued_before_it()
    {
        var clock = NewClock();
        await using var pipeline = new SendPipeline(new SendRateLimiter(30, 1, clock), maxInFlight: 16, reservedForReplies: 2);
        var starts = new ConcurrentQueue<Start>();
        var bulk = Enumerable.Range(0, 300).Select(i => pipeline.SendAsync($"b{i}", SendPriority.Bulk, Recording(starts, clock, $"b{i}", i, TimeSpan.FromMilliseconds(300)), default)).ToList();
        await RunClockUntil(clock, Task.Delay(20), TimeSpan.FromMilliseconds(100));   // a second of broadcast under way
        var queuedAt = clock.GetUtcNow();
        var reply = pipeline.SendAsync("asker", SendPriority.Reply, Recording(starts, clock, "asker", 0, TimeSpan.FromMilliseconds(300)), default);
        await RunClockUntil(clock, reply, TimeSpan.FromMilliseconds(5));
        var replyStart = starts.Single(s => s.Chat == "asker").At;
        Assert.True(replyStart - queuedAt <= TimeSpan.FromMilliseconds(100), $"the reply waited {(replyStart - queuedAt).TotalMilliseconds} ms behind {pipeline.Queued} bulk messages");
        Assert.True(pipeline.Queued > 200);   // the broadcast was still far from done
        await RunClockUntil(clock, Task.WhenAll(bulk), TimeSpan.FromMilliseconds(20));
    }

    [Fact]
    public void Two_chats_refused_together_mean_the_whole_bot_one_chat_alone_means_that_chat()
    {
        var clock = NewClock();
        var scope = new RateLimitScope(clock);
        Assert.False(scope.IsWholeBot("a", false));
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.False(scope.IsWholeBot("a", false));
        clock.Advance(TimeSpan.FromMilliseconds(200));
        Assert.True(scope.IsWholeBot("b", false));
        Assert.False(scope.IsWholeBot("-100", true));   // a group's 429 is the group's
    }
}
