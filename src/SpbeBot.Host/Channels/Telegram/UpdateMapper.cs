using SpbeBot.Dialogs.Common;
using Telegram.Bot.Types;

namespace SpbeBot.Host.Channels.Telegram;

/// <summary>Turns Telegram messages and button presses into the neutral <see cref="IncomingMessage"/>.</summary>
static class UpdateMapper
{
    public const string Channel = "telegram";

    /// <summary>Null for what the dialogs cannot take (stickers, voice, service messages) or commands meant for another bot.</summary>
    public static IncomingMessage? FromMessage(Message message, string? botUsername)
    {
        var chatId = message.Chat.Id.ToString();
        var userId = (message.From?.Id ?? message.Chat.Id).ToString();
        var name = DisplayName(message.From);
        var language = message.From?.LanguageCode;

        if (message.Text is { } text)
        {
            if (!text.StartsWith('/'))
                return new IncomingMessage(Channel, chatId, userId, name, IncomingKind.Text, text, LanguageCode: language);
            return Command(text, botUsername) is { } command
                ? new IncomingMessage(Channel, chatId, userId, name, IncomingKind.Command, command, LanguageCode: language)
                : null;
        }
        if (message.Document is { } document)
        {
            var file = new IncomingFile(document.FileId, document.FileName, document.MimeType, document.FileSize, message.MediaGroupId);
            return new IncomingMessage(Channel, chatId, userId, name, IncomingKind.File, message.Caption ?? "", file, language);
        }
        if (message.Photo is { Length: > 0 } sizes)
        {
            // Telegram sends each photo in several sizes; the largest is the one worth keeping as evidence.
            var largest = sizes.MaxBy(p => (long)p.Width * p.Height)!;
            var file = new IncomingFile(largest.FileId, null, "image/jpeg", largest.FileSize, message.MediaGroupId);
            return new IncomingMessage(Channel, chatId, userId, name, IncomingKind.File, message.Caption ?? "", file, language);
        }
        return null;
    }

    /// <param name="payload">The button's payload, already resolved from its callback_data.</param>
    public static IncomingMessage FromButton(CallbackQuery query, string payload) => new(
        Channel,
        ChatOf(query).ToString(),
        query.From.Id.ToString(),
        DisplayName(query.From),
        IncomingKind.Button,
        payload,
        LanguageCode: query.From.LanguageCode);

    /// <summary>The chat a button press is answered in: the message's chat, or the user's private chat.</summary>
    public static long ChatOf(CallbackQuery query) => query.Message?.Chat.Id ?? query.From.Id;

    /// <summary>
    /// "/start@SpbeBot abc" → "/start abc". In groups a command may name a bot; one naming another bot is
    /// not for us (null). When our own username is unknown any "@name" is stripped.
    /// </summary>
    public static string? Command(string text, string? botUsername)
    {
        var end = text.IndexOfAny([' ', '\n']);
        var head = end < 0 ? text : text[..end];
        var rest = end < 0 ? "" : text[end..];
        var at = head.IndexOf('@');
        if (at < 0) return text;
        var addressee = head[(at + 1)..];
        if (!string.IsNullOrEmpty(botUsername) && !addressee.Equals(botUsername.TrimStart('@'), StringComparison.OrdinalIgnoreCase))
            return null;
        return head[..at] + rest;
    }

    static string? DisplayName(User? user) =>
        user is null ? null : string.Join(' ', new[] { user.FirstName, user.LastName }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
