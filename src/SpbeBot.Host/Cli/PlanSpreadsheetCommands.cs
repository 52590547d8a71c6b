using System.CommandLine;
using Spectre.Console;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Plans.Export;
using SpbeBot.Core.Plans.Import;
using SpbeBot.Dialogs.Cli;
using SpbeBot.Host.Database;

namespace SpbeBot.Host.Cli;

/// <summary>
/// <c>spbebot plan import</c> and <c>plan export</c>: the spreadsheets coordinators already keep. Their words are
/// <see cref="PlanSpreadsheetTexts"/>, in the machine's language.
/// </summary>
static class PlanSpreadsheetCommands
{
    public static Command Import(PlanSpreadsheetTexts t)
    {
        var file = new Argument<string>(CommandLineTexts.Machine.FileArgument) { Description = t.ImportFileHelp };
        var framework = new Option<string?>("--framework", "-f") { Description = t.ImportFrameworkHelp };
        var year = new Option<int?>("--year") { Description = t.ImportYearHelp };
        var dryRun = new Option<bool>("--dry-run") { Description = t.DryRunHelp };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = t.SkipInvalidHelp };
        var createOpds = new Option<bool>("--create-opds") { Description = t.CreateOpdsHelp };
        var command = new Command("import", t.ImportHelp) { file, framework, year, dryRun, skipInvalid, createOpds };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            var instansi = await cli.Get<InstansiStore>().GetAsync(ct);
            var fw = parse.GetValue(framework) ?? instansi?.Framework ?? CatalogStore.DefaultFramework;
            if (!CatalogStore.Exists(fw))
            {
                stderr.WriteLine(t.UnknownFramework(fw, CatalogStore.Available));
                return 2;
            }
            var opds = await cli.Get<OpdStore>().ListAsync(ct);
            var importer = new PlanImporter(CatalogStore.Get(fw), parse.GetValue(year) ?? instansi?.EvaluationYear ?? TimeZones.Today(TimeZones.Wib, cli.Get<TimeProvider>()).Year,
                OpdNameNormalizer.Matcher(opds))
            { FileMayChooseFramework = parse.GetValue(framework) is null && parse.GetValue(year) is null };

            var path = parse.GetValue(file)!;
            var result = ReadWithProgress(importer, path, t.Reading);
            if (result.FileUnreadable)
            {
                stderr.WriteLine(t.NotImported(result.Spreadsheet is { } unreadable ? t.Spreadsheet.Unreadable(unreadable, path) : t.Issue(result.Problems[0])));
                return 2;
            }
            stdout.WriteLine(t.Read(result.Sheet, result.HeaderRow, result.RowsRead, result.Drafts.Count, result.Problems.Select(p => p.Row).Distinct().Count()));
            foreach (var w in result.Warnings) stdout.WriteLine($"  ⚠ {t.Issue(w)}");
            foreach (var p in result.Problems) stdout.WriteLine($"  ✗ {t.Issue(p)}");
            if (result.Problems.Count > 0 && !parse.GetValue(skipInvalid))
            {
                // Unknown OPDs of the valid rows too, so that one pass shows everything to fix (not only after --skip-invalid).
                if (!parse.GetValue(createOpds))
                {
                    var check = await cli.Get<PlanStore>().UpsertAsync(result.Drafts, Actor.System("plan import"),
                        new PlanUpsertOptions { CreateMissingOpds = false, DryRun = true, ApplyStatus = result.HasStatusColumn }, ct);
                    if (check.UnknownOpds.Count > 0)
                        stdout.WriteLine(t.UnknownOpdsListed(check.UnknownOpds));
                }
                stderr.WriteLine(t.FixOrSkip);
                return 2;
            }

            var upsert = await cli.Get<PlanStore>().UpsertAsync(result.Drafts, Actor.System("plan import"),
                new PlanUpsertOptions { CreateMissingOpds = parse.GetValue(createOpds), DryRun = parse.GetValue(dryRun), ApplyStatus = result.HasStatusColumn }, ct);
            if (upsert.UnknownOpds.Count > 0)
            {
                stderr.WriteLine(t.UnknownOpds(upsert.UnknownOpds));
                return 2;
            }
            foreach (var p in upsert.Problems) stderr.WriteLine($"  ✗ {t.RowProblem(p)}");
            if (!upsert.Succeeded) return 2;

            var distinctOpds = result.Drafts.SelectMany(d => d.Opds).Select(OpdNameNormalizer.Normalize).Distinct().Count();
            stdout.WriteLine(t.Saved(parse.GetValue(dryRun), upsert.Created, upsert.Updated, upsert.Unchanged,
                result.Drafts.FirstOrDefault()?.Framework ?? fw, result.Drafts.FirstOrDefault()?.Year, distinctOpds));
            if (parse.GetValue(dryRun)) stdout.WriteLine(t.DryRunNote);
            return 0;
        }));
        return command;
    }

    /// <summary>Large files get a progress indicator on an interactive terminal; scripts get plain output.</summary>
    static PlanImportResult ReadWithProgress(PlanImporter importer, string path, string reading)
    {
        var large = File.Exists(path) && new FileInfo(path).Length > 512 * 1024;
        if (!large || Console.IsErrorRedirected) return importer.Read(path);
        PlanImportResult? result = null;
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })
            .Status().Start(reading, _ => result = importer.Read(path));
        return result!;
    }

    public static Command Export(PlanSpreadsheetTexts t)
    {
        var file = new Argument<string>(CommandLineTexts.Machine.FileArgument) { Description = t.ExportFileHelp };
        var framework = new Option<string?>("--framework", "-f") { Description = t.ExportFrameworkHelp };
        var year = new Option<int?>("--year") { Description = t.ExportYearHelp };
        var opd = new Option<string?>("--opd") { Description = t.ExportOpdHelp };
        var command = new Command("export", t.ExportHelp) { file, framework, year, opd };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                parse.InvocationConfiguration.Error.WriteLine(t.XlsxOrCsv);
                return 2;
            }
            var instansi = await cli.Get<InstansiStore>().GetAsync(ct);
            var filter = new PlanFilter
            {
                Framework = parse.GetValue(framework) ?? instansi?.Framework,
                Year = parse.GetValue(year) ?? instansi?.EvaluationYear,
                Opd = parse.GetValue(opd),
            };
            var items = await cli.Get<PlanStore>().ListAsync(filter, ct);
            // The spreadsheet's own title is data the coordinators keep: Indonesian, whatever the machine's language.
            var title = $"Rencana Aksi SPBE {instansi?.Name ?? ""} — {filter.Framework} tahun {filter.Year}".Trim();
            PlanExporter.Write(path, items, title, TimeZones.Today(instansi?.TimeZone ?? TimeZones.Wib, cli.Get<TimeProvider>()));
            stdout.WriteLine(t.Exported(items.Count, path));
            return 0;
        }));
        return command;
    }
}
