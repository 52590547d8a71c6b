using Hangfire;
using Microsoft.Extensions.Options;
using SpbeBot.Core.Retention;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Hosting;

namespace SpbeBot.Host.Jobs;

/// <summary>
/// Settings from <c>Spbebot:Retention</c> (environment: <c>SPBEBOT__RETENTION__OUTBOXDAYS</c>, …): how many days
/// short-lived personal data is kept (0 = keep), and when the nightly sweep runs. See <see cref="RetentionPolicy"/>.
/// </summary>
public sealed class RetentionSettings
{
    public const string Section = "Spbebot:Retention";

    public string Cron { get; set; } = "30 2 * * *";
    public int OutboxDays { get; set; }
    public int InviteDays { get; set; }
    public int ConversationStateDays { get; set; } = 30;
    public int FileOfferDays { get; set; } = 30;

    public RetentionPolicy ToPolicy() => new()
    {
        OutboxDays = OutboxDays, InviteDays = InviteDays, ConversationStateDays = ConversationStateDays, FileOfferDays = FileOfferDays,
    };
}

/// <summary>The nightly retention sweep as a Hangfire job (idempotent: a second run deletes nothing more).</summary>
public sealed class RetentionJob(RetentionSweep sweep, IOptions<RetentionSettings> settings, ILogger<RetentionJob> log, TimeProvider clock)
{
    public const string Id = "retention-sweep";

    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var result = await sweep.RunAsync(settings.Value.ToPolicy(), clock.GetUtcNow(), cancellationToken);
        log.Info(ServerLogTexts.Retention,
            result.OutboxMessages, result.Invites, result.ConversationStates, result.FileOffers);
    }
}
