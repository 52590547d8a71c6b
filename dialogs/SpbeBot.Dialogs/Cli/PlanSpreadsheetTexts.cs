using SpbeBot.Core.Plans;
using SpbeBot.Core.Plans.Import;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Cli;

/// <summary>
/// What <c>spbebot plan import|export</c> print and their <c>--help</c>, in the machine's language (through
/// <see cref="PlanCommandTexts.Spreadsheets"/>). The spreadsheets themselves (columns, the export's title) are data the
/// coordinators keep: Indonesian, unchanged (so are the column names the file itself heads a problem with). The importer's
/// and the store's problems come from Core as kinds and values and are worded here.
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

    public string Read(int? sheet, int? headerRow, int rows, int valid, int bad) => S(
        $"Berkas dibaca (lembar {sheet}, judul kolom di baris {headerRow}): {rows} baris rencana aksi, {valid} valid, {bad} bermasalah.",
        $"File read (sheet {sheet}, header in row {headerRow}): {rows} action plan rows, {valid} valid, {bad} with problems.");

    /// <summary>A problem or warning of the importer, with its row and column when it has them.</summary>
    public string Issue(ImportIssue issue)
    {
        var what = IssueText(issue);
        if (issue.Row == 0) return what;
        return issue.Column is null
            ? S($"Baris {issue.Row}: {what}", $"Row {issue.Row}: {what}")
            : S($"Baris {issue.Row}, kolom {issue.Column}: {what}", $"Row {issue.Row}, column {issue.Column}: {what}");
    }

    string IssueText(ImportIssue i) => i.Kind switch
    {
        ImportIssueKind.EmptySheet => S("Lembar kerja kosong.", "The sheet is empty."),
        ImportIssueKind.MissingColumns => S(
            $"Kolom wajib tidak ditemukan di baris judul (baris {i.Number}): {string.Join(", ", i.Missing.Select(RequiredColumn))}.",
            $"Required columns not found in the header row (row {i.Number}): {string.Join(", ", i.Missing.Select(RequiredColumn))}."),
        ImportIssueKind.NoHeaderRow => S(
            $"Tidak ditemukan baris judul kolom (mis. \"{ExampleHeader}\").", $"No header row found (e.g. \"{ExampleHeader}\")."),
        ImportIssueKind.YearFromTitle => S($"Tahun {i.Number} diambil dari judul lembar.", $"Year {i.Number} taken from the sheet title."),
        ImportIssueKind.HiddenSheet => S(
            $"Tabel dibaca dari lembar tersembunyi \"{i.Text}\"; mohon periksa apakah memang lembar ini yang dimaksud.",
            $"The table was read from the hidden sheet \"{i.Text}\"; please check it is the intended one."),
        ImportIssueKind.NotesBelowTable => i.Number == i.Other
            ? S($"Catatan di bawah tabel (baris {i.Number}) bukan baris rencana aksi dan dilewati.",
                $"The note below the table (row {i.Number}) is not an action plan row and was skipped.")
            : S($"Catatan di bawah tabel (baris {i.Number}–{i.Other}: sumber, catatan, tanda tangan) bukan baris rencana aksi dan dilewati.",
                $"The notes below the table (rows {i.Number}–{i.Other}: source, notes, signatures) are not action plan rows and were skipped."),
        ImportIssueKind.EtCeteraIgnored => S(
            "\"dll\" diabaikan; mohon sebutkan OPD lainnya satu per satu.", "\"dll\" (etc.) ignored; please name the other OPDs one by one."),
        ImportIssueKind.FrameworkDiffers => S(
            $"kerangka \"{i.Text}\" berbeda dengan yang dipilih ({i.Framework})", $"the framework \"{i.Text}\" differs from the one chosen ({i.Framework})"),
        ImportIssueKind.IndicatorNotInFramework => S(
            $"indikator \"{i.Text}\" tidak ada di {i.Framework}", $"indicator \"{i.Text}\" is not in {i.Framework}"),
        ImportIssueKind.NumberNameMismatch => S(
            $"nomor {i.Number} tidak cocok dengan nama \"{i.Text}\" (indikator {i.Other})",
            $"number {i.Number} does not match the name \"{i.Text}\" (indicator {i.Other})"),
        ImportIssueKind.IndicatorNameEmpty => S("nama indikator kosong", "the indicator's name is empty"),
        ImportIssueKind.IndicatorNotRecognised => i.Other is { } nearest
            ? S($"indikator \"{i.Text}\" tidak dikenali di {i.Framework} (paling mirip: indikator {nearest} dan lainnya, tidak cukup yakin)",
                $"indicator \"{i.Text}\" not recognised in {i.Framework} (closest: indicator {nearest} and others, not close enough to be sure)")
            : S($"indikator \"{i.Text}\" tidak dikenali di {i.Framework}", $"indicator \"{i.Text}\" not recognised in {i.Framework}"),
        ImportIssueKind.LevelNotRecognised => S($"level \"{i.Text}\" tidak dikenali", $"level \"{i.Text}\" not recognised"),
        ImportIssueKind.LevelOutOfRange => S($"level {i.Number} di luar 1–5", $"level {i.Number} is outside 1–5"),
        ImportIssueKind.DateNotRecognised => S($"tanggal \"{i.Text}\" tidak dikenali atau tidak ada", $"date \"{i.Text}\" not recognised or does not exist"),
        ImportIssueKind.StatusNotRecognised => S($"status \"{i.Text}\" tidak dikenali", $"status \"{i.Text}\" not recognised"),
        ImportIssueKind.OpdEmpty => S("OPD penanggung jawab kosong", "the responsible OPD is empty"),
        ImportIssueKind.ActionEmpty => S("tindak lanjut dan rekomendasi kosong", "the action and the recommendation are empty"),
        _ => throw new ArgumentOutOfRangeException(nameof(i), i.Kind, null),
    };

    /// <summary>The column names as a plan spreadsheet heads them (Indonesian in both languages: the file's own words).</summary>
    const string ExampleHeader = "No, Indikator, Rekomendasi, Tindak Lanjut, Target Waktu, OPD Terkait";

    string RequiredColumn(PlanColumn column) => column switch
    {
        PlanColumn.Indicator => "Indikator",
        PlanColumn.Action => S("Tindak Lanjut/Rencana Aksi (atau Rekomendasi)", "Tindak Lanjut/Rencana Aksi (or Rekomendasi)"),
        PlanColumn.Opd => "OPD Terkait/Penanggung Jawab",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };

    /// <summary>Why the store refused a row of the batch, with its spreadsheet row when it came from one.</summary>
    public string RowProblem(PlanRowProblem p)
    {
        var what = p.Kind switch
        {
            PlanRowProblemKind.FrameworkEmpty => S("Kerangka penilaian kosong.", "The framework is empty."),
            PlanRowProblemKind.YearInvalid => S($"Tahun {p.Number} tidak valid.", $"Year {p.Number} is not valid."),
            PlanRowProblemKind.IndicatorInvalid => S($"Nomor indikator {p.Number} tidak valid.", $"Indicator number {p.Number} is not valid."),
            PlanRowProblemKind.CurrentLevelInvalid => S($"Level saat ini {p.Number} harus 1–5.", $"Current level {p.Number} must be 1–5."),
            PlanRowProblemKind.TargetLevelInvalid => S($"Level target {p.Number} harus 1–5.", $"Target level {p.Number} must be 1–5."),
            PlanRowProblemKind.StatusUnknown => S("Status tidak dikenal.", "Unknown status."),
            PlanRowProblemKind.Duplicate => p.FirstRow is { } first
                ? S($"Baris ganda: indikator {p.Number} dengan tindak lanjut yang sama sudah ada di baris {first}.",
                    $"Duplicate row: indicator {p.Number} with the same action is already in row {first}.")
                : S($"Baris ganda: indikator {p.Number} dengan tindak lanjut yang sama sudah ada di baris lain.",
                    $"Duplicate row: indicator {p.Number} with the same action is already in another row."),
            _ => throw new ArgumentOutOfRangeException(nameof(p), p.Kind, null),
        };
        return p.Row is { } row ? S($"Baris {row}: {what}", $"Row {row}: {what}") : what;
    }

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
