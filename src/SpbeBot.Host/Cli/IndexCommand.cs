using System.CommandLine;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Questions;
using SpbeBot.Core.Scoring;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Criteria;
using SpbeBot.Host.Database;
using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Host.Cli;

/// <summary>
/// <c>spbebot index &lt;levels.csv|.xlsx&gt;</c>: aspect, domain and SPBE index with predikat from "indicator, level" rows;
/// a third column (target level) adds the what-if. <c>spbebot index --plan</c>: the what-if from the stored plan.
/// </summary>
static class IndexCommand
{
    static IndexCommandTexts Texts => IndexCommandTexts.Machine;

    /// <summary>The index and the what-if, in the machine's language like the rest.</summary>
    static CriteriaTexts Criteria => MachineLocale.English ? CriteriaTexts.En : CriteriaTexts.Id;

    public static Command Create()
    {
        var file = new Argument<string?>(CommandLineTexts.Machine.FileArgument) { Description = Texts.LevelsFile, Arity = ArgumentArity.ZeroOrOne };
        var plan = new Option<bool>("--plan") { Description = Texts.Plan };
        var year = new Option<int?>("--year") { Description = Texts.Year };
        var framework = FrameworkOption.Create();
        var sdi = new Option<string?>("--sdi") { Description = Texts.Sdi };
        var command = new Command("index", Texts.Command) { file, plan, year, framework, sdi };
        command.SetAction((parse, ct) =>
        {
            // --framework given explicitly: the plan items of that framework; otherwise the instansi's current one.
            var explicitFramework = parse.GetResult(framework) is { Implicit: false } ? parse.GetValue(framework) : null;
            if (explicitFramework is not null && !CatalogStore.Exists(explicitFramework))
            {
                parse.InvocationConfiguration.Error.WriteLine(Texts.UnknownFramework(explicitFramework, CatalogStore.Available));
                return Task.FromResult(2);
            }
            if (parse.GetValue(plan)) return FromPlan(parse, parse.GetValue(year), explicitFramework, ct);
            if (parse.GetValue(file) is not { } path)
            {
                parse.InvocationConfiguration.Error.WriteLine(Texts.FileOrPlan);
                return Task.FromResult(2);
            }
            return Task.FromResult(FromFile(parse, CatalogStore.Get(parse.GetValue(framework)!), path, parse.GetValue(sdi)));
        });
        return command;
    }

    static int FromFile(ParseResult parse, CriteriaCatalog catalog, string path, string? sdi)
    {
        var error = parse.InvocationConfiguration.Error;
        var read = LevelsFile.Read(path);
        foreach (var problem in read.Problems) error.WriteLine(Texts.Problem(problem, path));
        if (read.Problems.Count > 0) return 2;
        if (sdi is not null) return FromFileWithExternal(parse, catalog, read, sdi);
        if (Check(catalog, read.Levels, error) is { } failed) return failed;

        var text = read.Targets is { } targets
            ? CriteriaAnswerer.WhatIf(catalog, read.Levels, targets, Criteria).Text
            : CriteriaAnswerer.Answer(catalog, new Understanding { Framework = catalog.Framework, Kind = QuestionKind.Index, Levels = read.Levels }, Criteria).FullText;
        parse.InvocationConfiguration.Output.WriteLine(text);
        return 0;
    }

    /// <summary>
    /// An indicator fed by an external index (pemdi-2026: Indeks SDI → indicator 5) takes the converted value instead of
    /// a level from the file; the rest of the file as usual.
    /// </summary>
    static int FromFileWithExternal(ParseResult parse, CriteriaCatalog catalog, LevelsFile.Result read, string sdiText)
    {
        var error = parse.InvocationConfiguration.Error;
        if (catalog.Conversions?.FirstOrDefault(c => c.ShortName == "SDI") is not { } conversion)
        {
            error.WriteLine(Texts.NoSdiConversion(catalog.Framework));
            return 2;
        }
        if (!decimal.TryParse(sdiText.Replace(',', '.'), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var sdiValue)
            || conversion.Convert(sdiValue) is not { } converted)
        {
            error.WriteLine(Texts.BadSdi(sdiText, conversion.SourceMin, conversion.SourceMax));
            return 2;
        }
        var current = read.Levels.ToDictionary(p => p.Key, p => (decimal)p.Value);
        current[conversion.Indicator] = converted;
        if (Check(catalog, current.ToDictionary(p => p.Key, _ => 1), error) is { } failed) return failed;
        var stdout = parse.InvocationConfiguration.Output;
        stdout.WriteLine(Texts.SdiConverted(sdiText, conversion.Indicator, converted));
        if (read.Targets is { } targets)
        {
            var target = targets.ToDictionary(p => p.Key, p => (decimal)p.Value);
            target.TryAdd(conversion.Indicator, converted);
            if (Check(catalog, target.ToDictionary(p => p.Key, _ => 1), error) is { } badTarget) return badTarget;
            stdout.WriteLine(CriteriaAnswerer.WhatIf(catalog, current, target, Criteria).Text);
        }
        else stdout.WriteLine(CriteriaAnswerer.Index(catalog, current, Criteria).Text);
        return 0;
    }

    /// <summary>The what-if from the stored plan (levels per indicator: <see cref="PlanLevels"/>).</summary>
    static Task<int> FromPlan(ParseResult parse, int? year, string? framework, CancellationToken ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
    {
        var instansi = await cli.Get<InstansiStore>().GetAsync(ct);
        var catalog = CatalogStore.Get(framework ?? instansi?.Framework ?? CatalogStore.DefaultFramework);
        // A done item counts at its target level once a coordinator approved evidence for that level.
        var (current, target) = await PlanLevels.LoadAsync(cli.Get<PlanStore>(), cli.Get<SpbeBot.Core.Evidence.EvidenceStore>(), catalog.Framework, year ?? instansi?.EvaluationYear, ct);
        if (Check(catalog, current, parse.InvocationConfiguration.Error) is { } failed) return failed;
        stdout.WriteLine(CriteriaAnswerer.WhatIf(catalog, current, target, Criteria).Text);
        return 0;
    });

    static int? Check(CriteriaCatalog catalog, IReadOnlyDictionary<int, int> levels, TextWriter error)
    {
        var unknown = levels.Keys.Where(k => catalog.FindIndicator(k) is null).ToList();
        if (unknown.Count > 0)
        {
            error.WriteLine(Texts.UnknownIndicators(catalog.Framework, unknown));
            return 2;
        }
        var missing = catalog.Indicators.Where(i => !levels.ContainsKey(i.Number)).Select(i => i.Number).ToList();
        if (missing.Count > 0)
        {
            error.WriteLine(Texts.LevelsMissing(missing));
            return 2;
        }
        if (catalog.Indicators.Any(i => i.Weight is null))
        {
            error.WriteLine(Criteria.WeightNotInCatalog);
            return 2;
        }
        return null;
    }
}
