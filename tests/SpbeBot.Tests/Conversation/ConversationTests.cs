using SpbeBot.Core.Audit;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Conversation;

/// <summary>End-to-end scenarios through the conversation handler on a test database with the demo data.</summary>
[Trait("Kind", "Slow")]
public class ConversationTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    static readonly ConversationTexts Id = ConversationTexts.Id;

    async Task<ConversationDriver> StartAsync()
    {
        var driver = new ConversationDriver(db.Connections);
        await db.Demo.ResetWithDemoAsync(driver.Today);   // emptied, the demo loaded (from a copy after the first test)
        return driver;
    }

    static IEnumerable<string> Payloads(IReadOnlyList<Reply> replies) => replies.SelectMany(r => r.Buttons).Select(b => b.Payload);

    [Fact]
    public async Task An_invite_joins_the_person_with_its_role_and_opd_and_cannot_be_used_twice()
    {
        var bot = await StartAsync();
        var bappeda = await bot.OpdAsync("Bappeda");
        var invite = await new InviteStore(db.Connections).CreateAsync(PersonRole.Operator, bappeda.Id, new Actor("test"));

        var joined = Assert.Single(await bot.Send("telegram", "501", "/start " + invite.Code, "Andi Wijaya"));
        Assert.Contains("Andi Wijaya", joined.Text);
        Assert.Contains("Bappeda", joined.Text);
        Assert.Contains("Operator OPD", joined.Text);
        Assert.Contains("/aksi", Payloads([joined]));
        Assert.DoesNotContain("/undangan", Payloads([joined]));
        var person = await bot.People.FindByChatAsync("telegram", "501");
        Assert.Equal(bappeda.Id, person!.OpdId);

        Assert.Equal(Id.InviteUsed, Assert.Single(await bot.Send("telegram", "502", "/start " + invite.Code, "Orang Lain")).Text);
        Assert.Null(await bot.People.FindByChatAsync("telegram", "502"));
        Assert.Equal(Id.InviteNotFound, Assert.Single(await bot.Send("telegram", "502", "/start ABCDEFGHJKLMNPQR")).Text);
        var expired = await new InviteStore(db.Connections).CreateAsync(PersonRole.Operator, bappeda.Id, new Actor("test"), TimeSpan.FromSeconds(-1));
        Assert.Equal(Id.InviteExpired, Assert.Single(await bot.Send("telegram", "502", "/start " + expired.Code)).Text);
        // The one who joined gets the menu on /start, not a second account.
        Assert.Equal(Id.AlreadyRegistered, Assert.Single(await bot.Send("telegram", "501", "/start " + invite.Code)).Text);
    }

    [Fact]
    public async Task A_stranger_gets_only_the_onboarding_help()
    {
        var bot = await StartAsync();
        var item = (await bot.ItemsOfAsync("Bappeda"))[0];
        foreach (var text in new[] { "/start", "/aksi", "apa yang dibutuhkan untuk level 4 indikator 32?", $"/item {item.Id}", "/semuaopd", "/undangan operator 1", $"/status {item.Id} done" })
        {
            var reply = Assert.Single(await bot.Send("telegram", "999", text));
            Assert.Equal(Id.OnboardingHelp, reply.Text);
            Assert.Empty(reply.Buttons);
        }
        Assert.Empty(await bot.Plans.ListProgressAsync(item.Id));
    }

    [Fact]
    public async Task A_criteria_question_gets_the_answer_and_the_askers_plan_line()
    {
        var bot = await StartAsync();
        var item = (await bot.ItemsOfAsync("Bappeda"))[0];
        var reply = (await bot.AsDemo("operator-bappeda", $"apa yang dibutuhkan untuk level 4 indikator {item.Indicator}?"))[0];
        Assert.Contains($"indikator {item.Indicator}", reply.Text);
        Assert.Contains(Id.PlanLine(item), reply.Text);
        // The same question from someone whose OPD has no item for it: the answer without the line.
        var other = await bot.ItemsOfAsync("BKPSDM");
        if (other.All(i => i.Indicator != item.Indicator))
            Assert.DoesNotContain("Rencana aksi OPD", (await bot.AsDemo("operator-bkpsdm", $"apa yang dibutuhkan untuk level 4 indikator {item.Indicator}?"))[0].Text);
    }

    [Fact]
    public async Task Aksi_lists_the_opds_items_overdue_first_with_days_late()
    {
        var bot = await StartAsync();
        var expected = await bot.ItemsOfAsync("DKIS");
        var reply = Assert.Single(await bot.AsDemo("koordinator", "/aksi"));
        // Paged (issue 20): 8 items a page, in one order across the pages.
        var ids = new List<long>();
        for (var page = 1; page <= (expected.Count + 7) / 8; page++)
            ids.AddRange(Assert.Single(await bot.AsDemo("koordinator", $"/aksi {page}")).Buttons
                .Where(b => b.Payload.StartsWith("/item ")).Select(b => long.Parse(b.Payload["/item ".Length..])));
        Assert.Equal(expected.Select(i => i.Id).Order(), ids.Order());
        var items = ids.Select(id => expected.Single(i => i.Id == id)).ToList();
        var overdue = items.TakeWhile(i => MyActionsOverdue(i, bot.Today)).ToList();
        Assert.NotEmpty(overdue);
        Assert.DoesNotContain(items.Skip(overdue.Count), i => MyActionsOverdue(i, bot.Today));
        Assert.Equal(overdue.Select(i => i.Deadline).Order(), overdue.Select(i => i.Deadline));
        var first = overdue[0];
        Assert.Contains(Id.DaysLate(bot.Today.DayNumber - first.Deadline!.Value.DayNumber), reply.Text + string.Join("", reply.More));
    }

    static bool MyActionsOverdue(PlanItem i, DateOnly today) => i.Status is PlanStatus.Open or PlanStatus.InProgress && i.Deadline < today;

    [Fact]
    public async Task A_progress_update_continues_after_a_restart_and_lands_in_the_progress_log()
    {
        var bot = await StartAsync();
        var item = (await bot.ItemsOfAsync("Bappeda")).First(i => i.Status != PlanStatus.Done);
        var detail = Assert.Single(await bot.AsDemo("operator-bappeda", $"/item {item.Id}"));
        Assert.Contains(Id.NoProgress, detail.Text);
        Assert.Equal([$"/perbarui {item.Id}", $"/bukti {item.Indicator} {item.TargetLevel ?? 1}"], detail.Buttons.Select(b => b.Payload));
        var choose = Assert.Single(await bot.AsDemo("operator-bappeda", $"/perbarui {item.Id}"));
        Assert.Contains($"/status {item.Id} done", Payloads([choose]));
        Assert.Equal(Id.TypeNote(PlanStatus.Done), Assert.Single(await bot.AsDemo("operator-bappeda", $"/status {item.Id} done")).Text);

        bot.Restart();
        var saved = Assert.Single(await bot.AsDemo("operator-bappeda", "Perbup sudah ditandatangani"));
        Assert.Contains("tersimpan", saved.Text);

        var log = Assert.Single(await bot.Plans.ListProgressAsync(item.Id));
        Assert.Equal("Perbup sudah ditandatangani", log.Note);
        Assert.Equal(PlanStatus.Done, log.NewStatus);
        Assert.Equal("Budi Santoso", log.Actor);
        Assert.NotNull(log.PersonId);
        Assert.Equal(PlanStatus.Done, (await bot.Plans.GetAsync(item.Id))!.Status);
        // The step is finished: the next text is a question again, not another note.
        await bot.AsDemo("operator-bappeda", "indikator 1 level 2");
        Assert.Single(await bot.Plans.ListProgressAsync(item.Id));
        Assert.Contains("Perbup sudah ditandatangani", (await bot.AsDemo("operator-bappeda", $"/item {item.Id}"))[0].Text);
    }

    [Fact]
    public async Task An_operator_pressing_another_opds_item_is_refused_and_nothing_changes()
    {
        var bot = await StartAsync();
        var bkpsdm = (await bot.ItemsOfAsync("BKPSDM")).Select(i => i.Id).ToHashSet();
        var foreign = (await bot.ItemsOfAsync("Bappeda")).First(i => !bkpsdm.Contains(i.Id));
        foreach (var text in new[] { $"/item {foreign.Id}", $"/perbarui {foreign.Id}", $"/status {foreign.Id} done" })
            Assert.Equal(Id.NotAllowed, Assert.Single(await bot.AsDemo("operator-bkpsdm", text)).Text);
        // Had the refused /status left a step behind, this text would be saved as a note.
        await bot.AsDemo("operator-bkpsdm", "catatan palsu");
        Assert.Empty(await bot.Plans.ListProgressAsync(foreign.Id));
        Assert.Equal(foreign.Status, (await bot.Plans.GetAsync(foreign.Id))!.Status);
        foreach (var text in new[] { "/semuaopd", "/lewat", "/undangan", $"/opd {(await bot.OpdAsync("Bappeda")).Id}" })
            Assert.Equal(Id.NotAllowed, Assert.Single(await bot.AsDemo("operator-bkpsdm", text)).Text);
    }

    [Fact]
    public async Task Coordinators_see_every_opd_the_overdue_list_and_create_invites()
    {
        var bot = await StartAsync();
        var menu = Assert.Single(await bot.AsDemo("koordinator", "/start"));
        Assert.Contains("/undangan", Payloads([menu]));

        var all = Assert.Single(await bot.AsDemo("koordinator", "/semuaopd"));
        foreach (var opd in new[] { "DKIS", "Bappeda", "BKPSDM", "Disnaker" }) Assert.Contains("• " + opd + ":", all.Text);
        var overdue = Assert.Single(await bot.AsDemo("koordinator", "/lewat"));
        var overdueCount = (await bot.Plans.ListAsync(new PlanFilter { Year = bot.Today.Year, OverdueAsOf = bot.Today })).Count;
        Assert.Equal(overdueCount, overdue.Buttons.Count);

        var bappeda = await bot.OpdAsync("Bappeda");
        var bappedaItems = Assert.Single(await bot.AsDemo("koordinator", $"/opd {bappeda.Id}"));
        var bappedaCount = (await bot.ItemsOfAsync("Bappeda")).Count;
        Assert.Equal(Math.Min(8, bappedaCount), bappedaItems.Buttons.Count(b => b.Payload.StartsWith("/item ")));
        if (bappedaCount > 8) Assert.Contains($"/opd {bappeda.Id} 2", bappedaItems.Buttons.Select(b => b.Payload));

        Assert.Contains("/undangan operator", Payloads(await bot.AsDemo("koordinator", "/undangan")));
        Assert.Contains($"/undangan operator {bappeda.Id}", Payloads(await bot.AsDemo("koordinator", "/undangan operator")));
        var created = Assert.Single(await bot.AsDemo("koordinator", $"/undangan operator {bappeda.Id}")).Text;
        var link = created.Split('\n').Single(l => l.StartsWith("https://t.me/"));
        Assert.StartsWith($"https://t.me/{ConversationDriver.BotUsername}?start=", link);
        var code = link[(link.IndexOf('=') + 1)..];
        Assert.Contains(code, created);
        Assert.Contains("Bappeda", Assert.Single(await bot.Send("telegram", "777", "/start " + code, "Operator Baru")).Text);
    }

    [Fact]
    public async Task Malformed_payloads_get_a_polite_message_and_change_nothing()
    {
        var bot = await StartAsync();
        var item = (await bot.ItemsOfAsync("Bappeda"))[0];
        foreach (var text in new[] { "/item", "/item abc", "/item -3", "/item 99999999", "/item 99999998 ; drop table plan_item", $"/status {item.Id} selesai-banget",
                     $"/status {item.Id}", "/perbarui x", "/bahasa fr", "/senyap mungkin" })
            Assert.Equal(Id.NotFound, Assert.Single(await bot.AsDemo("operator-bappeda", text)).Text);
        foreach (var text in new[] { "/undangan admin", "/undangan operator 0", "/undangan operator abc", "/undangan raja 1", "/opd 424242" })
            Assert.Equal(Id.NotFound, Assert.Single(await bot.AsDemo("koordinator", text)).Text);
        Assert.Equal(Id.UnknownCommand, Assert.Single(await bot.AsDemo("operator-bappeda", "/tidakada")).Text);
        Assert.Empty(await bot.Plans.ListProgressAsync(item.Id));
    }

    [Fact]
    public async Task A_settings_command_typed_alone_shows_the_settings_with_their_buttons_and_changes_nothing()
    {
        var bot = await StartAsync();
        foreach (var command in new[] { "/bahasa", "/senyap", "/jamtenang" })
        {
            var reply = Assert.Single(await bot.AsDemo("operator-bappeda", command));
            Assert.StartsWith("Pengaturan:", reply.Text);
            Assert.Contains(reply.Buttons, b => b.Payload == "/bahasa en");
        }
        var person = await bot.People.FindByChatAsync("demo", "operator-bappeda");
        Assert.Equal("id", person!.Language);
        Assert.False(person.Muted);
        Assert.Null(person.QuietStart);
    }

    [Fact]
    public async Task Settings_switch_language_and_mute_and_berhenti_unlinks_after_confirmation()
    {
        var bot = await StartAsync();
        Assert.Contains("English", Assert.Single(await bot.AsDemo("operator-bappeda", "/bahasa en")).Text);
        Assert.StartsWith(ConversationTexts.En.Menu, Assert.Single(await bot.AsDemo("operator-bappeda", "/menu")).Text);
        await bot.AsDemo("operator-bappeda", "/senyap on");
        var person = await bot.People.FindByChatAsync("demo", "operator-bappeda");
        Assert.Equal(("en", true), (person!.Language, person.Muted));
        Assert.Contains("22.00–05.00", Assert.Single(await bot.AsDemo("operator-bappeda", "/jamtenang 22-5")).Text);
        person = await bot.People.FindByChatAsync("demo", "operator-bappeda");
        Assert.Equal((new TimeOnly(22, 0), new TimeOnly(5, 0), true), (person!.QuietStart, person.QuietEnd, person.Muted));
        foreach (var bad in new[] { "/jamtenang 25-3", "/jamtenang 7-7", "/jamtenang pagi" })
            Assert.Equal(ConversationTexts.En.NotFound, Assert.Single(await bot.AsDemo("operator-bappeda", bad)).Text);
        await bot.AsDemo("operator-bappeda", "/jamtenang off");
        Assert.Null((await bot.People.FindByChatAsync("demo", "operator-bappeda"))!.QuietStart);

        var confirm = Assert.Single(await bot.AsDemo("operator-bappeda", "/berhenti"));
        Assert.Equal("/berhenti ya", Assert.Single(confirm.Buttons).Payload);
        Assert.NotNull(await bot.People.FindByChatAsync("demo", "operator-bappeda"));
        Assert.Equal(ConversationTexts.En.Left, Assert.Single(await bot.AsDemo("operator-bappeda", "/berhenti ya")).Text);
        Assert.Null(await bot.People.FindByChatAsync("demo", "operator-bappeda"));
        Assert.Equal(Id.OnboardingHelp, Assert.Single(await bot.AsDemo("operator-bappeda", "/aksi")).Text);
    }
}
