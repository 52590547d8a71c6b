using System.Globalization;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// One thing the reader could not (fully) read, as data: the chat words it in the person's language
/// (dialogs/…/PrecheckTexts), the CLI prints <see cref="Indonesian"/>. Never an exception's text.
/// </summary>
/// <param name="Code">One of the constants below.</param>
/// <param name="From">page-cap: pages read; ocr-timeout: first page not read; blank-pages: how many.</param>
/// <param name="To">page-cap, ocr-timeout: the document's last page.</param>
public sealed record ReadNote(string Code, int? From = null, int? To = null)
{
    public const string Macro = "macro";
    public const string EmptyFile = "empty-file";
    public const string Encrypted = "encrypted";
    public const string Corrupt = "corrupt";
    public const string UnsafeArchive = "unsafe-archive";
    public const string LegacyOffice = "legacy-office";
    public const string Zip = "zip";
    public const string UnsupportedFormat = "unsupported-format";
    public const string UnknownKind = "unknown-kind";
    public const string PageCap = "page-cap";
    public const string NeedsOcr = "needs-ocr";
    public const string OcrMissing = "ocr-missing";
    public const string OcrTimeout = "ocr-timeout";
    public const string BlankPages = "blank-pages";
    public const string NoText = "no-text";

    /// <summary>The note in Indonesian (the CLI's language and the stored note).</summary>
    public string Indonesian => Code switch
    {
        Macro => "Dokumen berisi makro (DOCM/XLSM atau bagian VBA): tidak dibuka dan tidak dibaca. Simpan ulang sebagai PDF atau DOCX tanpa makro.",
        EmptyFile => "Berkas kosong (0 bita): tidak ada yang dapat dibaca.",
        Encrypted => "PDF terenkripsi/berkata sandi: isinya tidak dapat dibaca. Unggah PDF tanpa kata sandi.",
        Corrupt => "Berkas rusak atau tidak lengkap: isinya tidak dapat dibaca. Simpan ulang atau pindai ulang dokumennya.",
        UnsafeArchive => "Arsip tidak aman: tidak dibuka.",
        LegacyOffice => "Format Office lama (DOC/XLS/PPT) tidak dibaca: simpan ulang sebagai PDF atau DOCX.",
        Zip => "Berkas ZIP tidak dibaca isinya: unggah setiap dokumen sendiri-sendiri (PDF/DOCX/gambar).",
        UnsupportedFormat => "Format ini (PPTX/ODT/ODS) belum dibaca pemeriksaan awal: unggah versi PDF untuk diperiksa.",
        UnknownKind => "Jenis berkas tidak dikenali: isinya tidak dapat dibaca.",
        PageCap => string.Create(CultureInfo.InvariantCulture, $"Hanya {From} halaman pertama yang dibaca; halaman {From + 1}–{To} dilewati."),
        NeedsOcr => "PDF hasil pindaian (tanpa lapisan teks): perlu dibaca dengan OCR.",
        OcrMissing => "OCR tidak tersedia di server ini (tesseract-ocr/poppler-utils belum terpasang): dokumen pindaian belum dapat dibaca.",
        OcrTimeout => string.Create(CultureInfo.InvariantCulture, $"OCR melewati batas waktu: halaman {From}–{To} tidak dibaca."),
        BlankPages => string.Create(CultureInfo.InvariantCulture, $"{From} halaman tanpa teks yang terbaca (kosong, gambar, atau buram)."),
        NoText => "Tidak ada teks yang terbaca (halaman kosong, foto layar, atau gambar terlalu buram).",
        _ => Code,
    };
}
