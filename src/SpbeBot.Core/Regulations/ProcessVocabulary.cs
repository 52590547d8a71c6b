namespace SpbeBot.Core.Regulations;

/// <summary>
/// The words of questions about the evaluation itself (who assesses, the stages, how explanations and evidence are
/// written): chat and English forms mapped onto the regulations' own words before retrieval, and the cues that make
/// a question a process question rather than an indicator question. Tokens are already normalised
/// (<see cref="Questions.TextNormalizer.Tokenize"/>).
/// </summary>
public static class ProcessVocabulary
{
    /// <summary>Token → the regulation's words (added next to the token, never replacing it).</summary>
    static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["self"] = "mandiri", ["assessment"] = "penilaian", ["evaluation"] = "evaluasi", ["monitoring"] = "pemantauan",
        ["assessor"] = "asesor", ["assessors"] = "asesor", ["asessor"] = "asesor", ["assesor"] = "asesor",
        ["interview"] = "interviu", ["wawancara"] = "interviu", ["interviews"] = "interviu",
        ["visit"] = "visitasi", ["kunjungan"] = "visitasi", ["lapangan"] = "visitasi", ["site"] = "visitasi", ["onsite"] = "visitasi",
        ["document"] = "dokumen", ["documents"] = "dokumen", ["evidence"] = "bukti dukung data", ["supporting"] = "dukung pendukung",
        ["ethics"] = "etika", ["ethic"] = "etika", ["principles"] = "prinsip", ["principle"] = "prinsip", ["conduct"] = "perilaku",
        ["confidentiality"] = "kerahasiaan", ["integrity"] = "integritas", ["objectivity"] = "objektivitas", ["competence"] = "kompetensi",
        ["stage"] = "tahap", ["stages"] = "tahap", ["phase"] = "tahap", ["tahapan"] = "tahap", ["preparation"] = "persiapan",
        ["implementation"] = "pelaksanaan", ["reporting"] = "pelaporan", ["report"] = "laporan", ["reports"] = "laporan",
        ["explanation"] = "penjelasan", ["narrative"] = "penjelasan", ["narasi"] = "penjelasan", ["fact"] = "fakta", ["facts"] = "fakta",
        ["analysis"] = "analisis", ["analisa"] = "analisis", ["recommendation"] = "rekomendasi", ["recommendations"] = "rekomendasi",
        ["strengths"] = "kekuatan", ["weaknesses"] = "kelemahan", ["review"] = "reviu", ["riviu"] = "reviu", ["revieu"] = "reviu",
        ["team"] = "tim", ["coordinator"] = "koordinator", ["respondent"] = "responden", ["questionnaire"] = "kuesioner",
        ["kuisioner"] = "kuesioner", ["quesioner"] = "kuesioner", ["regulation"] = "peraturan",
        ["revoked"] = "dicabut", ["repealed"] = "dicabut", ["effect"] = "berlaku", ["valid"] = "berlaku", ["expire"] = "berlaku",
        ["years"] = "tahun", ["year"] = "tahun", ["old"] = "berlaku", ["umur"] = "berlaku", ["berumur"] = "berlaku", ["kadaluarsa"] = "berlaku",
        ["kedaluwarsa"] = "berlaku", ["naming"] = "nama file", ["penamaan"] = "nama file", ["filename"] = "nama file",
        ["berkas"] = "file", ["optional"] = "opsional", ["application"] = "aplikasi", ["scope"] = "ruang lingkup",
        ["purpose"] = "tujuan", ["goal"] = "tujuan", ["legal"] = "dasar hukum", ["basis"] = "dasar", ["predicate"] = "predikat",
        ["index"] = "indeks", ["calculated"] = "penghitungan", ["calculate"] = "penghitungan", ["hitung"] = "penghitungan",
        ["dihitung"] = "penghitungan", ["rumus"] = "penghitungan", ["formula"] = "penghitungan", ["maturity"] = "kematangan",
        ["definition"] = "adalah", ["pengertian"] = "adalah", ["arti"] = "adalah", ["artinya"] = "adalah", ["means"] = "adalah",
        ["siapa"] = "oleh", ["who"] = "oleh", ["boleh"] = "dapat", ["bisa"] = "dapat", ["may"] = "dapat", ["allowed"] = "dapat",
        ["wajib"] = "harus", ["appoints"] = "ditetapkan", ["appoint"] = "ditetapkan", ["sets"] = "ditetapkan", ["netapin"] = "menetapkan",
        ["submit"] = "menyampaikan", ["submits"] = "menyampaikan", ["kirim"] = "disampaikan", ["ngirim"] = "disampaikan",
        ["upload"] = "unggah lampiran", ["unggah"] = "lampiran", ["lampirkan"] = "lampiran", ["dilampiri"] = "lampiran",
        ["internal"] = "internal", ["external"] = "eksternal", ["government"] = "pemerintah", ["governments"] = "pemerintah",
        ["local"] = "daerah", ["ministry"] = "kementerian",
        ["results"] = "hasil", ["result"] = "hasil", ["score"] = "nilai", ["scores"] = "nilai", ["scoring"] = "penilaian",
        ["level"] = "tingkat", ["levels"] = "tingkat", ["indicator"] = "indikator", ["indicators"] = "indikator",
        ["domain"] = "domain", ["aspect"] = "aspek", ["aspects"] = "aspek", ["weight"] = "bobot", ["training"] = "bimbingan teknis",
        ["bimtek"] = "bimbingan teknis", ["schedule"] = "jadwal", ["tasks"] = "tugas", ["task"] = "tugas", ["duties"] = "tugas",
        ["members"] = "anggota", ["member"] = "anggota", ["susunan"] = "struktur", ["structure"] = "struktur",
        ["screenshot"] = "screenshot tangkapan", ["link"] = "tautan", ["url"] = "tautan", ["demo"] = "dummy", ["akun"] = "user password",
        ["password"] = "password", ["format"] = "kaidah", ["template"] = "kaidah", ["contoh"] = "contoh", ["example"] = "contoh",
        ["explain"] = "penjelasan", ["written"] = "penulisan", ["write"] = "penulisan", ["nulis"] = "penulisan", ["tulis"] = "penulisan",
        ["strength"] = "kekuatan", ["weakness"] = "kelemahan", ["clarify"] = "klarifikasi", ["clarification"] = "klarifikasi",
    };

    /// <summary>Chat names of the regulations and bodies that the texts themselves never use: replaced, not added to.</summary>
    static readonly Dictionary<string, string> Replacements = new(StringComparer.Ordinal)
    {
        ["permenpanrb"] = "peraturan menteri", ["permenpan"] = "peraturan menteri", ["menpanrb"] = "menteri", ["permen"] = "peraturan menteri",
        ["kemenpan"] = "kementerian", ["kemenpanrb"] = "kementerian", ["panrb"] = "panrb", ["pemda"] = "pemerintah daerah",
        ["pemkab"] = "pemerintah daerah", ["pemkot"] = "pemerintah daerah", ["pemprov"] = "pemerintah daerah",
    };

    /// <summary>Chat fillers and English function words: they say nothing about where the answer is.</summary>
    static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "min", "ya", "yah", "sih", "dong", "nih", "kak", "pak", "bu", "bapak", "ibu", "mas", "mbak", "kah", "deh", "kok", "lho",
        "aja", "saja", "apa", "itu", "ini", "yang", "gimana", "bagaimana", "tolong", "mohon", "hormat", "dengan", "kami", "kita",
        "saya", "tidak", "gak", "ga", "nggak", "enggak", "ngga", "tanya", "mau", "informasi", "info", "konfirmasi", "terima", "kasih",
        "the", "is", "are", "what", "a", "an", "of", "to", "in", "for", "and", "does", "do", "can", "how", "which", "when", "be",
        "we", "our", "us", "i", "my", "it", "its", "this", "that", "there", "on", "at", "by", "with", "from", "or", "as", "if",
        "should", "must", "will", "would", "could", "has", "have", "any", "all", "exactly", "kayak", "gitu", "begitu", "sama",
    };

    /// <summary>A token and the regulation words it stands for (fillers dropped; chat verb forms get their standard stem too).</summary>
    public static IEnumerable<string> Expand(string token)
    {
        if (Fillers.Contains(token)) yield break;
        if (Replacements.TryGetValue(token, out var replaced))
        {
            foreach (var w in replaced.Split(' ')) yield return w;
            yield break;
        }
        yield return token;
        if (Synonyms.TryGetValue(token, out var words))
            foreach (var w in words.Split(' ')) yield return w;
        // Chat Indonesian verbs: "ngisi" → "isi", "nyusun" → "susun", "nyampein" → "sampaikan", "ngumpulin" → "kumpulkan".
        if (token.Length > 5 && token.EndsWith("in", StringComparison.Ordinal)) yield return token[..^2] + "kan";
        if (token.Length > 4 && token.StartsWith("ny", StringComparison.Ordinal)) yield return "s" + token[2..];
        if (token.Length > 4 && token.StartsWith("ng", StringComparison.Ordinal)) { yield return token[2..]; yield return "k" + token[2..]; }
    }

    /// <summary>Words that name the evaluation's own machinery: a question with one of them is about the process.</summary>
    public static readonly HashSet<string> Cues = new(StringComparer.Ordinal)
    {
        "asesor", "assessor", "assessors", "asessor", "assesor", "mandiri", "self", "interviu", "interview", "wawancara",
        "visitasi", "visit", "kunjungan", "penjelasan", "fakta", "analisis", "analisa", "justifikasi", "etika", "ethics",
        "kerahasiaan", "integritas", "objektivitas", "kuesioner", "kuisioner", "responden", "reviu", "review", "pemantauan",
        "monitoring", "pelaporan", "persiapan", "tahap", "tahapan", "stage", "stages", "pasal", "permen", "permenpan", "permenpanrb", "menpanrb", "pedoman",
        "penamaan", "naming", "filename", "umur", "berumur", "kadaluarsa", "kedaluwarsa", "opsional", "optional", "dicabut",
        "pencabutan", "rekomendasi", "kelemahan", "kekuatan", "koordinator", "sosialisasi", "bimtek", "verifikasi", "validasi",
        "klarifikasi", "lokus",
    };

    /// <summary>The regulation a question names, if exactly one: "permenpanrb-59-2020" or "pedoman-3-2024".</summary>
    public static string? NamedSource(IReadOnlyList<string> tokens)
    {
        var permen = tokens.Any(t => t is "permen" or "permenpan" or "permenpanrb" or "menpanrb") || (tokens.Contains("59") && tokens.Contains("2020"));
        var pedoman = tokens.Contains("pedoman") || (tokens.Contains("3") && tokens.Contains("2024"));
        return permen == pedoman ? null : permen ? "permenpanrb-59-2020" : "pedoman-3-2024";
    }

    /// <summary>True when the normalised tokens contain a process cue.</summary>
    public static bool HasCue(IEnumerable<string> tokens) => tokens.Any(Cues.Contains);
}
