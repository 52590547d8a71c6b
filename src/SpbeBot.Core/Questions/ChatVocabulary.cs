namespace SpbeBot.Core.Questions;

/// <summary>The fixed vocabulary of chat Indonesian (and some English) that question reading relies on.</summary>
static class ChatVocabulary
{
    /// <summary>
    /// The one word a request reaches the rules as: "mohon" and "pls" are read as "tolong" before any rule sees them
    /// (<see cref="Slang"/>), so a rule that looks for a request names this word, not the spellings.
    /// </summary>
    public const string Request = "tolong";

    /// <summary>Chat abbreviations → standard words. Keys are already normalised (lowercase, no punctuation).</summary>
    public static readonly IReadOnlyDictionary<string, string> Slang = new Dictionary<string, string>
    {
        ["yg"] = "yang", ["hrs"] = "harus", ["aja"] = "saja", ["sj"] = "saja", ["doang"] = "saja",
        ["gmn"] = "bagaimana", ["gmna"] = "bagaimana", ["bgmn"] = "bagaimana", ["gimana"] = "bagaimana",
        ["dgn"] = "dengan", ["dg"] = "dengan", ["utk"] = "untuk", ["tdk"] = "tidak", ["gak"] = "tidak", ["ga"] = "tidak",
        ["nggak"] = "tidak", ["blm"] = "belum", ["sdh"] = "sudah", ["udh"] = "sudah", ["udah"] = "sudah",
        ["dlm"] = "dalam", ["krn"] = "karena", ["pd"] = "pada", ["klo"] = "kalau", ["kalo"] = "kalau", ["jk"] = "jika",
        ["brp"] = "berapa", ["berapakah"] = "berapa", ["mksd"] = "maksud", ["maksudnya"] = "maksud",
        ["apaan"] = "apa", ["apasaja"] = "apa saja", ["dokumen2"] = "dokumen", ["syarat2"] = "syarat",
        ["lvl"] = "level", ["lvlnya"] = "levelnya", ["lv"] = "level", ["lev"] = "level", ["lvel"] = "level", ["levl"] = "level", ["leve"] = "level",
        ["ind"] = "indikator", ["indi"] = "indikator", ["indk"] = "indikator", ["indkt"] = "indikator", ["idk"] = "indikator",
        ["indikatornya"] = "indikator", ["tk"] = "tingkat", ["tkt"] = "tingkat", ["tingkatan"] = "tingkat",
        ["bukdung"] = "bukti dukung", ["datdung"] = "data dukung", ["bukti2"] = "bukti", ["buktinya"] = "bukti",
        ["spbenya"] = "spbe", ["disiapin"] = "disiapkan", ["siapin"] = "disiapkan", ["nyiapin"] = "disiapkan",
        ["apk"] = "aplikasi", ["app"] = "aplikasi", ["apps"] = "aplikasi", ["bgt"] = "banget", ["tp"] = "tapi",
        ["sy"] = "saya", ["sya"] = "saya", ["kami"] = "kami", ["kmi"] = "kami", ["thn"] = "tahun", ["th"] = "tahun",
        ["nmr"] = "nomor", ["no"] = "nomor", ["dok"] = "dokumen", ["pls"] = Request, ["mohon"] = Request,
        ["dpt"] = "dapat", ["dapet"] = "dapat", ["bs"] = "bisa", ["bsa"] = "bisa", ["skrg"] = "sekarang", ["krg"] = "kurang", ["msh"] = "masih",
        ["lg"] = "lagi", ["jg"] = "juga", ["sm"] = "sama", ["trs"] = "terus", ["tsb"] = "tersebut", ["blum"] = "belum", ["bru"] = "baru", ["bbrp"] = "beberapa", ["brp2"] = "beberapa", ["kyknya"] = "kayaknya", ["sblm"] = "sebelum",
        ["gk"] = "tidak", ["engga"] = "tidak", ["enggak"] = "tidak", ["ngga"] = "tidak", ["nda"] = "tidak", ["blom"] = "belum", ["bkn"] = "bukan",
        ["cm"] = "cuma", ["cuman"] = "cuma", ["dr"] = "dari",
        // Regional Malay negators: Minang "indak", "alun" (belum), Kupang "sonde", Papua/Maluku "tra", "trada" ("tidak ada"),
        // Maluku "seng", "balong" (belum), Manado "nyanda", Banjar "kada", "balum" (TextNormalizer keeps "alun-alun" and a head of region's "SK kada").
        ["indak"] = "tidak", ["sonde"] = "tidak", ["tra"] = "tidak", ["trada"] = "tidak ada", ["tarada"] = "tidak ada", ["seng"] = "tidak", ["nyanda"] = "tidak",
        ["alun"] = "belum", ["kada"] = "tidak", ["balum"] = "belum", ["balong"] = "belum",
        // Javanese "durung", "urung", "dereng" (belum) and "ora", "mboten" (tidak).
        ["durung"] = "belum", ["urung"] = "belum", ["dereng"] = "belum", ["ora"] = "tidak", ["mboten"] = "tidak",
        // Short forms of the regulations' own terms: keamanan sistem/informasi, pusat data.
        ["kamsis"] = "keamanan sistem", ["kaminfo"] = "keamanan informasi", ["pusdat"] = "pusat data",
    };

