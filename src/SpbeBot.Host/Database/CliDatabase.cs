using System.CommandLine;
using Microsoft.Extensions.Options;
using Npgsql;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.People;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Host.Database;

/// <summary>
/// What every database-using CLI command does around its work: open the database (configuration, embedded cluster,
/// migrations, demo data), run, close (stopping a cluster it started), and turn start-up failures into one clear
/// message instead of a stack trace. Progress lines go to standard error so standard output stays for results.
/// </summary>
static class CliDatabase
{
    public static async Task<int> RunAsync(ParseResult parse, CancellationToken ct, Func<CliServices, TextWriter, Task<int>> work, bool migrate = true)
    {
        var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        SpbeDatabase? database = null;
        // The server's composition (settings, stores, services) over the database opened below; the factory is asked
        // for only after that.
        var services = new ServiceCollection()
            .AddSingleton(CliConfiguration.Load())
            .AddSpbeCore()
            .AddSingleton(_ => database?.Connections ?? throw new InvalidOperationException("The database is not open yet."));
        await using var provider = services.BuildServiceProvider();
        try
        {
            database = await SpbeDatabase.OpenAsync(provider.GetRequiredService<IOptions<DatabaseSettings>>().Value, provider.GetRequiredService<TimeProvider>(), stderr, migrate, ct);
        }
        catch (PostgresNotFoundException e)
        {
            stderr.WriteLine(StartupTexts.Machine.PostgresNotFound(e.Folder));
            return 3;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException or IOException)
        {
            var texts = StartupTexts.Machine;
            stderr.WriteLine(texts.DatabaseNotOpened);
            stderr.WriteLine(e is EmbeddedClusterException cluster ? texts.ClusterProblem(cluster) : e.Message);
            return 3;
        }
        await using (database)
        {
            // Every command works with the catalogs in use: the newest imported version of each framework.
            if (!await TryUseImportedCatalogsAsync(provider.GetRequiredService<CatalogVersionStore>(), stderr, ct)) return 3;
            return await work(new CliServices(database, provider), stdout);
        }
    }

    /// <summary>
    /// For commands that need no database but answer from the catalogs (ask, criteria show): when a database is there
    /// (a configured server, or an embedded one created before), the imported catalog versions are read from it;
    /// otherwise the shipped catalogs answer. No cluster is created and nothing is migrated here.
    /// </summary>
    /// <returns>The configured instansi's kind (what a bare "pemkab" in a question names); null without a database or instansi.</returns>
    public static async Task<InstansiKind?> UseImportedCatalogsIfAnyAsync(TextWriter stderr, CancellationToken ct)
    {
        if (ConfiguredDatabase() is not { } settings) return null;
        try
        {
            await using var database = await SpbeDatabase.OpenAsync(settings, TimeProvider.System, log: null, migrate: false, ct);
            await TryUseImportedCatalogsAsync(new CatalogVersionStore(database.Connections, TimeProvider.System), stderr, ct);
            try
            {
                return (await new InstansiStore(database.Connections).GetAsync(ct))?.Kind;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
            {
                return null;
            }
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException or IOException or PostgresNotFoundException)
        {
            stderr.WriteLine(StartupTexts.Machine.ShippedCatalogsUsed);
            return null;
        }
    }

    /// <summary>The database settings when there is a database to read (a configured server, or an embedded one created before); else null.</summary>
    public static DatabaseSettings? ConfiguredDatabase()
    {
        using var provider = new ServiceCollection().AddSingleton(CliConfiguration.Load()).AddSpbeSettings().BuildServiceProvider();
        var settings = provider.GetRequiredService<IOptions<DatabaseSettings>>().Value;
        return settings.UsesEmbedded && !File.Exists(Path.Combine(settings.DataDirectory, "PG_VERSION")) ? null : settings;
    }

    static async Task<bool> TryUseImportedCatalogsAsync(CatalogVersionStore versions, TextWriter stderr, CancellationToken ct)
    {
        try
        {
            await versions.RefreshAsync(force: true, ct);
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return true; // a database older than migration 0010 (db status, restore): nothing imported there
        }
        catch (Exception e) when (e is System.Text.Json.JsonException)
        {
            stderr.WriteLine(StartupTexts.Machine.ImportedCatalogsUnreadable);
            stderr.WriteLine(e.Message);
            return false;
        }
    }
}

/// <summary>What a CLI command works with: the open database, and the stores and services the server uses, each built once.</summary>
sealed class CliServices(SpbeDatabase database, IServiceProvider provider)
{
    public SpbeDatabase Database => database;

    public T Get<T>() where T : notnull => provider.GetRequiredService<T>();
}
