using SpbeBot.Core.Evidence;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Broadcasts;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Host.Channels.Telegram;

namespace SpbeBot.Host.Hosting;

/// <summary>Registers the conversation handler on the database of <c>AddSpbeDatabase</c>, and the evidence file store.</summary>
static class ConversationRegistration
{
    /// <summary>Where invite deep links point: https://t.me/&lt;username&gt;?start=&lt;code&gt;.</summary>
    public const string BotUsernameKey = "Spbebot:Telegram:BotUsername";

    public static IServiceCollection AddSpbeConversation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp =>
        {
            var config = sp.GetRequiredService<IConfiguration>();
            return ConversationServices.On(
                sp.GetRequiredService<ConnectionFactory>(),
                EvidenceSettings.From(config),
                // Configured name first; otherwise the one the Telegram channel learned from getMe (if it runs).
                () => config[BotUsernameKey] is { Length: > 0 } configured ? configured : sp.GetService<TelegramBotIdentity>()?.Username,
                sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton(sp => sp.GetRequiredService<ConversationServices>().Intake);
        services.AddSingleton(sp => sp.GetRequiredService<ConversationServices>().Outbox);
        services.AddSingleton<IAfterOutboxRound>(sp => new BroadcastCompletion(sp.GetRequiredService<ConversationServices>().Broadcasts));
        services.AddHostedService<EvidenceReconciliation>();
        services.AddSingleton<IConversationHandler, ConversationHandler>();
        return services;
    }
}

/// <summary>
/// At start (after the database is open): clean up what a crash may have left in the evidence file store. Resolves
/// the store when it starts, not when it is built: all hosted services are built before the first one starts.
/// </summary>
sealed class EvidenceReconciliation(IServiceProvider services, ILogger<EvidenceReconciliation> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var intake = services.GetRequiredService<EvidenceIntake>();
        var report = await intake.ReconcileAsync(ct: ct);
        log.LogInformation("Berkas bukti / evidence files: {Root}; rekonsiliasi / reconciliation: {Temp} sementara dihapus / temp removed, " +
                           "{Orphans} yatim dihapus / orphans removed, {Missing} hilang / missing",
            intake.Files.Root, report.TempFilesRemoved, report.OrphansRemoved, report.Missing.Count);
        foreach (var sha in report.Missing)
            log.LogError("Berkas bukti hilang dari penyimpanan / evidence file missing from the store: {Sha256}", sha);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
