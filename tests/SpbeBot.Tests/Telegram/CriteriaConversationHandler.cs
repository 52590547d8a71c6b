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
            IncomingKind.File => [Reply.Plain(DoubleTexts.FilesNotYetAvailable)],
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
            "/start" => [Reply.Plain(DoubleTexts.Welcome)],
            "/bantuan" or "/help" => [Reply.Plain(DoubleTexts.Help)],
            "/tanya" => Ask(chat, rest),
            "/lanjut" => Continue(chat),
            "/aksi" or "/pengaturan" or "/berhenti" => [Reply.Plain(DoubleTexts.FeatureNotYetAvailable)],
            _ => [Reply.Plain(DoubleTexts.UnknownCommand)],
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
        return parts.Count == 0 ? [Reply.Plain(DoubleTexts.NothingToContinue)] : [new Reply(parts[0], [], parts.Skip(1).ToList())];
    }
}

/// <summary>The fixed texts of the database-free test double (both languages at once: it knows no person).</summary>
static class DoubleTexts
{
    public const string Welcome =
        "Selamat datang, Bapak/Ibu. Saya SpbeBot, asisten persiapan evaluasi SPBE.\n" +
        "Silakan ketik pertanyaan tentang kriteria SPBE, misalnya \"apa yang dibutuhkan untuk level 4 indikator 32?\". " +
        "Ketik /bantuan untuk petunjuk.\n\n" +
        "Welcome. I am SpbeBot, the SPBE evaluation assistant. Type a question about the SPBE criteria, " +
        "e.g. \"what is required for level 4 of indicator 32?\". Type /bantuan for help.";

    public const string Help =
        "Petunjuk:\n" +
        "• Ketik pertanyaan langsung, misalnya \"bukti dukung manajemen risiko level 3\" atau \"beda level 3 dan 4 indikator 11\".\n" +
        "• /tanya <pertanyaan> — bertanya tentang kriteria SPBE\n" +
        "• /lanjut — menampilkan lanjutan jawaban terakhir\n" +
        "• /bantuan — petunjuk ini\n\n" +
        "Help: type your question directly, or use /tanya <question>; /lanjut shows the rest of the last answer.";

    public const string NothingToContinue =
        "Belum ada lanjutan jawaban, Bapak/Ibu. Silakan ajukan pertanyaan terlebih dahulu.\n" +
        "There is nothing more to show yet. Please ask a question first.";

    public const string FilesNotYetAvailable =
        "Terima kasih, Bapak/Ibu. Mohon maaf, pengiriman berkas bukti dukung belum tersedia. Fitur ini akan segera hadir.\n" +
        "Thank you. Sorry, uploading evidence files is not available yet. It is coming soon.";

    public const string FeatureNotYetAvailable =
        "Mohon maaf, Bapak/Ibu, fitur ini belum tersedia. Saat ini saya dapat menjawab pertanyaan tentang kriteria SPBE.\n" +
        "Sorry, this feature is not available yet. For now I can answer questions about the SPBE criteria.";

    public const string UnknownCommand =
        "Mohon maaf, perintah itu tidak saya kenali. Ketik /bantuan untuk melihat perintah yang tersedia.\n" +
        "Sorry, I do not know that command. Type /bantuan to see the available commands.";
}
