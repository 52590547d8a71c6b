using Dapper;
using Microsoft.Extensions.Time.Testing;
using SpbeBot.Core.Messaging;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Broadcasts;

/// <summary>
/// Issue 17 (17m, 17v): servers split the per-bot limit in whole messages a second by demand, through send_pacer; a
/// share grows only into room the others gave up and published; a server beating through a session of its own is
/// counted out as soon as that session ends (it died), one beating through pooled connections only once its heartbeat
/// grew old.
/// </summary>
[Trait("Kind", "Slow")]
public class SendSharesTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_reply_reserve_is_taken_once_within_its_gap_by_all_servers_together()
    {
        await db.ResetAsync();
        var shares = new SendShares(db.Connections);
        var hour = TimeSpan.FromHours(1);
        Assert.True((await shares.TakeReserveAsync("telegram", hour, default)).IsGranted);    // nobody took it yet
        var refused = await shares.TakeReserveAsync("telegram", hour, default);             // taken within the gap (by any server)
        Assert.False(refused.IsGranted);
        // It says when the reserve frees: the last take + the gap (less the moments between the two statements).
        Assert.InRange(refused.FreeIn, hour - TimeSpan.FromMinutes(1), hour);
        Assert.True((await shares.TakeReserveAsync("teams", hour, default)).IsGranted);       // another channel's reserve is its own
        Assert.True((await shares.TakeReserveAsync("telegram", TimeSpan.Zero, default)).IsGranted);   // the gap passed
    }

    [Fact]
    public async Task A_quiet_server_gets_its_want_only_after_the_broadcaster_gave_it_up_and_a_dead_one_holds_nothing()
    {
        await db.ResetAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 5, 0, 0, TimeSpan.Zero));
        var shares = new SendShares(db.Connections);
        var (senderSplit, survivorSplit) = (new ShareSplit(30, clock), new ShareSplit(30, clock));
        var sender = await db.Connections.OpenSessionAsync();
        Assert.Equal(30, await shares.BeatAsync("sender", "telegram", senderSplit, 30, sender, default));   // alone: the whole limit
        // The quiet server wants 2 a second, but the sender holds all 30: nothing yet.
        Assert.Equal(0, await shares.BeatAsync("survivor", "telegram", survivorSplit, 2, null, default));
        // The sender shrinks to 27 at once (29 shared, one a second the reply reserve: 17z), but still publishes 30 while
        // its last second at 30 counts at the platform.
        Assert.Equal(27, await shares.BeatAsync("sender", "telegram", senderSplit, 30, sender, default));
        Assert.Equal(0, await shares.BeatAsync("survivor", "telegram", survivorSplit, 2, null, default));
        clock.Advance(ShareSplit.HoldFor);
        Assert.Equal(27, await shares.BeatAsync("sender", "telegram", senderSplit, 30, sender, default));
        Assert.Equal(2, await shares.BeatAsync("survivor", "telegram", survivorSplit, 2, null, default));

        // The sender dies (kill -9): PostgreSQL ends its session, and the survivor may take the whole limit at once
        // (its limiter ramps, assuming the dead server's last second: SendRateLimiterTests).
        var pid = await sender.ExecuteScalarAsync<int>("select pg_backend_pid()");
        await using (var other = await db.Connections.OpenAsync())
            await other.ExecuteAsync("select pg_terminate_backend(@pid)", new { pid });
        // Its heartbeat is made fresh for an hour to come, so only the ended session can free its share — proven by state,
        // not by how quickly it happens.
        await using (var beater = await db.Connections.OpenAsync())
            await beater.ExecuteAsync("update send_pacer set heartbeat_at = now() + interval '1 hour' where owner = 'sender'");
        var share = 0;
        await Eventually.HoldsAsync(() =>
        {
            share = shares.BeatAsync("survivor", "telegram", survivorSplit, 30, null, default).GetAwaiter().GetResult();
            return share >= 29;
        }, "the dead sender's share returns at the survivor's next beat, its heartbeat still fresh");
        clock.Advance(ShareSplit.HoldFor);   // alone for a hold (the reserve's last send no longer counts): all of it
        Assert.Equal(30, await shares.BeatAsync("survivor", "telegram", survivorSplit, 30, null, default));
        await using (var beater = await db.Connections.OpenAsync())
            await beater.ExecuteAsync("update send_pacer set heartbeat_at = now() where owner = 'sender'");   // its real last beat again
        await sender.DisposeAsync();

        // A row beaten through pooled connections has no session to end: it counts while its heartbeat is fresh.
        Assert.Equal(0, await shares.BeatAsync("pooled", "telegram", new ShareSplit(30, clock), 30, null, default));
        Assert.Equal(14, await shares.BeatAsync("survivor", "telegram", survivorSplit, 30, null, default));

        // A server that leaves still holds its share for a moment (its last sends), then no longer.
        await shares.LeaveAsync("survivor", default);
        clock.Advance(ShareSplit.HoldFor);
        var pooled = new ShareSplit(30, clock);
        Assert.True(await shares.BeatAsync("pooled", "telegram", pooled, 30, null, default) <= 15);
        await Eventually.HoldsAsync(() => shares.BeatAsync("pooled", "telegram", pooled, 30, null, default).GetAwaiter().GetResult() >= 29,
            "the share of a server that left returns once its heartbeat is old", TimeSpan.FromSeconds(4));
        clock.Advance(ShareSplit.HoldFor);
        Assert.Equal(30, await shares.BeatAsync("pooled", "telegram", pooled, 30, null, default));
    }
}
