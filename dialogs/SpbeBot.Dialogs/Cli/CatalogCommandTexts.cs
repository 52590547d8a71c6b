using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Cli;

/// <summary>
/// What `spbebot catalog …` prints (messages on stderr, the list and results on stdout) and its `--help`: in the
/// machine's language (<see cref="MachineLocale"/>). The catalog JSON and the workbook's own texts are not here.
/// </summary>
public sealed class CatalogCommandTexts : BilingualTexts
{
    public static readonly CatalogCommandTexts Id = new(english: false);
    public static readonly CatalogCommandTexts En = new(english: true);

    /// <summary>The machine's (<see cref="MachineLocale"/>).</summary>
    public static CatalogCommandTexts Machine => MachineLocale.English ? En : Id;

    CatalogCommandTexts(bool english) : base(english)
    {
    }

    // --help: the commands.
    public string Catalog => S("Katalog kriteria penilaian SPBE", "SPBE assessment criteria catalogs");
    public string BuildPedoman => S("Membangun katalog spbe-2024 dari teks peraturan", "Builds the spbe-2024 catalog from the regulation texts");
    public string BuildPassages => S("Membangun potongan teks (pasal, bab, subbab) untuk pertanyaan proses evaluasi",
        "Builds the passages (articles, chapters, sections) that answer questions about the evaluation process");
    public string BuildAsked => S("Membangun daftar pertanyaan yang pernah diajukan per potongan teks (pertanyaan proses evaluasi)",
        "Builds, for each passage, the list of questions already asked about it (questions about the evaluation process)");
    public string BuildAnalysed => S("Menganalisis potongan teks dan pertanyaan yang pernah diajukan untuk indeks (pertanyaan proses evaluasi)",
        "Analyses the passages and the questions already asked, for the index (questions about the evaluation process)");
    public string BuildPemdi => S("Membangun katalog pemdi-2026 dari pemdi-instrument.json", "Builds the pemdi-2026 catalog from pemdi-instrument.json");
    public string BuildElements => S("Membangun unsur kriteria (untuk pemeriksaan awal bukti dukung) dari teks katalog",
        "Builds the criterion elements (for the pre-check of supporting evidence) from the catalog text");
    public string List => S("Daftar kerangka penilaian dan versinya (bawaan dan hasil impor)", "Lists the assessment frameworks and their versions (shipped and imported)");
    public string Template => S("Menulis buku kerja kriteria level (satu baris per indikator × level), terisi dari katalog yang berlaku",
        "Writes the level criteria workbook (one row per indicator × level), filled in from the catalog in use");
    public string Import => S("Memuat kriteria level dari buku kerja sebagai versi baru kerangkanya", "Loads the level criteria from a workbook as a new version of its framework");
    public string Validate => S("Memeriksa berkas katalog", "Checks a catalog file");

    // --help: the arguments and options.
    public string PedomanText => S("Teks Pedoman Menteri PANRB 3/2024 (pdftotext -layout)", "Text of the PANRB Ministerial Guideline (Pedoman) 3/2024 (pdftotext -layout)");
    public string PermenText => S("Teks PermenPANRB 59/2020 (pdftotext -layout)", "Text of PermenPANRB 59/2020 (pdftotext -layout)");
    public string JsonOut => S("Berkas JSON keluaran (bawaan: stdout)", "Output JSON file (default: stdout)");
    public string Out => S("Berkas keluaran (bawaan: stdout)", "Output file (default: stdout)");
    public string ProcessSets => S("Folder set pertanyaan proses (*process-dev.tsv, *process-holdout.tsv)",
        "Folder of the process question sets (*process-dev.tsv, *process-holdout.tsv)");
    public string Exclude => S("Nama berkas set yang tidak dipakai (boleh berulang)", "File name of a set to leave out (may be repeated)");
    public string PemdiInstrument => S("reference/pemdi/pemdi-instrument.json (struktur Pemdi dengan sumbernya)",
        "reference/pemdi/pemdi-instrument.json (the Pemdi structure with its sources)");
    public string ElementFrameworks => S("Kerangka penilaian (bawaan: semua yang dikirim)", "Assessment frameworks (default: every shipped one)");
    public string ElementsOut => S("Folder keluaran, satu <kerangka>.json per kerangka (bawaan: stdout)", "Output folder, one <framework>.json per framework (default: stdout)");
    public string Notes => S("Tampilkan catatan kelengkapan setiap katalog secara utuh", "Show each catalog's completeness note in full");
    public string TemplateFramework => S("Kerangka penilaian, mis. spbe-2024", "Assessment framework, e.g. spbe-2024");
    public string TemplateOut => S("Berkas XLSX keluaran (bawaan: kriteria-<kerangka>.xlsx)", "Output XLSX file (default: kriteria-<framework>.xlsx)");
    public string Workbook => S("Buku kerja kriteria yang telah diisi (dari catalog template)", "The filled-in criteria workbook (from catalog template)");
    public string DryRun => S("Hanya memeriksa dan menampilkan perbedaan; tidak menyimpan", "Only check and show the differences; save nothing");
    public string ExpectedFramework => S("Kerangka yang diharapkan; ditolak bila buku kerja untuk kerangka lain",
        "The framework expected; a workbook for another framework is refused");
    public string CatalogFile => S("Berkas katalog JSON", "Catalog JSON file");

