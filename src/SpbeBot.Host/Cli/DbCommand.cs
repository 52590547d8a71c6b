using System.CommandLine;
using SpbeBot.Core.Storage;
using SpbeBot.Host.Database;

namespace SpbeBot.Host.Cli;

/// <summary><c>spbebot db migrate|status</c>: apply schema migrations; show where the database is and what is applied.</summary>
static class DbCommand
{
    public static Command Create()
    {
        var db = new Command("db", "Basis data / database");

        var migrate = new Command("migrate", "Menerapkan migrasi skema / apply schema migrations");
        migrate.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, (database, stdout) =>
        {
            stdout.WriteLine(database.Migration.Applied.Count == 0
                ? "Skema sudah mutakhir. / The schema is up to date."
                : $"{database.Migration.Applied.Count} migrasi diterapkan / migrations applied: {string.Join(", ", database.Migration.Applied)}");
            return Task.FromResult(0);
        }));
        db.Subcommands.Add(migrate);

        var status = new Command("status", "Lokasi basis data dan migrasi yang sudah diterapkan / database location and applied migrations");
        status.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, (database, stdout) =>
        {
            stdout.WriteLine($"Basis data / database: {database.Location}");
            if (database.Cluster is { } cluster)
                stdout.WriteLine($"Program PostgreSQL / binaries: {cluster.BinDirectory}" +
                                 (cluster.StartedHere ? "" : " (sudah berjalan, dipakai bersama / already running, shared)"));
            var applied = Migrator.Applied(database.Connections.ConnectionString);
            var pending = Migrator.Available().Except(applied).ToList();
            stdout.WriteLine($"Migrasi diterapkan / applied ({applied.Count}): {string.Join(", ", applied)}");
            stdout.WriteLine(pending.Count == 0
                ? "Migrasi tertunda / pending: tidak ada / none"
                : $"Migrasi tertunda / pending ({pending.Count}): {string.Join(", ", pending)}");
            return Task.FromResult(pending.Count == 0 ? 0 : 1);
        }, migrate: false));
        db.Subcommands.Add(status);
        return db;
    }
}
