using System.CommandLine;
using SpbeBot.Core.People;
using SpbeBot.Core.People.Import;
using SpbeBot.Core.Spreadsheets;
using SpbeBot.Dialogs.Cli;
using SpbeBot.Dialogs.People;
using SpbeBot.Host.Database;

namespace SpbeBot.Host.Cli;

/// <summary>
/// <c>spbebot people import staf.xlsx [--dry-run] [--out undangan.xlsx]</c>: onboarding a whole Pemda from the staff list
/// coordinators keep; <c>people pending</c>: who has not joined yet. Its words are <see cref="PeopleCommandTexts"/>, in the
/// machine's language.
/// </summary>
static class PeopleCommand
{
    public static Command Create()
    {
        var t = PeopleCommandTexts.Machine;
        var people = new Command("people", t.PeopleHelp);
        people.Subcommands.Add(Import(t));
        people.Subcommands.Add(Pending(t));
        return people;
    }

    static Command Import(PeopleCommandTexts t)
    {
        var file = new Argument<string>(CommandLineTexts.Machine.FileArgument) { Description = t.StaffListHelp };
        var dryRun = new Option<bool>("--dry-run") { Description = t.DryRunHelp };
        var output = new Option<string?>("--out", "-o") { Description = t.OutHelp };
        var days = new Option<int>("--days") { Description = t.DaysHelp, DefaultValueFactory = _ => (int)InviteStore.PersonalValidity.TotalDays };
        var command = new Command("import", t.ImportHelp) { file, dryRun, output, days };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            var texts = t.People;
            var path = parse.GetValue(file)!;
            var validDays = parse.GetValue(days);
            if (validDays is < 1 or > 90)
            {
                stderr.WriteLine(t.DaysOutOfRange);
                return 2;
            }
            StaffListRead read;
            try { read = StaffList.Read(path, await cli.Get<OpdStore>().ListAsync(ct)); }
            catch (UnreadableSpreadsheetException e)
            {
                stderr.WriteLine(t.NotImported(t.Spreadsheet.Unreadable(e, path)));
                return 2;
            }
            if (!read.HeaderFound || read.MissingColumns.Count > 0)
            {
                stderr.WriteLine(read.HeaderFound ? texts.MissingColumns(read.MissingColumns) : texts.NoHeader);
                return 2;
            }
            stdout.WriteLine(texts.Read(read.Sheet, read.HeaderRow, read.Entries.Count, read.Problems.Select(p => p.Row).Distinct().Count()));
            foreach (var p in read.Problems) stdout.WriteLine($"  ✗ {texts.Problem(p)}");
            if (read.Problems.Count > 0)
            {
                stderr.WriteLine(texts.NothingSaved);
                return 2;
            }

            var isDryRun = parse.GetValue(dryRun);
            var bot = await InviteLinks.ResolveAsync(cli, ct);
            var zone = (await cli.Get<InstansiStore>().GetAsync(ct))?.TimeZone ?? TimeZones.Wib;
            var target = Path.GetFullPath(parse.GetValue(output) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $"undangan-{Path.GetFileNameWithoutExtension(path)}.xlsx"));
            var temporary = Path.ChangeExtension(target, ".tmp.xlsx");
            var qrFolder = Path.Combine(Path.GetDirectoryName(target)!, Path.GetFileNameWithoutExtension(target) + "-qr");
            StaffImportResult result;
            try
            {
                // The workbook is written before the import commits: a failure to write it stores nothing. It goes to the
                // staff, whatever the machine's language: Indonesian.
                result = await cli.Get<StaffImport>().ApplyAsync(read.Entries, OpdCommand.CliActor, isDryRun, TimeSpan.FromDays(validDays),
                    r => Task.Run(() => InviteWorkbook.Write(temporary, qrFolder, r.People, bot.Username, zone, PeopleCommandTexts.Id.People), ct), ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                File.Delete(temporary);
                stderr.WriteLine(t.WorkbookNotWritten(target, e.Message));
                return 2;
            }
            foreach (var p in result.Problems) stdout.WriteLine($"  ✗ {texts.Problem(p)}");
            if (!result.Succeeded)
            {
                stderr.WriteLine(texts.NothingSaved);
                return 2;
            }
            stdout.WriteLine(texts.Summary(isDryRun,
                result.People.Count(p => p.Outcome == StaffOutcome.Created), result.People.Count(p => p.Outcome == StaffOutcome.Updated),
                result.People.Count(p => p.Outcome == StaffOutcome.Unchanged), result.People.Count(p => p.Invite is not null), result.People.Count(p => p.Joined)));
            if (isDryRun)
            {
                stdout.WriteLine(texts.DryRunNote);
                return 0;
            }
            File.Move(temporary, target, overwrite: true);
            stdout.WriteLine(texts.WorkbookWritten(target, qrFolder, bot.Username is not null));
            if (bot.Username is null) stdout.WriteLine(texts.NoBotName);
            if (!bot.TelegramConfigured) stdout.WriteLine(texts.TelegramOff);
            return 0;
        }));
        return command;
    }

    static Command Pending(PeopleCommandTexts t)
    {
        var command = new Command("pending", t.PendingHelp);
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var texts = t.People;
            var zone = (await cli.Get<InstansiStore>().GetAsync(ct))?.TimeZone ?? TimeZones.Wib;
            var pending = await cli.Get<InviteStore>().PendingAsync(ct);
            stdout.WriteLine(texts.PendingTitle(pending.Count));
            foreach (var p in pending)
                stdout.WriteLine(texts.PendingLine(p, p.InviteExpiresAt is { } e ? $"{TimeZones.ToLocal(e, zone):yyyy-MM-dd HH:mm} {TimeZones.Abbreviation(zone)}" : null));
            return 0;
        }));
        return command;
    }
}
