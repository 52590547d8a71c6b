using System.Text;
using System.Text.Json;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.Messaging.Inbox;
using SpbeBot.Host.Database;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace SpbeBot.Host.Channels.Telegram;

/// <summary>
/// Telegram updates into and out of the inbox: keyed by update_id, ordered by it within their chat (a button press
/// counts in the chat of its message), stored as the JSON Telegram sent. Handing an item to the
/// <see cref="TelegramUpdateProcessor"/> reads it again; what cannot be read fails with the reason, never its text.
/// </summary>
sealed class TelegramInbound(Deferred<TelegramUpdateProcessor> processor, Microsoft.Extensions.Options.IOptions<TelegramOptions> options,
    [FromKeyedServices(TelegramRegistration.PipelineKey)] SpbeBot.Core.Messaging.SendPipeline pipeline) : IInboxHandler
{
    public string Channel => UpdateMapper.Channel;

    public bool Enabled => options.Value.Enabled;

    /// <summary>A readable update with the bytes it came as (webhook) or its serialisation (polling).</summary>
    /// A NUL in a text is no reason to fail: the payload is kept as bytes and the dialogs clean control characters (F10).
    public static InboundUpdate From(Update update, byte[]? body = null) => new(
        UpdateMapper.Channel, update.Id.ToString(), Conversation(update), update.Id,
        body ?? JsonSerializer.SerializeToUtf8Bytes(update, JsonBotAPI.Options));

    /// <summary>An update that cannot be read: kept as failed with <paramref name="reason"/>, in no conversation.</summary>
    public static InboundUpdate Unreadable(long updateId, byte[] body, string reason) =>
        new(UpdateMapper.Channel, updateId.ToString(), null, updateId, body, reason);

    /// <summary>"telegram:&lt;chat id&gt;"; an update without a chat (not asked for) is a conversation of its own.</summary>
    public static string Conversation(Update update)
    {
        long? chat = update.Message?.Chat.Id ?? (update.CallbackQuery is { } query ? UpdateMapper.ChatOf(query) : null);
        return chat is { } id ? $"{UpdateMapper.Channel}:{id}" : $"{UpdateMapper.Channel}:update:{update.Id}";
    }

    /// <summary>The send pipeline's key of the item's chat (its chat id), or null for an update without a chat.</summary>
    static string? ChatKey(InboxItem item)
    {
        var prefix = UpdateMapper.Channel + ":";
        return item.Conversation.StartsWith(prefix, StringComparison.Ordinal) && long.TryParse(item.Conversation.AsSpan(prefix.Length), out _)
            ? item.Conversation[prefix.Length..] : null;
    }

    public void HoldReplies(InboxItem item, TimeSpan wait)
    {
        if (ChatKey(item) is { } chat) pipeline.Limiter.PauseChat(chat, wait);
    }

    public TimeSpan ReplyGap(InboxItem item)
    {
        if (ChatKey(item) is not { } chat) return TimeSpan.Zero;
        var limiter = pipeline.Limiter;
        var gap = limiter.ChatReadyAt(chat) - limiter.Clock.GetUtcNow();
        return gap > TimeSpan.Zero ? gap : TimeSpan.Zero;
    }

    public async Task<string?> HandleAsync(InboxItem item, PendingSends sends, CancellationToken ct)
    {
        Update? update;
        try
        {
            update = JsonSerializer.Deserialize<Update>(item.Payload, JsonBotAPI.Options);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return "unreadable: " + e.GetType().Name;
        }
        if (update is null) return "unreadable: null";
        return await processor.Value.ProcessAsync(update, sends, ct);
    }

    /// <summary>The update_id at the start of a body, also when the rest of it is not valid JSON (Telegram writes it first).</summary>
    public static long? UpdateId(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("update_id", out var id) && id.TryGetInt64(out var value))
                return value;
            return null;
        }
        catch (JsonException)
        {
        }
        var head = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 64));
        var match = System.Text.RegularExpressions.Regex.Match(head, "^\\s*\\{\\s*\"update_id\"\\s*:\\s*(\\d{1,18})\\s*[,}]");
        return match.Success ? long.Parse(match.Groups[1].Value) : null;
    }
}
