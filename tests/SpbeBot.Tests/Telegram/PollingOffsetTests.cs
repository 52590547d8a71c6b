using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Telegram;

/// <summary>
/// Telegram hands out an update again until a later getUpdates confirms it. A server that restarts (or another that
/// takes over polling) continues after the last update handled, kept in the database, so nothing is answered twice.
/// </summary>
[Trait("Kind", "Slow")]
public class PollingOffsetTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_restarted_poller_continues_after_the_last_update_handled()
    {
        await db.ResetAsync();
        await using var api = await FakeBotApi.StartAsync();
        var settings = new Dictionary<string, string?> { ["PollTimeoutSeconds"] = "1" };
        const long chat = 880_001;
        int updateId;
        await using (var first = await TelegramHarness.StartAsync(databaseConnectionString: db.ConnectionString, settings: settings, sharedApi: api))
        {
            updateId = api.EnqueueText(chat, "apa yang dibutuhkan untuk level 4 indikator 32?");
            await Eventually.HoldsAsync(() => api.Delivered(chat).Count >= 1, "the answer");
        }
        var answers = api.Delivered(chat).Count;

        // As if the server had stopped before its next getUpdates confirmed the update: Telegram offers it again.
        api.Enqueue(FakeBotApi.TextUpdate(chat, "apa yang dibutuhkan untuk level 4 indikator 32?", updateId));
        // A later message in the same chat as a sentinel: one chat's updates are handled in order, so once it is
        // answered, a second answer to the re-offered update would have come before it.
        api.EnqueueText(chat, "apa yang dibutuhkan untuk level 4 indikator 32?");
        await using var second = await TelegramHarness.StartAsync(databaseConnectionString: db.ConnectionString, settings: settings, sharedApi: api);
        await Eventually.HoldsAsync(() => api.Delivered(chat).Count >= 2 * answers, "the answer to the later message");
        Assert.Equal(2 * answers, api.Delivered(chat).Count);
    }
}
