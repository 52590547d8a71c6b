namespace SpbeBot.Core.Regulations;

/// <summary>
/// Words that name the evaluation's own people and stages and never an indicator's subject: the assessors, the interview,
/// the visit, the questionnaire, the assessors' ethics. A question holding one and no indicator or level number is about
/// the evaluation even when a topic word of an indicator is in it ("tim asesor" is not the Tim Koordinasi of indicator
/// 19): the passages answer it, or an honest "not found" does — never an indicator's criteria. The words are the
/// Pedoman's (BAB II–III) and their chat and English forms. Tokens are normalised
/// (<see cref="Questions.TextNormalizer.Tokenize"/>).
/// </summary>
public static class EvaluationCues
{
    static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "asesor", "assessor", "assessors", "asessor", "assesor", "asesornya", "interviu", "interview", "interviews", "wawancara", "visitasi",
        "visitation", "kuesioner", "kuisioner", "questionnaire", "responden", "etika", "ethics", "kerahasiaan", "confidentiality",
        "objektivitas", "objectivity", "honor", "honorarium",
    };

    /// <summary>True when a token names the evaluation's own people or stages (a "-nya" form counts).</summary>
    public static bool Has(IEnumerable<string> tokens) =>
        tokens.Any(t => Words.Contains(t) || (t.Length > 6 && t.EndsWith("nya", StringComparison.Ordinal) && Words.Contains(t[..^3])));

    /// <summary>Words by which the asker speaks of their own organisation or self: a described situation is theirs.</summary>
    static readonly HashSet<string> OwnWords = new(StringComparer.Ordinal)
    {
        "kami", "kita", "kt", "saya", "sy", "aku", "gue", "gw", "we", "our", "us", "my", "i", "kabupaten", "kota", "provinsi", "dinas",
    };

    /// <summary>True when the question speaks of the asker's own organisation ("kami", "kita", "we", "our", a Pemda's name word).</summary>
    public static bool SpeaksOfOwn(IEnumerable<string> tokens) => tokens.Any(t => OwnWords.Contains(t) || (t.Length > 3 && t.EndsWith("kami", StringComparison.Ordinal)));

    /// <summary>
    /// "Perpres mana yang jadi dasar …", "peraturan presiden nomor berapa", "dasar hukumnya apa", "legal basis": the
    /// regulation something rests on.
    /// </summary>
    public static bool AsksLegalBasis(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] is "perpres" or "perpresnya") return true;
            if (i + 1 < tokens.Count && (tokens[i], tokens[i + 1]) is ("peraturan", "presiden") or ("dasar", "hukum") or ("dasar", "hukumnya")
                    or ("landasan", "hukum") or ("legal", "basis") or ("presidential", "regulation")) return true;
        }
        return false;
    }

    /// <summary>Words that say a number is a value ("level 3 itu nilainya 3?"), not an indicator.</summary>
    static readonly HashSet<string> ValueWords = new(StringComparer.Ordinal)
    {
        "nilai", "nilainya", "bernilai", "value", "valued", "worth", "skor", "skornya", "score",
    };

    /// <summary>Words before "indikator" that make it any indicator, not one named: "per indikator", "setiap indikator", "an indicator".</summary>
    static readonly HashSet<string> AnyIndicatorWords = new(StringComparer.Ordinal) { "per", "tiap", "setiap", "each", "every", "any", "an", "a" };

    /// <summary>
    /// "Level 3 nilainya 3 kan?", "level 3 dikasih nilai berapa?": the value a maturity level counts for (the regulation's
    /// scale), asked without naming an indicator. A number right after a value word is the value, not an indicator; so is
    /// the level's own number said again ("nilai level 3 itu dihitung 3 ya?", "sama dengan 3"). The word "indikator" names
    /// one ("nilainya di indikator berapa") unless a distributive or indefinite word makes it any indicator ("nilai desimal
    /// per indikator", "level 3 on an indicator").
    /// </summary>
    public static bool AsksLevelValue(IReadOnlyList<string> tokens)
    {
        int? level = null;
        var named = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t is "indikator" or "indicator" or "ind" or "i" or "no" or "nomor" && !(i > 0 && AnyIndicatorWords.Contains(tokens[i - 1]))) named = true;
            if (t is "level" or "lvl" or "tingkat" && i + 1 < tokens.Count && int.TryParse(tokens[i + 1], out var l) && l is >= 1 and <= 5) { level ??= l; i++; continue; }
            if (!int.TryParse(t, out var n)) continue;
            var afterIndicatorWord = i > 0 && tokens[i - 1] is "indikator" or "indicator" or "ind" or "i" or "no" or "nomor";
            var value = i > 0 && ValueWords.Contains(tokens[i - 1]) || (n == level && !afterIndicatorWord);
            if (!value) named = true;
        }
        return level is not null && !named && tokens.Any(ValueWords.Contains);
    }

    /// <summary>The names of the two ladders' levels (PermenPANRB 59/2020: tingkat kematangan and tingkat kapabilitas).</summary>
    static readonly HashSet<string> LevelNames = new(StringComparer.Ordinal)
    {
        "rintisan", "terkelola", "terdefinisi", "terpadu", "terukur", "optimum", "informasi", "interaksi", "transaksi", "kolaborasi",
    };

    static readonly HashSet<string> LevelWords = new(StringComparer.Ordinal)
    {
        "level", "lvl", "tingkat", "tingkatan", "kapabilitas", "capability", "kematangan", "maturity",
    };

    static readonly HashSet<string> MeaningWords = new(StringComparer.Ordinal)
    {
        "artinya", "arti", "maksud", "maksudnya", "makna", "mean", "means", "meaning", "definisi", "definition", "pengertian", "sebutannya", "namanya", "called",
    };

    /// <summary>
    /// "Mohon penjelasan makna tingkat kolaborasi pada kapabilitas layanan", "level 4 layanan (kolaborasi) itu artinya apa",
    /// "level kapabilitas layanan 1 sampai 5 itu sebutannya apa": what a level of the regulation's ladders is called or
    /// means, with no indicator named — the regulation defines it, not an indicator's criteria.
    /// </summary>
    public static bool AsksLevelMeaning(IReadOnlyList<string> tokens) =>
        tokens.Any(MeaningWords.Contains) && tokens.Any(LevelWords.Contains)
        && (tokens.Any(LevelNames.Contains) || tokens.Contains("kapabilitas") || tokens.Contains("capability"))
        && !tokens.Any(t => t is "indikator" or "indicator" or "ind");

    /// <summary>
    /// "tingkat rintisan pada kapabilitas proses", "What are the five service capability levels called?": one of the Permen's two
    /// ladders named (Lampiran II.A: kapabilitas proses for policy, governance and management, kapabilitas layanan for services).
    /// </summary>
    public static bool NamesLadder(IReadOnlyList<string> tokens) =>
        tokens.Zip(tokens.Skip(1)).Any(p => p is ("kapabilitas", "proses") or ("kapabilitas", "layanan") or ("process", "capability") or ("service", "capability"));

    /// <summary>Words that put a technical guidance (bimtek) in the evaluation: its guideline, its assessors, the Ministry, the Pemda that must hold one.</summary>
    static readonly HashSet<string> TrainingContext = new(StringComparer.Ordinal)
    {
        "evaluasi", "pemantauan", "monev", "evaluation", "monitoring", "pedoman", "guideline", "asesor", "assessor", "assessors", "tai",
        "internal", "kementerian", "kemenpan", "ministry", "pemda", "daerah",
    };

    /// <summary>
    /// "apakah Pemda wajib menyelenggarakan bimbingan teknis internal?", "bimtek asesor eksternal siapa yg ngadain?": the
    /// evaluation's technical guidance (PermenPANRB 59/2020 Lampiran III: the Ministry's for the assessors, the Pemda's own for
    /// its team), not the staff-competence indicator whose descriptions also name a bimtek ("ikut bimtek kalau ada undangan").
    /// </summary>
    public static bool AsksTraining(IReadOnlyList<string> tokens) =>
        (tokens.Contains("bimtek") || tokens.Zip(tokens.Skip(1)).Any(p => p is ("bimbingan", "teknis") or ("technical", "training") or ("technical", "guidance")))
        && tokens.Any(TrainingContext.Contains);

    /// <summary>The question without the ladders' level names: what is left names an indicator's subject or not.</summary>
    public static string WithoutLevelNames(IReadOnlyList<string> tokens) => string.Join(' ', tokens.Where(t => !LevelNames.Contains(t)));

    /// <summary>
    /// Evidence whose age the texts bound: a review, an audit, minutes or a report, the evidence itself. Not "evaluasi": "pedoman
    /// ini masih berlaku buat evaluasi 2026?" asks about the evaluation, not about a piece of evidence.
    /// </summary>
    static readonly HashSet<string> AgedEvidence = new(StringComparer.Ordinal)
    {
        "reviu", "review", "audit", "notulen", "notulensi", "laporan", "report", "bukti", "evidence",
    };

    /// <summary>Words asking how old a thing may be: "umurnya", "masih berlaku", "kedaluwarsa", "how recent".</summary>
    static readonly HashSet<string> AgeWords = new(StringComparer.Ordinal)
    {
        "umur", "umurnya", "berumur", "usia", "usianya", "kadaluarsa", "kadaluwarsa", "kedaluwarsa", "expired", "expire", "recent", "old", "older",
    };

    /// <summary>What may still be done with old evidence: "masih bisa dipakai", "masih diterima", "still valid".</summary>
    static readonly HashSet<string> StillWords = new(StringComparer.Ordinal)
    {
        "berlaku", "dipakai", "dipake", "digunakan", "diterima", "diakui", "dihitung", "valid", "count", "counts", "accepted", "used",
    };

    /// <summary>
    /// "Laporan audit aplikasi tahun 2021 masih bisa dipakai?", "bukti audit maksimal berapa tahun ke belakang?", "how recent
    /// must the audit be": how old a review, an audit or other evidence may be — a rule the Pedoman states for reviews and
    /// audits (within the last 2 years), not one indicator's level criterion.
    /// </summary>
    public static bool AsksEvidenceAge(IReadOnlyList<string> tokens)
    {
        if (!tokens.Any(AgedEvidence.Contains)) return false;
        if (tokens.Any(AgeWords.Contains)) return true;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            // "masih (bisa) dipakai", "still valid"; "berapa tahun", "tahun terakhir", "tahun ke belakang", "masa berlaku", "kurun waktu".
            if (tokens[i] is "masih" or "still" && (StillWords.Contains(tokens[i + 1]) || (i + 2 < tokens.Count && tokens[i + 1] is "bisa" or "bs" or "dapat" or "boleh" && StillWords.Contains(tokens[i + 2])))) return true;
            // "berapa tahun sekali" asks how often (AsksFrequency), not how old.
            if (tokens[i] is "berapa" or "brp" && tokens[i + 1] is "tahun" or "thn" && !(i + 2 < tokens.Count && tokens[i + 2] == "sekali")) return true;
            if (tokens[i] is "tahun" or "thn" && (tokens[i + 1] is "terakhir" || (tokens[i + 1] == "ke" && i + 2 < tokens.Count && tokens[i + 2] == "belakang"))) return true;
            if ((tokens[i], tokens[i + 1]) is ("masa", "berlaku") or ("kurun", "waktu")) return true;
        }
        return false;
    }

    /// <summary>
    /// "audit infrastruktur minimal berapa tahun sekali?", "seberapa sering", "harus tiap tahun?", "saben pirang taun",
    /// "how often must the audit be done?": how often something must be done — a rule an indicator's fulfilment criteria
    /// state ("minimal 2 tahun sekali"), not a level's.
    /// </summary>
    public static bool AsksFrequency(IReadOnlyList<string> tokens)
    {
        if (tokens.Any(t => t is "frequency" or "frekuensi" or "frekuensinya")) return true;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            // "seberapa sering", "how often" — not "kesalahan yang sering terjadi".
            if ((tokens[i], tokens[i + 1]) is ("seberapa" or "berapa", "sering") or ("how", "often")) return true;
            if (tokens[i] is "tahun" or "taun" && tokens[i + 1] == "sekali") return true;
            if (tokens[i] is "tiap" or "setiap" or "saben" or "every" && tokens.Skip(i + 1).Take(2).Any(t => t is "tahun" or "taun" or "year")) return true;
        }
        return false;
    }

    /// <summary>The evaluation itself, in the Permen's and the Pedoman's words and their chat and English forms.</summary>
    static readonly HashSet<string> EvaluationNames = new(StringComparer.Ordinal)
    {
        "evaluasi", "pemantauan", "monev", "evaluation", "monitoring", "assessment",
    };

    /// <summary>"evaluasi", and its chat form "evaluasinya".</summary>
    static bool IsEvaluationName(string token) =>
        EvaluationNames.Contains(token) || (token.Length > 6 && token.EndsWith("nya", StringComparison.Ordinal) && EvaluationNames.Contains(token[..^3]));

    /// <summary>
    /// "Hasil evaluasi dipake buat apa di pusat?", "hasil penilaian mandiri dikirim ke mana?", "what are the evaluation results
    /// used for?": the evaluation's own result — what it holds, where it goes, what it is used for (PermenPANRB 59/2020 Pasal
    /// 5–7, Lampiran III.D) — not an indicator's criterion. "hasil penilaian kinerja" (an indicator's subject) is not.
    /// </summary>
    public static bool AsksEvaluationResult(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var (word, next) = (tokens[i], tokens[i + 1]);
            var after = i + 2 < tokens.Count ? tokens[i + 2] : "";
            if (word is "hasil" or "hasilnya" or "result" or "results" or "output" or "outputnya"
                && (IsEvaluationName(next) || (next == "penilaian" && after is "" or "mandiri" or "spbe" or "asesor" or "evaluasi")))
                return true;
            if (IsEvaluationName(word) && next is "result" or "results" or "outcome" or "outcomes") return true;
        }
        return false;
    }
}
