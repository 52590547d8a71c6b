using SpbeBot.Core.Audit;
using SpbeBot.Core.People;
using SpbeBot.Core.People.Import;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Conversation;

/// <summary>/undangan for a coordinator: who of the imported staff has not joined, and re-sending (re-creating) an invite.</summary>
[Trait("Kind", "Slow")]
public class UndanganTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_coordinator_sees_who_has_not_joined_and_reissues_an_invite_the_old_one_stops_working()
    {
        await db.ResetAsync();
        var bot = new ConversationDriver(db.Connections);
        await bot.LoadDemoAsync();
        var bappeda = await bot.OpdAsync("Bappeda");
        var imported = await new StaffImport(db.Connections, TimeProvider.System).ApplyAsync(
        [
            new StaffEntry(4, "Andi Wijaya", PersonRole.Operator, bappeda.Id, "Bappeda", "6281234567001", null, null),
            new StaffEntry(5, "Maya Lestari", PersonRole.Operator, bappeda.Id, "Bappeda", null, "maya@sukamaju.go.id", null),
        ], new Actor("test"), dryRun: false);
        Assert.True(imported.Succeeded);
        var andi = imported.People[0];

        var list = Assert.Single(await bot.AsDemo("koordinator", "/undangan"));
        Assert.Contains("Belum bergabung (2 orang):", list.Text);
        Assert.Contains("• Andi Wijaya — Bappeda, operator — undangan berlaku s.d.", list.Text);
        Assert.Contains(list.Buttons, b => b.Payload == $"/undangan ulang {andi.PersonId}");
        Assert.Contains(list.Buttons, b => b.Payload == "/undangan operator");   // a new, general invite stays possible
        Assert.Equal(ConversationTexts.Id.NotAllowed, Assert.Single(await bot.AsDemo("operator-bappeda", $"/undangan ulang {andi.PersonId}")).Text);

        var reissued = Assert.Single(await bot.AsDemo("koordinator", $"/undangan ulang {andi.PersonId}")).Text;
        var link = reissued.Split('\n').Single(l => l.StartsWith("https://t.me/"));
        Assert.StartsWith($"https://t.me/{ConversationDriver.BotUsername}?start=", link);
        var code = link[(link.IndexOf('=') + 1)..];
        Assert.NotEqual(andi.Invite!.Code, code);

        // The old code no longer works; the new one joins the imported Andi, no second person.
        Assert.Equal(ConversationTexts.Id.InviteNotFound, Assert.Single(await bot.Send("telegram", "8001", "/start " + andi.Invite.Code, "Andi")).Text);
        await bot.Send("telegram", "8001", "/start " + code, "andi di telegram");
        var joined = await bot.People.FindByChatAsync("telegram", "8001");
        Assert.Equal(andi.PersonId, joined!.Id);
        Assert.Equal("Andi Wijaya", joined.Name);

        var after = Assert.Single(await bot.AsDemo("koordinator", "/undangan"));
        Assert.Contains("Belum bergabung (1 orang):", after.Text);
        Assert.DoesNotContain("Andi Wijaya", after.Text);
        // Someone who joined, an unknown id or a malformed one: a polite answer, nothing created.
        Assert.Contains("sudah bergabung", Assert.Single(await bot.AsDemo("koordinator", $"/undangan ulang {andi.PersonId}")).Text);
        Assert.Contains("sudah bergabung", Assert.Single(await bot.AsDemo("koordinator", "/undangan ulang 99999999")).Text);
        Assert.Equal(ConversationTexts.Id.NotFound, Assert.Single(await bot.AsDemo("koordinator", "/undangan ulang abc")).Text);
    }
}
