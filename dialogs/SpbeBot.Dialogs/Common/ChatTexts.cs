namespace SpbeBot.Dialogs.Common;

/// <summary>
/// The user-facing texts of the chat itself (welcome, help, commands, channel notices): Bahasa Indonesia
/// first, English on the second line, because one chat serves both and the platform's language hint is
/// often missing. Channel adapters take their notices from here too, so no user text lives in Host.
/// </summary>
public static class ChatTexts
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

    /// <summary>A pressed button whose payload is gone, in the person's language ("en" or Indonesian).</summary>
    public static string ButtonExpired(string? language) => language == "en"
        ? "Sorry, this button has expired. Please ask again."
        : "Mohon maaf, tombol ini sudah kedaluwarsa. Silakan tanya lagi, Bapak/Ibu.";

    /// <summary>A sticker, voice note or the like, in the person's language ("en" or Indonesian).</summary>
    public static string UnsupportedMessage(string? language) => language == "en"
        ? "Sorry, I cannot handle this kind of message yet. Please send your question as text."
        : "Mohon maaf, jenis pesan ini belum dapat saya proses. Silakan kirim pertanyaan dalam bentuk teks.";

    /// <summary>The one answer to a chat account sending faster than the bot takes (in the platform's language hint; the person is not looked up).</summary>
    public static string SlowDown(string? languageCode) => languageCode == "en"
        ? "You are sending messages very quickly. Please slow down a little; I will answer again in a moment."
        : "Mohon maaf, Bapak/Ibu mengirim pesan terlalu cepat. Mohon pelan-pelan; saya akan menjawab lagi sebentar lagi.";

    /// <summary>The dialog failed; in the person's language ("en" or Indonesian), never the exception.</summary>
    public static string SomethingWentWrong(string? language) => language == "en"
        ? "Sorry, something went wrong. Please try again in a moment."
        : "Mohon maaf, terjadi kesalahan. Silakan coba lagi beberapa saat lagi.";

    /// <summary>
    /// Shown when a reply has buttons but no text (chat platforms refuse empty messages): a sign, not a sentence, since
    /// the renderer does not know the person's language (the dialogs always write a text, so this is a last resort).
    /// </summary>
    public const string ChooseOne = "👇";

    // Files to Bot Framework users: ChannelFileTexts, in the recipient's language.

    // The terminal chat's texts are in TerminalTexts (one language per person).

    /// <summary>The command menu a chat platform shows (Telegram: setMyCommands); names are lowercase a–z.</summary>
    public static readonly IReadOnlyList<ChatCommand> Commands =
    [
        new("start", "Mulai menggunakan SpbeBot", "Start using SpbeBot"),
        new("tanya", "Bertanya tentang kriteria SPBE", "Ask about the SPBE criteria"),
        new("lanjut", "Lanjutan jawaban terakhir", "Rest of the last answer"),
        new("aksi", "Rencana aksi / tindak lanjut", "Follow-up action plan"),
        new("bantuan", "Petunjuk penggunaan", "Help"),
        new("pengaturan", "Pengaturan akun dan pengingat", "Account and reminder settings"),
        new("berhenti", "Berhenti menerima pesan", "Stop receiving messages"),
    ];
}

/// <param name="Name">Without the slash.</param>
public sealed record ChatCommand(string Name, string DescriptionId, string DescriptionEn);
