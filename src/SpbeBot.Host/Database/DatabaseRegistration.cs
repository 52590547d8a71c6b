using Microsoft.Extensions.DependencyInjection.Extensions;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Conversations;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Storage;

namespace SpbeBot.Host.Database;

/// <summary>
/// For the server: <c>builder.Services.AddSpbeDatabase(builder.Configuration)</c> opens the database once at start
/// (embedded cluster, migrations, demo data — see <see cref="SpbeDatabase"/>), stops the embedded cluster at
/// shutdown, and registers the connection factory and the stores.
/// </summary>
static class DatabaseRegistration
{
    /// <param name="configuration">Kept for the usual AddX(configuration) shape; the settings themselves are read from the container's final IConfiguration.</param>
    public static IServiceCollection AddSpbeDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        // Settings are read when the service is built, from the final configuration: sources added after this call
        // (tests, the host's own configure step) must count.
        services.AddSingleton<DatabaseStartup>(sp => new DatabaseStartup(
            DatabaseSettings.From(sp.GetRequiredService<IConfiguration>()), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<DatabaseStartup>>()));
        services.AddHostedService<DatabaseStartupService>();
        // What day and time it is for jobs, dialogs and the demo plan; tests register a fixed date after this.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => sp.GetRequiredService<DatabaseStartup>().Database.Connections);
        services.AddSingleton(sp => new OpdStore(sp.GetRequiredService<ConnectionFactory>()));
        services.AddSingleton(sp => new PersonStore(sp.GetRequiredService<ConnectionFactory>()));
        services.AddSingleton(sp => new InviteStore(sp.GetRequiredService<ConnectionFactory>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new InstansiStore(sp.GetRequiredService<ConnectionFactory>()));
        services.AddSingleton(sp => new PlanStore(sp.GetRequiredService<ConnectionFactory>()));
        services.AddSingleton(sp => new AuditLog(sp.GetRequiredService<ConnectionFactory>()));
        services.AddSingleton(sp => new ConversationStateStore(sp.GetRequiredService<ConnectionFactory>()));
        services.AddSingleton(sp => new Core.Messaging.ConversationReferences(sp.GetRequiredService<ConnectionFactory>()));
        return services;
    }

    /// <summary>
    /// For in-process tests of the channels alone: the database is not opened at start. Whatever still asks for a
    /// store then fails, so use it together with a handler that needs none.
    /// </summary>
    public static IServiceCollection WithoutDatabaseStartup(this IServiceCollection services)
    {
        var needDatabase = new[] { typeof(DatabaseStartupService), typeof(Hosting.EvidenceReconciliation), typeof(Channels.Telegram.TelegramOutboxDelivery), typeof(Jobs.JobsHostedService), typeof(Channels.Teams.TeamsOutboxDelivery) };
        foreach (var d in services.Where(d => needDatabase.Contains(d.ImplementationType)).ToList()) services.Remove(d);
        return services;
    }

    /// <summary>The hosted service is a named type (not a factory) so <see cref="WithoutDatabaseStartup"/> can find it.</summary>
    sealed class DatabaseStartupService(DatabaseStartup startup) : IHostedService
    {
        public Task StartAsync(CancellationToken ct) => startup.StartAsync(ct);
        public Task StopAsync(CancellationToken ct) => startup.StopAsync(ct);
    }

    /// <summary>Opens the database before other hosted services start (register it first) and closes it last.</summary>
    sealed class DatabaseStartup(DatabaseSettings settings, TimeProvider clock, ILogger<DatabaseStartup> logger) : IHostedService
    {
        SpbeDatabase? _database;

        public SpbeDatabase Database => _database ?? throw new InvalidOperationException("The database is not open yet (DatabaseStartup has not started).");

        public async Task StartAsync(CancellationToken ct)
        {
            var log = new StringWriter();
            _database = await SpbeDatabase.OpenAsync(settings, log, ct: ct, stopOnSignals: false, clock: clock);
            foreach (var line in log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)) logger.LogInformation("{Line}", line);
            logger.LogInformation("Database: {Location}", _database.Location);
        }

        public async Task StopAsync(CancellationToken ct)
        {
            if (_database is not null) await _database.DisposeAsync();
        }
    }
}
