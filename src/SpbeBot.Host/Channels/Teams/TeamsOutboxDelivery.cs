using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Npgsql;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Host.Channels.Teams;

/// <summary>
/// Proactive messages to Teams users (reminders, broadcasts, digests, upload decisions) into the conversation kept in
/// <see cref="ConversationReferences"/>. One server sends at a time (a PostgreSQL advisory lock), paced under Teams'
/// per-conversation limit; a 403 marks the person unreachable on Teams.
/// </summary>
sealed class TeamsOutboxDelivery(IOptions<TeamsOptions> options, IServiceProvider services, ILogger<TeamsOutboxDelivery> log) : BackgroundService
{
    const long SenderLockKey = 0x5BBE_7EA5;
    readonly SendRateLimiter _limiter = new(perSecondOverall: 30, perSecondPerChat: 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var db = services.GetRequiredService<ConnectionFactory>();
                await using var lockConnection = await db.OpenAsync(stoppingToken);
                await using (var take = new NpgsqlCommand($"select pg_try_advisory_lock({SenderLockKey})", lockConnection))
                    if (await take.ExecuteScalarAsync(stoppingToken) is true)
                        while (!stoppingToken.IsCancellationRequested)
                        {
                            var sent = await services.GetRequiredService<Outbox>().DeliverAsync(ActivityMapper.Channel, SendAsync, ct: stoppingToken);
                            if (sent == 0) await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                        }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning(e, "Pengiriman pesan Teams gagal, dicoba lagi. / Teams outbox delivery failed, will retry.");
            }
            await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    async Task<DeliveryOutcome> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        if (message.ExternalId is null || await services.GetRequiredService<ConversationReferences>().FindAsync(ActivityMapper.Channel, message.ExternalId, ct) is not { } reference)
            return DeliveryOutcome.Failed;   // never wrote to the bot: no conversation to post into yet
        var reply = new Reply(message.Text, message.Buttons.Select(b => new ReplyButton(b.Label, b.Payload)).ToList(), []);
        foreach (var activity in AdaptiveCards.Activities(reply))
        {
            activity["conversation"] = new JsonObject { ["id"] = reference.ConversationId };
            await _limiter.WaitAsync(reference.ConversationId, ct);
            var outcome = await services.GetRequiredService<ConnectorClient>().SendForOutcomeAsync(reference.ServiceUrl, reference.ConversationId, null, activity, ct);
            if (outcome != DeliveryOutcome.Sent) return outcome;
        }
        return DeliveryOutcome.Sent;
    }
}
