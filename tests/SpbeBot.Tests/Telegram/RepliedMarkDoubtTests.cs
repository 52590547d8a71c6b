using System.Text;
using Dapper;
using SpbeBot.Core.Messaging.Inbox;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Telegram;

/// <summary>
/// Issue 17 (wip-17r), the loss window of the replied mark: a reply marked as left whose refusal (429, 5xx) had not
/// been read when its server was killed was never answered. After a kill, a marked update is trusted (completed
/// without a second answer) only if no refusal was read on its channel around its mark; otherwise it is answered again.
/// </summary>
[Trait("Kind", "Slow")]
public class RepliedMarkDoubtTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    static InboundUpdate Update(string id, string conversation) => new("test", id, conversation, long.Parse(id), Encoding.UTF8.GetBytes("{}"));

    [Fact]
    public async Task A_mark_set_while_the_platform_was_refusing_is_not_trusted_after_a_kill()
    {
        await db.ResetAsync();
        await using var inbox = new PostgresInbox(db.Connections, new InboxOptions { RefusalDoubtSeconds = 10 });
        await inbox.AddAsync(Update("1", "test:a"), default);
        await inbox.AddAsync(Update("2", "test:b"), default);
        var claims = new[] { await inbox.ClaimAsync("killed", ["test"], default), await inbox.ClaimAsync("killed", ["test"], default) };
        var a = claims.Single(c => c!.Conversation == "test:a")!;
        var b = claims.Single(c => c!.Conversation == "test:b");
        // a's reply left and was refused, retried, left again: marked (its refusal is on record).
        await inbox.MarkRepliedAsync(a.Id, true, default);
        await inbox.MarkRepliedAsync(a.Id, false, default);
        await inbox.MarkRepliedAsync(a.Id, true, default);
        // b's reply left in the same seconds: the platform was refusing, b's own refusal may have been on its way.
        await inbox.MarkRepliedAsync(b!.Id, true, default);
        await using var connection = await db.Connections.OpenAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select count(*) from inbox_refusal"));
        await connection.ExecuteAsync("update inbox_lease set owner = null, expires_at = '-infinity'");   // killed

        var again = new[] { await inbox.ClaimAsync("next", ["test"], default), await inbox.ClaimAsync("next", ["test"], default) };
        Assert.All(again, item => Assert.False(item!.Replied));   // answered again: a duplicate at worst, never a loss

        // Long after the refusal, a mark is trusted again.
        await connection.ExecuteAsync("update inbox_refusal set at = at - interval '1 minute'");
        await connection.ExecuteAsync("update inbox_lease set owner = null, expires_at = '-infinity'");
        var later = new[] { await inbox.ClaimAsync("third", ["test"], default), await inbox.ClaimAsync("third", ["test"], default) };
        Assert.All(later, item => Assert.True(item!.Replied));
    }

    [Fact]
    public async Task A_refusal_on_another_channel_does_not_count()
    {
        await db.ResetAsync();
        await using var inbox = new PostgresInbox(db.Connections, new InboxOptions { RefusalDoubtSeconds = 10 });
        await inbox.AddAsync(Update("1", "test:a"), default);
        await inbox.AddAsync(new InboundUpdate("other", "9", "other:z", 9, Encoding.UTF8.GetBytes("{}")), default);
        var a = await inbox.ClaimAsync("killed", ["test"], default);
        var z = await inbox.ClaimAsync("killed", ["other"], default);
        await inbox.MarkRepliedAsync(z!.Id, false, default);   // refused on the other channel
        await inbox.MarkRepliedAsync(a!.Id, true, default);
        await using var connection = await db.Connections.OpenAsync();
        await connection.ExecuteAsync("update inbox_lease set owner = null, expires_at = '-infinity'");
        Assert.True((await inbox.ClaimAsync("next", ["test"], default))!.Replied);
    }
}
