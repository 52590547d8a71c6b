using System.CommandLine;
using Spectre.Console;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Plans.Export;
using SpbeBot.Core.Plans.Import;
using SpbeBot.Host.Database;

namespace SpbeBot.Host.Cli;

/// <summary><c>spbebot plan import</c> and <c>plan export</c>: the spreadsheets coordinators already keep.</summary>
static class PlanSpreadsheetCommands
{
    public static Command Import()
    {
        var file = new Argument<string>("berkas") { Description = "XLSX atau CSV rencana aksi" };
        var framework = new Option<string?>("--framework", "-f") { Description = "spbe-2018|spbe-2024 (bawaan: kerangka instansi)" };
        var year = new Option<int?>("--year") { Description = "Tahun evaluasi (bawaan: tahun instansi)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Tampilkan saja, jangan simpan" };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Impor baris yang valid, lewati yang bermasalah" };
        var createOpds = new Option<bool>("--create-opds") { Description = "Buat OPD yang belum dikenal" };
        var command = new Command("import", "Impor rencana aksi dari XLSX/CSV") { file, framework, year, dryRun, skipInvalid, createOpds };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            var instansi = await cli.Get<InstansiStore>().GetAsync(ct);
            var fw = parse.GetValue(framework) ?? instansi?.Framework ?? CatalogStore.DefaultFramework;
            if (!CatalogStore.Exists(fw))
            {
                stderr.WriteLine($"Kerangka '{fw}' tidak dikenal. Pilihan: {string.Join(", ", CatalogStore.Available)}");
                return 2;
            }
            var opds = await cli.Get<OpdStore>().ListAsync(ct);
            var importer = new PlanImporter(CatalogStore.Get(fw), parse.GetValue(year) ?? instansi?.EvaluationYear ?? TimeZones.Today(TimeZones.Wib, cli.Get<TimeProvider>()).Year,
                OpdNameNormalizer.Matcher(opds))
            { FileMayChooseFramework = parse.GetValue(framework) is null && parse.GetValue(year) is null };

            var result = ReadWithProgress(importer, parse.GetValue(file)!, stderr);
            if (result.FileUnreadable)
            {
                stderr.WriteLine($"Mohon maaf, berkas tidak dapat diimpor.\n{result.Problems[0].Message}");
                return 2;
            }
            stdout.WriteLine($"Berkas dibaca ({result.Sheet}, judul kolom di baris {result.HeaderRow}): {result.RowsRead} baris rencana aksi, {result.Drafts.Count} valid, {result.Problems.Select(p => p.Row).Distinct().Count()} bermasalah.");
            foreach (var w in result.Warnings) stdout.WriteLine($"  ⚠ {w}");
            foreach (var p in result.Problems) stdout.WriteLine($"  ✗ {p}");
            if (result.Problems.Count > 0 && !parse.GetValue(skipInvalid))
            {
                // Unknown OPDs of the valid rows too, so that one pass shows everything to fix (not only after --skip-invalid).
                if (!parse.GetValue(createOpds))
                {
                    var check = await cli.Get<PlanStore>().UpsertAsync(result.Drafts, Actor.System("plan import"),
                        new PlanUpsertOptions { CreateMissingOpds = false, DryRun = true, ApplyStatus = result.HasStatusColumn }, ct);
                    if (check.UnknownOpds.Count > 0)
                        stdout.WriteLine($"  ✗ OPD belum terdaftar: {string.Join(", ", check.UnknownOpds)} (tambahkan dengan 'spbebot opd add' / 'opd alias', atau gunakan --create-opds)");
                }
                stderr.WriteLine("Tidak ada yang disimpan: perbaiki baris bermasalah, atau gunakan --skip-invalid.");
                return 2;
            }

            var upsert = await cli.Get<PlanStore>().UpsertAsync(result.Drafts, Actor.System("plan import"),
                new PlanUpsertOptions { CreateMissingOpds = parse.GetValue(createOpds), DryRun = parse.GetValue(dryRun), ApplyStatus = result.HasStatusColumn }, ct);
            if (upsert.UnknownOpds.Count > 0)
            {
                stderr.WriteLine($"OPD belum terdaftar: {string.Join(", ", upsert.UnknownOpds)}. Tambahkan dengan 'spbebot opd add' / 'opd alias', atau gunakan --create-opds. Tidak ada yang disimpan.");
                return 2;
            }
            foreach (var p in upsert.Problems) stderr.WriteLine($"  ✗ {p.Source}: {p.Message}");
            if (!upsert.Succeeded) return 2;

            var distinctOpds = result.Drafts.SelectMany(d => d.Opds).Select(OpdNameNormalizer.Normalize).Distinct().Count();
            var verb = parse.GetValue(dryRun) ? "Akan" : "Tersimpan";
            stdout.WriteLine($"{verb}: {upsert.Created} baru, {upsert.Updated} diperbarui, {upsert.Unchanged} tetap — {result.Drafts.FirstOrDefault()?.Framework ?? fw} {result.Drafts.FirstOrDefault()?.Year}, {distinctOpds} OPD.");
            if (parse.GetValue(dryRun)) stdout.WriteLine("(--dry-run: tidak ada yang disimpan)");
            return 0;
        }));
        return command;
    }

    /// <summary>Large files get a progress indicator on an interactive terminal; scripts get plain output.</summary>
    static PlanImportResult ReadWithProgress(PlanImporter importer, string path, TextWriter stderr)
    {
        var large = File.Exists(path) && new FileInfo(path).Length > 512 * 1024;
        if (!large || Console.IsErrorRedirected) return importer.Read(path);
        PlanImportResult? result = null;
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })
            .Status().Start("Membaca berkas…", _ => result = importer.Read(path));
        return result!;
    }

    public static Command Export()
    {
        var file = new Argument<string>("berkas") { Description = "Tujuan .xlsx atau .csv" };
        var framework = new Option<string?>("--framework", "-f") { Description = "Kerangka (bawaan: kerangka instansi)" };
        var year = new Option<int?>("--year") { Description = "Tahun (bawaan: tahun instansi)" };
        var opd = new Option<string?>("--opd") { Description = "Hanya OPD ini" };
        var command = new Command("export", "Ekspor rencana aksi ke XLSX/CSV") { file, framework, year, opd };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                parse.InvocationConfiguration.Error.WriteLine("Nama berkas harus berakhiran .xlsx atau .csv.");
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
            var title = $"Rencana Aksi SPBE {instansi?.Name ?? ""} — {filter.Framework} tahun {filter.Year}".Trim();
            PlanExporter.Write(path, items, title, TimeZones.Today(instansi?.TimeZone ?? TimeZones.Wib, cli.Get<TimeProvider>()));
            stdout.WriteLine($"{items.Count} rencana aksi diekspor ke {path}.");
            return 0;
        }));
        return command;
    }
}
