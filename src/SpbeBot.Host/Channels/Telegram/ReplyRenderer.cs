using SpbeBot.Dialogs.Common;
using Telegram.Bot.Types.ReplyMarkups;

namespace SpbeBot.Host.Channels.Telegram;

/// <summary>One Telegram message to send: plain text (no parse mode, so nothing needs escaping) and maybe a keyboard.</summary>
sealed record OutgoingMessage(string Text, InlineKeyboardMarkup? Keyboard);

/// <summary>Renders a neutral <see cref="Reply"/> as Telegram messages.</summary>
static class ReplyRenderer
{
    const int ButtonsPerRow = 2;
    /// <summary>Telegram refuses very large inline keyboards ("reply markup is too long"); the list is in the text anyway.</summary>
    internal const int MaxButtons = 90;

    /// <summary>
    /// The text, then each further part, as separate messages of at most 4096 characters; the buttons go
    /// under the last message, where the reader is when done reading.
    /// </summary>
    public static IReadOnlyList<OutgoingMessage> Render(Reply reply, CallbackPayloads payloads)
    {
        var texts = new[] { reply.Text }.Concat(reply.More)
            .Where(t => !string.IsNullOrWhiteSpace(t))   // Telegram refuses empty messages
            .SelectMany(t => t.Length <= Reply.MaxMessageLength ? [t] : MessageSplitter.Split(t, Reply.MaxMessageLength))
            .ToList();
        if (texts.Count == 0)
        {
            if (reply.Buttons.Count == 0) return [];
            texts.Add(ChatTexts.ChooseOne);
        }
        var keyboard = reply.Buttons.Count == 0 ? null : Keyboard(reply.Buttons, payloads);
        return texts.Select((text, i) => new OutgoingMessage(text, i == texts.Count - 1 ? keyboard : null)).ToList();
    }

    // Built now, not when the message is serialised: the keys must exist (and be stored) before sending.
    static InlineKeyboardMarkup Keyboard(IReadOnlyList<ReplyButton> buttons, CallbackPayloads payloads) => new(
        buttons.Take(MaxButtons).Select(b => InlineKeyboardButton.WithCallbackData(b.Label, payloads.ToCallbackData(b.Payload)))
            .Chunk(ButtonsPerRow).ToList());
}
