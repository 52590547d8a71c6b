using SpbeBot.Core.Audit;
using SpbeBot.Core.Demo;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Tests.Infrastructure;
using SpbeBot.Tests.Telegram;

namespace SpbeBot.Tests.Conversation;

/// <summary>The real server, its Telegram channel on the fake Bot API, and the conversation on a test database.</summary>
[Trait("Kind", "Slow")]
public class TelegramConversationTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    const long Chat = 5151;

    [Fact]
    public async Task Onboarding_then_aksi_then_a_progress_update_through_telegram()
    {
        await db.ResetAsync();
        await DemoData.EnsureAsync(db.Connections, TimeZones.Today(TimeZones.Wib, TimeProvider.System)); // an external database gets no demo of its own
        await using var bot = await TelegramHarness.StartAsync(databaseConnectionString: db.ConnectionString,
            settings: new Dictionary<string, string?> { ["BotUsername"] = FakeBotApi.BotUsername });
        // A coordinator invites an operator of Bappeda.
        var bappeda = (await new OpdStore(db.Connections).FindAsync("Bappeda"))!;
        var invite = await new InviteStore(db.Connections).CreateAsync(PersonRole.Operator, bappeda.Id, new Actor("test"));

        bot.Api.EnqueueText(Chat, "/start " + invite.Code);
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count >= 1, "the greeting");
        var greeting = bot.Api.Delivered(Chat)[0];
        Assert.True(greeting.Text?.Contains("Bappeda"), greeting.Text);
        Assert.Contains(greeting.Keyboard.SelectMany(r => r), b => b.Data == "/aksi");

        bot.Api.EnqueueButton(Chat, "/aksi");
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count >= 2, "the action list");
        var first = bot.Api.Delivered(Chat)[1].Keyboard.SelectMany(r => r).First();
        var id = long.Parse(first.Data["/item ".Length..]);

        bot.Api.EnqueueButton(Chat, first.Data);
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count >= 3, "the item detail");
        bot.Api.EnqueueButton(Chat, bot.Api.Delivered(Chat)[2].Keyboard.SelectMany(r => r).Single(b => b.Data.StartsWith("/perbarui ")).Data);
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count >= 4, "the status choice");
        bot.Api.EnqueueButton(Chat, bot.Api.Delivered(Chat)[3].Keyboard.SelectMany(r => r).Single(b => b.Data.EndsWith(" in-progress")).Data);
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count >= 5, "the note prompt");
        bot.Api.EnqueueText(Chat, "Rapat koordinasi sudah dilaksanakan");
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count >= 6, "the confirmation");

        Assert.Equal(ConversationTexts.Id.ProgressSaved((await new PlanStore(db.Connections).GetAsync(id))!), bot.Api.Delivered(Chat)[5].Text);
        var log = Assert.Single(await new PlanStore(db.Connections).ListProgressAsync(id));
        Assert.Equal((PlanStatus.InProgress, "Rapat koordinasi sudah dilaksanakan"), (log.NewStatus, log.Note));
    }

    [Fact]
    public async Task A_coordinators_invite_link_uses_the_username_learned_from_getMe()
    {
        await db.ResetAsync();
        await DemoData.EnsureAsync(db.Connections, TimeZones.Today(TimeZones.Wib, TimeProvider.System));
        var people = new PersonStore(db.Connections);
        var rina = (await people.ListAsync()).Single(p => p.Role == PersonRole.Coordinator);
        await people.LinkChatAsync(rina.Id, new ChatIdentity("telegram", "6161"), new Actor("test"));
        var bappeda = (await new OpdStore(db.Connections).FindAsync("Bappeda"))!;
        await using var bot = await TelegramHarness.StartAsync(databaseConnectionString: db.ConnectionString);

        bot.Api.EnqueueText(6161, $"/undangan operator {bappeda.Id}");
        await Eventually.HoldsAsync(() => bot.Api.Delivered(6161).Count >= 1, "the invite");
        Assert.Contains($"https://t.me/{FakeBotApi.BotUsername}?start=", bot.Api.Delivered(6161)[0].Text);
    }
}
