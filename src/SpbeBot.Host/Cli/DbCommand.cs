using Microsoft.Extensions.Options;
using System.CommandLine;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Database;
using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Host.Cli;

/// <summary>
/// <c>spbebot db migrate|status|backup|restore</c>: apply schema migrations; show where the database is and what is
/// applied; back up the database and the evidence files into one archive, and restore it into a new database.
/// </summary>
static class DbCommand
{
    static DbCommandTexts Texts => DbCommandTexts.Machine;

    public static Command Create()
    {
        var db = new Command("db", Texts.Db);

        var migrate = new Command("migrate", Texts.Migrate);
        migrate.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, (cli, stdout) =>
        {
            stdout.WriteLine(cli.Database.Migration.Applied.Count == 0 ? Texts.SchemaUpToDate : Texts.MigrationsApplied(cli.Database.Migration.Applied));
            return Task.FromResult(0);
        }));
        db.Subcommands.Add(migrate);

        var status = new Command("status", Texts.Status);
        status.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, (cli, stdout) =>
        {
            var texts = StartupTexts.Machine;
            stdout.WriteLine(texts.DatabaseIs(cli.Database.Location));
            if (cli.Database.Cluster is { } cluster)
                stdout.WriteLine(texts.PostgresPrograms(cluster.BinDirectory, sharedWithRunning: !cluster.StartedHere));
            var applied = Migrator.Applied(cli.Database.Connections.ConnectionString);
            var pending = Migrator.Available().Except(applied).ToList();
            stdout.WriteLine(texts.MigrationsApplied(applied));
            stdout.WriteLine(texts.MigrationsPending(pending));
            return Task.FromResult(pending.Count == 0 ? 0 : 1);
        }, migrate: false));
        db.Subcommands.Add(status);
        db.Subcommands.Add(BackupCommand());
        db.Subcommands.Add(RestoreCommand());
        return db;
    }

    static Command BackupCommand()
    {
        var file = new Argument<FileInfo>(CommandLineTexts.Machine.FileArgument) { Description = Texts.BackupFile };
        var backup = new Command("backup", Texts.Backup) { file };
        backup.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var target = parse.GetValue(file)!;
            try
            {
                var files = cli.Get<EvidenceFileStore>();
                var key = cli.Get<IOptions<BackupSettings>>().Value.Resolve(files, create: true)!;
                var manifest = await Backup.CreateAsync(cli.Database.Connections.ConnectionString, files,
                    target.FullName, key, cli.Database.Cluster?.BinDirectory, ct);
                stdout.WriteLine(Texts.BackupDone(target.FullName, new FileInfo(target.FullName).Length / 1024, manifest.EvidenceFiles, manifest.Migrations.Count));
                stdout.WriteLine(Texts.SignedWith(key.Source));
                return 0;
            }
            catch (Exception e) when (e is BackupException or IOException or UnauthorizedAccessException)
            {
                parse.InvocationConfiguration.Error.WriteLine(Texts.BackupFailed(e is BackupException b ? Texts.Problem(b) : e.Message));
                return 1;
            }
        }));
        return backup;
    }

    static Command RestoreCommand()
    {
        var file = new Argument<FileInfo>(CommandLineTexts.Machine.FileArgument) { Description = Texts.RestoreFile };
        var allowUnsigned = new Option<bool>("--allow-unsigned") { Description = Texts.AllowUnsigned };
        var restore = new Command("restore", Texts.Restore) { file, allowUnsigned };
        restore.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var source = parse.GetValue(file)!;
            var error = parse.InvocationConfiguration.Error;
            if (!source.Exists)
            {
                error.WriteLine(Texts.ArchiveNotFound(source.FullName));
                return 2;
            }
            try
            {
                var files = cli.Get<EvidenceFileStore>();
                var manifest = await Backup.RestoreAsync(source.FullName, cli.Database.Connections.ConnectionString, files,
                    maxFileBytes: 2L * 1024 * 1024 * 1024, cli.Get<IOptions<BackupSettings>>().Value.Resolve(files, create: false),
                    parse.GetValue(allowUnsigned), cli.Database.Cluster?.BinDirectory, ct);
                stdout.WriteLine(Texts.RestoreDone(manifest.Created, manifest.EvidenceFiles));
                return 0;
            }
            catch (Exception e) when (e is BackupException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine(Texts.RestoreFailed(e is BackupException b ? Texts.Problem(b) : e.Message));
                return 1;
            }
        }, migrate: false));
        return restore;
    }
}
