using SpbeBot.Core.Audit;
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
    public static IServiceCollection AddSpbeDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DatabaseSettings.From(configuration);
        services.AddSingleton<DatabaseStartup>(sp => new DatabaseStartup(settings, sp.GetRequiredService<ILogger<DatabaseStartup>>()));
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseStartup>());
        services.AddSingleton(sp => sp.GetRequiredService<DatabaseStartup>().Database.Connections);
        services.AddSingleton(sp => new OpdStore(sp.GetRequiredService<ConnectionFactory>()));
        services.AddSingleton(sp => new PersonStore(sp.GetRequiredService<ConnectionFactory>()));
        services.AddSingleton(sp => new InviteStore(sp.GetRequiredService<ConnectionFactory>(), sp.GetService<TimeProvider>()));
        services.AddSingleton(sp => new InstansiStore(sp.GetRequiredService<ConnectionFactory>()));
        services.AddSingleton(sp => new PlanStore(sp.GetRequiredService<ConnectionFactory>()));
        services.AddSingleton(sp => new AuditLog(sp.GetRequiredService<ConnectionFactory>()));
        return services;
    }

    /// <summary>Opens the database before other hosted services start (register it first) and closes it last.</summary>
    sealed class DatabaseStartup(DatabaseSettings settings, ILogger<DatabaseStartup> logger) : IHostedService
    {
        SpbeDatabase? _database;

        public SpbeDatabase Database => _database ?? throw new InvalidOperationException("The database is not open yet (DatabaseStartup has not started).");

        public async Task StartAsync(CancellationToken ct)
        {
            var log = new StringWriter();
            _database = await SpbeDatabase.OpenAsync(settings, log, ct: ct);
            foreach (var line in log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)) logger.LogInformation("{Line}", line);
            logger.LogInformation("Database: {Location}", _database.Location);
        }

        public async Task StopAsync(CancellationToken ct)
        {
            if (_database is not null) await _database.DisposeAsync();
        }
    }
}
