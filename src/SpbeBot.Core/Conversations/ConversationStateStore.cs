using Dapper;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.Conversations;

/// <summary>
/// The current dialog step per chat, kept in PostgreSQL rather than memory so a dialog started before a restart
/// continues after it. The step text belongs to the dialogs; this store only keeps it.
/// </summary>
public sealed class ConversationStateStore(ConnectionFactory db)
{
    public async Task<string?> GetAsync(string channel, string chatId, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "select step from conversation_state where channel = @channel and chat_id = @chatId", new { channel, chatId }, cancellationToken: ct));
    }

    public async Task SetAsync(string channel, string chatId, string step, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into conversation_state (channel, chat_id, step) values (@channel, @chatId, @step)
            on conflict (channel, chat_id) do update set step = excluded.step, updated_at = now()
            """, new { channel, chatId, step }, cancellationToken: ct));
    }

    public async Task ClearAsync(string channel, string chatId, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "delete from conversation_state where channel = @channel and chat_id = @chatId", new { channel, chatId }, cancellationToken: ct));
    }
}
