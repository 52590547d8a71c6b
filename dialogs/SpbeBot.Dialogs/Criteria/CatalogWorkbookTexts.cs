using SpbeBot.Core.Criteria;

namespace SpbeBot.Dialogs.Criteria;

/// <summary>
/// Texts of the criteria workbook (<c>spbebot catalog template / import</c>): an official form for a coordinator, filled from
/// the Indonesian regulation, so in Bahasa Indonesia only. The import's report is <see cref="CatalogImportTexts"/>, in the
/// machine's language.
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
}
