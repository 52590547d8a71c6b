using SpbeBot.Core.Broadcasts;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Broadcasts;

/// <summary>Texts of broadcasts: the preview and the delivery report (Indonesian first, English second).</summary>
public static class BroadcastTexts
{
    public static string Report(BroadcastStatus s) =>
        $"📣 Laporan siaran #{s.Id} ({s.Recipients} penerima): {s.Sent} terkirim, {s.Failed} gagal, {s.Blocked} memblokir bot" +
        (s.Pending > 0 ? $", {s.Pending} menunggu dibuka di terminal" : "") + ".\n" +
        $"Broadcast #{s.Id} report ({s.Recipients} recipients): {s.Sent} sent, {s.Failed} failed, {s.Blocked} blocked the bot" +
        (s.Pending > 0 ? $", {s.Pending} waiting for the terminal chat" : "") + ".";

    public static string Preview(string audience, int recipients, string text) =>
        $"Pratinjau siaran ke {audience} — {recipients} orang:\n\n{text}\n\nKirim sekarang? / Send now?";

    public static string Queued(BroadcastStatus s) =>
        $"Siaran #{s.Id} diantrekan untuk {s.Recipients} orang; laporan pengiriman menyusul. / Broadcast #{s.Id} queued for {s.Recipients} people; a delivery report follows.";
}

/// <summary>The broadcast dialog's texts in the coordinator's language.</summary>
public sealed class BroadcastDialogTexts(bool english) : BilingualTexts(english)
{
    static readonly BroadcastDialogTexts Id = new(false), En = new(true);

    public static BroadcastDialogTexts For(string? language) => language == "en" ? En : Id;

    public string TypeMessage => S($"Silakan ketik isi siaran (maks. {Reply.MaxComposedLength} karakter), atau /batal.",
        $"Type the broadcast message (at most {Reply.MaxComposedLength} characters), or /batal.");
    public string WrongLength => S($"Isi siaran harus 1–{Reply.MaxComposedLength} karakter.", $"The message must be 1–{Reply.MaxComposedLength} characters.");
    public string Send(int recipients) => S($"Kirim ({recipients})", $"Send ({recipients})");
    public string Everyone => S("Semua", "Everyone");
    public string OverdueOpds => S("OPD yang lewat tenggat", "OPDs with overdue items");
    public string OperatorsOnly => S("Operator saja", "Operators only");
    public string Cancel => S("Batal", "Cancel");

    internal string AudienceName(Audience audience) => audience.Kind switch
    {
        "overdue" => S("operator OPD yang lewat tenggat", "operators of OPDs with overdue items"),
        "role" => audience.Key[5..],
        "opd" => "OPD",
        _ => S("semua", "everyone"),
    };

    /// <summary>The audience in words for a preview: "semua orang", "OPD Bappeda", "semua koordinator", …</summary>
    public string AudienceWords(Audience audience, string? opdName) => audience.Kind switch
    {
        "overdue" => S("operator OPD yang lewat tenggat", "operators of OPDs with overdue items"),
        "role" => audience.Role switch
        {
            Core.People.PersonRole.Operator => S("semua operator", "every operator"),
            Core.People.PersonRole.Coordinator => S("semua koordinator", "every coordinator"),
            Core.People.PersonRole.TimKoordinasi => S("Tim Koordinasi", "the Coordination Team"),
            _ => S("semua admin", "every admin"),
        },
        "opd" => $"OPD {opdName}",
        _ => S("semua orang", "everyone"),
    };
}
