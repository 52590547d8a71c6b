namespace SpbeBot.Core.Criteria.Elements;

/// <summary>
/// The one place for the words Pemda documents use for a criterion item's words, where they mean the same. The element
/// generator writes <see cref="Spellings"/> into the generated elements (<see cref="ElementBuilder"/>); the evidence
/// checker adds <see cref="SentenceForms"/> to an item's terms when it looks for the item in a document, and reads
/// <see cref="Intended"/> wherever it asks whether a text only plans.
/// </summary>
public static class DocumentWords
{
    /// <summary>
    /// Other words for a word of an item: an Inspektorat's "pemeriksaan" for audit; the Indonesian of SNI ISO/IEC 27001's
    /// clauses for the Manajemen Keamanan Informasi items ("cakupan" for ruang lingkup, "pembagian peran" for penanggung
    /// jawab, "peningkatan berkesinambungan" for perbaikan berkelanjutan); Satu Data Indonesia's "kode referensi" for data
    /// referensi. Whole words only; every other word of the item stays as the criterion writes it.
    /// </summary>
    public static readonly IReadOnlyList<(string Word, string[] Others)> Spellings =
    [
        ("audit", ["pemeriksaan"]),
        ("ruang lingkup", ["cakupan", "batas cakupan"]),
        ("penanggung jawab", ["pembagian peran", "peran dan tanggung jawab"]),
        ("perbaikan berkelanjutan", ["peningkatan berkelanjutan", "peningkatan berkesinambungan", "perbaikan berkesinambungan"]),
        ("evaluasi kinerja", ["pengukuran kinerja", "penilaian kinerja", "pemantauan dan pengukuran"]),
        ("dukungan pengoperasian", ["dukungan dan pengoperasian", "dukungan operasional"]),
        // Satu Data Indonesia (Perpres 39/2019) names the shared codes "kode referensi", beside "data induk".
        ("data referensi", ["kode referensi"]),
        // Perpres 39/2019's "interoperabilitas" of data is written alone in a data policy's list ("f. pertukaran dan pakai
        // bersama data antar sistem (interoperabilitas)"), or as what it is: "pertukaran data", "berbagi pakai data".
        ("interoperabilitas data", ["interoperabilitas", "pertukaran data", "berbagi pakai data", "bagi pakai data"]),
    ];

    /// <summary>
    /// Other names of a whole item, where the item's term is exactly the key: the Kriteria of Peta Rencana lists "Audit
    /// Teknologi SPBE dan Audit TIK", while its own description (and Perpres 95/2018's muatan of the Peta Rencana) names the
    /// one audit "Audit TIK" — a roadmap with an "Audit TIK" row has both.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> SameItems = new Dictionary<string, string[]>
    {
        ["audit teknologi"] = ["audit tik", "audit teknologi informasi dan komunikasi"],
    };

    /// <summary>
    /// The words that say a step is intended, not done. <see cref="Scheduled"/>: set for a time ("akan", "direncanakan",
    /// "rencananya", "dijadwalkan", "diagendakan", "ditargetkan"); <see cref="Intended"/> adds a proposal ("diusulkan",
    /// "usulan"), which in a service's own words names what users submit ("unggah usulan") and in a reviu's what was
    /// reviewed ("evaluasi usulan anggaran"), so only the readings of a follow-up's sentence or entries take it. One list
    /// for every reading that asks whether a sentence, a clause or a section only plans (issue 22, wip-33ev); each reading
    /// adds what is its own (a denial "belum", a draft "rancangan", the nouns "rencana"/"target", which also name the plan a
    /// record followed). Alternations over folded text, whole words.
    /// </summary>
    public const string Scheduled = "akan|direncanakan|rencananya|dijadwalkan|diagendakan|ditargetkan";

    /// <summary>See <see cref="Scheduled"/>.</summary>
    public const string Intended = Scheduled + "|diusulkan|usulan";

    /// <summary>
    /// The Manajemen Keamanan Informasi items as a policy's sentences write them, beyond the chapter names above: "Sekretaris
    /// Daerah … bertanggung jawab atas sistem manajemen keamanan informasi", "rencana keamanan informasi tahunan",
    /// "pengoperasian pengendalian keamanan", "kinerja keamanan informasi dinilai setiap tahun", "perbaikan secara
    /// terus-menerus". Keyed by the item's term folded (lower case, non-letters as spaces); patterns over folded text.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> SentenceForms = new Dictionary<string, string[]>
    {
        ["penetapan penanggung jawab"] = [@"\bbertanggung\s+jawab\s+atas\s+(?:\w+\s+){0,3}?(?:keamanan|sistem\s+manajemen)\b"],
        ["perencanaan"] = [@"\b(?:rencana|merencanakan)\s+(?:\w+\s+){0,2}?keamanan\b"],
        ["dukungan pengoperasian"] = [@"\bpengoperasian\s+(?:\w+\s+){0,2}?keamanan\b"],
        ["evaluasi kinerja"] = [@"\bkinerja\s+(?:\w+\s+){0,3}?(?:dinilai|dievaluasi|diukur)\b"],
        ["perbaikan berkelanjutan"] = [@"\b(?:perbaikan|peningkatan)\s+(?:secara\s+)?terus\s+menerus\b"],
        // The process as a list entry or table row names it, without "pengelolaan": "| 1 | Arsitektur data | Katalog …" (set 28 W23).
        ["pengelolaan arsitektur data"] = [@"(?:^|\n)[ \t]*(?:\d{1,2}[ \t]+|[a-h][ \t]+)?arsitektur[ \t]+data\b"],
    };
}
