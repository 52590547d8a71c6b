using System.Net;
using Microsoft.Extensions.Configuration;
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

    [Fact]
    public async Task A_reply_on_its_way_through_the_connector_holds_its_conversation_but_not_the_only_worker()
    {
        await using var bf = await FakeBotFramework.StartAsync();
        var connectorOfA = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Conversation A's Connector calls hang until the test lets them through (a slow round trip).
        bf.Hold = path => path.Contains("/conv-a/", StringComparison.Ordinal) ? connectorOfA.Task : Task.CompletedTask;
        var (app, http) = await TeamsTests.StartAsync(bf, configure: b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Spbebot:Inbox:Workers"] = "1", ["Spbebot:Inbox:PollSeconds"] = "0.05",
        }));
        try
        {
            int Replies(System.Text.Json.Nodes.JsonObject activity) => bf.Sent.Count(s => s.Path.EndsWith($"/activities/{activity["id"]}"));
            var a1 = bf.Message("/bantuan", conversationId: "conv-a");
            Assert.Equal(HttpStatusCode.OK, (await TeamsTests.PostAsync(http, a1, bf.Token())).StatusCode);
            var a2 = bf.Message("/bantuan", conversationId: "conv-a");
            Assert.Equal(HttpStatusCode.OK, (await TeamsTests.PostAsync(http, a2, bf.Token())).StatusCode);
            // One worker: conversation B is answered only if A's reply, still on its way, does not hold it.
            var b1 = bf.Message("/bantuan", conversationId: "conv-b");
            Assert.Equal(HttpStatusCode.OK, (await TeamsTests.PostAsync(http, b1, bf.Token())).StatusCode);
            await Eventually.HoldsAsync(() => Replies(b1) > 0, "b1 answered while a1's reply is on its way");
            // A sentinel in B: once answered, a2 had every chance — it must still wait for a1's reply (order within A).
            var b2 = bf.Message("/bantuan", conversationId: "conv-b");
            Assert.Equal(HttpStatusCode.OK, (await TeamsTests.PostAsync(http, b2, bf.Token())).StatusCode);
            await Eventually.HoldsAsync(() => Replies(b2) > 0, "the sentinel b2 answered");
            Assert.Equal(0, Replies(a1));
            Assert.Equal(0, Replies(a2));

            connectorOfA.SetResult();
            await Eventually.HoldsAsync(() => Replies(a2) > 0, "a2 answered once a1's reply went out");
            var sent = bf.Sent.Select(s => s.Path).ToList();
            Assert.True(sent.FindLastIndex(p => p.EndsWith($"/activities/{a1["id"]}")) < sent.FindIndex(p => p.EndsWith($"/activities/{a2["id"]}")),
                "every part of a1's reply before a2's");
            Assert.Equal(Replies(b1), Replies(a1));   // the same command, answered once each
            Assert.Equal(Replies(b1), Replies(a2));
        }
        finally
        {
            connectorOfA.TrySetResult();
            http.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
