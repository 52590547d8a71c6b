using SpbeBot.Core.Audit;
using SpbeBot.Core.People;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Conversation;

/// <summary>
/// Issue 17.5: each server keeps the sender, the instansi row and the OPD list in memory under the directory version.
/// Two "servers" here are two handlers on two connection factories (each has its own cache) on one database: what one
/// changes — or the CLI, or a script in psql — counts on the other from the next message on.
/// </summary>
[Trait("Kind", "Slow")]
public class DirectoryCacheTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    static string Text(IReadOnlyList<Reply> replies) => string.Join("\n", replies.Select(r => string.Join("\n", new[] { r.Text }.Concat(r.More))));

    [Fact]
    public async Task A_change_made_on_one_server_counts_on_the_other_from_the_next_message()
    {
        await db.ResetAsync();
        var first = new ConversationDriver(db.Connections);
        await first.LoadDemoAsync();
        await using var otherDatabase = new ConnectionFactory(db.ConnectionString);
        var other = new ConversationDriver(otherDatabase);
        var item = (await first.ItemsOfAsync("Bappeda"))[0];
        var question = $"apa yang dibutuhkan untuk level 4 indikator {item.Indicator}?";

        // The other server answers (and keeps the sender, the instansi and the OPDs in memory).
        var before = Text(await other.AsDemo("operator-bappeda", question));
        Assert.Contains(ConversationTexts.Id.PlanLine(item), before);
        Assert.Contains(ConversationTexts.Id.PlanLine(item), Text(await other.AsDemo("operator-bappeda", question)));   // the same from memory

        // The language, changed through the first server's stores: the next answer on the other is in English.
        var budi = (await first.People.FindByChatAsync("demo", "operator-bappeda"))!;
        await first.People.UpdateSettingsAsync(budi.Id, "en", null, null, false, new Actor("test"));
        var english = Text(await other.AsDemo("operator-bappeda", question));
        Assert.DoesNotContain(ConversationTexts.Id.PlanLine(item), english);
        Assert.Contains("indicator", english);
        await first.People.UpdateSettingsAsync(budi.Id, "id", null, null, false, new Actor("test"));

        // The instansi's evaluation year, moved on: the plan line of this year's item is gone on the other server.
        var instansi = (await new InstansiStore(db.Connections).GetAsync())!;
        await new InstansiStore(db.Connections).SaveAsync(instansi with { EvaluationYear = instansi.EvaluationYear + 1 }, new Actor("test"));
        var nextYear = Text(await other.AsDemo("operator-bappeda", question));
        Assert.Contains($"indikator {item.Indicator}", nextYear);
        Assert.DoesNotContain(ConversationTexts.Id.PlanLine(item), nextYear);
        await new InstansiStore(db.Connections).SaveAsync(instansi, new Actor("test"));
        Assert.Contains(ConversationTexts.Id.PlanLine(item), Text(await other.AsDemo("operator-bappeda", question)));

        // A new OPD alias: the other server recognises it in the next message.
        Assert.DoesNotContain("Tenggat rencana aksi BPKAD", Text(await other.AsDemo("koordinator", "tenggat rencana aksi zetakeu kapan?")));
        Assert.NotNull(await new OpdStore(db.Connections).AddAliasAsync("BPKAD", "Zetakeu", new Actor("test")));
        Assert.Contains("Tenggat rencana aksi BPKAD", Text(await other.AsDemo("koordinator", "tenggat rencana aksi zetakeu kapan?")));

        // Unlinked: the other server treats the account as a stranger from the next message on.
        Assert.True(await first.People.UnlinkChatAsync(new ChatIdentity("demo", "operator-bappeda"), new Actor("test")));
        Assert.Equal(ConversationTexts.Id.OnboardingHelp, Assert.Single(await other.AsDemo("operator-bappeda", question)).Text);
    }

    [Fact]
    public async Task Emptied_tables_and_the_same_changes_again_never_bring_back_what_was_kept()
    {
        // The version is a transaction id, not a count: after a reset and the same demo load, the cache is not reused.
        await db.ResetAsync();
        var bot = new ConversationDriver(db.Connections);
        await bot.LoadDemoAsync();
        var budi = (await bot.People.FindByChatAsync("demo", "operator-bappeda"))!;
        await bot.People.UpdateSettingsAsync(budi.Id, "en", null, null, false, new Actor("test"));
        Assert.Contains("indicator 12", Text(await bot.AsDemo("operator-bappeda", "level 4 indikator 12")));

        await db.ResetAsync();
        await bot.LoadDemoAsync();
        budi = (await bot.People.FindByChatAsync("demo", "operator-bappeda"))!;
        await bot.People.UpdateSettingsAsync(budi.Id, "id", null, null, true, new Actor("test"));   // a different change, same count
        Assert.Contains("indikator 12", Text(await bot.AsDemo("operator-bappeda", "level 4 indikator 12")));
    }
}
