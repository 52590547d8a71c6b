using SpbeBot.Core.Audit;
using SpbeBot.Core.People;
using SpbeBot.Dialogs.Criteria;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Conversation;

/// <summary>Which framework a chat question is answered from, and the once-per-conversation SPBE-revoked line.</summary>
[Trait("Kind", "Slow")]
public class PemdiConversationTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    static readonly string Revoked = CriteriaTexts.Id.Framework.SpbeRevoked;

    async Task<ConversationDriver> StartAsync()
    {
        await db.ResetAsync();
        var driver = new ConversationDriver(db.Connections);
        await driver.LoadDemoAsync();
        return driver;
    }

    static string All(IReadOnlyList<SpbeBot.Dialogs.Common.Reply> replies) => string.Join("\n", replies.Select(r => r.Text));

    [Fact]
    public async Task Spbe_instansi_hears_once_per_conversation_that_59_2020_is_revoked_durably()
    {
        var bot = await StartAsync();
        var instansi = await new InstansiStore(db.Connections).GetAsync();
        Assert.StartsWith("spbe", instansi!.Framework);

        Assert.Contains(Revoked, All(await bot.AsDemo("operator-bappeda", "berapa bobot indikator 5?")));
        Assert.DoesNotContain(Revoked, All(await bot.AsDemo("operator-bappeda", "berapa bobot indikator 6?")));
        bot.Restart(); // a new server: the "mentioned" mark is in the database
        Assert.DoesNotContain(Revoked, All(await bot.AsDemo("operator-bappeda", "berapa bobot indikator 7?")));
        // Another conversation gets it once as well.
        Assert.Contains(Revoked, All(await bot.AsDemo("koordinator", "berapa bobot indikator 5?")));
    }

    [Fact]
    public async Task Pemdi_instansi_is_answered_from_pemdi_and_spbe_overrides()
    {
        var bot = await StartAsync();
        var store = new InstansiStore(db.Connections);
        var before = (await store.GetAsync())!;
        await store.SaveAsync(before with { Framework = "pemdi-2026", EvaluationYear = 2026 }, new Actor("test"));

        var pemdi = All(await bot.AsDemo("operator-bappeda", "indikator 5 itu apa"));
        Assert.Contains("Tata Kelola Data", pemdi);
        Assert.Contains("[pemdi-2026]", pemdi);
        Assert.Contains(CriteriaTexts.Id.Framework.Provisional, pemdi);
        Assert.DoesNotContain(Revoked, pemdi);

        var spbe = All(await bot.AsDemo("operator-bappeda", "indikator 5 spbe itu apa"));
        Assert.Contains("[spbe-2024]", spbe);
        Assert.DoesNotContain("Tata Kelola Data", spbe);

        // The framework per evaluation year is remembered.
        await store.SaveAsync(before with { Framework = "spbe-2024", EvaluationYear = 2025 }, new Actor("test"));
        Assert.Equal("pemdi-2026", await store.FrameworkForYearAsync(2026));
        Assert.Equal("spbe-2024", await store.FrameworkForYearAsync(2025));
        Assert.Null(await store.FrameworkForYearAsync(2027));
    }

    [Fact]
    public async Task Coordinator_sets_the_framework_in_chat_operator_cannot()
    {
        var bot = await StartAsync();
        var store = new InstansiStore(db.Connections);
        var before = (await store.GetAsync())!;

        Assert.Contains("/kerangka", (await bot.AsDemo("koordinator", "/pengaturan")).SelectMany(r => r.Buttons).Select(b => b.Payload));
        Assert.DoesNotContain("/kerangka", (await bot.AsDemo("operator-bappeda", "/pengaturan")).SelectMany(r => r.Buttons).Select(b => b.Payload));

        Assert.Equal(SpbeBot.Dialogs.Conversation.ConversationTexts.Id.NotAllowed,
            Assert.Single(await bot.AsDemo("operator-bappeda", "/kerangka pemdi-2026 2026")).Text);
        Assert.Equal(before, await store.GetAsync());

        Assert.Contains("tidak dikenal", Assert.Single(await bot.AsDemo("koordinator", "/kerangka pemdi-2030 2026")).Text);
        Assert.Contains("2018 dan 2100", Assert.Single(await bot.AsDemo("koordinator", "/kerangka pemdi-2026 3000")).Text);
        Assert.Equal(before, await store.GetAsync());

        Assert.Contains("pemdi-2026", Assert.Single(await bot.AsDemo("koordinator", "/kerangka pemdi-2026 2026")).Text);
        var after = (await store.GetAsync())!;
        Assert.Equal(("pemdi-2026", 2026), (after.Framework, after.EvaluationYear));
        Assert.Contains("[pemdi-2026]", All(await bot.AsDemo("operator-bappeda", "bobot indikator 19")));
    }
}
