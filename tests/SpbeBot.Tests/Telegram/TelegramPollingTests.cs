using System.Text;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Criteria;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Telegram;

/// <summary>The Telegram channel end to end in polling mode: the real Telegram.Bot client against the fake Bot API.</summary>
public class TelegramPollingTests
{
    const long Chat = 4242;

    [Fact]
    public async Task A_text_question_gets_the_criteria_answer()
    {
        await using var bot = await TelegramHarness.StartAsync();
        const string question = "apa yang dibutuhkan untuk level 4 indikator 32?";
        bot.Api.EnqueueText(Chat, question);

        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count >= 1, "the answer");
        var expected = CriteriaAnswerer.Answer(question).Reply;
        var sent = Assert.Single(bot.Api.Delivered(Chat));
        Assert.Equal(expected.Text, sent.Text);
        Assert.Contains("Indikator 32", sent.Text);
        Assert.Equal(expected.Buttons.Select(b => b.Label), sent.Keyboard.SelectMany(row => row).Select(b => b.Label));
    }

    [Fact]
    public async Task Start_and_the_command_menu()
    {
        await using var bot = await TelegramHarness.StartAsync();
        bot.Api.EnqueueText(Chat, "/start@" + FakeBotApi.BotUsername);

        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count >= 1, "the welcome");
        Assert.Equal(DoubleTexts.Welcome, bot.Api.Delivered(Chat)[0].Text);
        var menus = bot.Api.CallsTo("setMyCommands");
        Assert.Equal(2, menus.Count);
        var names = menus[0].Params["commands"]!.AsArray().Select(c => c!["command"]!.GetValue<string>()).ToList();
        Assert.Subset(names.ToHashSet(), new HashSet<string> { "start", "tanya", "aksi", "bantuan", "pengaturan", "berhenti" });
        Assert.Equal("en", menus[1].Params["language_code"]?.GetValue<string>());
        Assert.Single(bot.Api.CallsTo("deleteWebhook"));   // polling clears any webhook left over
    }

    [Fact]
    public async Task A_reply_over_4096_characters_arrives_as_several_messages_within_the_limit()
    {
        var words = Enumerable.Range(1, 2_000).Select(i => $"kata{i}").ToList();           // ≈ 15 000 characters
        var first = string.Join(' ', words.Take(1_000));
        var more = string.Join(' ', words.Skip(1_000));
        var handler = new ScriptedHandler(_ => [new Reply(first, [], [more, "penutup"])]);
        await using var bot = await TelegramHarness.StartAsync(handler);
        bot.Api.EnqueueText(Chat, "panjang");

        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Any(m => m.Text == "penutup"), "the last part");
        var texts = bot.Api.Delivered(Chat).Select(m => m.Text!).ToList();
        Assert.True(texts.Count >= 5, $"expected several messages, got {texts.Count}");
        Assert.All(texts, t => Assert.InRange(t.Length, 1, Reply.MaxMessageLength));
        Assert.Equal(words.Append("penutup"), texts.SelectMany(t => t.Split(' ')));   // nothing lost, order kept
    }

    [Fact]
    public async Task Buttons_become_an_inline_keyboard_within_64_bytes_and_pressing_one_answers_it()
    {
        var longPayload = "bukti dukung untuk manajemen risiko SPBE level 3 — mohon daftar dokumen lengkapnya, termasuk contoh penamaan berkas";
        Assert.True(Encoding.UTF8.GetByteCount(longPayload) > 64);
        var handler = new ScriptedHandler(m => m.Kind == IncomingKind.Button
            ? [Reply.Plain("Anda memilih: " + m.Text)]
            : [new Reply("Silakan pilih:", [new("Level 3", "indikator 32 level 3"), new("Rinci", longPayload), new("Bantuan", "/bantuan")], [])]);
        await using var bot = await TelegramHarness.StartAsync(handler);
        bot.Api.EnqueueText(Chat, "pilihan");

        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count == 1, "the keyboard");
        var keyboard = bot.Api.Delivered(Chat)[0].Keyboard;
        Assert.Equal([2, 1], keyboard.Select(row => row.Count));
        Assert.All(keyboard.SelectMany(row => row), b => Assert.InRange(Encoding.UTF8.GetByteCount(b.Data), 1, 64));
        Assert.Equal("indikator 32 level 3", keyboard[0][0].Data);    // short payloads travel as they are
        var rinci = keyboard[0][1].Data;
        Assert.StartsWith("p:", rinci);

        bot.Api.EnqueueButton(Chat, rinci);
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count == 2, "the answer to the button");
        Assert.Equal("Anda memilih: " + longPayload, bot.Api.Delivered(Chat)[1].Text);
        Assert.Single(bot.Api.CallsTo("answerCallbackQuery"));
        Assert.Equal(IncomingKind.Button, handler.Received[^1].Kind);
    }

    [Fact]
    public async Task A_criteria_answer_button_leads_to_the_next_level()
    {
        await using var bot = await TelegramHarness.StartAsync();
        bot.Api.EnqueueText(Chat, "apa yang dibutuhkan untuk level 4 indikator 32?");
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count == 1, "the answer");
        var level5 = bot.Api.Delivered(Chat)[0].Keyboard.SelectMany(row => row).Single(b => b.Label == "Level 5");

        bot.Api.EnqueueButton(Chat, level5.Data);
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count == 2, "the level 5 answer");
        Assert.Equal(CriteriaAnswerer.Answer(level5.Data).Reply.Text, bot.Api.Delivered(Chat)[1].Text);
        Assert.Contains("LEVEL 5", bot.Api.Delivered(Chat)[1].Text);
        Assert.Single(bot.Api.CallsTo("answerCallbackQuery"));
    }

    [Fact]
    public async Task An_expired_button_gets_a_polite_note_and_the_press_is_still_answered()
    {
        var handler = ScriptedHandler.Echo();
        await using var bot = await TelegramHarness.StartAsync(handler);
        bot.Api.EnqueueButton(Chat, "p:forgotten-key");

        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count == 1, "the expiry note");
        Assert.Equal(ChatTexts.ButtonExpired("id"), bot.Api.Delivered(Chat)[0].Text);
        Assert.Single(bot.Api.CallsTo("answerCallbackQuery"));
        Assert.Empty(handler.Received);
    }

    [Fact]
    public async Task A_button_press_is_answered_even_when_the_dialog_fails()
    {
        var handler = new ScriptedHandler(_ => throw new InvalidOperationException("dialog broke"));
        await using var bot = await TelegramHarness.StartAsync(handler);
        bot.Api.EnqueueButton(Chat, "indikator 1");

        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count == 1, "the apology");
        Assert.Equal(ChatTexts.SomethingWentWrong("id"), bot.Api.Delivered(Chat)[0].Text);
        Assert.Single(bot.Api.CallsTo("answerCallbackQuery"));
    }

    [Fact]
    public async Task The_same_update_id_twice_is_handled_once()
    {
        var handler = ScriptedHandler.Echo();
        await using var bot = await TelegramHarness.StartAsync(handler);
        var id = bot.Api.NextUpdateId();
        bot.Api.EnqueueTogether(FakeBotApi.TextUpdate(Chat, "satu", id), FakeBotApi.TextUpdate(Chat, "satu", id), FakeBotApi.TextUpdate(Chat, "dua"));

        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Any(m => m.Text == "echo: dua"), "the update after the duplicate");
        Assert.Equal(["echo: satu", "echo: dua"], bot.Api.Delivered(Chat).Select(m => m.Text));
        Assert.Equal(2, handler.Received.Count);
    }

    [Fact]
    public async Task A_429_is_retried_after_retry_after_and_the_message_arrives_once()
    {
        await using var bot = await TelegramHarness.StartAsync(ScriptedHandler.Echo(), api => api.FailNext("sendMessage", 429, retryAfter: 1));
        bot.Api.EnqueueText(Chat, "halo");

        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count == 1, "the retried message");
        var attempts = bot.Api.CallsTo("sendMessage");
        Assert.Equal([429, 200], attempts.Select(c => c.Status));
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromMilliseconds(900), "the retry waited for retry_after");
        Assert.Equal("echo: halo", Assert.Single(bot.Api.Delivered(Chat)).Text);
    }

    [Fact]
    public async Task Server_errors_are_retried_with_a_short_backoff()
    {
        await using var bot = await TelegramHarness.StartAsync(ScriptedHandler.Echo(), api => api.FailNext("sendMessage", 502, times: 2));
        bot.Api.EnqueueText(Chat, "halo");

        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count == 1, "the retried message");
        Assert.Equal([502, 502, 200], bot.Api.CallsTo("sendMessage").Select(c => c.Status));
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_is_not_retried_and_the_bot_carries_on()
    {
        var handler = new ScriptedHandler(m => [new Reply("bagian 1 untuk " + m.Text, [], ["bagian 2"])]);
        await using var bot = await TelegramHarness.StartAsync(handler, api => api.FailNext("sendMessage", 403));
        bot.Api.EnqueueText(Chat, "pertama");
        bot.Api.EnqueueText(Chat, "kedua");

        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count == 2, "the second reply");
        // The first reply's 403 stopped that reply (no part 2, no retry); the next message went through.
        Assert.Equal([403, 200, 200], bot.Api.CallsTo("sendMessage").Select(c => c.Status));
        Assert.Equal(["bagian 1 untuk kedua", "bagian 2"], bot.Api.Delivered(Chat).Select(m => m.Text));
    }

    [Fact]
    public async Task A_refused_setMyCommands_does_not_stop_the_bot()
    {
        await using var bot = await TelegramHarness.StartAsync(ScriptedHandler.Echo(), api => api.Refuse("setMyCommands"));
        bot.Api.EnqueueText(Chat, "masih hidup?");

        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count == 1, "an answer despite the refusal");
        Assert.All(bot.Api.CallsTo("setMyCommands"), c => Assert.Equal(400, c.Status));
        Assert.Contains(bot.Logs.Lines, l => l.StartsWith("Warning") && l.Contains("setMyCommands"));
    }

    [Fact]
    public async Task A_document_gets_the_polite_not_yet_available()
    {
        await using var bot = await TelegramHarness.StartAsync();
        bot.Api.EnqueueDocument(Chat, "1.a.Pergub-1-2020.pdf", "bukti indikator 1");

        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count == 1, "the reply to the file");
        Assert.Contains("belum tersedia", bot.Api.Delivered(Chat)[0].Text);
    }

    [Fact]
    public async Task A_sticker_gets_a_polite_note_and_never_reaches_the_dialogs()
    {
        var handler = ScriptedHandler.Echo();
        await using var bot = await TelegramHarness.StartAsync(handler);
        bot.Api.EnqueueSticker(Chat);

        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count == 1, "the note");
        Assert.Equal(ChatTexts.UnsupportedMessage("id"), bot.Api.Delivered(Chat)[0].Text);
        Assert.Empty(handler.Received);
    }

    [Fact]
    public async Task Without_a_token_Telegram_is_off_and_the_server_is_healthy()
    {
        await using var bot = await TelegramHarness.StartAsync(withToken: false);

        var health = await bot.Http.GetAsync("/healthz");
        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("ok", await health.Content.ReadAsStringAsync());
        await Eventually.HoldsAsync(() => bot.Logs.Lines.Any(l => l.Contains(ServerLogTexts.TelegramOff.Template(MachineLocale.English))), "the 'Telegram is off' line");
        Assert.Empty(bot.Api.Calls);
    }
}
