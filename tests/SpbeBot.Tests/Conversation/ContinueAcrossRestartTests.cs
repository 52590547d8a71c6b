using Dapper;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Conversation;

/// <summary>Issue 17: the further parts of a long answer ("/lanjut") are kept in PostgreSQL, so they survive a restart and any server continues them.</summary>
[Trait("Kind", "Slow")]
public class ContinueAcrossRestartTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_rest_of_a_long_answer_is_continued_after_a_restart_once_and_only_in_its_own_chat()
    {
        await db.ResetAsync();
        var bot = new ConversationDriver(db.Connections);
        await bot.LoadDemoAsync();
        // Ask until an answer is held back in parts (a comparison keeps the higher level's fulfilment for "/lanjut").
        string? asked = null;
        var seen = new List<string>();
        foreach (var question in new[] { "/tanya beda level 2 dan level 5 indikator 32", "/tanya bandingkan level 1 dan level 4 indikator 1", "/tanya perbedaan level 3 dan level 5 indikator 11" })
        {
            var first = await bot.AsDemo("koordinator", question);
            seen.AddRange(first.Select(r => r.Text[..Math.Min(80, r.Text.Length)] + " [" + string.Join(",", r.Buttons.Select(b => b.Payload)) + "] more " + r.More.Count));
            if (await PendingAsync() > 0) { asked = question; break; }
            Assert.DoesNotContain(first, r => r.Text.Contains(ConversationTexts.Id.NothingToContinue));
        }
        Assert.True(asked is not null, "no criteria answer was long enough to keep parts for /lanjut: " + string.Join(" | ", seen));
        var shown = (await bot.AsDemo("koordinator", asked!)).Select(r => r.Text).ToList();   // asked again: the parts are kept afresh

        bot.Restart();   // a new server process (or another server) on the same database
        Assert.Equal(ConversationTexts.Id.NothingToContinue, Assert.Single(await bot.AsDemo("operator-bappeda", "/lanjut")).Text);   // not someone else's
        var continued = Assert.Single(await bot.AsDemo("koordinator", "/lanjut"));
        Assert.NotEqual(ConversationTexts.Id.NothingToContinue, continued.Text);
        Assert.DoesNotContain(continued.Text, shown);
        Assert.Equal(0, await PendingAsync());
        Assert.Equal(ConversationTexts.Id.NothingToContinue, Assert.Single(await bot.AsDemo("koordinator", "/lanjut")).Text);   // handed out once

        // A later short answer forgets the held-back parts: "/lanjut" continues the last answer only.
        await bot.AsDemo("koordinator", asked);
        Assert.Equal(1, await PendingAsync());
        await bot.AsDemo("koordinator", "/tanya level 1 indikator 20");
        Assert.Equal(0, await PendingAsync());
        bot.Restart();
        Assert.Equal(ConversationTexts.Id.NothingToContinue, Assert.Single(await bot.AsDemo("koordinator", "/lanjut")).Text);
    }

    async Task<int> PendingAsync()
    {
        await using var c = await db.Connections.OpenAsync();
        return await c.ExecuteScalarAsync<int>("select count(*) from pending_parts");
    }
}
