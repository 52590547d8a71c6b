using SpbeBot.Core.Audit;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.People;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Tests.Conversation;
using SpbeBot.Tests.Evidence;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Security;

/// <summary>Dialog steps and file views refuse what the role matrix refuses (docs/security.md, F9, F11, F13).</summary>
[Trait("Kind", "Slow")]
public class DialogFixTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    static readonly ConversationTexts Id = ConversationTexts.Id;

    async Task<ConversationDriver> StartAsync()
    {
        var bot = new ConversationDriver(db.Connections);
        await db.Demo.ResetWithDemoAsync(bot.Today);   // emptied, the demo loaded (from a copy after the first test)
        return bot;
    }

    [Fact]
    public async Task A_broadcast_text_is_refused_when_the_role_is_gone()
    {
        var bot = await StartAsync();
        Assert.Contains("ketik isi siaran", Assert.Single(await bot.AsDemo("koordinator", "/siaran")).Text);
        // Someone else types into that chat (a group chat): the step is the coordinator's, so it is not continued (F1).
        var typed = await bot.Handler.HandleAsync(new IncomingMessage("demo", "koordinator", "operator-bappeda", null, IncomingKind.Text, "Rapat besok dibatalkan"), default);
        Assert.DoesNotContain(typed, r => r.Text.Contains("Rapat besok dibatalkan"));
        Assert.Null(await bot.Services.State.GetAsync("demo", "koordinator", "operator-bappeda"));
        Assert.NotNull(await bot.Services.State.GetAsync("demo", "koordinator", "koordinator"));
        // The coordinator still can.
        Assert.Contains("Rapat besok dibatalkan", (await bot.AsDemo("koordinator", "Rapat besok dibatalkan"))[0].Text);
        // The same account after losing the role: the step is refused when it continues (F2).
        await bot.AsDemo("koordinator", "/siaran");
        var coordinator = (await bot.People.FindByChatAsync("demo", "koordinator"))!;
        await using (var connection = await db.Connections.OpenAsync())
            await Dapper.SqlMapper.ExecuteAsync(connection, "update person set role = 'operator' where id = @id", new { id = coordinator.Id });
        Assert.Equal(Id.StepNoLongerAllowed, Assert.Single(await bot.AsDemo("koordinator", "Rapat besok dibatalkan")).Text);
        Assert.Null(await bot.Services.State.GetAsync("demo", "koordinator", "koordinator"));
    }

    [Fact]
    public async Task An_operator_without_an_opd_cannot_open_files_without_an_opd()
    {
        var bot = await StartAsync();
        var admin = (await bot.People.FindByChatAsync("demo", "admin"))!;
        // A file filed with no OPD (an admin without an OPD uploads it).
        var noOpdAdmin = await bot.People.AddAsync(new PersonDraft { Name = "Admin Tanpa OPD", Role = PersonRole.Admin }, new Actor("test"));
        await bot.People.LinkChatAsync(noOpdAdmin.Id, new ChatIdentity("demo", "admin-tanpa-opd"), new Actor("test"));
        await bot.DemoFile("admin-tanpa-opd", SampleFiles.Pdf("tanpa opd"), "tanpa-opd.pdf", "bukti 32 L4");
        var record = (await bot.Services.Evidence.ListAsync(new EvidenceFilter { Indicator = 32 })).Single(e => e.OpdId is null);

        var loose = await bot.People.AddAsync(new PersonDraft { Name = "Operator Tanpa OPD", Role = PersonRole.Operator }, new Actor("test"));
        await bot.People.LinkChatAsync(loose.Id, new ChatIdentity("demo", "operator-tanpa-opd"), new Actor("test"));
        Assert.Equal(Id.NotAllowed, Assert.Single(await bot.AsDemo("operator-tanpa-opd", $"/lihatberkas {record.Id}")).Text);
        // Coordinators and admins still open it.
        Assert.NotNull(Assert.Single(await bot.AsDemo("koordinator", $"/lihatberkas {record.Id}")).File);
        Assert.NotEqual(admin.Id, noOpdAdmin.Id);
    }

    [Fact]
    public async Task Digest_files_are_readable_only_by_the_bots_own_user()
    {
        if (OperatingSystem.IsWindows()) return;
        var bot = await StartAsync();
        var replies = await bot.AsDemo("koordinator", "/ringkasan");
        var folder = Path.GetDirectoryName(replies.First(r => r.File is not null).File!.Path)!;
        var mode = File.GetUnixFileMode(folder);
        Assert.Equal(UnixFileMode.None, mode & (UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute));
    }
}
