using System.CommandLine;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Core.Evidence.Export;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Host.Cli;

/// <summary>
/// <c>spbebot evidence export --year &lt;Y&gt; &lt;folder|file.zip&gt;</c>: the approved evidence as a bundle for the national
/// SPBE application — a folder per indicator, files named by the Pedoman's convention, an index spreadsheet and a
/// draft FAKTA + ANALISIS explanation per indicator. Its words are <see cref="EvidenceExportTexts"/>, in the machine's language.
/// </summary>
static class EvidenceExportCommand
{
    public static Command Create(EvidenceCommandTexts evidence)
    {
        var t = EvidenceExportTexts.Of(evidence);
        var output = new Argument<string>(CommandLineTexts.Machine.OutputArgument) { Description = t.OutputHelp };
        var year = new Option<int?>("--year") { Description = evidence.YearOrInstansisHelp };
        var framework = new Option<string?>("--framework", "-f") { Description = evidence.FrameworkHelp };
        var command = new Command("export", t.ExportHelp) { output, year, framework };
        command.SetAction((parse, ct) => Database.CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            var (fw, y) = await EvidenceCommand.ScopeAsync(cli, parse.GetValue(framework), parse.GetValue(year), ct);
            var (store, intake) = (cli.Get<EvidenceStore>(), cli.Get<EvidenceIntake>());
            var approved = await store.ListAsync(new EvidenceFilter { Framework = fw, Year = y, Status = EvidenceStatus.Approved, Limit = 1_000_000 }, ct);
            if (approved.Count == 0)
            {
                stderr.WriteLine(t.NothingApproved(fw, y));
                return 1;
            }
            if (EvidenceExporter.TargetProblem(parse.GetValue(output)!) is { } taken)
            {
                stderr.WriteLine(t.TargetRefused(Path.GetFullPath(parse.GetValue(output)!), taken));
                return 2;
            }
            var plans = (await cli.Get<PlanStore>().ListAsync(new PlanFilter { Framework = fw, Year = y }, ct)).ToDictionary(p => p.Id);
            // Finished pre-checks of these very files: their quotes go into the draft explanations.
            var checks = await cli.Get<EvidenceCheckStore>().ForEvidenceAsync(approved.Select(e => e.Id).ToList(), ct);
            var entries = approved.Select(e => new ExportEntry(
                e.Indicator!.Value, e.Level!.Value, e.Item!.Value, intake.Files.PathOf(e.Sha256), e.OriginalName,
                Path.GetExtension(e.OriginalName).ToLowerInvariant(), e.OpdName, e.Uploader, e.Reviewer, e.ReviewedAt, e.CreatedAt,
                e.Sha256, e.Size, e.PlanItemId is { } p && plans.TryGetValue(p, out var plan) ? plan.Action : null, e.Id,
                checks.TryGetValue(e.Id, out var check) && check.Status == EvidenceCheckStatus.Done && check.Matches(e) ? check.Verdict : null)).ToList();
            var instansi = await cli.Get<InstansiStore>().GetAsync(ct);
            var result = EvidenceExporter.Export(entries, CatalogStore.Get(fw), instansi?.Name ?? "-", y, parse.GetValue(output)!, cli.Get<TimeProvider>().GetUtcNow(),
                instansi?.TimeZone ?? TimeZones.Wib);
            foreach (var warning in result.Warnings) stderr.WriteLine(t.Warning(warning));
            stdout.WriteLine(t.Exported(result.Files, result.Indicators, result.Output));
            return result.Warnings.Count == 0 ? 0 : 1;
        }));
        return command;
    }
}
