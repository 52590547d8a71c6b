using System.CommandLine;
using System.Text;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Criteria.Build;
using SpbeBot.Core.Criteria.Elements;
using SpbeBot.Core.Spreadsheets;
using SpbeBot.Dialogs.Cli;
using SpbeBot.Dialogs.Criteria;
using SpbeBot.Host.Database;

namespace SpbeBot.Host.Cli;

/// <summary>
/// <c>spbebot catalog …</c>: build a criteria catalog from the regulation texts, list the shipped
/// catalogs, and validate a catalog file. The catalog JSON goes to stdout or --out; messages go to stderr.
/// </summary>
static class CatalogCommand
{
    static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    static CatalogCommandTexts Texts => CatalogCommandTexts.Machine;
    static CatalogBuildTexts BuildTexts => CatalogBuildTexts.Machine;

    public static Command Create()
    {
        var catalog = new Command("catalog", Texts.Catalog);
        catalog.Subcommands.Add(BuildPedoman());
        catalog.Subcommands.Add(BuildPemdi());
        catalog.Subcommands.Add(BuildPassages());
        catalog.Subcommands.Add(BuildAsked());
        catalog.Subcommands.Add(BuildAnalysed());
        catalog.Subcommands.Add(BuildElements());
        catalog.Subcommands.Add(List());
        catalog.Subcommands.Add(Template());
        catalog.Subcommands.Add(Import());
        catalog.Subcommands.Add(Validate());
        return catalog;
    }

