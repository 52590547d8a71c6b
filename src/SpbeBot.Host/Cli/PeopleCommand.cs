using System.CommandLine;
using SpbeBot.Core.People;
using SpbeBot.Core.People.Import;
using SpbeBot.Core.Spreadsheets;
using SpbeBot.Dialogs.People;
using SpbeBot.Host.Database;

namespace SpbeBot.Host.Cli;

/// <summary>
/// <c>spbebot people import staf.xlsx [--dry-run] [--out undangan.xlsx]</c>: onboarding a whole Pemda from the staff list
/// coordinators keep; <c>people pending</c>: who has not joined yet.
/// </summary>
static class PeopleCommand
{
    public static Command Create()
    {
        var people = new Command("people", "Orang-orang Pemda: impor daftar staf, siapa yang belum bergabung");
        people.Subcommands.Add(Import());
        people.Subcommands.Add(Pending());
        return people;
    }

    static Command Import()
    {
        var file = new Argument<string>("berkas") { Description = "Daftar staf XLSX atau CSV: Nama, OPD, Peran, opsional No. HP, E-mail, Username Telegram" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Tampilkan saja apa yang akan terjadi; tidak menyimpan dan tidak menulis berkas" };
        var output = new Option<string?>("--out", "-o") { Description = "Workbook tautan undangan + kode QR (bawaan: undangan-<nama berkas>.xlsx)" };
        var days = new Option<int>("--days") { Description = "Masa berlaku undangan baru dalam hari", DefaultValueFactory = _ => (int)InviteStore.PersonalValidity.TotalDays };
        var command = new Command("import", "Membuat/memperbarui orang dari daftar staf, masing-masing dengan undangan pribadi (satu transaksi)") { file, dryRun, output, days };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            var texts = new PeopleTexts(english: false);
            var path = parse.GetValue(file)!;
            var validDays = parse.GetValue(days);
            if (validDays is < 1 or > 90)
            {
                stderr.WriteLine("Masa berlaku harus 1–90 hari.");
                return 2;
            }
            StaffListRead read;
            try { read = StaffList.Read(path, await cli.Get<OpdStore>().ListAsync(ct)); }
            catch (UnreadableSpreadsheetException e)
            {
                stderr.WriteLine($"Mohon maaf, berkas tidak dapat diimpor. {e.Message}");
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
                // The workbook is written before the import commits: a failure to write it stores nothing.
                result = await cli.Get<StaffImport>().ApplyAsync(read.Entries, OpdCommand.CliActor, isDryRun, TimeSpan.FromDays(validDays),
                    r => Task.Run(() => InviteWorkbook.Write(temporary, qrFolder, r.People, bot.Username, zone, texts), ct), ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                File.Delete(temporary);
                stderr.WriteLine($"Mohon maaf, workbook undangan tidak dapat ditulis ke {target} ({e.Message}). Tidak ada yang disimpan.");
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

    static Command Pending()
    {
        var command = new Command("pending", "Siapa dari daftar staf yang belum bergabung, dengan masa berlaku undangannya");
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var texts = new PeopleTexts(english: false);
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
