using System.CommandLine;
using Microsoft.Extensions.Options;
using Npgsql;
using SpbeBot.Core.Storage;

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
            database = await SpbeDatabase.OpenAsync(provider.GetRequiredService<IOptions<DatabaseSettings>>().Value, stderr, migrate, ct);
        }
        catch (PostgresNotFoundException e)
        {
            stderr.WriteLine(e.Message);
            return 3;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException or IOException)
        {
            stderr.WriteLine("Mohon maaf, basis data tidak dapat dibuka. / Sorry, the database could not be opened.");
            stderr.WriteLine(e.Message);
            return 3;
        }
        await using (database)
            return await work(new CliServices(database, provider), stdout);
    }
}

/// <summary>What a CLI command works with: the open database, and the stores and services the server uses, each built once.</summary>
sealed class CliServices(SpbeDatabase database, IServiceProvider provider)
{
    public SpbeDatabase Database => database;

    public T Get<T>() where T : notnull => provider.GetRequiredService<T>();
}
