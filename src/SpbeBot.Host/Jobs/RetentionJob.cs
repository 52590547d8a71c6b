using Hangfire;
using SpbeBot.Core.Retention;
using SpbeBot.Core.Storage;

namespace SpbeBot.Host.Jobs;

/// <summary>
/// Settings from <c>Spbebot:Retention</c> (environment: <c>SPBEBOT__RETENTION__OUTBOXDAYS</c>, …): how many days
/// short-lived personal data is kept (0 = keep), and when the nightly sweep runs. See <see cref="RetentionPolicy"/>.
/// </summary>
sealed class RetentionSettings
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

    public static RetentionSettings From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<RetentionSettings>() ?? new RetentionSettings();
}

/// <summary>The nightly retention sweep as a Hangfire job (idempotent: a second run deletes nothing more).</summary>
public sealed class RetentionJob(ConnectionFactory db, IConfiguration configuration, ILogger<RetentionJob> log, TimeProvider clock)
{
    public const string Id = "retention-sweep";

    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var result = await new RetentionSweep(db).RunAsync(RetentionSettings.From(configuration).ToPolicy(), clock.GetUtcNow(), cancellationToken);
        log.LogInformation("Retensi / retention: {Outbox} pesan, {Invites} undangan, {States} langkah dialog, {Offers} tawaran berkas dihapus / deleted",
            result.OutboxMessages, result.Invites, result.ConversationStates, result.FileOffers);
    }
}
