using SpbeBot.Core.Demo;
using SpbeBot.Core.People;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Host.Database;

/// <summary>
/// Opens the database the standard way for every command and for the server: the configured connection string,
/// else the embedded cluster (started here, stopped on dispose); then migrations; then, on a new embedded
/// database, the demo Pemda. Dispose it when done (<c>await using</c>).
/// </summary>
sealed class SpbeDatabase : IAsyncDisposable
{
    public required ConnectionFactory Connections { get; init; }
    /// <summary>The embedded cluster, or null when an external server is configured.</summary>
    public EmbeddedCluster? Cluster { get; init; }
    public required Migrator.MigrationResult Migration { get; init; }
    public DemoResult? Demo { get; init; }

    /// <summary>Where the data is, for messages in the machine's language: "host:port/db" (never the password) and the data folder when embedded.</summary>
    public string Location => StartupTexts.Machine.DatabaseLocation(Connections.Describe(), Cluster?.DataDirectory);

    /// <param name="log">Progress lines for the operator (CLI: standard error, so --json output stays clean), in the machine's language.</param>
    /// <param name="stopOnSignals">False for the server, whose host shuts down on SIGINT/SIGTERM and closes the database last.</param>
    /// <param name="clock">The day a new demo plan's deadlines count from.</param>
    public static async Task<SpbeDatabase> OpenAsync(DatabaseSettings settings, TimeProvider clock, TextWriter? log = null, bool migrate = true,
        CancellationToken ct = default, bool stopOnSignals = true)
    {
        EmbeddedCluster? cluster = null;
        string connectionString;
        if (settings.UsesEmbedded)
        {
            cluster = await EmbeddedCluster.StartAsync(new EmbeddedClusterOptions
            {
                DataDirectory = settings.DataDirectory,
                BinDirectory = string.IsNullOrWhiteSpace(settings.PostgresBinDirectory) ? null : settings.PostgresBinDirectory,
                StopOnSignals = stopOnSignals,
            }, ct);
            if (cluster.Created)
                log?.WriteLine(StartupTexts.Machine.DatabaseCreated(cluster.DataDirectory));
            connectionString = cluster.ConnectionString;
        }
        else
        {
            connectionString = settings.ConnectionString!;
        }

        var connections = new ConnectionFactory(connectionString);
        try
        {
            var migration = migrate ? await Migrator.MigrateAsync(connectionString, ct) : new Migrator.MigrationResult([]);
            foreach (var script in migration.Applied)
                log?.WriteLine(StartupTexts.Machine.MigrationApplied(script));

            DemoResult? demo = null;
            if (cluster is not null && settings.DemoData && migrate)
            {
                demo = await DemoData.EnsureAsync(connections, TimeZones.Today(TimeZones.Wib, clock), ct); // the demo Pemda is in WIB
                if (demo.Loaded)
                    log?.WriteLine(StartupTexts.Machine.DemoLoaded(demo.Instansi, demo.Opds, demo.People, demo.Plan?.Created));
            }
            return new SpbeDatabase { Connections = connections, Cluster = cluster, Migration = migration, Demo = demo };
        }
        catch
        {
            await connections.DisposeAsync();
            cluster?.Stop();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Connections.DisposeAsync();
        Cluster?.Stop();
    }
}
