using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Tests.Telegram;

/// <summary>
/// A test double for the channel tests that need no database: every question or button goes to
/// <see cref="CriteriaAnswerer"/>; a few commands get fixed texts (the server uses the full ConversationHandler).
/// An answer's further parts are held back and sent on "/lanjut" — that is what its "Selengkapnya"
/// button sends — so the chat is not flooded with the long fulfilment text nobody asked for.
/// </summary>
public sealed class CriteriaConversationHandler : IConversationHandler
{
    readonly PendingParts _pending = new(capacity: 10_000);

    public Task<IReadOnlyList<Reply>> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var chat = $"{message.Channel}:{message.ChatId}";
        IReadOnlyList<Reply> replies = message.Kind switch
        {
            IncomingKind.File => [Reply.Plain(ChatTexts.FilesNotYetAvailable)],
            _ when message.Text.TrimStart().StartsWith('/') => Command(chat, message.Text.Trim()),
            _ => Ask(chat, message.Text),
        };
        return Task.FromResult(replies);
    }

    IReadOnlyList<Reply> Command(string chat, string text)
    {
        var space = text.IndexOfAny([' ', '\n']);
        var name = (space < 0 ? text : text[..space]).ToLowerInvariant();
        var rest = space < 0 ? "" : text[(space + 1)..].Trim();
        return name switch
        {
            "/start" => [Reply.Plain(ChatTexts.Welcome)],
            "/bantuan" or "/help" => [Reply.Plain(ChatTexts.Help)],
            "/tanya" => Ask(chat, rest),
            "/lanjut" => Continue(chat),
            "/aksi" or "/pengaturan" or "/berhenti" => [Reply.Plain(ChatTexts.FeatureNotYetAvailable)],
            _ => [Reply.Plain(ChatTexts.UnknownCommand)],
        };
    }

    IReadOnlyList<Reply> Ask(string chat, string question)
    {
        var reply = CriteriaAnswerer.Answer(question).Reply;
        _pending.Set(chat, reply.More);
        return [reply with { More = [] }];
    }

    IReadOnlyList<Reply> Continue(string chat)
    {
        var parts = _pending.Take(chat);
        return parts.Count == 0 ? [Reply.Plain(ChatTexts.NothingToContinue)] : [new Reply(parts[0], [], parts.Skip(1).ToList())];
    }
}
