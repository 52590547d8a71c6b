using System.Net;
using Dapper;
using SpbeBot.Core.Messaging.Inbox;
using SpbeBot.Host.Channels.Teams;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Teams;

/// <summary>
/// Bot Framework activities go through the durable inbox (issue 17): committed before the 200, a repeated activity id
/// handled once, and one acknowledged before a crash handled after the restart.
/// </summary>
[Trait("Kind", "Slow")]
public class TeamsInboxTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_repeated_activity_is_handled_once_and_one_acknowledged_before_a_crash_after_the_restart()
    {
        await db.ResetAsync();
        await using var bf = await FakeBotFramework.StartAsync();
        // As if a server had committed this activity, answered 200, and died before handling it.
        var orphan = bf.Message("/bantuan", conversationId: "conv-crash");
        await new PostgresInbox(db.Connections, new InboxOptions()).AddAsync(TeamsInbound.From(orphan), default);

        var (app, http) = await TeamsTests.StartAsync(bf, database: db.ConnectionString);
        try
        {
            await Eventually.HoldsAsync(() => bf.Sent.Any(s => s.Path.EndsWith($"/activities/{orphan["id"]}")), "the answer to the activity left by the crash", TimeSpan.FromSeconds(20));

            var once = bf.Message("/bantuan", conversationId: "conv-repeat");
            Assert.Equal(HttpStatusCode.OK, (await TeamsTests.PostAsync(http, once, bf.Token())).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await TeamsTests.PostAsync(http, once, bf.Token())).StatusCode);   // the channel's retry
            var sentinel = bf.Message("/bantuan", conversationId: "conv-repeat");
            Assert.Equal(HttpStatusCode.OK, (await TeamsTests.PostAsync(http, sentinel, bf.Token())).StatusCode);
            await Eventually.HoldsAsync(() => bf.Sent.Any(s => s.Path.EndsWith($"/activities/{sentinel["id"]}")), "the sentinel's answer");

            int Replies(System.Text.Json.Nodes.JsonObject activity) => bf.Sent.Count(s => s.Path.EndsWith($"/activities/{activity["id"]}"));
            Assert.True(Replies(once) > 0);
            Assert.Equal(Replies(sentinel), Replies(once));   // the same command answered the same way: once
            await using var connection = await db.Connections.OpenAsync();
            Assert.Equal(3, await connection.ExecuteScalarAsync<int>("select count(*) from inbox_update where channel = 'teams'"));
        }
        finally
        {
            http.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
