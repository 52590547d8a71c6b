using Dapper;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.Messaging;

/// <summary>How to reach a user of a Bot Framework channel outside a conversation turn (reminders, broadcasts, digests).</summary>
public sealed record ConversationReference(string Channel, string UserId, string ConversationId, string ServiceUrl, string? TenantId, string? BotId);

public sealed class ConversationReferences(ConnectionFactory db)
{
    public async Task SaveAsync(ConversationReference r, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(
            """
            insert into conversation_reference (channel, user_id, conversation_id, service_url, tenant_id, bot_id)
            values (@Channel, @UserId, @ConversationId, @ServiceUrl, @TenantId, @BotId)
            on conflict (channel, user_id) do update set conversation_id = excluded.conversation_id, service_url = excluded.service_url,
                tenant_id = excluded.tenant_id, bot_id = excluded.bot_id, updated_at = now()
            """, r);
    }

    public async Task<ConversationReference?> FindAsync(string channel, string userId, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<ConversationReference>(
            """
            select channel, user_id as UserId, conversation_id as ConversationId, service_url as ServiceUrl, tenant_id as TenantId, bot_id as BotId
            from conversation_reference where channel = @channel and user_id = @userId
            """, new { channel, userId });
    }
}
