using Hangfire;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Dialogs.Evidence;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Hosting;

namespace SpbeBot.Host.Jobs;

/// <summary>
/// The background pre-check of scanned uploads (OCR), never in a chat's path. Filing a scan queues a row in
/// <c>evidence_check</c> and hands its id to Hangfire at once (<see cref="RunAsync"/>); the sweep every minute takes up
/// what is due and was not handed over (queued from the CLI, a lost hand-over) or whose server stopped mid-reading.
/// Tries are counted in the table (<see cref="PrecheckOptions.MaxAttempts"/>), so Hangfire itself does not retry.
/// </summary>
public sealed class EvidenceCheckJob(ConversationServices services, ILogger<EvidenceCheckJob> log)
{
    public const string SweepId = "evidence-check-sweep";
    public const string SweepCron = "* * * * *";

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(long evidenceId, CancellationToken cancellationToken)
    {
        var finished = await PrecheckDelivery.RunAsync(services, evidenceId, cancellationToken);
        log.Info(finished ? ServerLogTexts.PrecheckDone : ServerLogTexts.PrecheckNothingNow, evidenceId);
    }

    [AutomaticRetry(Attempts = 0)]
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var finished = await PrecheckDelivery.RunDueAsync(services, cancellationToken);
        if (finished > 0) log.Info(ServerLogTexts.PrechecksFinished, finished);
    }
}

/// <summary>Hands a queued pre-check to Hangfire at once (when the job storage is up); the sweep covers the rest.</summary>
sealed class HangfireCheckQueue(JobsRunner runner) : IEvidenceCheckQueue
{
    public Task EnqueueAsync(long evidenceId, CancellationToken ct)
    {
        if (runner.Storage is { } storage)
            new BackgroundJobClient(storage).Enqueue<EvidenceCheckJob>(j => j.RunAsync(evidenceId, CancellationToken.None));
        return Task.CompletedTask;
    }
}
