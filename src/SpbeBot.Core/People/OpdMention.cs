using SpbeBot.Core.Questions;

namespace SpbeBot.Core.People;

/// <summary>
/// An OPD a chat question names that the Pemda does not have ("tenggat inspektorat" where no OPD is called so): a word
/// that is an OPD's name on its own ("inspektorat", "dinkes"), or a kind of OPD with the word after it ("dinas kesehatan").
/// Without it, a question about an unknown OPD is answered as if it named none (every OPD's deadlines, the asker's uploads).
/// </summary>
public static class OpdMention
{
    /// <summary>
    /// Words that name one usual OPD on their own, each with a word its full name carries ("dinkes": Dinas Kesehatan), so a
    /// Pemda that listed only the full name still knows the OPD by its usual short name.
    /// </summary>
    static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["inspektorat"] = "inspektorat", ["itda"] = "inspektorat", ["itkab"] = "inspektorat", ["itkot"] = "inspektorat",
        ["bappeda"] = "perencanaan", ["bapenda"] = "pendapatan", ["bappenda"] = "pendapatan", ["diskominfo"] = "komunikasi",
        ["kominfo"] = "komunikasi", ["dinkes"] = "kesehatan", ["disdik"] = "pendidikan", ["dishub"] = "perhubungan",
        ["dukcapil"] = "kependudukan", ["disdukcapil"] = "kependudukan", ["bpkad"] = "keuangan", ["bpkd"] = "keuangan",
        ["bkpsdm"] = "kepegawaian", ["bkd"] = "kepegawaian", ["bkpp"] = "kepegawaian", ["bpbd"] = "bencana", ["rsud"] = "rumah sakit",
        ["satpol"] = "pamong praja", ["setwan"] = "dewan perwakilan", ["dprd"] = "dewan perwakilan", ["dpmptsp"] = "penanaman modal",
        ["dlh"] = "lingkungan hidup", ["disnaker"] = "tenaga kerja", ["dinsos"] = "sosial", ["kesbangpol"] = "kesatuan bangsa",
        ["pupr"] = "pekerjaan umum", ["dpupr"] = "pekerjaan umum", ["setda"] = "sekretariat daerah", ["sekda"] = "sekretariat daerah",
        ["ukpbj"] = "pengadaan", ["disperindag"] = "perindustrian", ["dispar"] = "pariwisata", ["dispora"] = "pemuda",
        ["dpkp"] = "perumahan", ["ortala"] = "organisasi",
    };

    /// <summary>Kinds of OPD, a name only with the word after them ("dinas kesehatan", "bagian umum").</summary>
    static readonly HashSet<string> Kinds = new(StringComparer.Ordinal) { "dinas", "badan", "bagian", "kecamatan", "sekretariat" };

    /// <summary>Words for the asker's own unit before a word of whose ("OPD saya", "dinas kami").</summary>
    static readonly HashSet<string> Units = new(StringComparer.Ordinal) { "opd", "dinas", "badan", "bagian", "unit", "kantor", "instansi", "satker" };
    static readonly HashSet<string> Own = new(StringComparer.Ordinal) { "saya", "sy", "kami", "kita", "aku", "awak", "ulun", "kito", "ambo", "beta", "torang", "katong", "abdi", "urang", "kulo", "kula", "tiang", "gue", "gw", "our", "my" };

    /// <summary>Words after a kind that do not name one: whose it is ("dinas kami"), which ("badan mana"), or the question going on.</summary>
    static readonly HashSet<string> NotAName = new(Own.Concat(
    [
        "kamu", "anda", "pian",
        "ini", "itu", "tu", "ni", "nya", "yang", "yg", "mana", "apa", "kapan", "kpn", "lain", "lainnya", "terkait", "masing",
        "semua", "sudah", "udah", "sdh", "belum", "blm", "dan", "di", "ke", "dari", "untuk", "utk", "punya", "pu", "pe", "saja",
        "aja", "juga", "nih", "dong", "sih", "ya", "deadline", "tenggat", "tenggatnya", "the", "of",
        // What a question goes on with after the name ("dinas perikanan bulan ini", "bagian umum bukti apa").
        "bulan", "minggu", "tahun", "hari", "besok", "kemarin", "sekarang", "skrg", "berapa", "brp", "gimana", "gmn",
        "bagaimana", "kah", "ga", "gak", "nggak", "tidak", "masih", "lagi", "ada", "bukti", "dukung", "file", "berkas",
        "dokumen", "upload", "unggah", "diunggah", "rencana", "aksi", "tindak", "target", "status", "sampai", "tanggal",
        "tgl", "mohon", "tolong", "deadlines", "uploads", "evidence", "plan", "overdue", "when", "what", "is", "are", "has",
        "have", "still", "due",
    ]), StringComparer.Ordinal);

    /// <summary>At most this many words after a kind are taken as the name it begins ("Dinas Pemberdayaan Masyarakat dan Desa").</summary>
    const int MaxNameWords = 6;

    /// <summary>
    /// The OPD the question names, as the question writes it, when none of <paramref name="knownNames"/> (the Pemda's OPD names,
    /// abbreviations and aliases, normalised) holds its words; null when it names none or a known one.
    /// </summary>
    public static string? Unknown(string question, IEnumerable<string> knownNames)
    {
        var words = TextNormalizer.Normalize(question).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Inspektorat mau rapat besok. Saya perlu daftar … dari OPD saya": whose is asked is the asker's own unit.
        if (words.Where((w, i) => Units.Contains(w) && i + 1 < words.Length && Own.Contains(words[i + 1])).Any()) return null;
        var known = knownNames.Select(n => " " + n + " ").ToList();
        for (var i = 0; i < words.Length; i++)
        {
            string? named = Names.ContainsKey(words[i]) ? words[i]
                : Kinds.Contains(words[i]) && i + 1 < words.Length && IsNameWord(words[i + 1]) ? words[i] + " " + words[i + 1]
                : null;
            // A known name holding the words ("dinas komunikasi" of "Dinas Komunikasi, Informatika …"), or a word within a
            // known one ("kominfo" of "Diskominfo"), is that OPD said another way.
            if (named is not null && !known.Any(k => k.Contains(named.Contains(' ') ? " " + named + " " : named, StringComparison.Ordinal))
                && !(Names.TryGetValue(named, out var full) && known.Any(k => k.Contains(" " + full + " ", StringComparison.Ordinal))))
                return AsWritten(question, named.Contains(' ') ? WholeName(words, i, known) : [named]);
        }
        return null;
    }

    /// <summary>
    /// The kind at <paramref name="kind"/> and every name word after it, "dan" between two of them included: "dinas
    /// pekerjaan umum dan penataan ruang", not "dinas pekerjaan". A "dan" before a word that begins another OPD (a kind,
    /// a usual short name, the first word of a known name: "dinas perikanan dan dinas kesehatan") ends the name, and the name never ends in "dan".
    /// </summary>
    static string[] WholeName(string[] words, int kind, List<string> known)
    {
        var end = kind + 2;
        while (end - kind <= MaxNameWords)
        {
            if (end < words.Length && IsNameWord(words[end])) end++;
            else if (end + 1 < words.Length && words[end] == "dan" && IsNameWord(words[end + 1])
                && !BeginsAnOpd(words[end + 1], known)) end += 2;
            else break;
        }
        end = Math.Min(end, kind + 1 + MaxNameWords);
        if (words[end - 1] == "dan") end--;
        return words[kind..end];
    }

    /// <summary>A kind, a usual short name, or the first word of one of the Pemda's names (<paramref name="known"/>, spaced).</summary>
    static bool BeginsAnOpd(string word, List<string> known) =>
        Kinds.Contains(word) || Names.ContainsKey(word) || known.Any(k => k.StartsWith(" " + word + " ", StringComparison.Ordinal));

    /// <summary>The words as the question writes them ("Dinas Kesehatan", "DINKES"); as normalised where it cannot tell (letters with diacritics).</summary>
    static string AsWritten(string question, string[] words)
    {
        var pattern = @"\b" + string.Join(@"[^\p{L}\p{N}]+", words.Select(System.Text.RegularExpressions.Regex.Escape)) + @"\b";
        var match = System.Text.RegularExpressions.Regex.Match(question, pattern,
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        return match.Success ? match.Value : string.Join(' ', words);
    }

    /// <summary>
    /// The one OPD whose full name carries what a usual short name in the question stands for ("tenggat dinkes": the Dinas
    /// Kesehatan listed without "Dinkes"); null when none or more than one does.
    /// </summary>
    public static Opd? ByShortName(string question, IReadOnlyList<Opd> opds)
    {
        foreach (var word in TextNormalizer.Normalize(question).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Names.TryGetValue(word, out var full)) continue;
            var meant = opds.Where(o => (" " + TextNormalizer.Normalize(o.Name) + " ").Contains(" " + full + " ", StringComparison.Ordinal)).Take(2).ToList();
            if (meant.Count == 1) return meant[0];
        }
        return null;
    }

    /// <summary>Not a word of the chat's own ("iraha", "wae", "kitu": regional question words and fillers; "kapan", "kita").</summary>
    static bool IsNameWord(string word) => word.All(char.IsLetter) && !NotAName.Contains(word) && !ChatIntents.IsChatWord(word);
}
