using Dapper;
using Microsoft.Extensions.Time.Testing;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Conversations;
using SpbeBot.Core.Demo;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.People;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Dialogs.Evidence;
using SpbeBot.Host.Channels;
using SpbeBot.Tests.Evidence;
using SpbeBot.Tests.Infrastructure;
using SpbeBot.Tests.Telegram;

namespace SpbeBot.Tests.Security;

/// <summary>
/// Issue 18, the chat-side findings, each repeated through the real surface (the real server and Telegram.Bot client
/// against the fake Bot API): F1 group dialogs, F10 control characters, F11 unreadable updates, F12 undeclared sizes,
/// F15 invite guessing and flooding.
/// </summary>
[Trait("Kind", "Slow")]
public class ChatHardeningTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    const long Budi = 7101, Siti = 7102, Rina = 7103, Group = -5001, Stranger = 7999;
    static readonly ConversationTexts Id = ConversationTexts.Id;
    static readonly EvidenceTexts E = EvidenceTexts.Id;

    async Task<TelegramHarness> StartAsync(IDictionary<string, string?>? configuration = null)
    {
        await db.ResetAsync();
        await DemoData.EnsureAsync(db.Connections, TimeZones.Today(TimeZones.Wib, TimeProvider.System));
        var people = new PersonStore(db.Connections);
        var all = await people.ListAsync();
        await people.LinkChatAsync(all.Single(p => p.Name == "Budi Santoso").Id, new ChatIdentity("telegram", Budi.ToString()), new Actor("test"));
        await people.LinkChatAsync(all.Single(p => p.Name == "Siti Nurhaliza").Id, new ChatIdentity("telegram", Siti.ToString()), new Actor("test"));
        await people.LinkChatAsync(all.Single(p => p.Name == "Rina Kartika").Id, new ChatIdentity("telegram", Rina.ToString()), new Actor("test"));
        return await TelegramHarness.StartAsync(databaseConnectionString: db.ConnectionString, configuration: configuration);
    }

    async Task<IReadOnlyList<(long? OpdId, long? UploaderId, int? Indicator, string Status)>> EvidenceRowsAsync()
    {
        await using var connection = await db.Connections.OpenAsync();
        return (await connection.QueryAsync<(long?, long?, int?, string)>("select opd_id, uploader_id, indicator, status from evidence order by id")).ToList();
    }

    async Task<long> OpdIdAsync(string abbreviation)
    {
        await using var connection = await db.Connections.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("select id from opd where abbreviation = @abbreviation", new { abbreviation });
    }

    async Task<long> PersonIdAsync(long telegramId) =>
        (await new PersonStore(db.Connections).FindByChatAsync("telegram", telegramId.ToString()))!.Id;

    [Fact]
    public async Task Channel_notices_come_in_the_persons_language_alone()
    {
        await using var bot = await StartAsync();
        var budi = await PersonIdAsync(Budi);
        await new PersonStore(db.Connections).UpdateSettingsAsync(budi, "en", null, null, false, new Actor("test"));

        // Budi chose English (the platform hint says "id"): English only. Siti kept Indonesian: Indonesian only.
        bot.Api.EnqueueButton(Budi, "p:forgotten-key");
        bot.Api.EnqueueSticker(Budi);
        bot.Api.EnqueueButton(Siti, "p:forgotten-key");
        bot.Api.EnqueueSticker(Stranger);
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Budi).Count >= 2 && bot.Api.Delivered(Siti).Count >= 1 && bot.Api.Delivered(Stranger).Count >= 1,
            "the notices");
        Assert.Equal(ChatTexts.ButtonExpired("en"), bot.Api.Delivered(Budi)[0].Text);
        Assert.Equal(ChatTexts.UnsupportedMessage("en"), bot.Api.Delivered(Budi)[1].Text);
        Assert.Equal(ChatTexts.ButtonExpired("id"), bot.Api.Delivered(Siti)[0].Text);
        Assert.Equal(ChatTexts.UnsupportedMessage("id"), bot.Api.Delivered(Stranger)[0].Text);   // a stranger: the hint ("id")
        Assert.All(bot.Api.Delivered(Budi).Concat(bot.Api.Delivered(Siti)), m => Assert.DoesNotContain("\n", m.Text));
        Assert.DoesNotContain("Mohon", bot.Api.Delivered(Budi)[0].Text);
        Assert.DoesNotContain("Sorry", bot.Api.Delivered(Siti)[0].Text);
    }

    [Fact]
    public async Task F1_in_a_group_another_operator_cannot_answer_someone_elses_filing_dialog()
    {
        await using var bot = await StartAsync();
        // Siti (BKPSDM) sends a file without a caption into the group: the filing questions open — for her.
        bot.Api.EnqueueGroupDocument(Group, Siti, "Kebijakan SDM.pdf", content: SampleFiles.Pdf("siti"));
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Group).Count >= 1, "Siti's question");
        // Budi (Bappeda) sends his own file and answers the question in the same group.
        bot.Api.EnqueueGroupDocument(Group, Budi, "Integrasi SIPD.pdf", content: SampleFiles.Pdf("budi"));
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Group).Count >= 2, "Budi's question");
        bot.Api.EnqueueGroupText(Group, Budi, "bukti 32 L4 butir 1");
        var budi = await PersonIdAsync(Budi);
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Group).Count >= 3, "the answer to Budi");
        if (bot.Api.Delivered(Group)[2].Text!.Contains(E.AskPlan)) bot.Api.EnqueueGroupText(Group, Budi, "0");   // no plan item
        await Eventually.HoldsAsync(() => EvidenceRowsAsync().GetAwaiter().GetResult().Any(r => r.UploaderId == budi && r.Indicator == 32), "Budi's file filed", TimeSpan.FromSeconds(15));

        var rows = await EvidenceRowsAsync();
        var bappeda = await OpdIdAsync("Bappeda");
        var bkpsdm = await OpdIdAsync("BKPSDM");
        // Budi's file is filed under his own OPD; Siti's upload is untouched, still waiting for her answers.
        Assert.All(rows.Where(r => r.UploaderId == budi), r => Assert.Equal(bappeda, r.OpdId));
        var siti = await PersonIdAsync(Siti);
        var hers = Assert.Single(rows, r => r.UploaderId == siti);
        Assert.Equal((bkpsdm, (int?)null, "draft"), (hers.OpdId, hers.Indicator, hers.Status));
        Assert.NotNull(await new ConversationStateStore(db.Connections).GetAsync("telegram", Group.ToString(), Siti.ToString()));
        Assert.DoesNotContain(rows, r => r.Status == "superseded");
    }

    [Fact]
    public async Task F2_a_coordinator_demoted_mid_filing_can_no_longer_file_for_another_opd()
    {
        await using var bot = await StartAsync();
        // Rina (coordinator) starts filing for Disnaker: a file with only the OPD in its caption opens the questions.
        bot.Api.EnqueueDocument(Rina, "Bursa Kerja.pdf", "opd Disnaker", SampleFiles.Pdf("disnaker 1"));
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Rina).Count >= 1, "the first question");
        var disnaker = await OpdIdAsync("Disnaker");
        Assert.Equal(disnaker, Assert.Single(await EvidenceRowsAsync()).OpdId);
        // She is made operator of BKPSDM while the dialog is open.
        await using (var connection = await db.Connections.OpenAsync())
            await connection.ExecuteAsync("update person set role = 'operator', opd_id = @opd where id = @id", new { opd = await OpdIdAsync("BKPSDM"), id = await PersonIdAsync(Rina) });

        // Her next file for the open filing is refused, stored nowhere; a typed answer does not file the drafts either.
        bot.Api.EnqueueDocument(Rina, "Bursa Kerja 2.pdf", null, SampleFiles.Pdf("disnaker 2"));
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Rina).Count >= 2, "the refusal");
        Assert.Equal(Id.StepNoLongerAllowed, bot.Api.Delivered(Rina)[1].Text);
        Assert.Single(await EvidenceRowsAsync());
        Assert.Null(await new ConversationStateStore(db.Connections).GetAsync("telegram", Rina.ToString(), Rina.ToString()));
        bot.Api.EnqueueText(Rina, "bukti 32 L4 butir 1");
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Rina).Count >= 3, "the answer to the typed text");
        Assert.All(await EvidenceRowsAsync(), r => Assert.Equal((disnaker, (int?)null, "draft"), (r.OpdId, r.Indicator, r.Status)));
    }

    [Fact]
    public async Task F10_a_nul_in_a_progress_note_is_cleaned_and_the_note_kept()
    {
        await using var bot = await StartAsync();
        long planId;
        await using (var connection = await db.Connections.OpenAsync())
            planId = await connection.ExecuteScalarAsync<long>(
                "select p.id from plan_item p join plan_item_opd o on o.plan_item_id = p.id join opd d on d.id = o.opd_id where d.abbreviation = 'Bappeda' order by p.id limit 1");
        bot.Api.EnqueueText(Budi, $"/perbarui {planId}");
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Budi).Count >= 1, "the status buttons");
        bot.Api.EnqueueButton(Budi, bot.Api.Delivered(Budi)[0].Keyboard[0][0].Data);
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Budi).Count >= 2, "the note question");
        bot.Api.EnqueueText(Budi, "Rapat\u0000 koordinasi\u0007 selesai\n\tlanjut");
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Budi).Count >= 3, "the answer");
        Assert.NotEqual(ChatTexts.SomethingWentWrong("id"), bot.Api.Delivered(Budi)[2].Text);
        await using (var connection = await db.Connections.OpenAsync())
            Assert.Equal("Rapat koordinasi selesai\n\tlanjut", await connection.ExecuteScalarAsync<string>(
                "select note from progress_update where plan_item_id = @planId order by id desc limit 1", new { planId }));
    }

    [Fact]
    public async Task F10_a_nul_in_the_chat_name_of_someone_joining_is_cleaned()
    {
        await db.ResetAsync();
        var bot = new SpbeBot.Tests.Conversation.ConversationDriver(db.Connections);
        await bot.LoadDemoAsync();
        var invite = await new InviteStore(db.Connections).CreateAsync(PersonRole.Operator, await OpdIdAsync("Bappeda"), new Actor("test"));
        var replies = await bot.Handler.HandleAsync(new IncomingMessage("telegram", "8001", "8001", "Tamu\u0000 Baru\u001b", IncomingKind.Command, "/start " + invite.Code), default);
        Assert.NotEmpty(replies);
        Assert.Equal("Tamu Baru", (await new PersonStore(db.Connections).FindByChatAsync("telegram", "8001"))!.Name);
    }

    [Fact]
    public async Task F11_an_update_with_a_lone_surrogate_is_skipped_and_the_others_are_answered()
    {
        await using var bot = await StartAsync();
        var first = FakeBotApi.TextUpdate(Budi, "/menu");
        var last = FakeBotApi.TextUpdate(Rina, "/menu");
        bot.Api.Enqueue(first);
        var broken = bot.Api.EnqueueRaw(id => FakeBotApi.TextUpdate(Budi, "PLACEHOLDER", id).ToJsonString().Replace("PLACEHOLDER", "\\ud800 rusak"));
        bot.Api.Enqueue(last);
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Rina).Count >= 1, "the update after the unreadable one", TimeSpan.FromSeconds(15));
        Assert.Contains(bot.Logs.Lines, l => l.StartsWith("Warning") && l.Contains($"update {broken}") && l.Contains(MachineLocale.English ? "unreadable" : "tidak dapat dibaca"));
        // Polling goes on: a later message is answered too — after Budi's first, and with nothing for the broken one
        // in between (one chat's updates are handled in order; chats side by side).
        bot.Api.EnqueueText(Budi, "/menu");
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Budi).Count >= 2, "a later answer");
        Assert.Equal(2, bot.Api.Delivered(Budi).Count);
    }

    [Fact]
    public async Task F12_a_25_mb_file_without_an_announced_size_is_too_large_not_unfetchable()
    {
        await using var bot = await StartAsync();
        bot.Api.EnqueueDocument(Budi, "besar.pdf", "bukti 32 L4", content: new byte[25 * 1024 * 1024], sizeUnknown: true);
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Budi).Count >= 1, "the refusal", TimeSpan.FromSeconds(20));
        Assert.Equal(E.Problem(FileProblem.TooLarge, EvidenceOptions.DefaultMaxBytes), bot.Api.Delivered(Budi)[0].Text);
        Assert.Empty(await EvidenceRowsAsync());
    }

    [Fact]
    public async Task F15_invite_guesses_are_throttled_durably_per_chat_account()
    {
        await using var bot = await StartAsync();
        for (var i = 1; i <= InviteStore.MaxWrongGuesses + 1; i++)
        {
            bot.Api.EnqueueText(Stranger, $"/start SALAH{i}XYZ");
            var n = i;
            await Eventually.HoldsAsync(() => bot.Api.Delivered(Stranger).Count >= n, "the answer to guess " + i);
        }
        var answers = bot.Api.Delivered(Stranger).Select(m => m.Text).ToList();
        Assert.All(answers.Take(InviteStore.MaxWrongGuesses), a => Assert.Equal(Id.InviteNotFound, a));
        Assert.Equal(Id.TooManyInviteGuesses, answers[^1]);

        // Even a valid code waits: the count is in the database, so a new store (a restarted server) still refuses…
        var invite = await new InviteStore(db.Connections).CreateAsync(PersonRole.Operator, await OpdIdAsync("Bappeda"), new Actor("test"));
        var identity = new ChatIdentity("telegram", Stranger.ToString());
        Assert.Equal(RedeemStatus.TooManyGuesses, (await new InviteStore(db.Connections).RedeemAsync(invite.Code, "Tamu", identity)).Status);
        // …and after the window the right code works.
        var later = new FakeTimeProvider(DateTimeOffset.UtcNow + InviteStore.GuessWindow + TimeSpan.FromMinutes(1));
        Assert.Equal(RedeemStatus.Joined, (await new InviteStore(db.Connections, later).RedeemAsync(invite.Code, "Tamu", identity)).Status);
    }

    [Fact]
    public async Task F15_one_account_flooding_gets_one_slow_down_answer_then_silence()
    {
        await using var bot = await StartAsync(new Dictionary<string, string?> { ["Spbebot:Chat:FloodBurst"] = "3", ["Spbebot:Chat:FloodPerMinute"] = "1" });
        bot.Api.EnqueueTogether(Enumerable.Range(0, 8).Select(_ => FakeBotApi.TextUpdate(Budi, "/menu")).ToArray());
        // Chats are handled side by side (issue 17): once the other person is answered, the flood (polled before) is in
        // the inbox; once the inbox has completed everything (an update completes after its replies went out), nothing
        // more can come.
        bot.Api.EnqueueText(Rina, "/menu");
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Rina).Count >= 1, "the other person's answer", TimeSpan.FromSeconds(15));
        await using (var connection = await db.Connections.OpenAsync())
            await Eventually.HoldsAsync(() => connection.ExecuteScalar<int>("select count(*) from inbox_update where status = 'pending'") == 0,
                "every update completed", TimeSpan.FromSeconds(15));
        var budi = bot.Api.Delivered(Budi).Select(m => m.Text).ToList();
        Assert.Equal(4, budi.Count);
        Assert.Equal(ChatTexts.SlowDown("id"), budi[^1]);
    }
}

