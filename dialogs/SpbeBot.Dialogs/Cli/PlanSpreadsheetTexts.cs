using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Cli;

/// <summary>
/// What <c>spbebot plan import|export</c> print and their <c>--help</c>, in the machine's language (through
/// <see cref="PlanCommandTexts.Spreadsheets"/>). The spreadsheets themselves (columns, the export's title) are data the
/// coordinators keep: Indonesian, unchanged; so are the importer's row problems (its own words).
/// </summary>
public sealed class PlanSpreadsheetTexts : BilingualTexts
{
    public static readonly PlanSpreadsheetTexts Id = new(english: false);
    public static readonly PlanSpreadsheetTexts En = new(english: true);

    PlanSpreadsheetTexts(bool english) : base(english)
    {
    }

    // plan import --help
    public string ImportHelp => S("Impor rencana aksi dari XLSX/CSV", "Import the action plan from XLSX/CSV");
    public string ImportFileHelp => S("XLSX atau CSV rencana aksi", "The action plan, XLSX or CSV");
    public string ImportFrameworkHelp => S("spbe-2018|spbe-2024 (bawaan: kerangka instansi)", "spbe-2018|spbe-2024 (default: the instansi's)");
    public string ImportYearHelp => S("Tahun evaluasi (bawaan: tahun instansi)", "Evaluation year (default: the instansi's)");
    public string DryRunHelp => S("Tampilkan saja, jangan simpan", "Only show, do not save");
    public string SkipInvalidHelp => S("Impor baris yang valid, lewati yang bermasalah", "Import the valid rows, skip the ones with problems");
    public string CreateOpdsHelp => S("Buat OPD yang belum dikenal", "Create the OPDs not known yet");

    public string UnknownFramework(string framework, IEnumerable<string> choices) => S(
        $"Kerangka '{framework}' tidak dikenal. Pilihan: {string.Join(", ", choices)}", $"Unknown framework '{framework}'. Choices: {string.Join(", ", choices)}");

    /// <summary>The spreadsheet could not be read; the reader's reason follows on the next line.</summary>
    public string NotImported(string reason) => S($"Mohon maaf, berkas tidak dapat diimpor.\n{reason}", $"Sorry, the file could not be imported.\n{reason}");

    /// <summary>Why a file is no spreadsheet that can be read, in the same language.</summary>
    public SpreadsheetTexts Spreadsheet => SpreadsheetTexts.For(_en);

    /// <summary>Shown while a large file is read, on an interactive terminal.</summary>
    public string Reading => S("Membaca berkas…", "Reading the file…");

    public string Read(string? sheet, int? headerRow, int rows, int valid, int bad) => S(
        $"Berkas dibaca ({sheet}, judul kolom di baris {headerRow}): {rows} baris rencana aksi, {valid} valid, {bad} bermasalah.",
        $"File read ({sheet}, header in row {headerRow}): {rows} action plan rows, {valid} valid, {bad} with problems.");

    /// <summary>Among the row problems: OPDs of valid rows that are not registered either.</summary>
    public string UnknownOpdsListed(IEnumerable<string> opds) => S(
        $"  ✗ OPD belum terdaftar: {string.Join(", ", opds)} (tambahkan dengan 'spbebot opd add' / 'opd alias', atau gunakan --create-opds)",
        $"  ✗ OPDs not registered: {string.Join(", ", opds)} (add them with 'spbebot opd add' / 'opd alias', or use --create-opds)");

    public string FixOrSkip => S("Tidak ada yang disimpan: perbaiki baris bermasalah, atau gunakan --skip-invalid.", "Nothing was saved: fix the rows with problems, or use --skip-invalid.");

    public string UnknownOpds(IEnumerable<string> opds) => S(
        $"OPD belum terdaftar: {string.Join(", ", opds)}. Tambahkan dengan 'spbebot opd add' / 'opd alias', atau gunakan --create-opds. Tidak ada yang disimpan.",
        $"OPDs not registered: {string.Join(", ", opds)}. Add them with 'spbebot opd add' / 'opd alias', or use --create-opds. Nothing was saved.");

    public string Saved(bool dryRun, int created, int updated, int unchanged, string framework, int? year, int opds) => S(
        $"{(dryRun ? "Akan" : "Tersimpan")}: {created} baru, {updated} diperbarui, {unchanged} tetap — {framework} {year}, {opds} OPD.",
        $"{(dryRun ? "Would be saved" : "Saved")}: {created} new, {updated} updated, {unchanged} unchanged — {framework} {year}, {opds} OPDs.");

    public string DryRunNote => S("(--dry-run: tidak ada yang disimpan)", "(--dry-run: nothing was saved)");

    // plan export
    public string ExportHelp => S("Ekspor rencana aksi ke XLSX/CSV", "Export the action plan to XLSX/CSV");
    public string ExportFileHelp => S("Tujuan .xlsx atau .csv", "Where to write it: a .xlsx or .csv file");
    public string ExportFrameworkHelp => S("Kerangka (bawaan: kerangka instansi)", "Framework (default: the instansi's)");
    public string ExportYearHelp => S("Tahun (bawaan: tahun instansi)", "Year (default: the instansi's)");
    public string ExportOpdHelp => S("Hanya OPD ini", "Only this OPD");
    public string XlsxOrCsv => S("Nama berkas harus berakhiran .xlsx atau .csv.", "The file name must end in .xlsx or .csv.");
    public string Exported(int count, string path) => S($"{count} rencana aksi diekspor ke {path}.", $"{count} action plan items exported to {path}.");
}
