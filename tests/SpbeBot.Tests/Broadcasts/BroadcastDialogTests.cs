using Dapper;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Broadcasts;
using SpbeBot.Core.Demo;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.People;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Tests.Conversation;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Broadcasts;

[Trait("Kind", "Slow")]
public class BroadcastDialogTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_coordinator_types_previews_chooses_the_audience_and_confirms_and_others_may_not()
    {
        await db.ResetAsync();
        var bot = new ConversationDriver(db.Connections);
        await bot.LoadDemoAsync();

        Assert.Equal(ConversationTexts.Id.NotAllowed, Assert.Single(await bot.AsDemo("operator-bappeda", "/siaran")).Text);
        Assert.Contains("ketik isi siaran", Assert.Single(await bot.AsDemo("koordinator", "/siaran")).Text);
        var preview = Assert.Single(await bot.AsDemo("koordinator", "Mohon hadir rapat SPBE hari Senin."));
        Assert.Contains("semua — 5 orang", preview.Text);
        Assert.Contains("/siaran kirim", preview.Buttons.Select(b => b.Payload));
        var operators = Assert.Single(await bot.AsDemo("koordinator", "/siaran ke role:operator"));
        Assert.Contains("operator — 2 orang", operators.Text);
        Assert.StartsWith("Siaran #1 diantrekan untuk 2 orang", Assert.Single(await bot.AsDemo("koordinator", "/siaran kirim")).Text);

        var status = (await new BroadcastStore(db.Connections).StatusAsync(1))!;
        Assert.Equal((2, 2, "role:operator"), (status.Recipients, status.Pending, status.Audience));
        // The terminal chat of an operator shows it (the outbox rows are addressed to the person).
        var budi = (await bot.People.FindByChatAsync("demo", "operator-bappeda"))!;
        Assert.Contains((await new Outbox(db.Connections).ListForAsync(budi.Id)), m => m.Message.Text == "Mohon hadir rapat SPBE hari Senin.");
        // Sending again needs a new message: the step is gone.
        Assert.Contains("ketik isi siaran", Assert.Single(await bot.AsDemo("koordinator", "/siaran kirim")).Text);
    }

    [Fact]
    public async Task People_without_any_chat_account_are_unreachable_at_once_named_and_do_not_hold_up_the_report()
    {
        await db.ResetAsync();
        var bot = new ConversationDriver(db.Connections);
        await bot.LoadDemoAsync();
        var bappeda = await bot.OpdAsync("Bappeda");
        await bot.People.AddAsync(new PersonDraft { Name = "Sari Tanpa Akun", Role = PersonRole.Operator, OpdId = bappeda.Id }, new Actor("test", null));

        await bot.AsDemo("koordinator", "/siaran");
        await bot.AsDemo("koordinator", "Rapat SPBE hari Senin.");
        Assert.Contains("operator — 3 orang", Assert.Single(await bot.AsDemo("koordinator", "/siaran ke role:operator")).Text);
        var queued = Assert.Single(await bot.AsDemo("koordinator", "/siaran kirim")).Text;
        Assert.Contains("1 orang belum memiliki akun chat", queued);
        Assert.Contains("Sari Tanpa Akun", queued);
        Assert.DoesNotContain(" / ", queued);

        var store = new BroadcastStore(db.Connections);
        var status = (await store.StatusAsync(1))!;
        Assert.Equal((3, 2, 1), (status.Recipients, status.Pending, status.Unreachable));
        Assert.Equal(["Sari Tanpa Akun"], status.UnreachableNames);

        // The other two read in the terminal-like demo channel: nothing is left to push, so the report comes now, once.
        Assert.Equal(1, await store.FinishCompletedAsync(SpbeBot.Dialogs.Broadcasts.BroadcastTexts.Report));
        Assert.Equal(0, await store.FinishCompletedAsync(SpbeBot.Dialogs.Broadcasts.BroadcastTexts.Report));
        Assert.True((await store.StatusAsync(1))!.Finished);
        var koordinator = (await bot.People.FindByChatAsync("demo", "koordinator"))!;
        var report = Assert.Single(await new Outbox(db.Connections).ListForAsync(koordinator.Id), m => m.Message.Text.StartsWith("📣")).Message.Text;
        Assert.Contains("1 tanpa akun chat", report);
        Assert.Contains("Sari Tanpa Akun", report);
        Assert.DoesNotContain("Broadcast", report);
    }

    [Fact]
    public async Task The_cli_previews_counts_refuses_unknown_audiences_and_reports_status()
    {
        await db.ResetAsync();
        await DemoData.EnsureAsync(db.Connections, TimeZones.Today(TimeZones.Wib, TimeProvider.System));
        var env = new Dictionary<string, string?> { ["SPBEBOT__DATABASE__CONNECTIONSTRING"] = db.ConnectionString };

        Assert.Equal(2, Cli.Run(["broadcast", "--to", "opd:Dinas Tidak Ada", "--text", "x", "--yes"], environment: env).ExitCode);
        var cancelled = Cli.Run(["broadcast", "--to", "all", "--text", "Rapat"], "tidak\n", env);
        Assert.Equal(1, cancelled.ExitCode);
        Assert.Contains("5 orang", cancelled.Out);
        Assert.Contains("Pratinjau siaran ke semua orang", cancelled.Out);   // the audience in words, not "all"
        var sent = Cli.Run(["broadcast", "--to", "opd:Bappeda", "--text", "Rapat Bappeda", "--yes"], environment: env);
        Assert.True(sent.ExitCode == 0, sent.Err);
        Assert.Contains("Siaran #1 diantrekan untuk 1 orang", sent.Out);
        Assert.Contains("Pratinjau siaran ke OPD Bappeda", sent.Out);
        var status = Cli.Run(["broadcast", "status", "1"], environment: env);
        Assert.Contains("0/1 terkirim · 0 gagal", status.Out);
        await using var connection = await db.Connections.OpenAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select count(*) from outbox_message where broadcast_id = 1"));
        // Budi of Bappeda uses the terminal chat: the broadcast is shown to him there, once.
        var chat = Cli.Run(["chat", "--as", "Budi"], "keluar\n", env);
        Assert.Contains("📬 Rapat Bappeda", chat.Out);
        Assert.Contains("1/1 terkirim · 0 gagal", Cli.Run(["broadcast", "status", "1"], environment: env).Out);
        // --watch into a pipe: plain lines (no carriage returns), ending once delivered.
        var watched = Cli.Run(["broadcast", "status", "1", "--watch"], environment: env);
        Assert.Equal(0, watched.ExitCode);
        Assert.DoesNotContain("\r", watched.Out);
        Assert.Single(watched.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("📬 Rapat Bappeda", Cli.Run(["chat", "--as", "Budi"], "keluar\n", env).Out);
    }
}
