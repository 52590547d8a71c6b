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
            try
            {
                update = await JsonSerializer.DeserializeAsync<Update>(http.Request.Body, JsonBotAPI.Options, http.RequestAborted);
            }
            catch (Exception e) when (e is JsonException or BadHttpRequestException)
            {
                log.LogWarning("Webhook Telegram: isi permintaan tidak sah ({Reason}). / invalid request body.", e.Message);
                return Results.BadRequest();
            }
            if (update is null) return Results.BadRequest();
            return queue.TryAdd(update) ? Results.Ok() : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        });
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
