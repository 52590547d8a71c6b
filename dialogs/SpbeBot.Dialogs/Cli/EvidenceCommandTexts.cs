using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Evidence;

namespace SpbeBot.Dialogs.Cli;

/// <summary>
/// What <c>spbebot evidence add|list|checklist|approve|reject|check</c> print and their <c>--help</c>, in the machine's
/// language (<see cref="MachineLocale"/>). Evidence's own words (statuses, refusals, the pre-check's lines) are the chat's:
/// <see cref="EvidenceTexts"/> and <see cref="PrecheckTexts"/>, in the same language through <see cref="Chat"/> and <see cref="Precheck"/>.
/// </summary>
public sealed class EvidenceCommandTexts : BilingualTexts
{
    public static readonly EvidenceCommandTexts Id = new(english: false);
    public static readonly EvidenceCommandTexts En = new(english: true);

    /// <summary>The machine's (<see cref="MachineLocale"/>), chosen once per run.</summary>
    public static EvidenceCommandTexts Machine => MachineLocale.English ? En : Id;

    EvidenceCommandTexts(bool english) : base(english)
    {
    }

    /// <summary>The chat's evidence texts in this language (statuses, upload refusals, checklist lines).</summary>
    public EvidenceTexts Chat => _en ? EvidenceTexts.En : EvidenceTexts.Id;

    /// <summary>The chat's pre-check texts in this language.</summary>
    public PrecheckTexts Precheck => _en ? PrecheckTexts.En : PrecheckTexts.Id;

    // --help: the command and the options several subcommands share.
    public string EvidenceHelp => S("Bukti dukung", "Evidence");
    public string IndicatorHelp => S("Nomor indikator", "Indicator number");
    public string YearHelp => S("Tahun evaluasi", "Evaluation year");
    public string FrameworkHelp => S("Kerangka penilaian", "Assessment framework");
    /// <summary>`evidence check` and `evidence export`: the year when none is given.</summary>
    public string YearOrInstansisHelp => S("Tahun evaluasi (bawaan: tahun instansi)", "Evaluation year (default: the instansi's)");

    // evidence add
    public string AddHelp => S("Mengunggah berkas bukti dukung", "Upload evidence files");
    public string FilesHelp => S("Berkas yang diunggah", "The files to upload");
    public string LevelHelp => S("Level 1–5", "Level 1–5");
    public string ItemHelp => S("Butir bukti dukung (1..n; 0 = lainnya); boleh kosong bila level hanya punya satu butir",
        "Evidence item (1..n; 0 = other); may be left out when the level has only one item");
    public string OpdHelp => S("OPD pemilik bukti", "The OPD the evidence belongs to");
    public string AddJsonHelp => S("Satu baris JSON per berkas, ditulis begitu berkas tersimpan", "One JSON line per file, written as soon as the file is stored");

    public string NoSuchLevel(int indicator, int level, string framework) => S(
        $"Indikator {indicator} level {level} tidak ada di {framework}.", $"Indicator {indicator} has no level {level} in {framework}.");

    /// <summary>Followed by the level's items, one a line.</summary>
    public string ChooseItem(int count) => S($"Pilih --item 1..{count} (0 = lainnya):", $"Choose --item 1..{count} (0 = other):");

    public string OpdNotFound(string name) => S($"OPD '{name}' tidak ditemukan.", $"OPD '{name}' not found.");

    public string FileNotFound(string path) => S($"✗ {path}: berkas tidak ditemukan", $"✗ {path}: file not found");

    /// <summary>A stored file: its number, name, kind, size in bytes and fingerprint.</summary>
    public string Stored(long id, string name, string kind, long size, string sha256, bool alreadyStored) =>
        $"✓ #{id} {name} ({kind}, {size} B) sha256 {sha256}" + (alreadyStored ? S(" (isi sama sudah ada)", " (the same content is already stored)") : "");

    /// <summary>The file could not be read from the disk while it was being stored.</summary>
    public string ReadFailed => S("Mohon maaf, berkas tidak dapat dibaca. Berkas tidak disimpan.", "Sorry, the file could not be read. It was not stored.");