    // Messages.
    public string FileNotFound(string path) => S($"Mohon maaf, berkas {path} tidak ditemukan.", $"Sorry, the file {path} was not found.");
    public string FolderNotFound(string path) => S($"Mohon maaf, folder {path} tidak ditemukan.", $"Sorry, the folder {path} was not found.");

    /// <summary>The regulation texts did not parse; the builder's own reason follows.</summary>
    public string RegulationsUnreadable(string reason) => S($"Mohon maaf, teks peraturan tidak dapat dibaca. {reason}", $"Sorry, the regulation texts could not be read. {reason}");

    public string QuestionSetsUnreadable(string reason) => S($"Mohon maaf, set pertanyaan tidak dapat dibaca. {reason}", $"Sorry, the question sets could not be read. {reason}");

    public string PemdiUnreadable(string reason) => S($"Mohon maaf, berkas instrumen Pemdi tidak dapat dibaca: {reason}", $"Sorry, the Pemdi instrument file could not be read: {reason}");

    /// <summary>build-passages, per regulation.</summary>
    public string PassagesBuilt(string source, int passages) => S($"{source}: {passages} potongan teks.", $"{source}: {passages} passages.");

    public string AskedBuilt(int sets, int questions, int passages) => S(
        $"{sets} set, {questions} pertanyaan pada {passages} potongan teks.", $"{sets} sets, {questions} questions on {passages} passages.");

    public string AnalysedBuilt(int passages, int questions, int notInTexts) => S(
        $"{passages} potongan teks, {questions} pertanyaan, {notInTexts} pertanyaan tanpa jawaban di teks.",
        $"{passages} passages, {questions} questions, {notInTexts} questions with no answer in the texts.");

    /// <summary>build-elements, per framework.</summary>
    public string ElementsBuilt(string framework, int indicators, int checkable, int elements) => S(
        $"Unsur {framework}: {indicators} indikator, {checkable} dengan unsur level yang dapat diperiksa, {elements} unsur.",
        $"Elements of {framework}: {indicators} indicators, {checkable} with level elements that can be checked, {elements} elements.");

    public string UnknownFramework(string framework, IEnumerable<string> available) => S(
        $"Kerangka \"{framework}\" tidak dikenal. Pilihan: {string.Join(", ", available)}.",
        $"Unknown framework \"{framework}\". Choices: {string.Join(", ", available)}.");

    /// <summary>A built catalog's summary; its warnings follow, one per line.</summary>
    public string CatalogBuilt(string framework, int domains, int aspects, int indicators, int levels, int warnings) => S(
        $"Katalog {framework}: {domains} domain, {aspects} aspek, {indicators} indikator, {levels} level, {warnings} peringatan.",
        $"Catalog {framework}: {domains} domains, {aspects} aspects, {indicators} indicators, {levels} levels, {warnings} warnings.");

    /// <summary>A built catalog's note on what it lacks (the note itself is the catalog's, in Indonesian).</summary>
    public string BuiltNote(string note) => S($"  Catatan: {note}", $"  Note: {note}");

    /// <summary>catalog list: one framework's line.</summary>
    public string ListedFramework(string framework, int indicators, string title, int versionInUse) => S(
        $"{framework}  {indicators} indikator  {title}  (berlaku: versi {versionInUse}{(versionInUse == 0 ? ", bawaan" : "")})",
        $"{framework}  {indicators} indicators  {title}  (in use: version {versionInUse}{(versionInUse == 0 ? ", shipped" : "")})");

    public string IncompleteInFull(string note) => S($"    Belum lengkap: {note}", $"    Incomplete: {note}");
    public string IncompleteShort => S("    Belum lengkap (catatan lengkap: ./spbebot catalog list --notes)", "    Incomplete (the full note: ./spbebot catalog list --notes)");

    /// <summary>catalog list: an imported version, time in UTC.</summary>
    public string ImportedVersion(int version, DateTimeOffset importedAt, string importedBy, string sourceFile, string sha256) => S(
        $"    versi {version}  diimpor {importedAt.ToUniversalTime():yyyy-MM-dd HH:mm} UTC oleh {importedBy}  dari {sourceFile}  sha256 {sha256[..12]}…",
        $"    version {version}  imported {importedAt.ToUniversalTime():yyyy-MM-dd HH:mm} UTC by {importedBy}  from {sourceFile}  sha256 {sha256[..12]}…");

    public string ShippedVersion => S("    versi 0  bawaan aplikasi", "    version 0  shipped with the application");

    public string TemplateWritten(string framework, int version, int indicators, string path) => S(
        $"Templat kriteria {framework} (versi {version}, {indicators} indikator × 5 level) ditulis ke {path}.",
        $"Criteria template for {framework} (version {version}, {indicators} indicators × 5 levels) written to {path}.");

    public string NotACatalog(string reason) => S($"Mohon maaf, berkas ini bukan katalog yang sah: {reason}", $"Sorry, this file is not a valid catalog: {reason}");
    public string CatalogValid => S("Katalog sah.", "The catalog is valid.");

    /// <summary>catalog validate: the problems follow, one per line.</summary>
    public string ProblemsHeader(int count) => S($"Mohon periksa {count} masalah berikut:",
        count == 1 ? "Please check the following problem:" : $"Please check the following {count} problems:");
}