/// <summary>The flood guard's bucket, driven by a fake clock.</summary>
public class ChatFloodGuardTests
{
    [Fact]
    public void Over_the_burst_one_slow_down_then_silence_until_it_refills()
    {
        var clock = new FakeTimeProvider();
        var guard = new ChatFloodGuard(clock, new ChatFloodOptions { FloodBurst = 3, FloodPerMinute = 6 });
        var verdicts = Enumerable.Range(0, 6).Select(_ => guard.Check("telegram", "1")).ToList();
        Assert.Equal([FloodVerdict.Allowed, FloodVerdict.Allowed, FloodVerdict.Allowed, FloodVerdict.SlowDown, FloodVerdict.Silent, FloodVerdict.Silent], verdicts);
        Assert.Equal(FloodVerdict.Allowed, guard.Check("telegram", "2"));   // per account
        clock.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(FloodVerdict.Silent, guard.Check("telegram", "1"));     // not a whole period yet
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(FloodVerdict.Allowed, guard.Check("telegram", "1"));    // one message per 10 s
        Assert.Equal(FloodVerdict.SlowDown, guard.Check("telegram", "1"));   // warned again after being let through
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(3, Enumerable.Range(0, 3).Count(_ => guard.Check("telegram", "1") == FloodVerdict.Allowed));   // refilled to the burst, no more
        Assert.Equal(FloodVerdict.SlowDown, guard.Check("telegram", "1"));
    }
}

