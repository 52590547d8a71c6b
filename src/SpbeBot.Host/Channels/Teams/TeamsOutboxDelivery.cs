using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Database;

namespace SpbeBot.Host.Channels.Teams;

/// <summary>
/// Proactive messages to Teams users (reminders, broadcasts, digests, upload decisions) into the conversation kept in
/// <see cref="ConversationReferences"/> — opened first, with the tenant id, for someone met only in a team channel —
/// paced under Teams' limits (per conversation, and per tenant for the bot as a whole) by the channel's
/// <see cref="TeamsSendPipeline"/> at bulk priority; a 403 marks the person
/// unreachable on Teams. One server at a time (see <see cref="OutboxSenderService"/>).
/// </summary>
sealed class TeamsOutboxDelivery(IOptions<TeamsOptions> options, ConnectorClient connector, Deferred<ConversationReferences> conversationReferences,
    Deferred<TeamsFiles> teamsFiles, Deferred<ConnectionFactory> connections, Deferred<Outbox> outbox,
    Deferred<IEnumerable<IAfterOutboxRound>> afterRound, TimeProvider clock, ILogger<TeamsOutboxDelivery> log)
    : OutboxSenderService(connections, outbox, afterRound, clock, log)
{
    protected override long LockKey => 0x5BBE_7EA5;
    protected override bool Enabled => options.Value.Enabled;

    protected override string Channel => ActivityMapper.Channel;

    protected override async Task<DeliveryOutcome> SendAsync(OutboxMessage message, Reply reply, SendMark left, CancellationToken ct)
    {
        var references = conversationReferences.Value;
        if (message.ExternalId is null || await references.FindAsync(ActivityMapper.Channel, message.ExternalId, ct) is not { } reference)
            return DeliveryOutcome.Failed;   // never seen on Teams: no conversation to post into
        var conversationId = reference.ConversationId;
        if (conversationId is null)
        {
            if (reference.MemberId is null || (reference.TenantId ?? options.Value.TenantId) is not { Length: > 0 } tenant) return DeliveryOutcome.Failed;
            (conversationId, var opened) = await connector.CreateConversationAsync(reference.ServiceUrl, reference.BotId, reference.MemberId, tenant, ct);
            if (conversationId is null) return opened == DeliveryOutcome.Sent ? DeliveryOutcome.Failed : opened;
            await references.SaveAsync(reference with { ConversationId = conversationId }, ct);
        }

        var activities = AdaptiveCards.Activities(reply).ToList();
        if (message.FileSha256 is { } sha)
            activities.Add(await teamsFiles.Value.ForStoredAsync("msteams", reference.UserId, sha, message.FileName ?? "lampiran", ct));
        return await SendInOrderAsync(activities, async (activity, last) =>
        {
            activity["conversation"] = new JsonObject { ["id"] = conversationId };
            return await connector.SendForOutcomeAsync(reference.ServiceUrl, conversationId, null, activity, ct, SendPriority.Bulk, last ? left : null);
        });
    }
}
