using System.Net;
using System.Text;
using Dapper;
using SpbeBot.Core.Messaging.Inbox;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Telegram;

/// <summary>
/// Issue 17, kill -9 after N acknowledged updates: an update whose replies had left (the replied mark, set once the
/// last reply's request was in the kernel) but which its killed server never completed is completed by the next
/// server without being answered again; one whose replies had not left is answered.
/// </summary>
[Trait("Kind", "Slow")]
public class RepliedMarkInboxTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    const string Secret = "rahasia-Replied_17n";

    [Fact]
    public async Task The_mark_is_read_with_the_claim_and_cleared_by_a_refusal()
    {
        await db.ResetAsync();
        await using var inbox = new PostgresInbox(db.Connections, new InboxOptions());
        await inbox.AddAsync(new InboundUpdate("test", "1", "test:a", 1, Encoding.UTF8.GetBytes("{}")), default);
        var first = await inbox.ClaimAsync("killed", ["test"], default);
        Assert.False(first!.Replied);
        await inbox.MarkRepliedAsync(first.Id, true, default);
        await using var connection = await db.Connections.OpenAsync();
        // The server is killed: its lease is gone (as when it runs out).
        await connection.ExecuteAsync("update inbox_lease set owner = null, expires_at = '-infinity'");
        var again = await inbox.ClaimAsync("next", ["test"], default);
        Assert.Equal(first.Id, again!.Id);
        Assert.True(again.Replied);

        await inbox.MarkRepliedAsync(first.Id, false, default);   // the platform refused it (429): sent again
        await connection.ExecuteAsync("update inbox_lease set owner = null, expires_at = '-infinity'");
        var third = await inbox.ClaimAsync("third", ["test"], default);
        Assert.False(third!.Replied);

        // Completed by the claim that holds it now (wip-17r: a superseded claim's completion is refused).
        Assert.Null(await inbox.CompleteAsync(third, "third", null, more: true, default));
        await inbox.MarkRepliedAsync(first.Id, true, default);   // too late: a completed update is not touched
        Assert.Null(await connection.ExecuteScalarAsync<DateTime?>("select replied_at from inbox_update where id = @Id", new { first.Id }));
    }

    [Fact]
    public async Task An_update_whose_reply_had_left_is_completed_without_a_second_answer_and_one_whose_reply_had_not_is_answered()
    {
        await db.ResetAsync();
        const long chat = 17_770;
        // What a killed server left behind: update 1 answered (its reply's request was in the kernel, marked), update 2
        // handled but its reply never left (not marked). Both pending, in one chat.
        await using (var inbox = new PostgresInbox(db.Connections, new InboxOptions()))
        {
            foreach (var (id, text) in new[] { (1_001, "sudah dijawab"), (1_002, "belum dijawab") })
                await inbox.AddAsync(new InboundUpdate("telegram", id.ToString(), $"telegram:{chat}", id,
                    Encoding.UTF8.GetBytes(FakeBotApi.TextUpdate(chat, text, id).ToJsonString())), default);
            await using var connection = await db.Connections.OpenAsync();
            var answered = await connection.ExecuteScalarAsync<long>("select id from inbox_update where external_id = '1001'");
            await inbox.MarkRepliedAsync(answered, true, default);
        }

        var handler = ScriptedHandler.Echo();
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await TelegramHarness.StartAsync(handler, databaseConnectionString: db.ConnectionString, sharedApi: api,
            settings: new Dictionary<string, string?> { ["Mode"] = "webhook", ["WebhookUrl"] = "https://spbe.example.go.id/telegram/webhook", ["WebhookSecret"] = Secret });
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook")
        {
            Content = new StringContent(FakeBotApi.TextUpdate(chat, "penanda", 1_003).ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        Assert.Equal(HttpStatusCode.OK, (await bot.Http.SendAsync(request)).StatusCode);
        // The chat is handled in order: once the sentinel is answered, everything before it was decided.
        await Eventually.HoldsAsync(() => api.Delivered(chat).Any(m => m.Text == "echo: penanda"), "the sentinel answered");
        Assert.Equal(["echo: belum dijawab", "echo: penanda"], api.Delivered(chat).Select(m => m.Text).ToList());
        await using var check = await db.Connections.OpenAsync();
        await Eventually.HoldsAsync(() => check.ExecuteScalar<int>("select count(*) from inbox_update where status = 'done'") == 3, "all three done");
        // The sentinel's reply marked its update on the way (set when its request left).
        Assert.Equal(3, await check.ExecuteScalarAsync<int>("select count(*) from inbox_update where replied_at is not null"));
    }
}
