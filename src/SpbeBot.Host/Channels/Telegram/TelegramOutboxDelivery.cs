using Microsoft.Extensions.Options;
using Npgsql;
using SpbeBot.Core.Broadcasts;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Broadcasts;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace SpbeBot.Host.Channels.Telegram;

/// <summary>
/// Sends outbox messages — decisions on uploads, reminders, broadcasts — to people who use Telegram, in their private
/// chat with the bot (a private chat's id is the user's id), paced by <see cref="SendRateLimiter"/>. Telegram's limits
/// are per bot, so of several servers on one database exactly one sends at a time: the holder of a PostgreSQL
/// advisory lock. If it dies, its connection closes, the lock is freed and another server takes over.
/// </summary>
sealed class TelegramOutboxDelivery(IOptions<TelegramOptions> options, IServiceProvider services, ILogger<TelegramOutboxDelivery> log)
    : BackgroundService
{
    /// <summary>Any fixed number shared by all SpbeBot servers: "the Telegram sender".</summary>
    const long SenderLockKey = 0x5BBE_7E1E;
    static readonly TimeSpan Idle = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunWhileLeaderAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be briefly unreachable; try again rather than stop delivering.
                log.LogWarning(e, "Pengiriman pesan keluar gagal, dicoba lagi. / Outbox delivery failed, will retry.");
            }
            await Sleep(TimeSpan.FromSeconds(2), stoppingToken);
        }
    }

    async Task RunWhileLeaderAsync(CancellationToken ct)
    {
        var db = services.GetRequiredService<ConnectionFactory>();
        // The lock lives as long as this connection: a session-level advisory lock.
        await using var lockConnection = await db.OpenAsync(ct);
        await using (var take = new NpgsqlCommand($"select pg_try_advisory_lock({SenderLockKey})", lockConnection))
            if (await take.ExecuteScalarAsync(ct) is not true) return;   // another server sends; look again shortly
        log.LogInformation("Server ini mengirim pesan Telegram keluar. / This server delivers outgoing Telegram messages.");

        var outbox = services.GetRequiredService<Outbox>();
        var broadcasts = new BroadcastStore(db);
        var sender = services.GetRequiredService<TelegramSender>();
        var payloads = services.GetRequiredService<CallbackPayloads>();
        var limiter = services.GetRequiredService<SendRateLimiter>();
        var files = services.GetRequiredService<EvidenceIntake>().Files;
        while (!ct.IsCancellationRequested)
        {
            var sent = await outbox.DeliverAsync(UpdateMapper.Channel, (m, token) => SendAsync(sender, payloads, limiter, files, m, token), ct: ct);
            await broadcasts.FinishCompletedAsync(BroadcastTexts.Report, ct);
            if (sent == 0) await Sleep(Idle, ct);
            // Still holding the lock? (A broken connection would have thrown above.)
            await using var ping = new NpgsqlCommand("select 1", lockConnection);
            await ping.ExecuteScalarAsync(ct);
        }
    }

    static async Task<DeliveryOutcome> SendAsync(TelegramSender sender, CallbackPayloads payloads, SendRateLimiter limiter, EvidenceFileStore files,
        OutboxMessage message, CancellationToken ct)
    {
        if (!long.TryParse(message.ExternalId, out var chatId)) return DeliveryOutcome.Failed;
        var reply = new Reply(message.Text, message.Buttons.Select(b => new ReplyButton(b.Label, b.Payload)).ToList(), []);
        foreach (var part in ReplyRenderer.Render(reply, payloads))
        {
            await limiter.WaitAsync(message.ExternalId!, ct);
            var outcome = await sender.SendAsync("sendMessage", (bot, token) => bot.SendMessage(chatId, part.Text, replyMarkup: part.Keyboard,
                linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: token), ct);
            if (outcome != DeliveryOutcome.Sent) return outcome;
        }
        if (message.FileSha256 is { } sha && files.Exists(sha))
        {
            await limiter.WaitAsync(message.ExternalId!, ct);
            return await sender.SendAsync(message.FileIsImage ? "sendPhoto" : "sendDocument", async (bot, token) =>
            {
                await using var stream = files.OpenRead(sha);
                var input = InputFile.FromStream(stream, message.FileName ?? "lampiran");
                if (message.FileIsImage) await bot.SendPhoto(chatId, input, cancellationToken: token);
                else await bot.SendDocument(chatId, input, cancellationToken: token);
            }, ct);
        }
        return DeliveryOutcome.Sent;
    }

    static Task Sleep(TimeSpan delay, CancellationToken ct) => Task.Delay(delay, ct).ContinueWith(_ => { }, TaskScheduler.Default);
}
