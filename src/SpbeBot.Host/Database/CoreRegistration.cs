using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Broadcasts;
using SpbeBot.Core.Conversations;
using SpbeBot.Core.Digest;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Reminders;
using SpbeBot.Core.Retention;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Dialogs.Reminders;
using SpbeBot.Host.Channels.Telegram;
using SpbeBot.Host.Hosting;
using SpbeBot.Host.Jobs;

namespace SpbeBot.Host.Database;

/// <summary>
/// The one composition of SpbeBot's settings, stores and services, shared by the server (<see cref="DatabaseRegistration"/>)
/// and the CLI (<see cref="CliDatabase"/>). Every store is built once, by the container, over the one
/// <see cref="Core.Storage.ConnectionFactory"/> the caller registers: the server's comes from the database start-up,
/// the CLI's from the database it opened.
/// </summary>
static class CoreRegistration
{
    /// <summary>Every settings class from its configuration section, read as IOptions&lt;T&gt; (the server checks them at start).</summary>
    public static IServiceCollection AddSpbeSettings(this IServiceCollection services)
    {
        services.AddOptions<DatabaseSettings>().BindConfiguration(DatabaseSettings.Section).ValidateOnStart();
        services.AddOptions<EvidenceSettings>().BindConfiguration(EvidenceSettings.Section).ValidateOnStart();
        services.AddOptions<JobSettings>().BindConfiguration(JobSettings.Section).ValidateOnStart();
        services.AddOptions<RetentionSettings>().BindConfiguration(RetentionSettings.Section).ValidateOnStart();
        services.AddOptions<BackupSettings>().BindConfiguration(BackupSettings.Section);
        return services;
    }

    public static IServiceCollection AddSpbeCore(this IServiceCollection services)
    {
        services.AddSpbeSettings();
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<OpdStore>();
        services.TryAddSingleton<PersonStore>();
        services.TryAddSingleton<InviteStore>();
        services.TryAddSingleton<TelegramBotNames>();
        services.TryAddSingleton<SpbeBot.Core.People.Import.StaffImport>();
        services.TryAddSingleton<InstansiStore>();
        services.TryAddSingleton<PlanStore>();
        services.TryAddSingleton<AuditLog>();
        services.TryAddSingleton<ConversationStateStore>();
        services.TryAddSingleton<ConversationReferences>();
        services.TryAddSingleton<Outbox>();
        services.TryAddSingleton<SendShares>();
        services.TryAddSingleton<BroadcastStore>();
        services.TryAddSingleton<RetentionSweep>();
        services.TryAddSingleton<EvidenceStore>();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<EvidenceSettings>>().Value.ToOptions());
        // The file store needs no database: channels that only send stored files can have it before the database opens.
        services.TryAddSingleton(sp => new EvidenceFileStore(sp.GetRequiredService<EvidenceOptions>().Root, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<EvidenceIntake>();
        services.TryAddSingleton<TeamsFileOfferStore>();
        services.TryAddSingleton<IReminderWriter, ReminderWriter>();
        services.TryAddSingleton<ReminderScan>();
        services.TryAddSingleton<EvidenceCheckStore>();
        services.TryAddSingleton<IEvidenceCheckQueue, SweepOnlyCheckQueue>();
        services.TryAddSingleton<DigestStore>();
        services.TryAddSingleton<SpbeBot.Core.Criteria.CatalogVersionStore>();
        services.TryAddSingleton<IEvidenceChecker>(sp => new EvidenceChecker(sp.GetRequiredService<InstansiStore>(),
            sp.GetRequiredService<IOptions<EvidenceSettings>>().Value.ToReadLimits()));
        services.TryAddSingleton(sp =>
        {
            var config = sp.GetRequiredService<IConfiguration>();
            return new ConversationServices(
                sp.GetRequiredService<PersonStore>(), sp.GetRequiredService<InviteStore>(), sp.GetRequiredService<PlanStore>(),
                sp.GetRequiredService<OpdStore>(), sp.GetRequiredService<InstansiStore>(), sp.GetRequiredService<ConversationStateStore>(),
                sp.GetRequiredService<EvidenceStore>(), sp.GetRequiredService<EvidenceIntake>(), sp.GetRequiredService<Outbox>(),
                sp.GetRequiredService<ReminderScan>(), sp.GetRequiredService<BroadcastStore>(), sp.GetRequiredService<DigestStore>(),
                sp.GetRequiredService<TimeProvider>(),
                // Configured name first; otherwise the one the Telegram channel learned from getMe (server only, if it runs).
                () => config[ConversationRegistration.BotUsernameKey] is { Length: > 0 } configured ? configured : sp.GetService<TelegramBotIdentity>()?.Username,
                // The pre-check only where a checker is installed.
                sp.GetService<IEvidenceChecker>() is { } checker
                    ? new EvidencePrecheck(checker, sp.GetRequiredService<EvidenceCheckStore>(), sp.GetRequiredService<EvidenceStore>(),
                        sp.GetRequiredService<EvidenceFileStore>(), sp.GetRequiredService<IEvidenceCheckQueue>(),
                        // Registered by tests only; otherwise the defaults with the configured chat time-out.
                        sp.GetService<PrecheckOptions>() ?? sp.GetRequiredService<IOptions<EvidenceSettings>>().Value.ToPrecheckOptions(),
                        sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<InstansiStore>())
                    : null);
        });
        return services;
    }
}

/// <summary>
/// A singleton a hosted service cannot have when it is built, taken in its constructor and resolved on first use, then
/// kept. The server builds every hosted service before the first one starts, and some services exist only later: the
/// stores need the <see cref="Core.Storage.ConnectionFactory"/>, which exists once <see cref="DatabaseRegistration"/>'s
/// start-up has opened the database; the Telegram client needs a token, so only a configured channel builds it. A failed
/// look-up (no database in this process) is not kept: it throws InvalidOperationException again next time.
/// </summary>
sealed class Deferred<T>(IServiceProvider services) where T : notnull
{
    T? _value;

    public T Value => _value ??= services.GetRequiredService<T>();
}
