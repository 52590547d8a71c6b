using Microsoft.Extensions.Options;
using SpbeBot.Core.Broadcasts;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Broadcasts;
using SpbeBot.Host.Database;

namespace SpbeBot.Host.Channels.Telegram;

/// <summary>
/// Sends outbox messages — decisions on uploads, reminders, broadcasts — to people who use Telegram, in their private
/// chat with the bot (a private chat's id is the user's id), paced by <see cref="SendRateLimiter"/>. One server at a time (see <see cref="OutboxSenderService"/>).
/// </summary>
sealed class TelegramOutboxDelivery(IOptions<TelegramOptions> options, Deferred<TelegramSender> sender, CallbackPayloads payloads, SendRateLimiter limiter,
    EvidenceFileStore files, Deferred<ConnectionFactory> connections, Deferred<BroadcastStore> broadcasts, Deferred<Outbox> outbox,
    ILogger<TelegramOutboxDelivery> log)
    : OutboxSenderService(connections, broadcasts, outbox, log)
{
    protected override long LockKey => 0x5BBE_7E1E;
    protected override bool Enabled => options.Value.Enabled;

    protected override async Task<int> RoundAsync(CancellationToken ct)
    {
        return await Outbox.DeliverAsync(UpdateMapper.Channel, (m, token) => SendAsync(sender.Value, payloads, limiter, files, m, token), ct: ct);
    }

    static async Task<DeliveryOutcome> SendAsync(TelegramSender sender, CallbackPayloads payloads, SendRateLimiter limiter, EvidenceFileStore files,
        OutboxMessage message, CancellationToken ct)
    {
        if (!long.TryParse(message.ExternalId, out var chatId)) return DeliveryOutcome.Failed;
        var reply = new Reply(message.Text, message.Buttons.Select(b => new ReplyButton(b.Label, b.Payload)).ToList(), []);
        foreach (var part in ReplyRenderer.Render(reply, payloads))
        {
            await limiter.WaitAsync(message.ExternalId!, ct);
            var outcome = await sender.SendTextAsync(chatId, part, ct);
            if (outcome != DeliveryOutcome.Sent) return outcome;
        }
        if (message.FileSha256 is { } sha && files.Exists(sha))
        {
            await limiter.WaitAsync(message.ExternalId!, ct);
            return await sender.SendFileAsync(chatId, () => files.OpenRead(sha), message.FileName ?? "lampiran", message.FileIsImage, ct);
        }
        return DeliveryOutcome.Sent;
    }
}
