using Hangfire;
using SpbeBot.Core.People;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Dialogs.Digest;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Hosting;

namespace SpbeBot.Host.Jobs;

/// <summary>The weekly digest as a Hangfire job; sending is once per week however often the job runs.</summary>
public sealed class DigestJob(ConversationServices services, ILogger<DigestJob> log, TimeProvider clock)
{
    public const string Id = "weekly-digest";

    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var instansi = await services.Instansi.GetAsync(cancellationToken);
        var today = TimeZones.Today(instansi?.TimeZone ?? TimeZones.Wib, clock);
        var people = await DigestDelivery.SendWeeklyAsync(services, today, cancellationToken);
        log.Info(ServerLogTexts.Digest, people);
    }
}
