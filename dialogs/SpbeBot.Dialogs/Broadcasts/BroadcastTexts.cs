using SpbeBot.Core.Broadcasts;

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
