using Microsoft.Extensions.Options;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Database;

namespace SpbeBot.Host.Channels.Telegram;

/// <summary>
/// Sends outbox messages — decisions on uploads, reminders, broadcasts — to people who use Telegram, in their private
/// chat with the bot (a private chat's id is the user's id), through the channel's send pipeline at bulk priority. One server at a time (see <see cref="OutboxSenderService"/>).
/// </summary>
sealed class TelegramOutboxDelivery(IOptions<TelegramOptions> options, Deferred<TelegramSender> sender, CallbackPayloads payloads,
    EvidenceFileStore files, Deferred<ConnectionFactory> connections, Deferred<Outbox> outbox, Deferred<IEnumerable<IAfterOutboxRound>> afterRound,
    TimeProvider clock, ILogger<TelegramOutboxDelivery> log)
    : OutboxSenderService(connections, outbox, afterRound, clock, log)
{
    protected override long LockKey => 0x5BBE_7E1E;
    protected override bool Enabled => options.Value.Enabled;
    protected override string Channel => UpdateMapper.Channel;

    protected override async Task<DeliveryOutcome> SendAsync(OutboxMessage message, Reply reply, SendMark left, CancellationToken ct)
    {
        if (!long.TryParse(message.ExternalId, out var chatId)) return DeliveryOutcome.Failed;
        var rendered = ReplyRenderer.Render(reply, payloads);
        await payloads.SaveAsync(ct);   // long button payloads stored before sending, so any server can answer a press
        var file = message.FileSha256 is { } stored && files.Exists(stored) ? stored : null;
        // The last part carries the mark: a kill before it left sends the whole message again (twice rather than half).
        var outcome = await SendInOrderAsync(rendered.ToList(), (part, last) =>
            sender.Value.SendTextAsync(chatId, part, ct, SendPriority.Bulk, last && file is null ? left : null));
        if (outcome != DeliveryOutcome.Sent || file is null) return outcome;
        return await sender.Value.SendFileAsync(chatId, () => files.OpenRead(file), message.FileName ?? "lampiran", message.FileIsImage, ct, SendPriority.Bulk, left);
    }
}
