namespace SpbeBot.Dialogs.Common;

/// <summary>
/// Notes about files sent to Bot Framework users (Teams, Web Chat), in the recipient's language: the channel looks the
/// person up by their chat account (Bahasa Indonesia when they are not known).
/// </summary>
public sealed class ChannelFileTexts : BilingualTexts
{
    public static readonly ChannelFileTexts Id = new(english: false);
    public static readonly ChannelFileTexts En = new(english: true);

    public static ChannelFileTexts For(string? language) => language == "en" ? En : Id;

    ChannelFileTexts(bool english) : base(english)
    {
    }

    public string CannotBeSent(string name) => S($"📎 {name}: berkas tidak dapat dikirim.", $"📎 {name}: the file cannot be sent.");

    public string Missing(string name) => S($"📎 {name}: berkas tidak ditemukan.", $"📎 {name}: the file is missing.");

    public string TooLargeForChannel(string name, long size) => S(
        $"📎 {name} ({size / 1024:N0} KB): terlalu besar untuk saluran ini; silakan minta lewat Teams atau Telegram.",
        $"📎 {name} ({size / 1024:N0} KB): too large for this channel; please ask for it in Teams or Telegram.");

    public string OfferDescription(string name) => S($"Berkas dari SpbeBot: {name}", $"A file from SpbeBot: {name}");

    public string OfferUnknown => S("Penawaran berkas ini tidak dikenal.", "Unknown file offer.");

    public string OfferExpired => S("Penawaran berkas ini sudah tidak berlaku.", "This file offer is no longer valid.");

    public string Declined(string name) => S($"Baik, berkas {name} tidak dikirim.", $"OK, {name} was not sent.");

    public string UploadFailed(string name) => S(
        $"Mohon maaf, berkas {name} gagal diunggah ke OneDrive Bapak/Ibu. Silakan coba lagi.",
        $"Sorry, uploading {name} to your OneDrive failed. Please try again.");
}
