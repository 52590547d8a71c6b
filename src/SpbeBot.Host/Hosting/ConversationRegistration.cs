using SpbeBot.Core.Evidence;
using SpbeBot.Core.Broadcasts;
using SpbeBot.Core.Messaging;
using SpbeBot.Dialogs.Broadcasts;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Host.Database;

namespace SpbeBot.Host.Hosting;

/// <summary>Registers the conversation handler on the services of <c>AddSpbeDatabase</c>, and the evidence start-up check.</summary>
static class ConversationRegistration
{
    /// <summary>Where invite deep links point: https://t.me/&lt;username&gt;?start=&lt;code&gt;.</summary>
    public const string BotUsernameKey = "Spbebot:Telegram:BotUsername";

    /// <summary>The stores and <see cref="ConversationServices"/> come from <c>AddSpbeDatabase</c> (<see cref="Database.CoreRegistration"/>).</summary>
    public static IServiceCollection AddSpbeConversation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IAfterOutboxRound>(sp => new BroadcastCompletion(sp.GetRequiredService<BroadcastStore>()));
        services.AddHostedService<EvidenceReconciliation>();
        services.AddSingleton<IConversationHandler, ConversationHandler>();
        return services;
    }
}

/// <summary>
/// At start (after the database is open): clean up what a crash may have left in the evidence file store. The intake
/// needs the open database, so it is resolved when this starts, not when it is built.
/// </summary>
sealed class EvidenceReconciliation(Deferred<EvidenceIntake> evidenceIntake, ILogger<EvidenceReconciliation> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var intake = evidenceIntake.Value;
        var report = await intake.ReconcileAsync(ct: ct);
        log.Info(ServerLogTexts.EvidenceFiles,
            intake.Files.Root, report.TempFilesRemoved, report.OrphansRemoved, report.Missing.Count);
        foreach (var sha in report.Missing)
            log.Error(ServerLogTexts.EvidenceFileMissing, sha);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
