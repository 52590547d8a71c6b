using SpbeBot.Core.Audit;
using SpbeBot.Core.Criteria;
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
        var driver = new ConversationDriver(db.Connections);
        await db.Demo.ResetWithDemoAsync(driver.Today);   // emptied, the demo loaded (from a copy after the first test)
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
    public async Task The_revoked_notice_waits_for_an_answer_a_not_found_carries_none()
    {
        var bot = await StartAsync();
        var notFound = All(await bot.AsDemo("operator-bappeda", "qwzx plmok"));
        Assert.Contains(SpbeBot.Dialogs.Criteria.CriteriaTexts.Id.OffTopic, notFound);
        Assert.DoesNotContain(Revoked, notFound);
        Assert.Contains(Revoked, All(await bot.AsDemo("operator-bappeda", "berapa bobot indikator 5?")));
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
        // A year nothing was saved for: after 2026 and after the demo's own year (today's: the suite runs on any date).
        Assert.Null(await store.FrameworkForYearAsync(Math.Max(2026, before.EvaluationYear) + 1));
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

    static SpbeBot.Dialogs.Common.ReplyButton Button(IReadOnlyList<SpbeBot.Dialogs.Common.Reply> replies, string label) =>
        replies.SelectMany(r => r.Buttons).Single(b => b.Label == label);

    /// <summary>Presses a button: its payload comes back as a button press, as the channel adapters deliver it.</summary>
    static Task<IReadOnlyList<SpbeBot.Dialogs.Common.Reply>> Press(ConversationDriver bot, string key, SpbeBot.Dialogs.Common.ReplyButton button) =>
        bot.Send("demo", key, button.Payload, kind: SpbeBot.Dialogs.Common.IncomingKind.Button);

    [Fact]
    public async Task Buttons_of_a_pemdi_answer_in_an_spbe_instansi_stay_in_pemdi()
    {
        var bot = await StartAsync();
        Assert.StartsWith("spbe", (await new InstansiStore(db.Connections).GetAsync())!.Framework);
        var pemdi5 = CatalogStore.Get("pemdi-2026").FindIndicator(5)!.Name;
        var spbe5 = CatalogStore.Get("spbe-2024").FindIndicator(5)!.Name;
        Assert.NotEqual(pemdi5, spbe5);

        var asked = await bot.AsDemo("operator-bappeda", "indikator 5 pemdi level 4");
        Assert.Contains("[pemdi-2026]", All(asked));
        // The instansi's plan is SPBE's: no "/aksi" under Pemdi's indicator.
        Assert.DoesNotContain(asked.SelectMany(r => r.Buttons), b => b.Payload.StartsWith("/aksi", StringComparison.Ordinal));

        var level3 = await Press(bot, "operator-bappeda", Button(asked, "Level 3"));
        Assert.Contains("[pemdi-2026]", All(level3));
        Assert.Contains(pemdi5, All(level3));
        Assert.Contains("LEVEL 3", All(level3));
        Assert.DoesNotContain("[spbe-2024]", All(level3));
        Assert.DoesNotContain(spbe5, All(level3));

        // And from there on: the next level button, and the evidence button, still Pemdi's.
        var level2 = await Press(bot, "operator-bappeda", Button(level3, "Level 2"));
        Assert.Contains("[pemdi-2026]", All(level2));
        Assert.Contains("LEVEL 2", All(level2));
        var evidence = await Press(bot, "operator-bappeda", Button(level2, CriteriaTexts.Id.EvidenceButton));
        Assert.Contains("[pemdi-2026]", All(evidence));
        Assert.Contains(pemdi5, All(evidence));
        Assert.DoesNotContain(spbe5, All(evidence));

        // A clarifying choice ("did you mean …") of a Pemdi answer: also Pemdi's indicator.
        var unclear = await bot.AsDemo("operator-bappeda", "data pemdi");
        var choice = unclear.SelectMany(r => r.Buttons).First(b => b.Label.StartsWith("5 · ", StringComparison.Ordinal));
        var chosen = await Press(bot, "operator-bappeda", choice);
        Assert.Contains("[pemdi-2026]", All(chosen));
        Assert.Contains(pemdi5, All(chosen));

        // The instansi's own framework: buttons unchanged (no framework word), SPBE's indicator 5.
        var own = await bot.AsDemo("operator-bappeda", "indikator 5 level 4");
        Assert.Equal("indikator 5 level 3", Button(own, "Level 3").Payload);
        var ownLevel3 = await Press(bot, "operator-bappeda", Button(own, "Level 3"));
        Assert.Contains("[spbe-2024]", All(ownLevel3));
        Assert.Contains(spbe5, All(ownLevel3));
    }

    [Fact]
    public async Task Buttons_of_an_spbe_answer_in_a_pemdi_instansi_stay_in_spbe()
    {
        var bot = await StartAsync();
        var store = new InstansiStore(db.Connections);
        await store.SaveAsync((await store.GetAsync())! with { Framework = "pemdi-2026", EvaluationYear = 2026 }, new Actor("test"));
        var spbe5 = CatalogStore.Get("spbe-2024").FindIndicator(5)!.Name;
        var pemdi5 = CatalogStore.Get("pemdi-2026").FindIndicator(5)!.Name;

        var asked = await bot.AsDemo("operator-bappeda", "indikator 5 spbe level 2");
        Assert.Contains("[spbe-2024]", All(asked));
        var level3 = await Press(bot, "operator-bappeda", Button(asked, "Level 3"));
        Assert.Contains("[spbe-2024]", All(level3));
        Assert.Contains(spbe5, All(level3));
        Assert.DoesNotContain(pemdi5, All(level3));
        var evidence = await Press(bot, "operator-bappeda", Button(level3, CriteriaTexts.Id.EvidenceButton));
        Assert.Contains("[spbe-2024]", All(evidence));
        Assert.DoesNotContain("[pemdi-2026]", All(evidence));
    }
}
