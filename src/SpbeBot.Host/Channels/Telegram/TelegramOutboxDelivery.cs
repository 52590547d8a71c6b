using Microsoft.Extensions.Options;
using SpbeBot.Core.Messaging;
using SpbeBot.Dialogs.Common;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace SpbeBot.Host.Channels.Telegram;

/// <summary>
/// Sends outbox messages (decisions on uploads, and later reminders and broadcasts) to people who use Telegram,
/// into their private chat with the bot (a private chat's id is the user's id). Polls the outbox every few seconds;
/// a row stays locked while it is sent, so two servers never send the same one.
/// </summary>
sealed class TelegramOutboxDelivery(IOptions<TelegramOptions> options, IServiceProvider services, ILogger<TelegramOutboxDelivery> log)
    : BackgroundService
{
    static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        var sender = services.GetRequiredService<TelegramSender>();
        var payloads = services.GetRequiredService<CallbackPayloads>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var outbox = services.GetRequiredService<Outbox>();
                await outbox.DeliverAsync(UpdateMapper.Channel, (message, ct) => SendAsync(sender, payloads, message, ct), ct: stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be briefly unreachable; try again on the next round rather than stop delivering.
                log.LogWarning(e, "Pengiriman pesan keluar gagal, dicoba lagi. / Outbox delivery failed, will retry.");
            }
            await Task.Delay(Interval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    static async Task<bool> SendAsync(TelegramSender sender, CallbackPayloads payloads, OutboxMessage message, CancellationToken ct)
    {
        if (!long.TryParse(message.ExternalId, out var chatId)) return false;
        var reply = new Reply(message.Text, message.Buttons.Select(b => new ReplyButton(b.Label, b.Payload)).ToList(), []);
        foreach (var part in ReplyRenderer.Render(reply, payloads))
        {
            var sent = await sender.TryAsync("sendMessage", (bot, token) => bot.SendMessage(chatId, part.Text, replyMarkup: part.Keyboard,
                linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: token), ct);
            if (!sent) return false;
        }
        return true;
    }
}
