using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using SpbeBot.Core.Messaging.Inbox;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Hosting;

namespace SpbeBot.Host.Channels.Telegram;

/// <summary>
/// Webhook mode: <c>POST /telegram/webhook</c>. Only requests carrying our secret in
/// X-Telegram-Bot-Api-Secret-Token are accepted (401 otherwise, nothing processed). The update is committed to the
/// inbox and only then answered 200 (503 when the database cannot take it: Telegram sends it again); the inbox
/// workers handle it.
/// </summary>
static class TelegramWebhook
{
    public const string Path = "/telegram/webhook";
    const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    const long MaxBodyBytes = 1 << 20;   // an update is a few kilobytes

    public static void MapTelegramWebhook(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        if (!options.Enabled || !options.UsesWebhook || string.IsNullOrEmpty(options.WebhookSecret)) return;
        var expected = Hash(options.WebhookSecret);

        app.MapPost(Path, async (HttpContext http, InboxProvider inbox, ILogger<TelegramInbound> log) =>
        {
            // Comparing fixed-length hashes in constant time reveals neither the secret's content nor its length.
            var given = http.Request.Headers[SecretHeader].ToString();
            if (!CryptographicOperations.FixedTimeEquals(Hash(given), expected))
                return Results.Unauthorized();

            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                limit.MaxRequestBodySize = MaxBodyBytes;
            byte[] body;
            try
            {
                using var buffer = new MemoryStream();
                await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
                body = buffer.ToArray();
            }
            catch (BadHttpRequestException)
            {
                log.Warn(ServerLogTexts.WebhookBodyUnreadable);
                return Results.BadRequest();
            }
            InboundUpdate inbound;
            try
            {
                var update = JsonSerializer.Deserialize<Update>(body, JsonBotAPI.Options) ?? throw new JsonException("null update");
                inbound = TelegramInbound.From(update, body);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException or ArgumentException)
            {
                // An update Telegram sent but that cannot be read (bad JSON, a lone surrogate, say; F11): kept as failed
                // and acknowledged, or Telegram would send it again and again. A body that is no update at all is refused.
                if (TelegramInbound.UpdateId(body) is not long id)
                {
                    log.Warn(ServerLogTexts.WebhookBodyInvalid, e.GetType().Name);
                    return Results.BadRequest();
                }
                log.Warn(ServerLogTexts.UpdateUnreadable, id, e.GetType().Name);
                inbound = TelegramInbound.Unreadable(id, body, "unreadable: " + e.GetType().Name);
            }
            // Durable before the 200: once Telegram has its answer it never sends the update again.
            try
            {
                await inbox.AddAsync(inbound, http.RequestAborted);   // claimed for an idle worker when its chat is free (17s)
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
            {
                log.Warn(ServerLogTexts.WebhookInboxUnavailable, e.Message);
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }
            return Results.Ok();
        });
    }

    static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));
}
