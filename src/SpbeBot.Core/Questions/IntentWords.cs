namespace SpbeBot.Core.Questions;

/// <summary>Keywords that tell what kind of answer is wanted (normalised, Indonesian and English).</summary>
static class IntentWords
{
    public static readonly HashSet<string> Evidence =
    [
        "bukti", "dukung", "evidence", "dokumen", "dokumennya", "berkas", "file", "lampiran", "upload", "unggah", "diunggah",
        "documents", "document", "proof", "eviden", "evidensi", "buktinya", "diupload", "dilampirkan", "attachment", "attachments",
    ];

    public static readonly HashSet<string> Compare =
    [
        "beda", "bedanya", "perbedaan", "membedakan", "bandingkan", "perbandingan", "difference", "differences", "differ",
        "compare", "comparison", "versus", "vs", "dibanding", "dibandingkan", "selisih", "separates",
    ];

    public static readonly HashSet<string> Weight =
    [
        "bobot", "bobotnya", "weight", "weights", "weighting", "persentase", "porsi", "weighted",
    ];

    public static readonly HashSet<string> Predikat = ["predikat", "predikatnya", "predicate", "grade", "rating", "kategori", "kategorinya", "golongan", "termasuk"];

    public static readonly HashSet<string> Index = ["indeks", "index", "indeksnya", "nilai", "nilainya", "skor", "score", "hitung", "hitungkan", "menghitung", "calculate"];

    /// <summary>Words that ask for a difference as such (a comparison, not a move up); Acehnese "bida" is "beda".</summary>
    public static readonly HashSet<string> Difference =
        ["beda", "bedanya", "perbedaan", "membedakan", "berbeda", "difference", "differences", "differ", "versus", "vs", "compare", "comparison", "bandingkan", "perbandingan", "separates", "bida"];

    /// <summary>Moving up to a level: "naik ke level 4", "apa tambahan level 3", "biar dapat nilai 4", "what does level 3 add".</summary>
    public static readonly HashSet<string> MoveUp =
    [
        "naik", "menaikkan", "menaikan", "dinaikkan", "kenaikan", "meningkatkan", "ditingkatkan", "peningkatan", "tambahan", "ditambahkan", "tambah",
        "menambah", "biar", "agar", "supaya", "capai", "mencapai", "tercapai", "meraih", "reach", "upgrade", "add", "adds", "additional", "move",
        "raise", "raising", "climb", "beyond", "lompat", "loncat", "memperoleh", "next", "extra", "lagi", "else", "further", "selanjutnya", "berikutnya",
        // Regional: Minang "naiak", Javanese "munggah".
        "naiak", "munggah",
    ];

    /// <summary>
    /// Verbs of rising to a level: "naik ke level 4", "supaya naik level", "apa yang harus ditambah", "move up", "improve".
    /// The one list of them: a number after one counts levels ("naik 1 lvl"), a level after "semua" and one is a target
    /// (NumberReader); a rise asked from where one stands, a level moved to (QuestionParser).
    /// </summary>
    public static readonly HashSet<string> Rise =
    [
        "naik", "menaikkan", "menaikan", "dinaikkan", "kenaikan", "ditingkatkan", "meningkatkan", "ditambah", "ditambahkan", "upgrade", "improve",
        "raise", "move", "moving", "climb", "naiak", "munggah",
    ];

    /// <summary>
    /// Words that lead to the level aimed at, not the one held: "dari 3 ke 4", "biar 4", "targetnya jadi 4", "skrg lvl 2,
    /// mau 3", "naik ke transaksi (lvl 3)", "to reach (level 4)". A small number right after one is that level; a level
    /// after one is not where the asker stands. The one list of them (NumberReader, QuestionParser.StandingLevel.cs).
    /// </summary>
    public static readonly HashSet<string> Aim =
    [
        "ke", "to", "menuju", "towards", "into", "jadi", "menjadi", "biar", "agar", "supaya", "target", "targetnya", "naik", "capai",
        "mencapai", "reach", "achieve", "get", "mau", "ingin", "pengen", "pgn", "want", "wants",
        // Regional: Ambonese and Minang "naik ka 4" ("ke"), Minang "naiak" and Javanese "munggah 4" ("naik"), Malay "nak level 4" ("mau").
        "ka", "naiak", "munggah", "nak", "hendak",
    ];

    /// <summary>Asking for the step after the level where one stands: "next apa", "selanjutnya", "what comes next".</summary>
    public static readonly HashSet<string> Next = ["next", "selanjutnya", "berikutnya", "lanjut", "lanjutnya", "afterwards", "further"];

    /// <summary>Asking which level a described situation meets: "level berapa", "masuk level apa", "which level".</summary>
    public static readonly HashSet<string> WhichLevel = ["berapa", "apa", "mana", "which", "what", "manakah", "brp"];

    /// <summary>Words that describe a state: "sudah ditetapkan", "belum direviu", "baru 3 OPD", "we have".</summary>
    public static readonly HashSet<string> State =
    [
        "sudah", "telah", "belum", "baru", "masih", "sedang", "punya", "memiliki", "mempunyai", "ada", "already", "have", "has", "had", "not",
        "only", "still", "yet", "tanpa", "without", "pernah", "never", "dilakukan", "dilaksanakan", "berjalan", "kondisi", "kondisinya", "currently", "cuma", "hanya",
    ];

    /// <summary>Asking someone to send or forward a thing: not a criteria question.</summary>
    public static readonly HashSet<string> SendRequest = ["kirim", "kirimkan", "kirimin", "kirimi", "send", "forward", "teruskan", "share", "bagikan"];

    public static readonly HashSet<string> All = ["semua", "seluruh", "all", "every", "each", "setiap", "tiap", "rata"];

    public static readonly HashSet<string> Rest = ["sisanya", "lainnya", "sisa", "rest", "others", "other", "lain"];

    public static readonly HashSet<string> About =
    [
        "itu", "maksud", "arti", "artinya", "penjelasan", "jelaskan", "jelasin", "deskripsi", "definisi", "explain", "meaning",
        "describe", "description", "menilai", "dinilai", "apakah", "what", "about", "pengertian",
    ];

    public static readonly HashSet<string> Requirement =
    [
        "syarat", "persyaratan", "kriteria", "dibutuhkan", "butuh", "perlu", "diperlukan", "harus", "disiapkan", "dipenuhi",
        "memenuhi", "capai", "mencapai", "requirement", "requirements", "required", "need", "needed", "needs", "criteria",
        "criterion", "kebutuhan", "siapkan", "menyiapkan", "persiapan", "ketentuan", "standar", "naik", "achieve", "reach",
    ];

    /// <summary>Words that connect two levels in a comparison: "level 3 dan 4", "3 ke 4", "3 vs 4", "3-4".</summary>
    public static readonly HashSet<string> LevelJoiners = ["dan", "sama", "atau", "vs", "versus", "ke", "sampai", "hingga", "and", "to", "dengan", "or", "menuju", "dibanding", "dibandingkan", "menjadi", "jadi", "into", "towards"];

    /// <summary>Words for ranges of indicators: "indikator 1 sampai 10".</summary>
    public static readonly HashSet<string> RangeJoiners = ["sampai", "hingga", "sd", "to", "through", "until"];

    public static IEnumerable<string> AllWords =>
        Evidence.Concat(Compare).Concat(Weight).Concat(Predikat).Concat(Index).Concat(All).Concat(Rest).Concat(About).Concat(Requirement)
            .Concat(["domain", "aspek", "aspect", "indikator", "indicator", "level", "tingkat", "sektor", "sector", "berapa"]);
}
