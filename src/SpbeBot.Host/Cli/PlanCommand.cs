using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Cli;
using SpbeBot.Host.Database;

namespace SpbeBot.Host.Cli;

/// <summary>
/// <c>spbebot plan list [--opd] [--status] [--overdue] [--year] [--framework] [--json]</c>: the follow-up plan. Its words
/// are <see cref="PlanCommandTexts"/>, in the machine's language; <c>--json</c> is the same in every language.
/// </summary>
static class PlanCommand
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>Status words accepted on the command line, English and Indonesian.</summary>
    static readonly Dictionary<string, PlanStatus> StatusWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["open"] = PlanStatus.Open, ["belum"] = PlanStatus.Open, ["terbuka"] = PlanStatus.Open,
        ["in-progress"] = PlanStatus.InProgress, ["berjalan"] = PlanStatus.InProgress, ["proses"] = PlanStatus.InProgress,
        ["done"] = PlanStatus.Done, ["selesai"] = PlanStatus.Done,
        ["cancelled"] = PlanStatus.Cancelled, ["batal"] = PlanStatus.Cancelled,
    };

    public static Command Create()
    {
        var t = PlanCommandTexts.Machine;
        var plan = new Command("plan", t.PlanHelp);
        plan.Subcommands.Add(List(t));
        plan.Subcommands.Add(PlanSpreadsheetCommands.Import(t.Spreadsheets));
        plan.Subcommands.Add(PlanSpreadsheetCommands.Export(t.Spreadsheets));
        return plan;
    }

    static Command List(PlanCommandTexts t)
    {
        var opd = new Option<string?>("--opd") { Description = t.OpdHelp };
        var status = new Option<string?>("--status") { Description = t.StatusHelp };
        CliChoices.AcceptOnly(status, [.. StatusWords.Keys], "Status");
        var overdue = new Option<bool>("--overdue") { Description = t.OverdueHelp };
        var year = new Option<int?>("--year") { Description = t.YearHelp };
        var framework = new Option<string?>("--framework", "-f") { Description = t.FrameworkHelp };
        var json = new Option<bool>("--json") { Description = t.JsonHelp };
        var allYears = new Option<bool>("--all-years") { Description = t.AllYearsHelp };
        var command = new Command("list", t.ListHelp) { opd, status, overdue, year, allYears, framework, json };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var opdName = parse.GetValue(opd);
            if (opdName is not null && await cli.Get<OpdStore>().FindAsync(opdName, ct) is null)
            {
                parse.InvocationConfiguration.Error.WriteLine(t.OpdNotFound(opdName));
                return 2;
            }
            var instansi = await cli.Get<InstansiStore>().GetAsync(ct);
            var zone = instansi?.TimeZone ?? TimeZones.Wib;
            var today = TimeZones.Today(zone, cli.Get<TimeProvider>());
            // The current evaluation year by default: items of an old evaluation (2019) are history, not overdue work.
            var evaluationYear = instansi?.EvaluationYear ?? today.Year;
            var shownYear = parse.GetValue(year) ?? (parse.GetValue(allYears) ? null : evaluationYear);
            var filter = new PlanFilter
            {
                Opd = opdName,
                Status = parse.GetValue(status) is { } s ? StatusWords[s] : null,
                OverdueAsOf = parse.GetValue(overdue) ? today : null,
                // --overdue with --all-years still means this evaluation's overdue items only.
                Year = shownYear,
                Framework = parse.GetValue(framework),
            };
            var items = await cli.Get<PlanStore>().ListAsync(filter, ct);
            if (parse.GetValue(overdue)) items = items.Where(i => i.Year == evaluationYear).ToList();

            if (parse.GetValue(json))
            {
                stdout.WriteLine(JsonSerializer.Serialize(items, Json));
                return 0;
            }
            if (items.Count == 0)
            {
                stdout.WriteLine(t.NoneMatch(shownYear));
                return 0;
            }
            WriteTable(t, OpdCommand.Console(stdout), items, today, evaluationYear);
            stdout.WriteLine(t.Footer(items.Count, shownYear, TimeZones.Abbreviation(zone), evaluationYear));
            return 0;
        }));
        return command;
    }

    static void WriteTable(PlanCommandTexts t, IAnsiConsole console, IReadOnlyList<PlanItem> items, DateOnly today, int evaluationYear)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns(t.Columns);
        foreach (var item in items)
        {
            var late = item.Year == evaluationYear && item.Deadline < today && item.Status is PlanStatus.Open or PlanStatus.InProgress;
            var deadline = item.Deadline?.ToString("yyyy-MM-dd") ?? "-";
            table.AddRow(
                item.Id.ToString(),
                $"{item.Year}",
                $"{item.Indicator}",
                Markup.Escape((item.Action ?? "-") + (item.ServiceName is null ? "" : $" [{item.ServiceName}]")),
                Markup.Escape(string.Join(", ", item.Opds)),
                $"{item.CurrentLevel?.ToString() ?? "?"} → {item.TargetLevel?.ToString() ?? "?"}",
                late ? $"[red]{deadline} {Markup.Escape(t.Overdue)}[/]" : deadline,
                StatusText(t, item.Status));
        }
        console.Write(table);
    }

    /// <summary>The names the chat uses (ConversationTexts.StatusName), one per status, coloured by how it ended.</summary>
    static string StatusText(PlanCommandTexts t, PlanStatus status) => status switch
    {
        PlanStatus.Done => $"[green]{Markup.Escape(t.StatusName(status))}[/]",
        PlanStatus.Cancelled => $"[grey]{Markup.Escape(t.StatusName(status))}[/]",
        _ => Markup.Escape(t.StatusName(status)),
    };
}