    /// <summary>Words after which a glued number is split off: "l4", "lvl4", "i32", "ke4", "ind32", "no32".</summary>
    public static readonly HashSet<string> NumberPrefixes =
    [
        "l", "lv", "lvl", "lev", "level", "i", "ind", "indi", "indikator", "no", "nomor", "ke", "tk", "tkt", "tingkat", "id", "lvel", "levl", "idk",
    ];

    /// <summary>Indonesian and English number words up to 99, for "tingkat empat", "indikator tiga puluh dua".</summary>
    public static readonly IReadOnlyDictionary<string, int> NumberWords = new Dictionary<string, int>
    {
        ["nol"] = 0, ["satu"] = 1, ["dua"] = 2, ["tiga"] = 3, ["empat"] = 4, ["lima"] = 5, ["enam"] = 6, ["tujuh"] = 7,
        ["delapan"] = 8, ["sembilan"] = 9, ["sepuluh"] = 10, ["sebelas"] = 11, ["seratus"] = 100,
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40,
        ["pertama"] = 1, ["kedua"] = 2, ["ketiga"] = 3, ["keempat"] = 4, ["kelima"] = 5, ["keenam"] = 6,
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5,
    };

    public static readonly IReadOnlyDictionary<string, int> Roman = new Dictionary<string, int>
    {
        ["i"] = 1, ["ii"] = 2, ["iii"] = 3, ["iv"] = 4, ["v"] = 5, ["vi"] = 6, ["vii"] = 7, ["viii"] = 8, ["ix"] = 9, ["x"] = 10,
    };

    /// <summary>Level names of the two general ladders, accepted after a level word: "tingkat terdefinisi".</summary>
    public static readonly IReadOnlyDictionary<string, int> LadderNames = new Dictionary<string, int>
    {
        ["rintisan"] = 1, ["terkelola"] = 2, ["terdefinisi"] = 3, ["terpadu"] = 4, ["terukur"] = 4, ["optimum"] = 5,
        ["informasi"] = 1, ["interaksi"] = 2, ["transaksi"] = 3, ["kolaborasi"] = 4, ["optimal"] = 5,
    };

    /// <summary>Words that introduce an indicator number.</summary>
    public static readonly HashSet<string> IndicatorWords = ["indikator", "indicator", "i", "id", "nomor", "number", "butir"];

    /// <summary>Words that introduce a level.</summary>
    public static readonly HashSet<string> LevelWords = ["level", "tingkat", "l", "lvl", "tahap", "kematangan"];

    /// <summary>Words that mark a question as English; two or more make the reply labels English.</summary>
    public static readonly HashSet<string> EnglishMarkers =
    [
        "what", "which", "how", "the", "is", "are", "needed", "required", "requirements", "requirement", "for", "of", "does",
        "evidence", "weight", "difference", "between", "about", "mean", "means", "need", "do", "we", "i", "should", "prepare",
        "documents", "what's", "whats", "tell", "me", "explain", "indicator", "and", "policy", "service", "management",
    ];

    /// <summary>Filler words ignored when matching topic phrases.</summary>
    public static readonly HashSet<string> Stopwords =
    [
        "dan", "atau", "yang", "di", "ke", "dari", "untuk", "pada", "dalam", "the", "of", "and", "for", "a", "an", "on", "in", "to",
        "pak", "bu", "bapak", "ibu", "min", "kak", "mas", "mbak", "ya", "yah", "dong", "nih", "sih", "kah", Request, "mau", "tanya",
        "nya", "itu", "ini", "apa", "saja", "berbasis", "elektronik", "instansi", "pemerintah", "daerah", "tingkat", "kematangan",
        "spbe", "kita", "kami", "saya", "is", "are", "what", "about", "terkait", "tentang", "soal", "mengenai", "regarding",
    ];
}
