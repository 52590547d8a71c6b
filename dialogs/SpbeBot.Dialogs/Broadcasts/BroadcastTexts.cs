using SpbeBot.Core.Broadcasts;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Broadcasts;

/// <summary>A broadcast's delivery report, written when its delivery finishes, in its creator's language.</summary>
public static class BroadcastTexts
{
    /// <summary>The delivery report in the creator's language ("id" or "en").</summary>
    public static string Report(BroadcastStatus s, string language) => BroadcastDialogTexts.For(language).Report(s);
}

/// <summary>The broadcast dialog's texts in the coordinator's language; `spbebot broadcast` says the same in the machine's.</summary>
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

    public string Preview(string audience, int recipients, string text) =>
        S($"Pratinjau siaran ke {audience} — {recipients} orang:\n\n{text}\n\nKirim sekarang?",
          $"Broadcast preview to {audience} — {recipients} people:\n\n{text}\n\nSend now?");

    public string Queued(BroadcastStatus s) =>
        S($"Siaran #{s.Id} diantrekan untuk {s.Recipients} orang; laporan pengiriman menyusul.",
          $"Broadcast #{s.Id} queued for {s.Recipients} people; a delivery report follows.") +
        (s.Unreachable > 0 ? " " + NoAccount(s) : "");

    /// <summary>Named at once: these people have no chat account on any channel, so nothing can reach them.</summary>
    string NoAccount(BroadcastStatus s) =>
        S($"{s.Unreachable} orang belum memiliki akun chat di saluran mana pun dan tidak dapat dihubungi: {Names(s)}.",
          $"{s.Unreachable} people have no chat account on any channel and cannot be reached: {Names(s)}.");

    static string Names(BroadcastStatus s) =>
        string.Join(", ", s.UnreachableNames.Take(20)) + (s.UnreachableNames.Count > 20 ? $" (+{s.UnreachableNames.Count - 20})" : "");

    public string Report(BroadcastStatus s) =>
        S($"📣 Laporan siaran #{s.Id} ({s.Recipients} penerima): {s.Sent} terkirim, {s.Failed} gagal, {s.Blocked} memblokir bot" +
          (s.Unreachable > 0 ? $", {s.Unreachable} tanpa akun chat" : "") +
          (s.Pending > 0 ? $", {s.Pending} menunggu dibuka di terminal" : "") + ".",
          $"📣 Broadcast #{s.Id} report ({s.Recipients} recipients): {s.Sent} sent, {s.Failed} failed, {s.Blocked} blocked the bot" +
          (s.Unreachable > 0 ? $", {s.Unreachable} without a chat account" : "") +
          (s.Pending > 0 ? $", {s.Pending} waiting for the terminal chat" : "") + ".") +
        (s.Unreachable > 0 ? "\n" + NoAccount(s) : "");

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
