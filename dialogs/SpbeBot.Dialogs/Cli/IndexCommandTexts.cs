using SpbeBot.Core.Scoring;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Cli;

/// <summary>
/// What `spbebot index` prints besides the index itself (which is <see cref="Criteria.CriteriaTexts"/>'), and its
/// `--help`: in the machine's language (<see cref="MachineLocale"/>).
/// </summary>
public sealed class IndexCommandTexts : BilingualTexts
{
    public static readonly IndexCommandTexts Id = new(english: false);
    public static readonly IndexCommandTexts En = new(english: true);

    /// <summary>The machine's (<see cref="MachineLocale"/>).</summary>
    public static IndexCommandTexts Machine => MachineLocale.English ? En : Id;

    IndexCommandTexts(bool english) : base(english)
    {
    }

    public string Command => S("Menghitung indeks SPBE/Pemdi dan predikat", "Calculates the SPBE/Pemdi index and its rating (predikat)");
    public string LevelsFile => S("CSV/XLSX berisi baris \"indikator, level[, target]\"", "CSV/XLSX with rows \"indicator, level[, target]\"");
    public string Plan => S("Dari rencana aksi tersimpan: level saat ini vs target", "From the stored action plan: current level vs target");
    public string Year => S("Tahun rencana aksi (bawaan: tahun instansi)", "Year of the action plan (default: the agency's evaluation year)");
    public string Sdi => S("Nilai Indeks Satu Data Indonesia 0–100 (pemdi-2026: menjadi nilai indikator 5)",
        "Satu Data Indonesia (SDI) index value, 0–100 (pemdi-2026: becomes the value of indicator 5)");

    public string UnknownFramework(string framework, IEnumerable<string> available) => S(
        $"Mohon maaf, kerangka '{framework}' tidak dikenal. Yang tersedia: {string.Join(", ", available)}.",
        $"Sorry, the framework '{framework}' is not known. Available: {string.Join(", ", available)}.");

    /// <summary>What is wrong with the levels file <paramref name="path"/>: one line per problem.</summary>
    public string Problem(LevelsProblem p, string path)
    {
        var what = p.Target ? "target" : "level";
        return p.Kind switch
        {
            LevelsProblemKind.Unreadable => S($"Berkas tidak dapat dibaca sebagai CSV atau XLSX: {Spreadsheet.Unreadable(p.Unreadable!, path)}",
                $"The file cannot be read as CSV or XLSX: {Spreadsheet.Unreadable(p.Unreadable!, path)}"),
            LevelsProblemKind.NotANumber => S($"Baris {p.Row}: {what} \"{p.Value}\" bukan angka 1–5.", $"Row {p.Row}: the {what} \"{p.Value}\" is not a number 1–5."),
            LevelsProblemKind.OutOfRange => S($"Baris {p.Row}: {what} {p.Value} di luar 1–5.", $"Row {p.Row}: the {what} {p.Value} is outside 1–5."),
            LevelsProblemKind.Repeated => S($"Baris {p.Row}: indikator {p.Value} muncul dua kali.", $"Row {p.Row}: indicator {p.Value} appears twice."),
            LevelsProblemKind.NoRows => S("Tidak ada baris \"indikator, level\" di berkas ini.", "The file has no \"indicator, level\" row."),
            LevelsProblemKind.TargetsPartial => S("Kolom target hanya terisi sebagian; isi untuk semua indikator atau kosongkan.",
                "The target column is only partly filled; fill it for every indicator or leave it empty."),
            _ => throw new ArgumentOutOfRangeException(nameof(p), p.Kind, null),
        };
    }

    /// <summary>A spreadsheet that cannot be read at all, in the same language.</summary>
    public SpreadsheetTexts Spreadsheet => SpreadsheetTexts.For(_en);

    public string FileOrPlan => S("Sebutkan berkas level, atau gunakan --plan.", "Please name a levels file, or use --plan.");

    public string NoSdiConversion(string framework) => S(
        $"Mohon maaf, kerangka {framework} tidak memuat konversi Indeks SDI; --sdi berlaku untuk pemdi-2026.",
        $"Sorry, the {framework} framework has no conversion of the SDI index; --sdi applies to pemdi-2026.");

    public string BadSdi(string value, decimal min, decimal max) => S(
        $"Mohon maaf, nilai SDI \"{value}\" tidak sah: Indeks SDI bernilai {min} sampai {max}.",
        $"Sorry, the SDI value \"{value}\" is not valid: the SDI index runs from {min} to {max}.");

    /// <summary>The SDI value as the indicator's value (two decimals, in the language's number format).</summary>
    public string SdiConverted(string value, int indicator, decimal converted) => S(
        $"Indeks SDI {value} → indikator {indicator} = {converted.ToString("0.00", _culture)}",
        $"SDI index {value} → indicator {indicator} = {converted.ToString("0.00", _culture)}");

    public string UnknownIndicators(string framework, IEnumerable<int> indicators) => S(
        $"Indikator tidak dikenal di {framework}: {string.Join(", ", indicators)}", $"Indicators not in {framework}: {string.Join(", ", indicators)}");

    public string LevelsMissing(IEnumerable<int> indicators) => S(
        $"Level belum diisi untuk indikator: {string.Join(", ", indicators)}", $"No level given for indicators: {string.Join(", ", indicators)}");
}
