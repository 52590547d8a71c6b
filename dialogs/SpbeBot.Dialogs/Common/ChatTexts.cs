namespace SpbeBot.Dialogs.Common;

/// <summary>
/// The user-facing texts of the chat itself (commands, channel notices), each in the person's language (their setting,
/// else the platform's hint, else Indonesian). Channel adapters take their notices from here too, so no user text lives
/// in Host.
/// </summary>
public static class ChatTexts
{
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
