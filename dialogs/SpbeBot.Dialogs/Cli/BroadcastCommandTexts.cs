using SpbeBot.Core.Broadcasts;
using SpbeBot.Core.Evidence;
using SpbeBot.Dialogs.Broadcasts;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Evidence;

namespace SpbeBot.Dialogs.Cli;

/// <summary>
/// What <c>spbebot broadcast</c> and <c>broadcast status</c> print and their <c>--help</c>, in the machine's language.
/// The preview, the queued line and the audience in words are the chat's (<see cref="BroadcastDialogTexts"/>, through
/// <see cref="Dialog"/>); an attachment's refusal is the upload's (<see cref="EvidenceTexts.Problem"/>).
/// </summary>
public sealed class BroadcastCommandTexts : BilingualTexts
{
    public static readonly BroadcastCommandTexts Id = new(english: false);
    public static readonly BroadcastCommandTexts En = new(english: true);

    /// <summary>The machine's (<see cref="MachineLocale"/>), chosen once per run.</summary>
    public static BroadcastCommandTexts Machine => MachineLocale.English ? En : Id;

    BroadcastCommandTexts(bool english) : base(english)
    {
    }

    /// <summary>The broadcast dialog's texts in this language.</summary>
    public BroadcastDialogTexts Dialog => BroadcastDialogTexts.For(_en ? "en" : "id");

    // --help
    public string BroadcastHelp => S("Siaran ke banyak orang", "Broadcast to many people");
    public string ToHelp => S("all | opd:<OPD> | role:<peran> | overdue (semua, lewat)", "all | opd:<OPD> | role:<role> | overdue (or: semua, lewat)");
    public string TextHelp => S("Isi siaran", "The message");
    public string FileHelp => S("Lampiran (PDF, DOCX, …)", "An attachment (PDF, DOCX, …)");
    public string YesHelp => S("Tanpa konfirmasi", "Send without asking for confirmation");
    public string StatusHelp => S("Laporan pengiriman siaran", "A broadcast's delivery report");
    public string IdHelp => S("Nomor siaran", "The broadcast's number");
    public string WatchHelp => S("Ikuti sampai selesai", "Follow it until it finishes");

    public string ToAndTextNeeded => S($"Perlu --to dan --text (maks. {Reply.MaxComposedLength} karakter).",
        $"Both --to and --text are needed (at most {Reply.MaxComposedLength} characters).");

    public string UnknownAudience(string target) => S(
        $"Penerima \"{target}\" tidak dikenal: all, overdue, role:<operator|coordinator|tim-koordinasi|admin>, opd:<nama OPD>.",
        $"Unknown recipients \"{target}\": all, overdue, role:<operator|coordinator|tim-koordinasi|admin>, opd:<OPD name>.");

    public string NoRecipients => S("Tidak ada penerima; tidak ada yang dikirim.", "No recipients; nothing was sent.");

    /// <summary>The confirmation's question; "ya", "y" and "yes" all answer it.</summary>
    public string TypeYes => S("Ketik \"ya\" untuk mengirim: ", "Type \"yes\" to send: ");

    public string Cancelled => S("Dibatalkan; tidak ada yang dikirim.", "Cancelled; nothing was sent.");

    public string FileNotFound(string path) => S($"Berkas tidak ditemukan: {path}", $"File not found: {path}");

    /// <summary>The attachment was refused as an upload would be, in the upload's words.</summary>
    public string AttachmentRefused(FileProblem problem, long maxBytes) =>
        S("Lampiran ditolak: ", "Attachment refused: ") + (_en ? EvidenceTexts.En : EvidenceTexts.Id).Problem(problem, maxBytes);

    public string BroadcastNotFound => S("Siaran tidak ditemukan.", "Broadcast not found.");

    /// <summary>`broadcast status`: the counts after the progress bar, "3000/5000 terkirim · 0 gagal · 2 memblokir · 2000 menunggu".</summary>
    public string Progress(BroadcastStatus s) => S(
        $"{s.Sent}/{s.Recipients} terkirim · {s.Failed} gagal · {s.Blocked} memblokir · {s.Pending} menunggu",
        $"{s.Sent}/{s.Recipients} sent · {s.Failed} failed · {s.Blocked} blocked · {s.Pending} waiting");

    /// <summary>Recipients with no chat account on any channel, by name.</summary>
    public string Unreachable(BroadcastStatus s) => S(
        $" · {s.Unreachable} tanpa akun chat: {string.Join(", ", s.UnreachableNames)}",
        $" · {s.Unreachable} without a chat account: {string.Join(", ", s.UnreachableNames)}");

    /// <summary>When the delivery finished, in the instansi's time ("2026-12-06 16:05:00 WIB").</summary>
    public string Finished(string at) => S($" · selesai {at}", $" · finished {at}");
}
