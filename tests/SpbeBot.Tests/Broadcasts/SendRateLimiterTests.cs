using SpbeBot.Core.Messaging;

namespace SpbeBot.Tests.Broadcasts;

public class SendRateLimiterTests
{
    sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void Slots_are_spaced_for_the_overall_rate_and_for_each_chat()
    {
        var clock = new ManualClock();
        var limiter = new SendRateLimiter(30, 1, clock);
        var slots = Enumerable.Range(0, 90).Select(i => limiter.Reserve($"chat-{i}")).ToList();
        for (var i = 1; i < slots.Count; i++) Assert.True(slots[i] - slots[i - 1] >= TimeSpan.FromSeconds(1 / 30.0));
        Assert.True(slots[^1] >= TimeSpan.FromSeconds(89 / 30.0));   // 90 messages take at least 3 s

        var again = limiter.Reserve("chat-0");
        Assert.True(again >= slots[0] + TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void A_pause_after_429_holds_every_later_slot_and_parallel_reservations_get_distinct_slots()
    {
        var clock = new ManualClock();
        var limiter = new SendRateLimiter(30, 1, clock);
        limiter.PauseAll(TimeSpan.FromSeconds(5));
        Assert.True(limiter.Reserve("a") >= TimeSpan.FromSeconds(5));

        var fresh = new SendRateLimiter(30, 1, clock);
        var slots = new System.Collections.Concurrent.ConcurrentBag<TimeSpan>();
        Parallel.For(0, 300, i => slots.Add(fresh.Reserve($"c{i}")));
        var ordered = slots.Order().ToList();
        for (var i = 1; i < ordered.Count; i++) Assert.True(ordered[i] - ordered[i - 1] >= TimeSpan.FromSeconds(1 / 30.0) - TimeSpan.FromTicks(1));
    }
}
