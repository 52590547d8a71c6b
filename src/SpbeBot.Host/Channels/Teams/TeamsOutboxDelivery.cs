using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.Broadcasts;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Database;

namespace SpbeBot.Host.Channels.Teams;

/// <summary>
/// Proactive messages to Teams users (reminders, broadcasts, digests, upload decisions) into the conversation kept in
/// <see cref="ConversationReferences"/> — opened first, with the tenant id, for someone met only in a team channel —
/// paced under Teams' limits (per conversation, and per tenant for the bot as a whole); a 403 marks the person
/// unreachable on Teams. One server at a time (see <see cref="OutboxSenderService"/>).
/// </summary>
sealed class TeamsOutboxDelivery(IOptions<TeamsOptions> options, ConnectorClient connector, Deferred<ConversationReferences> conversationReferences,
    Deferred<TeamsFiles> teamsFiles, Deferred<ConnectionFactory> connections, Deferred<BroadcastStore> broadcasts,
    Deferred<Outbox> outbox, ILogger<TeamsOutboxDelivery> log)
    : OutboxSenderService(connections, broadcasts, outbox, log)
{
    readonly SendRateLimiter _limiter = new(perSecondOverall: options.Value.MessagesPerSecond, perSecondPerChat: options.Value.MessagesPerSecondPerConversation);

    protected override long LockKey => 0x5BBE_7EA5;
    protected override bool Enabled => options.Value.Enabled;

    protected override Task<int> RoundAsync(CancellationToken ct) =>
        Outbox.DeliverAsync(ActivityMapper.Channel, SendAsync, ct: ct);

    async Task<DeliveryOutcome> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var references = conversationReferences.Value;
        if (message.ExternalId is null || await references.FindAsync(ActivityMapper.Channel, message.ExternalId, ct) is not { } reference)
            return DeliveryOutcome.Failed;   // never seen on Teams: no conversation to post into
        var conversationId = reference.ConversationId;
        if (conversationId is null)
        {
            if (reference.MemberId is null || (reference.TenantId ?? options.Value.TenantId) is not { Length: > 0 } tenant) return DeliveryOutcome.Failed;
            await _limiter.WaitAsync(reference.UserId, ct);
            (conversationId, var opened) = await connector.CreateConversationAsync(reference.ServiceUrl, reference.BotId, reference.MemberId, tenant, ct);
            if (conversationId is null) return opened == DeliveryOutcome.Sent ? DeliveryOutcome.Failed : opened;
            await references.SaveAsync(reference with { ConversationId = conversationId }, ct);
        }

        var reply = new Reply(message.Text, message.Buttons.Select(b => new ReplyButton(b.Label, b.Payload)).ToList(), []);
        var activities = AdaptiveCards.Activities(reply).ToList();
        if (message.FileSha256 is { } sha)
            activities.Add(await teamsFiles.Value.ForStoredAsync("msteams", reference.UserId, sha, message.FileName ?? "lampiran", ct));
        foreach (var activity in activities)
        {
            activity["conversation"] = new JsonObject { ["id"] = conversationId };
            await _limiter.WaitAsync(conversationId, ct);
            var outcome = await connector.SendForOutcomeAsync(reference.ServiceUrl, conversationId, null, activity, ct);
            if (outcome != DeliveryOutcome.Sent) return outcome;
        }
        return DeliveryOutcome.Sent;
    }
}
