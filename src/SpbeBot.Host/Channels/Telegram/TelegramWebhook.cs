using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace SpbeBot.Host.Channels.Telegram;

/// <summary>
/// Webhook mode: <c>POST /telegram/webhook</c>. Only requests carrying our secret in
/// X-Telegram-Bot-Api-Secret-Token are accepted (401 otherwise, nothing processed). The update is queued
/// and answered 200 at once, because Telegram waits for the response and redelivers slow ones.
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

        app.MapPost(Path, async (HttpContext http, TelegramUpdateQueue queue, ILogger<TelegramUpdateQueue> log) =>
        {
            // Comparing fixed-length hashes in constant time reveals neither the secret's content nor its length.
            var given = http.Request.Headers[SecretHeader].ToString();
            if (!CryptographicOperations.FixedTimeEquals(Hash(given), expected))
                return Results.Unauthorized();

            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                limit.MaxRequestBodySize = MaxBodyBytes;
            Update? update;
            byte[] body;
            try
            {
                using var buffer = new MemoryStream();
                await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
                body = buffer.ToArray();
            }
            catch (BadHttpRequestException)
            {
                log.LogWarning("Webhook Telegram: isi permintaan tidak dapat dibaca. / unreadable request body.");
                return Results.BadRequest();
            }
            try
            {
                update = JsonSerializer.Deserialize<Update>(body, JsonBotAPI.Options);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException or ArgumentException)
            {
                // An update Telegram sent but that cannot be read (a lone surrogate, say; F11): acknowledged and
                // recorded, or Telegram would send it again and again. A body that is no update at all is refused.
                if (UpdateId(body) is int id)
                {
                    log.LogWarning("Telegram update {UpdateId} tidak dapat dibaca ({Reason}) dan dilewati. / Telegram update {UpdateId} is unreadable ({Reason}) and was skipped.", id, e.GetType().Name, id, e.GetType().Name);
                    return Results.Ok();
                }
                log.LogWarning("Webhook Telegram: isi permintaan tidak sah ({Reason}). / invalid request body.", e.GetType().Name);
                return Results.BadRequest();
            }
            if (update is null) return Results.BadRequest();
            return queue.TryAdd(update) ? Results.Ok() : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        });
    }

    /// <summary>The update_id of a body that is a JSON object with one (strings are not unescaped, so lone surrogates do not matter).</summary>
    static int? UpdateId(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("update_id", out var id) && id.TryGetInt32(out var value) ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Processes queued webhook updates one after another until shutdown. Updates still queued at shutdown
    /// are lost: Telegram already has its 200 and does not send them again.
    /// </summary>
    public static async Task RunWorkerAsync(TelegramUpdateQueue queue, TelegramUpdateProcessor processor, CancellationToken cancellationToken)
    {
        await foreach (var update in queue.ReadAllAsync(cancellationToken))
            await processor.ProcessAsync(update, cancellationToken);
    }
}
