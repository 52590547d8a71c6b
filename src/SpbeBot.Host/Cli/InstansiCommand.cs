using System.CommandLine;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.People;
using SpbeBot.Host.Database;
using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Host.Cli;

/// <summary>
/// <c>spbebot instansi show|set</c>: the Pemda this installation serves — its name, kind, time zone (reminders and
/// deadlines follow it), criteria framework and evaluation year. The first step of a real installation.
/// </summary>
static class InstansiCommand
{
    static InstansiCommandTexts Texts => InstansiCommandTexts.Machine;

    public static Command Create()
    {
        var instansi = new Command("instansi", Texts.Instansi);
        instansi.Subcommands.Add(Show());
        instansi.Subcommands.Add(Set());
        return instansi;
    }

    static Command Show()
    {
        var command = new Command("show", Texts.Show);
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            if (await cli.Get<InstansiStore>().GetAsync(ct) is not { } i)
            {
                stdout.WriteLine(Texts.NotSetUp);
                return 1;
            }
            stdout.WriteLine(Texts.Details(i.Name, i.Kind.ToString(), i.TimeZone, i.Framework, i.EvaluationYear));
            var years = await cli.Get<InstansiStore>().FrameworkYearsAsync(ct);
            if (years.Count > 1) stdout.WriteLine(Texts.FrameworkPerYear(years.Select(y => (y.Year, y.Framework))));
            return 0;
        }));
        return command;
    }

    static Command Set()
    {
        var name = new Option<string?>("--name") { Description = Texts.Name };
        var kind = new Option<InstansiKind?>("--kind") { Description = Texts.Kind };
        var zone = new Option<string?>("--time-zone") { Description = Texts.TimeZone };
        var framework = new Option<string?>("--framework") { Description = Texts.Framework(CatalogStore.Available) };
        var year = new Option<int?>("--year") { Description = Texts.Year };
        var command = new Command("set", Texts.Set) { name, kind, zone, framework, year };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var store = cli.Get<InstansiStore>();
            var before = await store.GetAsync(ct);
            var newName = parse.GetValue(name)?.Trim();
            if (before is null && string.IsNullOrEmpty(newName))
            {
                error.WriteLine(Texts.NameNeeded);
                return 2;
            }
            string? ianaZone = null;
            if (parse.GetValue(zone) is { } zoneText && (ianaZone = TimeZones.Parse(zoneText)) is null)
            {
                error.WriteLine(Texts.UnknownTimeZone(zoneText));
                return 2;
            }
            if (parse.GetValue(framework) is { } f && !CatalogStore.Available.Contains(f))
            {
                error.WriteLine(Texts.UnknownFramework(f, CatalogStore.Available));
                return 2;
            }
            // A year outside 2018–2100 is refused before the command runs (CliInput), as for every --year.
            // Only --year: the framework this instansi used for that year before, else the current one (with a hint).
            var chosenYear = parse.GetValue(year);
            var yearFramework = parse.GetValue(framework) is null && chosenYear is int cy ? await store.FrameworkForYearAsync(cy, ct) : null;
            var updated = new Instansi
            {
                Name = string.IsNullOrEmpty(newName) ? before!.Name : newName,
                Kind = parse.GetValue(kind) ?? before?.Kind ?? InstansiKind.Kabupaten,
                TimeZone = ianaZone ?? before?.TimeZone ?? TimeZones.Wib,
                Framework = parse.GetValue(framework) ?? yearFramework ?? before?.Framework ?? CatalogStore.DefaultFramework,
                EvaluationYear = parse.GetValue(year) ?? before?.EvaluationYear ?? TimeZones.Today(ianaZone ?? before?.TimeZone ?? TimeZones.Wib, cli.Get<TimeProvider>()).Year,
            };
            await store.SaveAsync(updated, OpdCommand.CliActor, ct);
            stdout.WriteLine(Texts.Saved(updated.Name, updated.Kind.ToString(), updated.TimeZone, updated.Framework, updated.EvaluationYear));
            if (CatalogStore.FrameworkForYear(updated.EvaluationYear) is { } expected && expected != updated.Framework && CatalogStore.Exists(expected))
                stdout.WriteLine(Texts.OtherFrameworkForYear(updated.EvaluationYear, expected));
            return 0;
        }));
        return command;
    }
}