    // evidence list
    public string ListHelp => S("Daftar bukti dukung", "List the evidence");
    public string[] ListColumns => ["ID", "Ind.", "Level", S("Butir", "Item"), S("Berkas", "File"), "OPD", S("Pengunggah", "Uploader"), "Status"];
    /// <summary>The item "0": evidence filed under no item of the level.</summary>
    public string OtherItem => S("lainnya", "other");
    public string Listed(int count, string framework, int year) => S($"{count} berkas ({framework}, {year}).", $"{count} files ({framework}, {year}).");

    // evidence checklist
    public string ChecklistHelp => S("Bukti yang diminta Pedoman vs yang sudah ada", "The evidence the Pedoman asks for against what is filed");
    public string ChecklistTitle(int indicator, string name, string framework, int year) => S(
        $"Indikator {indicator} — {name} ({framework}, {year})", $"Indicator {indicator} — {name} ({framework}, {year})");
    public string Optional => S(" (opsional)", " (optional)");
    public string SupportedLevel(int level) => S($"Level yang didukung bukti: {level}", $"Level supported by the evidence: {level}");

    // evidence approve|reject
    public string EvidenceNumberHelp => S("Nomor bukti", "Evidence number");
    public string NoteHelp => S("Catatan untuk pengunggah", "A note for the uploader");
    public string ApproveHelp => S("Menyetujui bukti", "Approve evidence");
    public string RejectHelp => S("Menolak bukti", "Reject evidence");
    public string EvidenceNotFound => S("Bukti tidak ditemukan.", "Evidence not found.");

    // evidence check
    public string CheckHelp => S("Pemeriksaan awal isi dokumen terhadap kriteria indikator; tanpa berkas: rekonsiliasi penyimpanan",
        "Pre-check a document's content against the indicator's criteria; without a file: reconcile the file store");
    public string DocumentHelp => S("Dokumen yang diperiksa (PDF, DOCX, XLSX, JPG/PNG); tanpa berkas: rekonsiliasi penyimpanan",
        "The document to check (PDF, DOCX, XLSX, JPG/PNG); without one: reconcile the file store");
    public string FiledForHelp => S("Nomor indikator tempat dokumen diajukan", "The indicator the document is filed for");
    public string TargetLevelHelp => S("Level yang dituju (1–5)", "The level aimed at (1–5)");
    public string FrameworkOrInstansisHelp => S("Kerangka penilaian (bawaan: kerangka instansi)", "Assessment framework (default: the instansi's)");
    public string CheckJsonHelp => S("Hasil sebagai JSON", "The result as JSON");
    public string NoOcrHelp => S("Jangan menjalankan OCR untuk pindaian", "Do not run OCR on scans");
    public string AsOfHelp => S("Tanggal acuan evaluasi (YYYY-MM-DD) untuk menghitung masa berlaku reviu; bawaan: hari ini di zona waktu Pemda",
        "The evaluation's reference date (YYYY-MM-DD) a reviu's validity is counted to; default: today in the Pemda's time zone");
    public string VerifyHelp => S("Rekonsiliasi: hitung ulang SHA-256 setiap berkas", "Reconciliation: compute every file's SHA-256 again");

    public string DocumentNotFound(string path) => S($"Berkas {path} tidak ditemukan.", $"File {path} not found.");
    public string NameTheIndicator => S("Sebutkan indikator tempat dokumen diajukan: --indicator N.", "Name the indicator the document is filed for: --indicator N.");

    // evidence check without a file: the reconciliation of the file store
    public string Store(string root, long files, double megabytes) => S($"Penyimpanan: {root} — {files} berkas, {megabytes:0.0} MB", $"File store: {root} — {files} files, {megabytes:0.0} MB");
    public string Removed(int temporary, int orphans) => S($"Sementara dihapus: {temporary}; yatim dihapus: {orphans}", $"Temporary files removed: {temporary}; orphans removed: {orphans}");
    public string Damaged(int missing, int corrupt) => S($"Hilang: {missing}; rusak: {corrupt}", $"Missing: {missing}; corrupt: {corrupt}");
    public string MissingFile(string sha256) => S($"  hilang: {sha256}", $"  missing: {sha256}");
    public string CorruptFile(string sha256) => S($"  rusak: {sha256}", $"  corrupt: {sha256}");
}
