using SpbeBot.Core.Criteria;
using SpbeBot.Core.Spreadsheets;

namespace SpbeBot.Dialogs.Criteria;

/// <summary>
/// Texts of the criteria workbook (<c>spbebot catalog template / import</c>) and of its import report. The workbook is
/// an official form for a coordinator and the CLI has no person, so these are in Bahasa Indonesia only.
/// </summary>
public static class CatalogWorkbookTexts
{
    public const string TableSheet = "Kriteria";
    public const string InstructionsSheet = "Petunjuk";
    /// <summary>The workbook-scoped name of the cell holding the framework id.</summary>
    public const string FrameworkName = "kerangka";

    public static readonly IReadOnlyList<string> Headers =
        ["Indikator", "Nama Indikator", "Level", "Kriteria Level", "Kriteria Pemenuhan", "Kriteria Bukti Dukung", "Halaman Sumber"];

    public static string InstructionsTitle(CriteriaCatalog c) => $"Templat kriteria level — {c.Title}";
    public const string FrameworkLabel = "Kerangka penilaian (jangan diubah)";
    public const string VersionLabel = "Versi dasar templat";
    public static string VersionValue(int version) => version == 0 ? "0 (bawaan aplikasi)" : $"{version} (hasil impor)";

    public static readonly IReadOnlyList<string> Instructions =
    [
        "Cara mengisi:",
        "1. Isi lembar \"Kriteria\": satu baris untuk setiap indikator dan level 1 sampai 5. Jangan menghapus baris, kolom, atau baris judul.",
        "2. Kriteria Level, Kriteria Pemenuhan, dan Kriteria Bukti Dukung wajib diisi, disalin apa adanya dari salinan resmi peraturan/pedoman.",
        "3. Kriteria Pemenuhan dan Kriteria Bukti Dukung: satu butir per baris di dalam sel (Alt+Enter), boleh diberi nomor \"1.\", \"2.\", dan seterusnya.",
        "4. Halaman Sumber: nomor halaman salinan resmi tempat kriteria itu tertulis (boleh dikosongkan).",
        "5. Isi sel dengan teks saja: jangan memakai rumus dan jangan menggabungkan sel (merge).",
        "6. Periksa dahulu dengan: spbebot catalog import <berkas> --dry-run (menampilkan perbedaan dengan versi yang berlaku, tanpa menyimpan).",
        "7. Muat dengan: spbebot catalog import <berkas>. Hasilnya disimpan sebagai versi baru kerangka ini dan langsung dipakai oleh semua server.",
        "Ukuran berkas paling besar 20 MB.",
    ];

    // ---- import report ----

    public static string FileProblem(SpreadsheetProblem problem, string path) => problem switch
    {
        SpreadsheetProblem.Missing => $"Mohon maaf, berkas {path} tidak ditemukan.",
        SpreadsheetProblem.Empty => "Mohon maaf, berkas ini kosong.",
        SpreadsheetProblem.TooLarge => "Mohon maaf, berkas ini lebih besar dari 20 MB dan tidak diproses.",
        SpreadsheetProblem.NotXlsx => "Mohon maaf, berkas ini bukan buku kerja XLSX. Mohon gunakan templat dari spbebot catalog template.",
        SpreadsheetProblem.Bomb => "Mohon maaf, berkas XLSX ini tidak wajar (ukurannya membengkak jauh setelah dibuka) dan tidak diproses.",
        SpreadsheetProblem.Encrypted => "Mohon maaf, berkas ini terenkripsi/dilindungi kata sandi atau berformat .xls lama. Mohon simpan ulang sebagai .xlsx tanpa kata sandi.",
        _ => "",
    };

