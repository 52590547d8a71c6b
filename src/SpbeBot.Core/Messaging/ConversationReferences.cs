using Dapper;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.Messaging;

/// <summary>
/// How to reach a user of a Bot Framework channel outside a conversation turn (reminders, broadcasts, digests).
/// ConversationId is null for someone met only in a team channel or group chat: the bot opens the 1:1 conversation
/// with their MemberId (Teams' "29:…" id) and the tenant id when it first needs it.
/// </summary>
public sealed record ConversationReference(string Channel, string UserId, string? ConversationId, string ServiceUrl, string? TenantId, string? BotId,
    string? MemberId = null);

public sealed class ConversationReferences(ConnectionFactory db)
{
    public async Task SaveAsync(ConversationReference r, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into conversation_reference (channel, user_id, conversation_id, service_url, tenant_id, bot_id, member_id)
            values (@Channel, @UserId, @ConversationId, @ServiceUrl, @TenantId, @BotId, @MemberId)
            on conflict (channel, user_id) do update set conversation_id = excluded.conversation_id, service_url = excluded.service_url,
                tenant_id = excluded.tenant_id, bot_id = excluded.bot_id,
                member_id = coalesce(excluded.member_id, conversation_reference.member_id), updated_at = now()
            """, r, cancellationToken: ct));
    }

    /// <summary>Someone seen in a team channel or group chat: kept so the bot can open a 1:1 conversation, never replacing one.</summary>
    public async Task SaveMemberAsync(ConversationReference r, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into conversation_reference (channel, user_id, conversation_id, service_url, tenant_id, bot_id, member_id)
            values (@Channel, @UserId, null, @ServiceUrl, @TenantId, @BotId, @MemberId)
            on conflict (channel, user_id) do update set member_id = excluded.member_id,
                service_url = case when conversation_reference.conversation_id is null then excluded.service_url else conversation_reference.service_url end,
                tenant_id = coalesce(conversation_reference.tenant_id, excluded.tenant_id), bot_id = coalesce(conversation_reference.bot_id, excluded.bot_id),
                updated_at = now()
            """, r, cancellationToken: ct));
    }

    public async Task<ConversationReference?> FindAsync(string channel, string userId, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<ConversationReference>(new CommandDefinition(
            """
            select channel, user_id as UserId, conversation_id as ConversationId, service_url as ServiceUrl, tenant_id as TenantId, bot_id as BotId,
                member_id as MemberId
            from conversation_reference where channel = @channel and user_id = @userId
            """, new { channel, userId }, cancellationToken: ct));
    }
}
