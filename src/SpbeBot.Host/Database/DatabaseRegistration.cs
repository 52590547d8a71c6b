using Microsoft.Extensions.Options;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Hosting;

namespace SpbeBot.Host.Database;

/// <summary>
/// For the server: <c>builder.Services.AddSpbeDatabase(builder.Configuration)</c> opens the database once at start
/// (embedded cluster, migrations, demo data — see <see cref="SpbeDatabase"/>), stops the embedded cluster at
/// shutdown, and registers the connection factory over it and the stores (<see cref="CoreRegistration"/>).
/// </summary>
static class DatabaseRegistration
{
    /// <param name="configuration">Kept for the usual AddX(configuration) shape; the settings are bound from the container's final IConfiguration.</param>
    public static IServiceCollection AddSpbeDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        // Settings are bound when first asked for, from the final configuration: sources added after this call
        // (tests, the host's own configure step) must count.
        services.AddSpbeCore();
        services.AddSingleton<DatabaseStartup>();
        services.AddHostedService<DatabaseStartupService>();
        services.AddHostedService<Hosting.CatalogRefreshService>();
        services.AddSingleton(sp => sp.GetRequiredService<DatabaseStartup>().Database.Connections);
        services.AddSingleton(typeof(Deferred<>));
        return services;
    }

    /// <summary>
    /// For in-process tests of the channels alone: the database is not opened at start. Whatever still asks for a
    /// store then fails, so use it together with a handler that needs none.
    /// </summary>
    public static IServiceCollection WithoutDatabaseStartup(this IServiceCollection services)
    {
        var needDatabase = new[] { typeof(DatabaseStartupService), typeof(Hosting.CatalogRefreshService), typeof(Hosting.EvidenceReconciliation), typeof(Channels.Telegram.TelegramOutboxDelivery), typeof(Jobs.JobsHostedService), typeof(Channels.Teams.TeamsOutboxDelivery) };
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
    sealed class DatabaseStartup(IOptions<DatabaseSettings> settings, TimeProvider clock, ILogger<DatabaseStartup> logger) : IHostedService
    {
        SpbeDatabase? _database;

        public SpbeDatabase Database => _database ?? throw new InvalidOperationException("The database is not open yet (DatabaseStartup has not started).");

        public async Task StartAsync(CancellationToken ct)
        {
            var log = new StringWriter();
            SpbeBot.Core.Observability.Timeline.Mark("host-database-opening");
            _database = await SpbeDatabase.OpenAsync(settings.Value, clock, log, ct: ct, stopOnSignals: false);
            SpbeBot.Core.Observability.Timeline.Mark("host-database-open");
            foreach (var line in log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)) logger.LogInformation("{Line}", line);
            logger.Info(ServerLogTexts.Database, _database.Location);
        }

        public async Task StopAsync(CancellationToken ct)
        {
            if (_database is not null) await _database.DisposeAsync();
        }
    }
}
