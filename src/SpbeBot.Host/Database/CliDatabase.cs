using System.CommandLine;
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
    public static async Task<int> RunAsync(ParseResult parse, CancellationToken ct, Func<SpbeDatabase, TextWriter, Task<int>> work, bool migrate = true)
    {
        var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        SpbeDatabase database;
        try
        {
            database = await SpbeDatabase.OpenAsync(CliConfiguration.Load(), stderr, migrate, ct);
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
            return await work(database, stdout);
    }
}
