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
        ["kuisioner"] = "kuesioner", ["quesioner"] = "kuesioner", ["regulation"] = "peraturan", ["permen"] = "peraturan menteri",
        ["revoked"] = "dicabut", ["repealed"] = "dicabut", ["effect"] = "berlaku", ["valid"] = "berlaku", ["expire"] = "berlaku",
        ["years"] = "tahun", ["year"] = "tahun", ["old"] = "berlaku", ["umur"] = "berlaku", ["berumur"] = "berlaku", ["kadaluarsa"] = "berlaku",
        ["kedaluwarsa"] = "berlaku", ["naming"] = "nama file", ["penamaan"] = "nama file", ["filename"] = "nama file",
        ["berkas"] = "file", ["optional"] = "opsional", ["application"] = "aplikasi", ["scope"] = "ruang lingkup",
        ["purpose"] = "tujuan", ["goal"] = "tujuan", ["legal"] = "dasar hukum", ["basis"] = "dasar", ["predicate"] = "predikat",
        ["index"] = "indeks", ["calculated"] = "penghitungan", ["calculate"] = "penghitungan", ["hitung"] = "penghitungan",
        ["dihitung"] = "penghitungan", ["rumus"] = "penghitungan", ["formula"] = "penghitungan", ["maturity"] = "kematangan",
        ["definition"] = "adalah", ["pengertian"] = "adalah", ["arti"] = "adalah", ["artinya"] = "adalah", ["means"] = "adalah",
        ["siapa"] = "oleh", ["who"] = "oleh",
    };

    /// <summary>A token and the regulation words it stands for.</summary>
    public static IEnumerable<string> Expand(string token)
    {
        yield return token;
        if (Synonyms.TryGetValue(token, out var words))
            foreach (var w in words.Split(' ')) yield return w;
    }

    /// <summary>Words that name the evaluation's own machinery: a question with one of them is about the process.</summary>
    public static readonly HashSet<string> Cues = new(StringComparer.Ordinal)
    {
        "asesor", "assessor", "assessors", "asessor", "assesor", "mandiri", "self", "interviu", "interview", "wawancara",
        "visitasi", "visit", "kunjungan", "penjelasan", "fakta", "analisis", "analisa", "justifikasi", "etika", "ethics",
        "kerahasiaan", "integritas", "objektivitas", "kuesioner", "kuisioner", "responden", "reviu", "review", "pemantauan",
        "monitoring", "pelaporan", "persiapan", "tahap", "tahapan", "stage", "stages", "pasal", "permen", "pedoman",
        "penamaan", "naming", "filename", "umur", "berumur", "kadaluarsa", "kedaluwarsa", "opsional", "optional", "dicabut",
        "pencabutan", "rekomendasi", "kelemahan", "kekuatan", "koordinator", "sosialisasi", "bimtek", "verifikasi", "validasi",
        "klarifikasi", "lokus",
    };

    /// <summary>True when the normalised tokens contain a process cue.</summary>
    public static bool HasCue(IEnumerable<string> tokens) => tokens.Any(Cues.Contains);
}
