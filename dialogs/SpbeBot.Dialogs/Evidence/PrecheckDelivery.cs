using SpbeBot.Core.Evidence;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Dialogs.Conversation;

namespace SpbeBot.Dialogs.Evidence;

/// <summary>
/// The background reading of scans (the Hangfire job's work): read with OCR, store the verdict and, in the same
/// transaction, queue its lines for the uploader in their language. Given up after a bounded number of tries, the
/// uploader is told the pre-check is not available; the filing is never touched.
/// </summary>
public static class PrecheckDelivery
{
    /// <summary>One queued upload; false when there was nothing to do now (not due, taken elsewhere, retried later).</summary>
    public static Task<bool> RunAsync(ConversationServices services, long evidenceId, CancellationToken ct) =>
        services.Precheck is { } precheck ? precheck.RunQueuedAsync(evidenceId, NoticeFor(services), ct) : Task.FromResult(false);

    /// <summary>Every queued upload that is due; how many finished (a verdict or given up).</summary>
    public static Task<int> RunDueAsync(ConversationServices services, CancellationToken ct) =>
        services.Precheck is { } precheck ? precheck.RunDueAsync(NoticeFor(services), ct) : Task.FromResult(0);

    static Func<EvidenceRecord, EvidenceCheck?, CancellationToken, Task<string?>> NoticeFor(ConversationServices services) => async (record, check, ct) =>
    {
        var uploader = record.UploaderId is { } id ? await services.People.GetAsync(id, ct) : null;
        return uploader is null ? null : PrecheckTexts.For(uploader.Language).Result(record, check);
    };
}
