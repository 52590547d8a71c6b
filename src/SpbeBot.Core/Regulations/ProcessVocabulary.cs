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
        // Chat and English words for what the texts say in their own terms (general, not tied to one question).
        ["goals"] = "tujuan", ["aim"] = "tujuan", ["aims"] = "tujuan", ["objective"] = "tujuan", ["objectives"] = "tujuan",
        ["fungsi"] = "tujuan", ["fungsinya"] = "tujuan", ["function"] = "fungsi tujuan", ["gunanya"] = "tujuan", ["manfaat"] = "tujuan",
        ["check"] = "pemeriksaan memeriksa", ["checks"] = "pemeriksaan memeriksa", ["cek"] = "pemeriksaan memeriksa", ["ngecek"] = "pemeriksaan memeriksa",
        ["completeness"] = "kelengkapan", ["lengkap"] = "kelengkapan", ["complete"] = "kelengkapan",
        ["submission"] = "penyampaian", ["submitted"] = "disampaikan", ["send"] = "menyampaikan", ["sends"] = "menyampaikan",
        ["share"] = "mengungkapkan informasi", ["disclose"] = "mengungkapkan", ["bocorin"] = "mengungkapkan", ["sebar"] = "mengungkapkan",
        ["parties"] = "pihak", ["party"] = "pihak", ["other"] = "lain", ["others"] = "lain",
        ["gift"] = "gratifikasi", ["gifts"] = "gratifikasi", ["hadiah"] = "gratifikasi", ["oleh2"] = "gratifikasi", ["bribe"] = "gratifikasi",
        ["suap"] = "gratifikasi", ["nerima"] = "menerima", ["accept"] = "menerima",
        ["decide"] = "menetapkan ditetapkan", ["decides"] = "menetapkan ditetapkan", ["determine"] = "menetapkan ditetapkan",
        ["determines"] = "menetapkan ditetapkan", ["menentukan"] = "menetapkan ditetapkan", ["nentuin"] = "menetapkan ditetapkan",
        ["enter"] = "memasukkan entri", ["enters"] = "memasukkan entri", ["input"] = "memasukkan entri", ["entry"] = "entri",
        ["operator"] = "pelaksana entri", ["ngisi"] = "mengisi", ["fill"] = "mengisi",
        ["itung"] = "penghitungan perkalian", ["computed"] = "penghitungan perkalian", ["compute"] = "penghitungan perkalian",
        ["menghitung"] = "penghitungan perkalian", ["perhitungan"] = "penghitungan perkalian",
        ["bureaucratic"] = "birokrasi", ["reform"] = "reformasi", ["rb"] = "reformasi birokrasi",
        ["cluster"] = "pengelompokan clustering", ["clustered"] = "pengelompokan clustering", ["dikelompokkan"] = "pengelompokan",
        ["kelompok"] = "pengelompokan", ["grouped"] = "pengelompokan",
        ["dimana"] = "melalui", ["where"] = "melalui", ["proof"] = "bukti", ["additional"] = "tambahan", ["extra"] = "tambahan",
        ["followup"] = "tindak lanjut", ["follow"] = "tindak lanjut", ["issued"] = "ditetapkan", ["appointed"] = "ditetapkan",
        ["accompany"] = "didampingi", ["accompanied"] = "didampingi", ["bawa"] = "didampingi", ["ngajak"] = "didampingi",
        ["staff"] = "responden", ["staf"] = "responden", ["announced"] = "hasil", ["publish"] = "menyampaikan", ["publishes"] = "menyampaikan",
        ["guide"] = "petunjuk", ["manual"] = "petunjuk", ["panduan"] = "petunjuk", ["province"] = "provinsi", ["provincial"] = "provinsi",
        ["regency"] = "kabupaten", ["city"] = "kota", ["governor"] = "gubernur", ["regent"] = "bupati", ["mayor"] = "wali kota",
        ["policy"] = "kebijakan", ["policies"] = "kebijakan", ["indices"] = "indeks", ["answers"] = "jawaban", ["answer"] = "jawaban",
        ["pakai"] = "menggunakan digunakan", ["pake"] = "menggunakan digunakan", ["dipakai"] = "menggunakan digunakan",
        ["memakai"] = "menggunakan digunakan", ["use"] = "menggunakan digunakan", ["used"] = "menggunakan digunakan",
        ["nanya"] = "pertanyaan menanyakan", ["ditanya"] = "pertanyaan", ["ditanyakan"] = "pertanyaan", ["soal"] = "pertanyaan",
        ["question"] = "pertanyaan", ["questions"] = "pertanyaan", ["menelaah"] = "telaah reviu", ["telaah"] = "reviu",
        ["beda"] = "perbedaan", ["bedanya"] = "perbedaan", ["difference"] = "perbedaan", ["down"] = "kendala", ["error"] = "kendala",
        ["gangguan"] = "kendala", ["offline"] = "kendala", ["problem"] = "kendala", ["kadis"] = "kepala dinas",
        ["kominfo"] = "komunikasi informatika", ["diskominfo"] = "komunikasi informatika",
        ["count"] = "termasuk dihitung", ["counts"] = "termasuk dihitung", ["counted"] = "termasuk dihitung",
        ["menanyakan"] = "pertanyaan", ["sampein"] = "menyampaikan disampaikan", ["sampe"] = "menyampaikan disampaikan",
        ["skipped"] = "ditinggalkan", ["skip"] = "ditinggalkan", ["kosong"] = "ditinggalkan", ["dikosongkan"] = "ditinggalkan",
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
        "itself", "supposed", "get", "got", "into", "about", "whether", "who's", "than", "then", "also", "still", "nanti", "ntar",
        "who", "whom", "was", "were", "after", "before", "inside", "become", "becomes", "up", "relative", "formally", "basically",
        "menurut", "according", "selain", "besides", "pas", "jd", "jadi", "sbg", "sebagai", "dr", "nge", "s", "konkretnya", "konkret",
        "sebutannya", "disebut", "run", "chosen", "overall", "linked", "really", "actually", "please", "kindly",
        "yaa", "kan", "nya", "sy", "aku", "gue", "gw", "tuh", "nah", "loh", "emang", "memang", "sebenarnya",
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
        // Chat forms of standard words, with what the vocabulary maps them to: "umurnya" → "umur", "ngisiin" → "ngisi" →
        // "mengisi", "nyampein" → "sampaikan", "ngumpulin" → "kumpulkan", "ngitung" → "itung" → "penghitungan".
        foreach (var stem in ChatStems(token).Distinct(StringComparer.Ordinal))
        {
            yield return stem;
            if (Synonyms.TryGetValue(stem, out var stemWords))
                foreach (var w in stemWords.Split(' ')) yield return w;
        }
    }

    static IEnumerable<string> ChatStems(string token)
    {
        var bases = new List<string>();
        if (token.Length > 6 && token.EndsWith("nya", StringComparison.Ordinal)) bases.Add(token[..^3]);
        if (token.Length > 5 && token.EndsWith("in", StringComparison.Ordinal)) { bases.Add(token[..^2]); bases.Add(token[..^2] + "kan"); }
        foreach (var b in bases.Prepend(token).ToList())
        {
            if (b.Length > 4 && b.StartsWith("nge", StringComparison.Ordinal)) bases.Add(b[3..]);
            else if (b.Length > 4 && b.StartsWith("ny", StringComparison.Ordinal)) bases.Add("s" + b[2..]);
            else if (b.Length > 4 && b.StartsWith("ng", StringComparison.Ordinal)) { bases.Add(b[2..]); bases.Add("k" + b[2..]); }
        }
        return bases;
    }

    /// <summary>
    /// Questions for facts no regulation states: a person's name or contact details, or an event of a year after the
    /// texts (2025 onward). They need a passage that covers nearly the whole question.
    /// </summary>
    public static bool AsksForSpecifics(IReadOnlyList<string> tokens)
    {
        var person = tokens.Contains("nama") && tokens.Any(t => t is "siapa" or "who");
        var contact = tokens.Any(t => t is "email" or "e-mail" or "telepon" or "telp" or "wa" or "whatsapp" or "hp" or "phone" or "contact" or "kontak" or "alamat" or "address");
        var later = tokens.Any(t => int.TryParse(t, out var year) && year is > 2024 and < 2100);
        return person || contact || later;
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

    /// <summary>Words asking how a figure is computed (the regulation's formula), not for a figure.</summary>
    static readonly HashSet<string> HowComputed = new(StringComparer.Ordinal)
    {
        "rumus", "rumusnya", "formula", "hitung", "ngitung", "itung", "dihitung", "menghitung", "perhitungan", "penghitungan",
        "perhitungannya", "penghitungannya", "computed", "compute", "calculated", "calculate", "calculation", "kalkulasi", "metode", "method",
    };

    public static bool AsksHowComputed(IEnumerable<string> tokens) => tokens.Any(HowComputed.Contains);

    /// <summary>True when the normalised tokens contain a process cue.</summary>
    public static bool HasCue(IEnumerable<string> tokens) => tokens.Any(Cues.Contains);
}
