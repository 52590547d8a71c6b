using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SpbeBot.Dialogs.Common;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Telegram;

/// <summary>Webhook mode: Telegram posts updates to /telegram/webhook with the agreed secret header.</summary>
public class TelegramWebhookTests
{
    const long Chat = 777;
    const string Secret = "rahasia-Webhook_2024";
    const string PublicUrl = "https://spbe.example.go.id/telegram/webhook";

    static Task<TelegramHarness> StartAsync(ScriptedHandler handler) => TelegramHarness.StartAsync(handler, settings: new Dictionary<string, string?>
    {
        ["Mode"] = "webhook",
        ["WebhookUrl"] = PublicUrl,
        ["WebhookSecret"] = Secret,
    });

    static Task<HttpResponseMessage> PostAsync(TelegramHarness bot, JsonObject update, string? secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook")
        {
            Content = new StringContent(update.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (secret is not null) request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        return bot.Http.SendAsync(request);
    }

    [Fact]
    public async Task The_webhook_is_registered_with_its_secret_on_start()
    {
        await using var bot = await StartAsync(ScriptedHandler.Echo());
        await Eventually.HoldsAsync(() => bot.Api.WebhookUrl is not null, "setWebhook");
        Assert.Equal(PublicUrl, bot.Api.WebhookUrl);
        Assert.Equal(Secret, bot.Api.WebhookSecret);
        Assert.Empty(bot.Api.CallsTo("getUpdates"));
    }

    [Fact]
    public async Task A_missing_or_wrong_secret_is_refused_and_nothing_is_sent()
    {
        var handler = ScriptedHandler.Echo();
        await using var bot = await StartAsync(handler);

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(bot, FakeBotApi.TextUpdate(Chat, "tanpa rahasia", 1), null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(bot, FakeBotApi.TextUpdate(Chat, "rahasia salah", 2), "tebakan")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(bot, FakeBotApi.TextUpdate(Chat, "hampir benar", 3), Secret + "x")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(bot, FakeBotApi.TextUpdate(Chat, "benar", 4), Secret)).StatusCode);

        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count == 1, "the reply to the genuine update");
        Assert.Equal("echo: benar", Assert.Single(bot.Api.CallsTo("sendMessage")).Text);
        Assert.Equal(["benar"], handler.Received.Select(m => m.Text));
    }

    [Fact]
    public async Task A_redelivered_update_is_handled_once()
    {
        var handler = ScriptedHandler.Echo();
        await using var bot = await StartAsync(handler);

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(bot, FakeBotApi.TextUpdate(Chat, "satu", 10), Secret)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(bot, FakeBotApi.TextUpdate(Chat, "satu", 10), Secret)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(bot, FakeBotApi.TextUpdate(Chat, "dua", 11), Secret)).StatusCode);

        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Any(m => m.Text == "echo: dua"), "the update after the repeat");
        Assert.Equal(["echo: satu", "echo: dua"], bot.Api.Delivered(Chat).Select(m => m.Text));
    }

    [Fact]
    public async Task An_update_with_a_lone_surrogate_is_acknowledged_recorded_and_the_next_one_handled()
    {
        var handler = ScriptedHandler.Echo();
        await using var bot = await StartAsync(handler);
        var json = FakeBotApi.TextUpdate(Chat, "PLACEHOLDER", 20).ToJsonString().Replace("PLACEHOLDER", "\\ud800 rusak");
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        // 200: Telegram must not deliver it again and again (it would hold back the updates after it).
        Assert.Equal(HttpStatusCode.OK, (await bot.Http.SendAsync(request)).StatusCode);
        Assert.Contains(bot.Logs.Lines, l => l.StartsWith("Warning") && l.Contains("update 20") && l.Contains(MachineLocale.English ? "unreadable" : "tidak dapat dibaca"));
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(bot, FakeBotApi.TextUpdate(Chat, "berikutnya", 21), Secret)).StatusCode);
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count == 1, "the answer to the next update");
        Assert.Equal("echo: berikutnya", bot.Api.Delivered(Chat)[0].Text);
    }

    [Fact]
    public async Task A_body_that_is_not_an_update_is_a_bad_request()
    {
        await using var bot = await StartAsync(ScriptedHandler.Echo());
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = new StringContent("{not json", Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        Assert.Equal(HttpStatusCode.BadRequest, (await bot.Http.SendAsync(request)).StatusCode);
    }
}
