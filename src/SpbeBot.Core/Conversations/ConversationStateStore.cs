using Dapper;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.Conversations;

/// <summary>
/// The current dialog step per person in a chat, kept in PostgreSQL rather than memory so a dialog started before a
/// restart continues after it. In a group chat or a Teams channel each member has their own step (keyed by channel,
/// chat and the sender's platform user id): nobody can answer someone else's dialog. The step text belongs to the
/// dialogs; this store only keeps it.
/// </summary>
public sealed class ConversationStateStore(ConnectionFactory db)
{
    public async Task<string?> GetAsync(string channel, string chatId, string userId, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "select step from conversation_state where channel = @channel and chat_id = @chatId and user_id = @userId",
            new { channel, chatId, userId }, cancellationToken: ct));
    }

    /// <summary>
    /// The start of a message's turn in one statement: the directory version (as
    /// <see cref="People.PersonStore.DirectoryVersionSql"/>; the sender, the instansi and the OPDs then come from memory
    /// while it stands) and the sender's stored step in this chat.
    /// </summary>
    public async Task<(long DirectoryVersion, string? Step, bool PartsPending)> BeginTurnAsync(string channel, string chatId, string userId, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleAsync<(long, string?, bool)>(new CommandDefinition(
            """
            select coalesce((select version from directory_version where id = 1), -1),
                   (select step from conversation_state where channel = @channel and chat_id = @chatId and user_id = @userId),
                   exists (select 1 from pending_parts where chat_key = @chatKey)
            """, new { channel, chatId, userId, chatKey = ChatKey(channel, chatId, userId) }, cancellationToken: ct));
    }

    /// <summary>The key of one person's conversation in one chat (a group member has their own), for "/lanjut".</summary>
    public static string ChatKey(string channel, string chatId, string userId) => $"{channel}:{chatId}:{userId}";

    public async Task SetAsync(string channel, string chatId, string userId, string step, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into conversation_state (channel, chat_id, user_id, step) values (@channel, @chatId, @userId, @step)
            on conflict (channel, chat_id, user_id) do update set step = excluded.step, updated_at = now()
            """, new { channel, chatId, userId, step }, cancellationToken: ct));
    }

    public async Task ClearAsync(string channel, string chatId, string userId, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "delete from conversation_state where channel = @channel and chat_id = @chatId and user_id = @userId",
            new { channel, chatId, userId }, cancellationToken: ct));
    }

    /// <summary>
    /// Keeps the further parts of the chat's last long answer, for "/lanjut" (none: forgets what was kept, since
    /// "/lanjut" continues the last answer). In PostgreSQL, so any server continues it, also after a restart.
    /// </summary>
    public async Task SetMoreAsync(string chatKey, IReadOnlyList<string> parts, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(parts.Count == 0
            ? "delete from pending_parts where chat_key = @chatKey"
            : """
              insert into pending_parts (chat_key, parts) values (@chatKey, @parts::jsonb)
              on conflict (chat_key) do update set parts = excluded.parts, created_at = now()
              """, new { chatKey, parts = System.Text.Json.JsonSerializer.Serialize(parts) }, cancellationToken: ct));
    }

    /// <summary>The kept parts of the chat's last long answer, handed out once (and none kept longer than a day).</summary>
    public async Task<IReadOnlyList<string>> TakeMoreAsync(string chatKey, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        var json = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "delete from pending_parts where chat_key = @chatKey returning case when created_at > now() - interval '1 day' then parts::text end",
            new { chatKey }, cancellationToken: ct));
        return json is null ? [] : System.Text.Json.JsonSerializer.Deserialize<List<string>>(json) ?? [];
    }

    /// <summary>
    /// Records that <paramref name="notice"/> was shown in this chat; true the first time only. Durable, so a one-time
    /// line (e.g. "PermenPANRB 59/2020 is revoked") stays once per conversation across restarts and servers.
    /// </summary>
    public async Task<bool> FirstTimeAsync(string channel, string chatId, string notice, CancellationToken ct = default)
    {
        // Once given, a notice stays given: remembered here, so later questions cost no statement (issue 17.5).
        var key = (channel, chatId, notice);
        lock (_given)
            if (_given.Contains(key)) return false;
        await using var connection = await db.OpenAsync(ct);
        var first = await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into conversation_notice (channel, chat_id, notice) values (@channel, @chatId, @notice)
            on conflict (channel, chat_id, notice) do nothing
            """, new { channel, chatId, notice }, cancellationToken: ct)) == 1;
        lock (_given)
        {
            if (_given.Count >= 100_000) _given.Clear();
            _given.Add(key);
        }
        return first;
    }

    readonly HashSet<(string, string, string)> _given = [];
}
