namespace SpbeBot.Core.Questions;

public static partial class ChatIntents
{
    /// <summary>A short complaint about sending a file is a request for help with it, whatever its words.</summary>
    const int UploadTroubleMaxWords = 8;

    /// <summary>
    /// "ko gak bisa unggah?", "upload gagal terus min", "why can't I upload?": trouble sending a file, said short, asks for help
    /// with uploading (what the bot takes, how to send, whom to ask), not for the Pedoman's passage on the evaluation
    /// application. A described situation keeps its question: a number, a criteria word ("gak bs upload, lvl brp"), a process
    /// word ("aplikasi evaluasi error, boleh kirim offline?") or a system named ("aplikasi kita gak bisa upload"); a file sent
    /// earlier asks its state ("berkas yg sy upload tadi gagal ga?").
    /// </summary>
    static bool UploadTrouble(Message m, Words w) =>
        m.Tokens.Count <= UploadTroubleMaxWords && m.Any(w.Help.Uploading) && m.Any(w.Help.Failed)
        && !m.Tokens.Any(t => t.Any(char.IsAsciiDigit)) && !m.Any(w.Help.UploadedEarlier) && !m.Any(w.CriteriaAsk) && !ProcessOutsideContext(m, w)
        && !m.Tokens.Any(t => w.Channels.Singles.Contains(t) && t is not "bot" and not "chat" and not "sini");
}
