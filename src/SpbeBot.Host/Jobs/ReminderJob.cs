using Hangfire;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Hosting;

namespace SpbeBot.Host.Jobs;

/// <summary>
/// The daily reminder scan as a Hangfire job. Hangfire runs a job at least once, sometimes twice; the scan is
/// idempotent (each (item, milestone) is recorded once), so a repeat queues nothing.
/// </summary>
public sealed class ReminderJob(ConversationServices services, ILogger<ReminderJob> log, TimeProvider clock)
{
    public const string Id = "reminder-scan";

    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var result = await services.Reminders.RunAsync(clock.GetUtcNow(), cancellationToken);
        SpbeBot.Core.Observability.SpbeMetrics.RemindersQueued.Add(result.Messages);
        log.Info(ServerLogTexts.Reminders,
            result.ItemsDue, result.NewReminders, result.Messages, result.Escalations);
    }
}
