using SpbeBot.Core.Digest;
using SpbeBot.Core.Messaging;
using SpbeBot.Dialogs.Conversation;

namespace SpbeBot.Dialogs.Digest;

/// <summary>
/// The weekly send: build the digest, render it, keep its files in the file store, and — once per week, in one
/// transaction with the week's snapshot — queue for every Tim Koordinasi member and coordinator the message with the
/// chart as a photo, the trend chart once history exists, and the workbook.
/// </summary>
public static class DigestDelivery
{
    /// <returns>How many people it was queued for; 0 when this week's digest already went out (or there is no instansi).</returns>
    public static async Task<int> SendWeeklyAsync(ConversationServices s, DateOnly today, CancellationToken ct)
    {
        var digest = await s.Digests.BuildAsync(today, ct);
        if (digest is null) return 0;
        var folder = Path.Combine(Path.GetTempPath(), "spbebot-ringkasan", Guid.NewGuid().ToString("N"));
        try
        {
            var files = DigestFiles.Write(digest, folder);
            var chart = await StoreAsync(s, files.ChartPath, isImage: true, ct);
            var trend = files.TrendPath is { } t ? await StoreAsync(s, t, isImage: true, ct) : null;
            var workbook = await StoreAsync(s, files.WorkbookPath, isImage: false, ct);
            var recipients = await s.Digests.RecipientsAsync(ct);
            var sent = await s.Digests.SendOnceAsync(digest, async (connection, tx) =>
            {
                foreach (var person in recipients)
                {
                    await Outbox.EnqueueAsync(connection, tx, person, "digest", files.Message, [], file: chart, ct: ct);
                    if (trend is not null) await Outbox.EnqueueAsync(connection, tx, person, "digest", DigestTexts.TrendCaption(digest), [], file: trend, ct: ct);
                    await Outbox.EnqueueAsync(connection, tx, person, "digest", DigestTexts.WorkbookCaption, [], file: workbook, ct: ct);
                }
            }, ct);
            return sent ? recipients.Count : 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    static async Task<OutboxFile> StoreAsync(ConversationServices s, string path, bool isImage, CancellationToken ct)
    {
        var (sha, problem) = await s.Intake.StoreAttachmentAsync(path, ct);
        return sha is null ? throw new InvalidOperationException($"The digest file {Path.GetFileName(path)} was refused: {problem}") : new OutboxFile(sha, Path.GetFileName(path), isImage);
    }
}
