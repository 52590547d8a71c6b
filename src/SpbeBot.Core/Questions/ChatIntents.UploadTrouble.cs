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
        && !m.Tokens.Any(t => t.Any(char.IsAsciiDigit)) && !m.Any(w.Help.UploadedEarlier) && !AsksCriteria(m, w) && !ProcessOutsideContext(m, w)
        && !m.Tokens.Any(t => w.Channels.Singles.Contains(t) && !w.ChannelsHere.Singles.Contains(t));

    /// <summary>
    /// "why can't I upload?", "kenapa gak bisa upload": upload trouble whose only state word is the question word ("why" also asks
    /// "why was my file rejected?") asks for help, not for the state of the uploads; "upload saya gagal diverifikasi?" names a state.
    /// </summary>
    static bool TroubleAsked(Message m, Words w) =>
        UploadTrouble(m, w) && !w.Own.State.Phrases.Any(p => m.Joined.Contains(p, StringComparison.Ordinal))
        && m.Tokens.Where(w.Own.State.Singles.Contains).All(w.Questioning.Singles.Contains);
}
