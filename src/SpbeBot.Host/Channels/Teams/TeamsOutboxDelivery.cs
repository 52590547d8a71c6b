using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SpbeBot.Core.Messaging;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Host.Channels.Teams;

/// <summary>
/// Proactive messages to Teams users (reminders, broadcasts, digests, upload decisions) into the conversation kept in
/// <see cref="ConversationReferences"/>, paced under Teams' per-conversation limit; a 403 marks the person unreachable
/// on Teams. One server at a time (see <see cref="OutboxSenderService"/>).
/// </summary>
sealed class TeamsOutboxDelivery(IOptions<TeamsOptions> options, IServiceProvider services, ILogger<TeamsOutboxDelivery> log)
    : OutboxSenderService(services, log)
{
    readonly SendRateLimiter _limiter = new(perSecondOverall: 30, perSecondPerChat: 1);

    protected override long LockKey => 0x5BBE_7EA5;
    protected override bool Enabled => options.Value.Enabled;

    protected override Task<int> RoundAsync(CancellationToken ct) =>
        Services.GetRequiredService<Outbox>().DeliverAsync(ActivityMapper.Channel, SendAsync, ct: ct);

    async Task<DeliveryOutcome> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        if (message.ExternalId is null || await Services.GetRequiredService<ConversationReferences>().FindAsync(ActivityMapper.Channel, message.ExternalId, ct) is not { } reference)
            return DeliveryOutcome.Failed;   // never wrote to the bot: no conversation to post into yet
        var reply = new Reply(message.Text, message.Buttons.Select(b => new ReplyButton(b.Label, b.Payload)).ToList(), []);
        foreach (var activity in AdaptiveCards.Activities(reply))
        {
            activity["conversation"] = new JsonObject { ["id"] = reference.ConversationId };
            await _limiter.WaitAsync(reference.ConversationId, ct);
            var outcome = await Services.GetRequiredService<ConnectorClient>().SendForOutcomeAsync(reference.ServiceUrl, reference.ConversationId, null, activity, ct);
            if (outcome != DeliveryOutcome.Sent) return outcome;
        }
        return DeliveryOutcome.Sent;
    }
}
