using SpbeBot.Core.Plans;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;

namespace SpbeBot.Dialogs.Cli;

/// <summary>
/// What <c>spbebot plan</c> and <c>plan list</c> print and their <c>--help</c>, in the machine's language; a status's
/// name is the chat's (<see cref="ConversationTexts.StatusName"/>). <c>plan import|export</c>: <see cref="PlanSpreadsheetTexts"/>.
/// </summary>
public sealed class PlanCommandTexts : BilingualTexts
{
    public static readonly PlanCommandTexts Id = new(english: false);
    public static readonly PlanCommandTexts En = new(english: true);

    /// <summary>The machine's (<see cref="MachineLocale"/>), chosen once per run.</summary>
    public static PlanCommandTexts Machine => MachineLocale.English ? En : Id;

    PlanCommandTexts(bool english) : base(english)
    {
    }

    /// <summary>The spreadsheet commands' texts in this language.</summary>
    public PlanSpreadsheetTexts Spreadsheets => _en ? PlanSpreadsheetTexts.En : PlanSpreadsheetTexts.Id;

    /// <summary>A status as the chat names it ("selesai", "done").</summary>
    public string StatusName(PlanStatus status) => (_en ? ConversationTexts.En : ConversationTexts.Id).StatusName(status);

    // --help
    public string PlanHelp => S("Rencana aksi (tindak lanjut)", "The action plan (follow-up)");
    public string ListHelp => S("Daftar rencana aksi", "List the action plan");
    public string OpdHelp => S("Hanya OPD ini (nama, singkatan atau alias)", "Only this OPD (name, abbreviation or alias)");
    public string StatusHelp => S("open|in-progress|done|cancelled (belum|berjalan|selesai|batal)", "open|in-progress|done|cancelled (or: belum|berjalan|selesai|batal)");
    public string OverdueHelp => S("Hanya yang lewat tenggat (per hari ini)", "Only the items past their deadline (as of today)");
    public string YearHelp => S("Tahun", "Year");
    public string FrameworkHelp => S("Kerangka penilaian, mis. spbe-2024", "Assessment framework, e.g. spbe-2024");
    public string JsonHelp => S("Keluaran JSON (satu array)", "JSON output (one array)");
    public string AllYearsHelp => S("Semua tahun (bawaan: tahun evaluasi instansi saja)", "Every year (default: the instansi's evaluation year only)");

    public string OpdNotFound(string name) => S($"Mohon maaf, OPD '{name}' tidak ditemukan. Lihat: spbebot opd list", $"Sorry, no OPD '{name}' was found. See: spbebot opd list");

    /// <param name="year">The year shown; null with --all-years.</param>
    public string NoneMatch(int? year) => year is null
        ? S("Tidak ada rencana aksi yang cocok.", "No action plan items match.")
        : S($"Tidak ada rencana aksi yang cocok untuk tahun {year} (tahun lain: --year <tahun> atau --all-years).",
            $"No action plan items match for {year} (other years: --year <year> or --all-years).");

    public string[] Columns => ["ID", S("Tahun", "Year"), "Ind.", S("Tindak lanjut", "Follow-up"), "OPD", "Level", S("Tenggat", "Deadline"), "Status"];

    /// <summary>Beside a deadline passed in the evaluation year.</summary>
    public string Overdue => S("(lewat)", "(overdue)");

    /// <summary>Under the table: how many, of which year, the dates' zone, and what "(lewat)" covers.</summary>
    public string Footer(int count, int? year, string zone, int evaluationYear) => year is null
        ? S($"{count} rencana aksi; tanggal dalam {zone}; \"lewat\" hanya untuk tahun evaluasi {evaluationYear}.",
            $"{count} action plan items; dates in {zone}; \"overdue\" only for the evaluation year {evaluationYear}.")
        : S($"{count} rencana aksi tahun {year}; tanggal dalam {zone} (tahun lain: --year <tahun> atau --all-years).",
            $"{count} action plan items for {year}; dates in {zone} (other years: --year <year> or --all-years).");
}
