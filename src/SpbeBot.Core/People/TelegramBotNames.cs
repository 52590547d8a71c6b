using Dapper;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.People;

/// <summary>
/// The @username each Telegram bot (by the numeric id in its token) told the server through getMe, kept in the database
/// so that the command line prints invite links for the bot this installation really runs.
/// </summary>
public sealed class TelegramBotNames(ConnectionFactory db)
{
    public async Task RememberAsync(long botId, string username, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into telegram_bot_identity (bot_id, username) values (@botId, @username)
            on conflict (bot_id) do update set username = excluded.username, updated_at = now()
            """, new { botId, username = username.TrimStart('@') }, cancellationToken: ct));
    }

    /// <summary>The username learned for this bot id; with no id, the one learned most recently. Null when none.</summary>
    public async Task<string?> FindAsync(long? botId, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "select username from telegram_bot_identity where @botId::bigint is null or bot_id = @botId order by updated_at desc limit 1",
            new { botId }, cancellationToken: ct));
    }

    /// <summary>The numeric id at the start of a bot token ("123456:ABC…"); null when the token has none.</summary>
    public static long? BotId(string? token) =>
        token is { Length: > 0 } && token.IndexOf(':') is > 0 and var colon && long.TryParse(token.AsSpan(0, colon), out var id) ? id : null;
}