    static Command BuildPedoman()
    {
        var pedoman = new Argument<FileInfo>("pedoman")
        {
            Description = Texts.PedomanText,
        };
        var permen = new Option<FileInfo>("--permen")
        {
            Description = Texts.PermenText,
            Required = true,
        };
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = Texts.JsonOut,
        };
        var command = new Command("build-pedoman", Texts.BuildPedoman);
        command.Arguments.Add(pedoman);
        command.Options.Add(permen);
        command.Options.Add(output);
        command.SetAction(parseResult =>
        {
            var (stdout, stderr) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            if (ReadTexts(parseResult.GetValue(pedoman)!, parseResult.GetValue(permen)!, stderr) is not { } texts) return 2;

            CatalogBuildResult result;
            try
            {
                result = CatalogBuilder.Build(texts.Pedoman, texts.Permen);
            }
            catch (CatalogSourceException e)
            {
                stderr.WriteLine(Texts.RegulationsUnreadable(BuildTexts.Source(e)));
                return 1;
            }

            WriteCatalog(result, parseResult.GetValue(output), stdout, stderr);
            return 0;
        });
        return command;
    }

    /// <summary>The Pedoman and PermenPANRB texts named on the command line; null (said on stderr) when one is missing.</summary>
    static (string Pedoman, string Permen)? ReadTexts(FileInfo pedomanFile, FileInfo permenFile, TextWriter stderr)
    {
        foreach (var file in new[] { pedomanFile, permenFile })
            if (!file.Exists)
            {
                stderr.WriteLine(Texts.FileNotFound(file.FullName));
                return null;
            }
        return (File.ReadAllText(pedomanFile.FullName), File.ReadAllText(permenFile.FullName));
    }

    /// <summary><c>catalog build-passages</c>: the quotable passages of the regulations' general text (process questions).</summary>
    static Command BuildPassages()
    {
        var pedoman = new Argument<FileInfo>("pedoman") { Description = Texts.PedomanText };
        var permen = new Option<FileInfo>("--permen") { Description = Texts.PermenText, Required = true };
        var output = new Option<FileInfo?>("--out", "-o") { Description = Texts.JsonOut };
        var command = new Command("build-passages", Texts.BuildPassages) { pedoman, permen, output };
        command.SetAction(parseResult =>
        {
            var (stdout, stderr) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            if (ReadTexts(parseResult.GetValue(pedoman)!, parseResult.GetValue(permen)!, stderr) is not { } texts) return 2;
            Core.Regulations.PassageFile passages;
            try
            {
                passages = Core.Regulations.Build.PassageBuilder.Build(texts.Pedoman, texts.Permen);
            }
            catch (CatalogSourceException e)
            {
                stderr.WriteLine(Texts.RegulationsUnreadable(BuildTexts.Source(e)));
                return 1;
            }
            var json = passages.Serialize() + "\n";
            Emit(json, parseResult.GetValue(output), stdout);
            foreach (var group in passages.Passages.GroupBy(p => p.Source))
                stderr.WriteLine(Texts.PassagesBuilt(group.Key, group.Count()));
            return 0;
        });
        return command;
    }

    /// <summary>
    /// <c>catalog build-asked</c>: for each shipped passage, the questions of the retired process sets whose answer_quote it
    /// holds (the asked-questions field of the passage index). <c>--exclude</c> leaves sets out by file name.
    /// </summary>
    static Command BuildAsked()
    {
        var data = new Argument<DirectoryInfo>("data") { Description = Texts.ProcessSets };
        var exclude = new Option<string[]>("--exclude") { Description = Texts.Exclude, AllowMultipleArgumentsPerToken = true };
        var output = new Option<FileInfo?>("--out", "-o") { Description = Texts.JsonOut };
        var command = new Command("build-asked", Texts.BuildAsked) { data, exclude, output };
        command.SetAction(parseResult =>
        {
            var (stdout, stderr) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            var folder = parseResult.GetValue(data)!;
            if (!folder.Exists)
            {
                stderr.WriteLine(Texts.FolderNotFound(folder.FullName));
                return 2;
            }
            Core.Regulations.AskedFile asked;
            try
            {
                asked = Core.Regulations.AskedBuilder.Build(Core.Regulations.PassageFile.Shipped.Passages, folder.FullName, parseResult.GetValue(exclude) ?? []);
            }
            catch (InvalidDataException e)
            {
                stderr.WriteLine(Texts.QuestionSetsUnreadable(e.Message));
                return 1;
            }
            var json = asked.Serialize() + "\n";
            Emit(json, parseResult.GetValue(output), stdout);
            stderr.WriteLine(Texts.AskedBuilt(asked.Sets.Count, asked.Passages.Sum(p => p.Questions.Count), asked.Passages.Count));
            return 0;
        });
        return command;
    }

    /// <summary>
    /// <c>catalog build-analysed</c>: the shipped passages and asked questions analysed as the passage index reads them
    /// (<see cref="Core.Regulations.PassageAnalysis"/>), so the index starts without analysing. Run after a build that
    /// embeds new passages.json, asked.json or process-vocabulary.txt, then build again.
    /// </summary>
    static Command BuildAnalysed()
    {
        var output = new Option<FileInfo?>("--out", "-o") { Description = Texts.Out };
        var command = new Command("build-analysed", Texts.BuildAnalysed) { output };
        command.SetAction(parseResult =>
        {
            var (stdout, stderr) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            var passages = Core.Regulations.PassageFile.Shipped.Passages;
            var asked = Core.Regulations.AskedFile.Shipped;
            var analysis = Core.Regulations.PassageIndex.Analyse(passages, asked.ById(), asked.NotInTexts);
            var text = analysis.Serialize(Core.Regulations.PassageAnalysis.ShippedFingerprint());
            Emit(text, parseResult.GetValue(output), stdout);
            stderr.WriteLine(Texts.AnalysedBuilt(analysis.Passages.Count, analysis.Passages.Sum(p => p.Asked.Count), analysis.NotInTexts.Count));
            return 0;
        });
        return command;
    }

    static Command BuildPemdi()
    {
        var instrument = new Argument<FileInfo>(CommandLineTexts.Machine.InstrumentArgument)
        {
            Description = Texts.PemdiInstrument,
        };
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = Texts.JsonOut,
        };
        var command = new Command("build-pemdi", Texts.BuildPemdi);
        command.Arguments.Add(instrument);
        command.Options.Add(output);
        command.SetAction(parseResult =>
        {
            var (stdout, stderr) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            var file = parseResult.GetValue(instrument)!;
            if (!file.Exists)
            {
                stderr.WriteLine(Texts.FileNotFound(file.FullName));
                return 2;
            }
            CatalogBuildResult result;
            try
            {
                result = PemdiCatalogBuilder.Build(File.ReadAllText(file.FullName));
            }
            catch (CatalogSourceException e)
            {
                stderr.WriteLine(Texts.PemdiUnreadable(BuildTexts.Source(e)));
                return 1;
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
            {
                stderr.WriteLine(Texts.PemdiUnreadable(e.Message));
                return 1;
            }
            WriteCatalog(result, parseResult.GetValue(output), stdout, stderr);
            return 0;
        });
        return command;
    }

    /// <summary>
    /// <c>catalog build-elements [kerangka…] [--out FOLDER]</c>: the criterion elements the evidence pre-check looks for,
    /// generated from each shipped catalog's text (src/SpbeBot.Core/Criteria/Elements/&lt;kerangka&gt;.json).
    /// </summary>
    static Command BuildElements()
    {
        var frameworks = new Argument<string[]>(CommandLineTexts.Machine.FrameworksArgument) { Description = Texts.ElementFrameworks, Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<DirectoryInfo?>("--out", "-o") { Description = Texts.ElementsOut };
        var command = new Command("build-elements", Texts.BuildElements) { frameworks, output };
        command.SetAction(parse =>
        {
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var chosen = parse.GetValue(frameworks) is { Length: > 0 } f ? f : CatalogStore.Available.ToArray();
            foreach (var fw in chosen)
            {
                if (!CatalogStore.Exists(fw))
                {
                    stderr.WriteLine(Texts.UnknownFramework(fw, CatalogStore.Available));
                    return 2;
                }
                var elements = ElementBuilder.Build(CatalogStore.Shipped(fw));
                var json = ElementStore.Serialize(elements);
                if (parse.GetValue(output) is { } dir)
                {
                    dir.Create();
                    File.WriteAllText(Path.Combine(dir.FullName, elements.Framework + ".json"), json, Utf8NoBom);
                }
                else stdout.Write(json);
                var judged = elements.Indicators.Count(i => i.Levels.Any(l => l.Groups.Count > 0));
                stderr.WriteLine(Texts.ElementsBuilt(elements.Framework, elements.Indicators.Count, judged,
                    elements.Indicators.Sum(i => i.Levels.Sum(l => l.Groups.Sum(g => g.Elements.Count)))));
            }
            return 0;
        });
        return command;
    }

    /// <summary>The built catalog as JSON into the file (UTF-8 without BOM) or onto standard output, then the summary.</summary>
    static void WriteCatalog(CatalogBuildResult result, FileInfo? output, TextWriter stdout, TextWriter stderr)
    {
        Emit(CatalogStore.Serialize(result.Catalog) + "\n", output, stdout);
        PrintSummary(result, stderr);
    }

    /// <summary>A built file into <paramref name="output"/> (UTF-8 without BOM) or, without one, onto standard output.</summary>
    static void Emit(string text, FileInfo? output, TextWriter stdout)
    {
        if (output is not null) File.WriteAllText(output.FullName, text, Utf8NoBom);
        else stdout.Write(text);
    }

    static void PrintSummary(CatalogBuildResult result, TextWriter stderr)
    {
        var c = result.Catalog;
        var levels = c.Indicators.Sum(i => i.Levels.Count);
        stderr.WriteLine(Texts.CatalogBuilt(c.Framework, c.Domains.Count, c.Aspects.Count, c.Indicators.Count, levels, result.Warnings.Count));
        foreach (var warning in result.Warnings) stderr.WriteLine($"  ! {BuildTexts.Warning(warning)}");
        if (c.IncompleteNote is not null) stderr.WriteLine(Texts.BuiltNote(c.IncompleteNote));
    }

    static Command List()
    {
        var notes = new Option<bool>("--notes") { Description = Texts.Notes };
        var command = new Command("list", Texts.List) { notes };
        // Without a database (none configured, no embedded one yet) only the shipped catalogs exist: no cluster is made for a list.
        command.SetAction((parse, ct) => CliDatabase.ConfiguredDatabase() is null
            ? Task.FromResult(PrintList([], parse.GetValue(notes), parse.InvocationConfiguration.Output))
            : CliDatabase.RunAsync(parse, ct, async (cli, stdout) => PrintList(await cli.Get<CatalogVersionStore>().ListAsync(ct), parse.GetValue(notes), stdout)));
        return command;
    }

    static int PrintList(IReadOnlyList<CatalogVersionInfo> versions, bool fullNotes, TextWriter stdout)
    {
        foreach (var framework in CatalogStore.Available)
        {
            var c = CatalogStore.Get(framework);
            var inUse = CatalogStore.VersionInUse(framework);
            stdout.WriteLine(Texts.ListedFramework(c.Framework, c.Indicators.Count, c.Title, inUse));
            // One line by default; the full note (~2,400 characters for spbe-2018) only on request.
            if (c.IncompleteNote is not null)
                stdout.WriteLine(fullNotes ? Texts.IncompleteInFull(c.IncompleteNote) : Texts.IncompleteShort);
            foreach (var v in versions.Where(v => v.Framework.Equals(framework, StringComparison.OrdinalIgnoreCase)))
                stdout.WriteLine(Texts.ImportedVersion(v.Version, v.ImportedAt, v.ImportedBy, v.SourceFile, v.SourceFileSha256));
            stdout.WriteLine(Texts.ShippedVersion);
        }
        return 0;
    }

    static Command Template()
    {
        var framework = new Argument<string>(CommandLineTexts.Machine.FrameworkArgument) { Description = Texts.TemplateFramework };
        var output = new Option<FileInfo?>("--out", "-o") { Description = Texts.TemplateOut };
        var command = new Command("template", Texts.Template) { framework, output };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, (cli, stdout) =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            var fw = parse.GetValue(framework)!.Trim();
            if (!CatalogStore.Exists(fw))
            {
                stderr.WriteLine(Texts.UnknownFramework(fw, CatalogStore.Available));
                return Task.FromResult(2);
            }
            var path = parse.GetValue(output)?.FullName ?? Path.GetFullPath($"kriteria-{fw.ToLowerInvariant()}.xlsx");
            var catalog = CatalogStore.Get(fw);
            CatalogWorkbook.Write(catalog, CatalogStore.VersionInUse(fw), path);
            stdout.WriteLine(Texts.TemplateWritten(catalog.Framework, CatalogStore.VersionInUse(fw), catalog.Indicators.Count, path));
            return Task.FromResult(0);
        }));
        return command;
    }

    static Command Import()
    {
        var file = new Argument<FileInfo>(CommandLineTexts.Machine.FileArgument) { Description = Texts.Workbook };
        var dryRun = new Option<bool>("--dry-run") { Description = Texts.DryRun };
        var framework = new Option<string?>("--framework", "-f") { Description = Texts.ExpectedFramework };
        var command = new Command("import", Texts.Import) { file, dryRun, framework };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                stderr.WriteLine(CatalogImportTexts.Machine.FileProblem(SpreadsheetProblem.Missing, path.FullName));
                return 2;
            }
            var result = CatalogWorkbook.Read(path.FullName, CatalogImportTexts.Machine, parse.GetValue(framework));
            if (!result.Ok)
            {
                stderr.WriteLine(CatalogImportTexts.Machine.ProblemsHeader(result.Problems.Count));
                foreach (var problem in result.Problems) stderr.WriteLine($"  - {problem}");
                return 1;
            }
            var candidate = result.Catalog!;
            var fw = candidate.Framework;
            var version = CatalogStore.VersionInUse(fw);
            var changes = CatalogDiff.Compare(CatalogStore.Get(fw), candidate);
            if (changes.Count == 0) stdout.WriteLine(CatalogImportTexts.Machine.NoChanges(fw, version));
            else
            {
                stdout.WriteLine(CatalogImportTexts.Machine.ChangesHeader(fw, version, changes.Count));
                foreach (var change in changes) stdout.WriteLine($"  {CatalogImportTexts.Machine.Change(change)}");
            }
            if (parse.GetValue(dryRun))
            {
                stdout.WriteLine(CatalogImportTexts.Machine.DryRunDone);
                return 0;
            }
            string sha;
            await using (var bytes = File.OpenRead(path.FullName))
                sha = Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(bytes, ct));
            var stored = await cli.Get<CatalogVersionStore>().ImportAsync(candidate, OpdCommand.CliActor, path.Name, sha, ct);
            stdout.WriteLine(CatalogImportTexts.Machine.Imported(stored));
            return 0;
        }));
        return command;
    }

    static Command Validate()
    {
        var file = new Argument<FileInfo>(CommandLineTexts.Machine.FileArgument) { Description = Texts.CatalogFile };
        var command = new Command("validate", Texts.Validate);
        command.Arguments.Add(file);
        command.SetAction(parseResult =>
        {
            var (stdout, stderr) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            var path = parseResult.GetValue(file)!;
            if (!path.Exists)
            {
                stderr.WriteLine(Texts.FileNotFound(path.FullName));
                return 2;
            }
            IReadOnlyList<CatalogProblem> problems;
            try
            {
                using var stream = path.OpenRead();
                problems = CatalogValidator.Check(CatalogStore.Parse(stream));
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException)
            {
                stderr.WriteLine(Texts.NotACatalog(e.Message));
                return 1;
            }
            if (problems.Count == 0)
            {
                stdout.WriteLine(Texts.CatalogValid);
                return 0;
            }
            stderr.WriteLine(Texts.ProblemsHeader(problems.Count));
            foreach (var problem in problems) stderr.WriteLine($"  - {BuildTexts.Problem(problem)}");
            return 1;
        });
        return command;
    }
}