    public const string Damaged = "Mohon maaf, berkas XLSX ini rusak atau bukan spreadsheet.";
    public static string NoTableSheet => $"Lembar \"{TableSheet}\" tidak ada. Mohon gunakan templat dari spbebot catalog template.";
    public const string NoFramework = "Kerangka penilaian tidak tertulis di buku kerja (sel bernama \"kerangka\" pada lembar Petunjuk). Mohon gunakan templat dari spbebot catalog template.";
    public static string UnknownFramework(string framework, IReadOnlyList<string> available) =>
        $"Kerangka \"{framework}\" pada buku kerja tidak dikenal. Pilihan: {string.Join(", ", available)}.";
    public static string WrongFramework(string inWorkbook, string expected) =>
        $"Buku kerja ini untuk kerangka {inWorkbook}, bukan {expected}.";
    public static string Merged(string range, int row) => $"Baris {row}: sel {range} digabung (merge). Mohon pisahkan sel di tabel kriteria.";
    public static string Formula(string address, int row) => $"Baris {row}: sel {address} berisi rumus. Mohon isi dengan teks saja.";
    public static string BadHeader(string expected, string found, string column) =>
        $"Baris 1: kolom {column} seharusnya \"{expected}\", tertulis \"{found}\".";
    public static string BadIndicator(int row, string text) => $"Baris {row}: nomor indikator \"{text}\" tidak dapat dibaca.";
    public static string UnknownIndicator(int row, int indicator, string framework) => $"Baris {row}: indikator {indicator} tidak ada dalam kerangka {framework}.";
    public static string BadLevel(int row, string text) => $"Baris {row}: level \"{text}\" harus angka 1 sampai 5.";
    public static string Duplicate(int row, int indicator, int level, int first) => $"Baris {row}: indikator {indicator} level {level} sudah ada di baris {first}.";
    public static string Empty(int row, string column) => $"Baris {row}: kolom \"{column}\" kosong.";
    public static string NameDiffers(int row, int indicator, string first) => $"Baris {row}: nama indikator {indicator} berbeda dengan baris sebelumnya (\"{first}\").";
    public static string MissingLevel(int indicator, int level) => $"Indikator {indicator} level {level}: barisnya tidak ada.";
    public static string MissingIndicator(int indicator, string name) => $"Indikator {indicator} ({name}): tidak ada satu baris pun.";
    public static string TooManyRows(int max) => $"Tabel kriteria lebih dari {max} baris.";

    public static string ProblemsHeader(int count) => $"Mohon periksa {count} masalah berikut; tidak ada yang disimpan dan katalog yang berlaku tidak berubah:";
    public static string NoChanges(string framework, int version) => $"Tidak ada perbedaan dengan versi {version} kerangka {framework} yang berlaku.";
    public static string ChangesHeader(string framework, int version, int count) => $"Perbedaan dengan versi {version} kerangka {framework} yang berlaku ({count} butir):";
    public static string DryRunDone => "Uji coba (--dry-run): tidak ada yang disimpan.";
    public static string Imported(CatalogVersionInfo v) => $"Tersimpan: kerangka {v.Framework} versi {v.Version}, diimpor oleh {v.ImportedBy}. Versi ini langsung dipakai oleh semua server (paling lambat satu menit).";

    public static string Change(CatalogChange change) =>
        (change.Level is { } level ? $"Indikator {change.Indicator} level {level}: " : $"Indikator {change.Indicator}: ")
        + string.Join(", ", change.Fields.Select(Field)) + (change.Fields[0] is CatalogField.LevelAdded or CatalogField.LevelRemoved ? "" : " berubah");

    static string Field(CatalogField field) => field switch
    {
        CatalogField.IndicatorName => "nama indikator",
        CatalogField.Criterion => "kriteria level",
        CatalogField.Fulfilment => "kriteria pemenuhan",
        CatalogField.Evidence => "kriteria bukti dukung",
        CatalogField.SourcePage => "halaman sumber",
        CatalogField.LevelAdded => "level baru",
        CatalogField.LevelRemoved => "level dihapus",
        _ => field.ToString(),
    };
}
