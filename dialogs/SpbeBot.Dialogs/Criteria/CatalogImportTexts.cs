using SpbeBot.Core.Criteria;
using SpbeBot.Core.Spreadsheets;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Criteria;

/// <summary>
/// The report of <c>spbebot catalog import</c>: why a criteria workbook cannot be loaded, the difference with the
/// version in use, what was stored — in the machine's language. The workbook's own names (the sheets "Kriteria" and
/// "Petunjuk", its column heads, the cell "kerangka") are the form's, <see cref="CatalogWorkbookTexts"/>, and are quoted as they are.
/// </summary>
public sealed class CatalogImportTexts : BilingualTexts
{
    public static readonly CatalogImportTexts Id = new(english: false);
    public static readonly CatalogImportTexts En = new(english: true);

    /// <summary>The machine's (<see cref="MachineLocale"/>).</summary>
    public static CatalogImportTexts Machine => MachineLocale.English ? En : Id;

    CatalogImportTexts(bool english) : base(english)
    {
    }

    public string FileProblem(SpreadsheetProblem problem, string path) => problem switch
    {
        SpreadsheetProblem.Missing => S($"Mohon maaf, berkas {path} tidak ditemukan.", $"Sorry, the file {path} was not found."),
        SpreadsheetProblem.Empty => S("Mohon maaf, berkas ini kosong.", "Sorry, the file is empty."),
        SpreadsheetProblem.TooLarge => S("Mohon maaf, berkas ini lebih besar dari 20 MB dan tidak diproses.", "Sorry, the file is larger than 20 MB and was not processed."),
        SpreadsheetProblem.NotXlsx => S(
            "Mohon maaf, berkas ini bukan buku kerja XLSX. Mohon gunakan templat dari spbebot catalog template.",
            "Sorry, the file is not an XLSX workbook. Please use the template from spbebot catalog template."),
        SpreadsheetProblem.Bomb => S(
            "Mohon maaf, berkas XLSX ini tidak wajar (ukurannya membengkak jauh setelah dibuka) dan tidak diproses.",
            "Sorry, the XLSX file is not normal (it inflates far when opened) and was not processed."),
        SpreadsheetProblem.Encrypted => S(
            "Mohon maaf, berkas ini terenkripsi/dilindungi kata sandi atau berformat .xls lama. Mohon simpan ulang sebagai .xlsx tanpa kata sandi.",
            "Sorry, the file is encrypted/password-protected or an old .xls. Please save it again as an .xlsx without a password."),
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    };

    public string Damaged => S("Mohon maaf, berkas XLSX ini rusak atau bukan spreadsheet.", "Sorry, the XLSX file is damaged or not a spreadsheet.");
    public string NoTableSheet => S(
        $"Lembar \"{CatalogWorkbookTexts.TableSheet}\" tidak ada. Mohon gunakan templat dari spbebot catalog template.",
        $"The sheet \"{CatalogWorkbookTexts.TableSheet}\" is missing. Please use the template from spbebot catalog template.");
    public string NoFramework => S(
        $"Kerangka penilaian tidak tertulis di buku kerja (sel bernama \"{CatalogWorkbookTexts.FrameworkName}\" pada lembar {CatalogWorkbookTexts.InstructionsSheet}). Mohon gunakan templat dari spbebot catalog template.",
        $"The workbook does not say its framework (the cell named \"{CatalogWorkbookTexts.FrameworkName}\" on the sheet {CatalogWorkbookTexts.InstructionsSheet}). Please use the template from spbebot catalog template.");
    public string UnknownFramework(string framework, IReadOnlyCollection<string> available) => S(
        $"Kerangka \"{framework}\" pada buku kerja tidak dikenal. Pilihan: {string.Join(", ", available)}.",
        $"The workbook's framework \"{framework}\" is unknown. Choices: {string.Join(", ", available)}.");
    public string WrongFramework(string inWorkbook, string expected) => S(
        $"Buku kerja ini untuk kerangka {inWorkbook}, bukan {expected}.", $"This workbook is for the framework {inWorkbook}, not {expected}.");
    public string Merged(string range, int row) => S(
        $"Baris {row}: sel {range} digabung (merge). Mohon pisahkan sel di tabel kriteria.", $"Row {row}: the cells {range} are merged. Please unmerge the cells of the criteria table.");
    public string Formula(string address, int row) => S(
        $"Baris {row}: sel {address} berisi rumus. Mohon isi dengan teks saja.", $"Row {row}: the cell {address} holds a formula. Please fill it with text only.");
    public string BadHeader(string expected, string found, string column) => S(
        $"Baris 1: kolom {column} seharusnya \"{expected}\", tertulis \"{found}\".", $"Row 1: column {column} should be \"{expected}\", it says \"{found}\".");
    public string BadIndicator(int row, string text) => S(
        $"Baris {row}: nomor indikator \"{text}\" tidak dapat dibaca.", $"Row {row}: the indicator number \"{text}\" cannot be read.");
    public string UnknownIndicator(int row, int indicator, string framework) => S(
        $"Baris {row}: indikator {indicator} tidak ada dalam kerangka {framework}.", $"Row {row}: indicator {indicator} is not in the framework {framework}.");
    public string BadLevel(int row, string text) => S(
        $"Baris {row}: level \"{text}\" harus angka 1 sampai 5.", $"Row {row}: the level \"{text}\" must be a number from 1 to 5.");
    public string Duplicate(int row, int indicator, int level, int first) => S(
        $"Baris {row}: indikator {indicator} level {level} sudah ada di baris {first}.", $"Row {row}: indicator {indicator} level {level} is already in row {first}.");
    public string Empty(int row, string column) => S($"Baris {row}: kolom \"{column}\" kosong.", $"Row {row}: the column \"{column}\" is empty.");
    public string NameDiffers(int row, int indicator, string first) => S(
        $"Baris {row}: nama indikator {indicator} berbeda dengan baris sebelumnya (\"{first}\").",
        $"Row {row}: the name of indicator {indicator} differs from an earlier row's (\"{first}\").");
    public string MissingLevel(int indicator, int level) => S(
        $"Indikator {indicator} level {level}: barisnya tidak ada.", $"Indicator {indicator} level {level}: its row is missing.");
    public string MissingIndicator(int indicator, string name) => S(
        $"Indikator {indicator} ({name}): tidak ada satu baris pun.", $"Indicator {indicator} ({name}): there is no row for it.");
    public string TooManyRows(int max) => S($"Tabel kriteria lebih dari {max} baris.", $"The criteria table has more than {max} rows.");