/// <summary>What <see cref="SpbeBot.Core.Text.ChatText"/> keeps and drops.</summary>
public class ChatTextTests
{
    [Theory]
    [InlineData("biasa saja", "biasa saja")]
    // A control character between two words parts them; beside a space or a line end it just goes.
    [InlineData("a\u0000b", "a b")]
    [InlineData("indeks\u0000kita\u0007 brp", "indeks kita brp")]
    [InlineData("satu\u0000\u0001\u0002dua", "satu dua")]
    [InlineData("\u0000awal akhir\u0000", "awal akhir")]
    [InlineData("baris 1\r\nbaris 2\tkolom", "baris 1\nbaris 2\tkolom")]
    [InlineData("\u001b[31mmerah\u007f\u0085", "merah")]
    // A terminal's escape sequences go whole, not leaving "[31m" or "31m" behind.
    [InlineData("indeks kita brp\u001b[31m?", "indeks kita brp?")]
    [InlineData("\u001b[1;32mindeks kita brp?\u001b[0m", "indeks kita brp?")]
    [InlineData("\u001b]0;judul\u0007halo \u001b]8;;x\u001b\\tautan", "halo tautan")]
    [InlineData("akhir\u001b", "akhir")]
    [InlineData("emoji \ud83d\ude00 utuh", "emoji \ud83d\ude00 utuh")]
    public void Control_characters_go_newlines_tabs_and_whole_surrogate_pairs_stay(string input, string expected) =>
        Assert.Equal(expected, SpbeBot.Core.Text.ChatText.Clean(input));

    [Fact]
    public void A_lone_surrogate_becomes_the_replacement_character() =>
        Assert.Equal("separuh \ufffd saja", SpbeBot.Core.Text.ChatText.Clean("separuh \ud800 saja"));
}
