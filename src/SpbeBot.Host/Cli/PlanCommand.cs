using SpbeBot.Dialogs.Conversation;
using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Storage;
using SpbeBot.Host.Database;

namespace SpbeBot.Host.Cli;

/// <summary><c>spbebot plan list [--opd] [--status] [--overdue] [--year] [--framework] [--json]</c>: the follow-up plan.</summary>
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
        var plan = new Command("plan", "Rencana aksi (tindak lanjut)");
        plan.Subcommands.Add(List());
        plan.Subcommands.Add(PlanSpreadsheetCommands.Import());
        plan.Subcommands.Add(PlanSpreadsheetCommands.Export());
        return plan;
    }

    static Command List()
    {
        var opd = new Option<string?>("--opd") { Description = "Hanya OPD ini (nama, singkatan atau alias)" };
        var status = new Option<string?>("--status") { Description = "open|in-progress|done|cancelled (belum|berjalan|selesai|batal)" };
        CliChoices.AcceptOnly(status, [.. StatusWords.Keys], "Status");
        var overdue = new Option<bool>("--overdue") { Description = "Hanya yang lewat tenggat (per hari ini)" };
        var year = new Option<int?>("--year") { Description = "Tahun" };
        var framework = new Option<string?>("--framework", "-f") { Description = "Kerangka penilaian, mis. spbe-2024" };
        var json = new Option<bool>("--json") { Description = "Keluaran JSON (satu array)" };
        var allYears = new Option<bool>("--all-years") { Description = "Semua tahun (bawaan: tahun evaluasi instansi saja)" };
        var command = new Command("list", "Daftar rencana aksi") { opd, status, overdue, year, allYears, framework, json };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var opdName = parse.GetValue(opd);
            if (opdName is not null && await cli.Get<OpdStore>().FindAsync(opdName, ct) is null)
            {
                parse.InvocationConfiguration.Error.WriteLine($"Mohon maaf, OPD '{opdName}' tidak ditemukan. Lihat: spbebot opd list");
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
                stdout.WriteLine(shownYear is null ? "Tidak ada rencana aksi yang cocok." : $"Tidak ada rencana aksi yang cocok untuk tahun {shownYear} (tahun lain: --year <tahun> atau --all-years).");
                return 0;
            }
            WriteTable(OpdCommand.Console(stdout), items, today, evaluationYear);
            stdout.WriteLine($"{items.Count} rencana aksi" + (shownYear is null ? "" : $" tahun {shownYear}") + $"; tanggal dalam {TimeZones.Abbreviation(zone)}"
                             + (shownYear is null ? $"; \"lewat\" hanya untuk tahun evaluasi {evaluationYear}." : " (tahun lain: --year <tahun> atau --all-years)."));
            return 0;
        }));
        return command;
    }

    static void WriteTable(IAnsiConsole console, IReadOnlyList<PlanItem> items, DateOnly today, int evaluationYear)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("ID", "Tahun", "Ind.", "Tindak lanjut", "OPD", "Level", "Tenggat", "Status");
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
                late ? $"[red]{deadline} (lewat)[/]" : deadline,
                StatusText(item.Status));
        }
        console.Write(table);
    }

    /// <summary>The names the chat uses (ConversationTexts.StatusName, Indonesian), one per status.</summary>
    static string StatusText(PlanStatus status) => status switch
    {
        PlanStatus.Done => $"[green]{Markup.Escape(ConversationTexts.Id.StatusName(status))}[/]",
        PlanStatus.Cancelled => $"[grey]{Markup.Escape(ConversationTexts.Id.StatusName(status))}[/]",
        _ => Markup.Escape(ConversationTexts.Id.StatusName(status)),
    };
}