    public string ProblemsHeader(int count) => S(
        $"Mohon periksa {count} masalah berikut; tidak ada yang disimpan dan katalog yang berlaku tidak berubah:",
        count == 1 ? "Please check this problem; nothing was saved and the catalog in use is unchanged:"
            : $"Please check these {count} problems; nothing was saved and the catalog in use is unchanged:");
    public string NoChanges(string framework, int version) => S(
        $"Tidak ada perbedaan dengan versi {version} kerangka {framework} yang berlaku.", $"No difference with version {version} of {framework}, the one in use.");
    public string ChangesHeader(string framework, int version, int count) => S(
        $"Perbedaan dengan versi {version} kerangka {framework} yang berlaku ({count} butir):", $"Differences with version {version} of {framework}, the one in use ({count}):");
    public string DryRunDone => S("Uji coba (--dry-run): tidak ada yang disimpan.", "Trial run (--dry-run): nothing was saved.");
    public string Imported(CatalogVersionInfo v) => S(
        $"Tersimpan: kerangka {v.Framework} versi {v.Version}, diimpor oleh {v.ImportedBy}. Versi ini langsung dipakai oleh semua server (paling lambat satu menit).",
        $"Saved: {v.Framework} version {v.Version}, imported by {v.ImportedBy}. Every server uses this version at once (within a minute).");

    /// <summary>One difference: "Indikator 32 level 4: kriteria level, halaman sumber berubah".</summary>
    public string Change(CatalogChange change)
    {
        var fields = string.Join(", ", change.Fields.Select(Field));
        var what = change.Fields[0] is CatalogField.LevelAdded or CatalogField.LevelRemoved ? fields : S($"{fields} berubah", $"{fields} changed");
        return change.Level is { } level
            ? S($"Indikator {change.Indicator} level {level}: {what}", $"Indicator {change.Indicator} level {level}: {what}")
            : S($"Indikator {change.Indicator}: {what}", $"Indicator {change.Indicator}: {what}");
    }

    string Field(CatalogField field) => field switch
    {
        CatalogField.IndicatorName => S("nama indikator", "indicator name"),
        CatalogField.Criterion => S("kriteria level", "level criterion"),
        CatalogField.Fulfilment => S("kriteria pemenuhan", "fulfilment criteria"),
        CatalogField.Evidence => S("kriteria bukti dukung", "evidence criteria"),
        CatalogField.SourcePage => S("halaman sumber", "source page"),
        CatalogField.LevelAdded => S("level baru", "new level"),
        CatalogField.LevelRemoved => S("level dihapus", "level removed"),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
