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
        var plan = new Command("plan", "Rencana aksi / tindak lanjut — follow-up plan");
        plan.Subcommands.Add(List());
        plan.Subcommands.Add(PlanSpreadsheetCommands.Import());
        plan.Subcommands.Add(PlanSpreadsheetCommands.Export());
        return plan;
    }

    static Command List()
    {
        var opd = new Option<string?>("--opd") { Description = "Hanya OPD ini (nama, singkatan atau alias) / only this OPD" };
        var status = new Option<string?>("--status") { Description = "open|in-progress|done|cancelled (belum|berjalan|selesai|batal)" };
        status.AcceptOnlyFromAmong([.. StatusWords.Keys]);
        var overdue = new Option<bool>("--overdue") { Description = "Hanya yang lewat tenggat (per hari ini) / only overdue items (as of today)" };
        var year = new Option<int?>("--year") { Description = "Tahun / year" };
        var framework = new Option<string?>("--framework", "-f") { Description = "Kerangka penilaian, mis. spbe-2024 / framework" };
        var json = new Option<bool>("--json") { Description = "Keluaran JSON (satu array) / JSON output (one array)" };
        var command = new Command("list", "Daftar rencana aksi / list plan items") { opd, status, overdue, year, framework, json };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var opdName = parse.GetValue(opd);
            if (opdName is not null && await cli.Get<OpdStore>().FindAsync(opdName, ct) is null)
            {
                parse.InvocationConfiguration.Error.WriteLine($"Mohon maaf, OPD '{opdName}' tidak ditemukan. Lihat: spbebot opd list / Sorry, OPD '{opdName}' was not found.");
                return 2;
            }
            var zone = (await cli.Get<InstansiStore>().GetAsync(ct))?.TimeZone ?? TimeZones.Wib;
            var today = TimeZones.Today(zone);
            var filter = new PlanFilter
            {
                Opd = opdName,
                Status = parse.GetValue(status) is { } s ? StatusWords[s] : null,
                OverdueAsOf = parse.GetValue(overdue) ? today : null,
                Year = parse.GetValue(year),
                Framework = parse.GetValue(framework),
            };
            var items = await cli.Get<PlanStore>().ListAsync(filter, ct);

            if (parse.GetValue(json))
            {
                stdout.WriteLine(JsonSerializer.Serialize(items, Json));
                return 0;
            }
            if (items.Count == 0)
            {
                stdout.WriteLine("Tidak ada rencana aksi yang cocok. / No matching plan items.");
                return 0;
            }
            WriteTable(OpdCommand.Console(stdout), items, today);
            stdout.WriteLine($"{items.Count} rencana aksi / plan items; tanggal dalam {TimeZones.Abbreviation(zone)} / dates in {TimeZones.Abbreviation(zone)}.");
            return 0;
        }));
        return command;
    }

    static void WriteTable(IAnsiConsole console, IReadOnlyList<PlanItem> items, DateOnly today)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("ID", "Ind.", "Tindak lanjut / Action", "OPD", "Level", "Tenggat / Deadline", "Status");
        foreach (var item in items)
        {
            var late = item.Deadline < today && item.Status is PlanStatus.Open or PlanStatus.InProgress;
            var deadline = item.Deadline?.ToString("yyyy-MM-dd") ?? "-";
            table.AddRow(
                item.Id.ToString(),
                $"{item.Indicator}",
                Markup.Escape((item.Action ?? "-") + (item.ServiceName is null ? "" : $" [{item.ServiceName}]")),
                Markup.Escape(string.Join(", ", item.Opds)),
                $"{item.CurrentLevel?.ToString() ?? "?"} → {item.TargetLevel?.ToString() ?? "?"}",
                late ? $"[red]{deadline} (lewat / overdue)[/]" : deadline,
                StatusText(item.Status));
        }
        console.Write(table);
    }

    static string StatusText(PlanStatus status) => status switch
    {
        PlanStatus.Open => "belum / open",
        PlanStatus.InProgress => "berjalan / in progress",
        PlanStatus.Done => "[green]selesai / done[/]",
        _ => "[grey]batal / cancelled[/]",
    };
}
