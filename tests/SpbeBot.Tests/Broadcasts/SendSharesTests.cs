using Dapper;
using SpbeBot.Core.Messaging;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Broadcasts;

/// <summary>
/// Issue 17 (17m): servers share the per-bot limit in proportion to their demand; a server beating through a session of
/// its own is counted out as soon as that session ends (it died), one beating through pooled connections only once its
/// heartbeat grew old.
/// </summary>
[Trait("Kind", "Slow")]
public class SendSharesTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_server_whose_session_ended_no_longer_holds_a_share_while_a_pooled_beat_still_counts()
    {
        await db.ResetAsync();
        var shares = new SendShares(db.Connections);
        var sender = await db.Connections.OpenSessionAsync();
        Assert.Equal(1, await shares.BeatAsync("sender", "telegram", 30, sender, default));   // alone: the whole limit
        // The second server's first beat counts it with the least demand, its second with what it has.
        Assert.Equal(SendShares.MinDemand / (30 + SendShares.MinDemand), await shares.BeatAsync("survivor", "telegram", 30, default), 6);
        Assert.Equal(0.5, await shares.BeatAsync("survivor", "telegram", 30, default), 6);
        Assert.Equal(30 / 60.0, await shares.BeatAsync("sender", "telegram", 30, sender, default), 6);

        // The sender dies (kill -9): PostgreSQL ends its session.
        var pid = await sender.ExecuteScalarAsync<int>("select pg_backend_pid()");
        await using (var other = await db.Connections.OpenAsync())
            await other.ExecuteAsync("select pg_terminate_backend(@pid)", new { pid });
        double share = 0;
        await Eventually.HoldsAsync(() =>
        {
            share = shares.BeatAsync("survivor", "telegram", 30, default).GetAwaiter().GetResult();
            return share == 1;
        }, "the dead sender's share returns at the survivor's next beat, long before its heartbeat is old", TimeSpan.FromSeconds(1));
        await sender.DisposeAsync();

        // A row beaten through pooled connections has no session to end: it counts (with the demand it published)
        // while its heartbeat is fresh.
        Assert.Equal(SendShares.MinDemand / (30 + SendShares.MinDemand), await shares.BeatAsync("pooled", "telegram", 30, default), 6);
        Assert.Equal(0.5, await shares.BeatAsync("survivor", "telegram", 30, default), 6);
    }
}
