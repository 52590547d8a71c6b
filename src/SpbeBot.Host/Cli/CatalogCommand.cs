using System.CommandLine;
using System.Text;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Criteria.Build;

namespace SpbeBot.Host.Cli;

/// <summary>
/// <c>spbebot catalog …</c>: build a criteria catalog from the regulation texts, list the shipped
/// catalogs, and validate a catalog file. The catalog JSON goes to stdout or --out; messages go to stderr.
/// </summary>
static class CatalogCommand
{
    static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create()
    {
        var catalog = new Command("catalog", "Katalog kriteria penilaian SPBE / SPBE criteria catalogs");
        catalog.Subcommands.Add(BuildPedoman());
        catalog.Subcommands.Add(List());
        catalog.Subcommands.Add(Validate());
        return catalog;
    }

    static Command BuildPedoman()
    {
        var pedoman = new Argument<FileInfo>("pedoman")
        {
            Description = "Teks Pedoman Menteri PANRB 3/2024 (pdftotext -layout) / Pedoman text (pdftotext -layout)",
        };
        var permen = new Option<FileInfo>("--permen")
        {
            Description = "Teks PermenPANRB 59/2020 (pdftotext -layout) / PermenPANRB 59/2020 text (pdftotext -layout)",
            Required = true,
        };
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "Berkas JSON keluaran (bawaan: stdout) / Output JSON file (default: stdout)",
        };
        var command = new Command("build-pedoman", "Membangun katalog spbe-2024 dari teks peraturan / Build the spbe-2024 catalog from the regulation texts");
        command.Arguments.Add(pedoman);
        command.Options.Add(permen);
        command.Options.Add(output);
        command.SetAction(parseResult =>
        {
            var (stdout, stderr) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            var pedomanFile = parseResult.GetValue(pedoman)!;
            var permenFile = parseResult.GetValue(permen)!;
            foreach (var file in new[] { pedomanFile, permenFile })
                if (!file.Exists)
                {
                    stderr.WriteLine($"Mohon maaf, berkas {file.FullName} tidak ditemukan. / Sorry, file {file.FullName} was not found.");
                    return 2;
                }

            CatalogBuildResult result;
            try
            {
                result = CatalogBuilder.Build(File.ReadAllText(pedomanFile.FullName), File.ReadAllText(permenFile.FullName));
            }
            catch (InvalidDataException e)
            {
                stderr.WriteLine($"Mohon maaf, teks peraturan tidak dapat dibaca. / Sorry, the regulation text could not be read. {e.Message}");
                return 1;
            }

            var json = CatalogStore.Serialize(result.Catalog) + "\n";
            if (parseResult.GetValue(output) is { } outFile)
                File.WriteAllText(outFile.FullName, json, Utf8NoBom);
            else
                stdout.Write(json);

            PrintSummary(result, stderr);
            return 0;
        });
        return command;
    }

    static void PrintSummary(CatalogBuildResult result, TextWriter stderr)
    {
        var c = result.Catalog;
        var levels = c.Indicators.Sum(i => i.Levels.Count);
        stderr.WriteLine($"Katalog {c.Framework}: {c.Domains.Count} domain, {c.Aspects.Count} aspek, {c.Indicators.Count} indikator, {levels} level, {result.Warnings.Count} peringatan.");
        stderr.WriteLine($"Catalog {c.Framework}: {c.Domains.Count} domains, {c.Aspects.Count} aspects, {c.Indicators.Count} indicators, {levels} levels, {result.Warnings.Count} warnings.");
        foreach (var warning in result.Warnings) stderr.WriteLine($"  ! {warning}");
        if (c.IncompleteNote is not null) stderr.WriteLine($"  Catatan / note: {c.IncompleteNote}");
    }

    static Command List()
    {
        var notes = new Option<bool>("--notes") { Description = "Tampilkan catatan kelengkapan setiap katalog secara utuh" };
        var command = new Command("list", "Daftar katalog yang tersedia / Catalogs shipped with this build") { notes };
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            if (CatalogStore.Available.Count == 0)
            {
                stdout.WriteLine("Belum ada katalog yang tersedia. / No catalogs are shipped.");
                return 0;
            }
            foreach (var framework in CatalogStore.Available)
            {
                var c = CatalogStore.Get(framework);
                stdout.WriteLine($"{c.Framework}  {c.Indicators.Count} indikator/indicators  {c.Title}");
                if (c.IncompleteNote is null) continue;
                // One line by default; the full note (~2,400 characters for spbe-2018) only on request.
                if (parseResult.GetValue(notes)) stdout.WriteLine($"    Belum lengkap: {c.IncompleteNote}");
                else stdout.WriteLine($"    Belum lengkap (catatan lengkap: ./spbebot catalog list --notes)");
            }
            return 0;
        });
        return command;
    }

    static Command Validate()
    {
        var file = new Argument<FileInfo>("file") { Description = "Berkas katalog JSON / Catalog JSON file" };
        var command = new Command("validate", "Memeriksa berkas katalog / Check a catalog file");
        command.Arguments.Add(file);
        command.SetAction(parseResult =>
        {
            var (stdout, stderr) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            var path = parseResult.GetValue(file)!;
            if (!path.Exists)
            {
                stderr.WriteLine($"Mohon maaf, berkas {path.FullName} tidak ditemukan. / Sorry, file {path.FullName} was not found.");
                return 2;
            }
            IReadOnlyList<string> problems;
            try
            {
                using var stream = path.OpenRead();
                problems = CatalogValidator.Check(CatalogStore.Parse(stream));
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException)
            {
                stderr.WriteLine($"Mohon maaf, berkas ini bukan katalog yang sah: {e.Message} / Sorry, this is not a valid catalog file.");
                return 1;
            }
            if (problems.Count == 0)
            {
                stdout.WriteLine("Katalog sah. / The catalog is valid.");
                return 0;
            }
            stderr.WriteLine($"Mohon periksa {problems.Count} masalah berikut: / Please check these {problems.Count} problems:");
            foreach (var problem in problems) stderr.WriteLine($"  - {problem}");
            return 1;
        });
        return command;
    }
}
