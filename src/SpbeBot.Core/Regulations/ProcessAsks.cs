namespace SpbeBot.Core.Regulations;

/// <summary>
/// Questions about the evaluation that the criteria matcher takes for an indicator's: who the evaluation's roles and bodies
/// are and what they do, the Pedoman's worked examples that name an indicator, and a process word hidden by a formal
/// opening ("Dengan hormat, mohon penjelasan …") or written in English. Tokens are normalised
/// (<see cref="Questions.TextNormalizer.Tokenize"/>). <see cref="ProcessRouting.Decide"/> uses them.
/// </summary>
public static class ProcessAsks
{
    /// <summary>
    /// The evaluation's roles and bodies (PermenPANRB 59/2020 Lampiran III, Pedoman BAB II–III), as word pairs: the Tim
    /// Asesor Internal's Penanggung Jawab, Koordinator and Pelaksana Entri Data, and the national coordination team.
    /// </summary>
    static readonly (string First, string Second)[] RolePairs =
    [
        ("penanggung", "jawab"), ("pelaksana", "entri"), ("entri", "data"), ("koordinator", "spbe"), ("anggota", "tai"),
        ("tim", "reviu"), ("tim", "asesor"), ("person", "in"), ("data", "entry"), ("entry", "officer"),
    ];

    /// <summary>"Tim Koordinasi SPBE Nasional", "national SPBE Coordination Team", "TK SPBE Nasional": the national body, not the Pemda's (indicators 10 and 19).</summary>
    static bool NamesNationalBody(IReadOnlyList<string> tokens) =>
        tokens.Any(t => t is "nasional" or "national")
        && (tokens.Any(t => t is "koordinasi" or "coordination" or "tk" or "timkor") || tokens.Contains("menteri") || tokens.Contains("minister"));

    /// <summary>Words asking who leads or coordinates a body: "Tim Koordinasi SPBE pemda dikoordinasikan oleh siapa?".</summary>
    static readonly HashSet<string> LeadWords = new(StringComparer.Ordinal)
    {
        "dikoordinasikan", "diketuai", "ketua", "ketuanya", "dipimpin", "memimpin", "chairs", "chair", "chaired", "leads", "coordinates",
    };

    /// <summary>"TAI" alone (Tim Asesor Internal) is a role name too; the Pemda's Tim Koordinasi only when asked who leads it.</summary>
    static bool NamesRole(IReadOnlyList<string> tokens) =>
        tokens.Contains("tai") || NamesNationalBody(tokens)
        || tokens.Zip(tokens.Skip(1)).Any(p => RolePairs.Contains((p.First, p.Second)))
        || (tokens.Zip(tokens.Skip(1)).Any(p => p is ("tim", "koordinasi") or ("coordination", "team")) && tokens.Any(LeadWords.Contains));

    /// <summary>Words asking who a role is or what it does.</summary>
    static readonly HashSet<string> RoleAskWords = new(StringComparer.Ordinal)
    {
        "tugas", "tugasnya", "peran", "perannya", "wewenang", "kewenangan", "kewenangannya", "ngapain", "siapa", "who", "whom",
        "chairs", "chair", "chaired", "ketua", "ketuanya", "diketuai", "memimpin", "dipimpin", "leads", "posisi", "posisinya",
        "lapor", "melapor", "melaporkan", "dikoordinasikan", "role", "roles", "duty", "duties", "task", "tasks", "responsible",
        "responsibility", "responsibilities", "does", "do", "approves", "approve", "menyetujui", "persetujuan", "cek", "mengecek",
        "memeriksa", "verval", "verifikasi", "validasi", "jabatan",
    };

    /// <summary>
    /// "penanggung jawab tugasnya apa?", "Who chairs the Tim Koordinasi SPBE Nasional?", "pelaksana entri data lapor ke siapa?":
    /// who one of the evaluation's roles or bodies is, or what it does — the regulation states it, not an indicator's criteria.
    /// </summary>
    public static bool AsksRole(IReadOnlyList<string> tokens) => NamesRole(tokens) && tokens.Any(RoleAskWords.Contains);

    static readonly HashSet<string> ExampleWords = new(StringComparer.Ordinal) { "contoh", "contohnya", "example", "examples", "sample", "worked" };

    /// <summary>What the Pedoman's worked examples show: an explanation, a visit, an interview, a clarification, a file name.</summary>
    static readonly HashSet<string> ExampleKinds = new(StringComparer.Ordinal)
    {
        "kalimat", "justifikasi", "penjelasan", "penjelasannya", "narasi", "visitasi", "interviu", "wawancara", "klarifikasi",
        "explanation", "explanations", "sentence", "justification", "visit", "interview", "clarification", "penamaan", "naming",
        "asesor", "assessor",
    };

    /// <summary>
    /// "contoh kalimat justifikasi eksternal ind 10 hasilnya lvl brp?", "contoh visitasi ind 16 hasilnya apa?", "Contoh nama
    /// file bukti dukung untuk rancangan pergub gimana?": the Pedoman's worked examples of an explanation, a visit or a file
    /// name name an indicator and a level, but they are process passages. "contoh bukti dukung level 3" (an indicator's
    /// Contoh Bukti Dukung) is not one.
    /// </summary>
    public static bool AsksWorkedExample(IReadOnlyList<string> tokens)
    {
        if (!tokens.Any(ExampleWords.Contains)) return false;
        if (tokens.Zip(tokens.Skip(1)).Any(p => p is ("nama", "file") or ("file", "name"))) return true;
        // "contoh penjelasan ind 21 level 2 … bukti dukungnya apa aja?", "… apakah integrasi tersebut syarat tingkat 4?": the
        // example is the occasion, the ask is the indicator's criterion or evidence.
        if (tokens.Any(CriteriaAskWords.Contains)) return false;
        return tokens.Where((t, i) => ExampleKinds.Contains(t) && !(i > 0 && RequestWords.Contains(tokens[i - 1]))).Any()
            || tokens.Zip(tokens.Skip(1)).Any(p => p is ("penilaian", "dokumen"));
    }

    /// <summary>Words asking for an indicator's criterion or evidence.</summary>
    static readonly HashSet<string> CriteriaAskWords = new(StringComparer.Ordinal)
    {
        "syarat", "persyaratan", "kriteria", "kriterianya", "criteria", "criterion", "requirement", "requirements", "bukti", "dukung",
        "dukungnya", "evidence",
    };

    /// <summary>
    /// Requests that open a formal letter: "mohon penjelasan", "minta penjelasan" — as the tokens hold them ("mohon" and
    /// "pls" arrive as <see cref="Questions.ChatVocabulary.Request"/>).
    /// </summary>
    static readonly HashSet<string> RequestWords = new(StringComparer.Ordinal) { Questions.ChatVocabulary.Request, "minta", "meminta", "memohon", "perlu", "butuh", "please" };

    /// <summary>
    /// A process cue (<see cref="ProcessVocabulary.HasCue"/>) that is not only the request of a formal opening: "Dengan hormat,
    /// mohon <b>penjelasan</b> bobot indikator 25" asks for the weight, not about the self-assessment's explanations.
    /// </summary>
    public static bool HasCue(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && RequestWords.Contains(tokens[i - 1]) && tokens[i] is "penjelasan" or "penjelasannya") continue;
            if (ProcessVocabulary.HasCue([tokens[i]])) return true;
        }
        return false;
    }

    /// <summary>
    /// "aturan perilaku asesor soal rahasia?", "visitasi tuh ngapain?": every word unknown to the criteria matcher (it reads them
    /// as noise), yet a process cue or an evaluation word says what the question is about — the passages are searched.
    /// </summary>
    public static bool NamesProcess(IReadOnlyList<string> tokens) => HasCue(tokens) || EvaluationCues.Has(tokens);

    /// <summary>
    /// "apakah target indeks SPBE perlu dijadikan Indikator Kinerja Utama?", "IKU itu apa?": the Pemda's key performance
    /// indicators (PermenPANRB 59/2020 Pasal 10), not one of the evaluation's 47 indicators.
    /// </summary>
    public static bool NamesKeyPerformanceIndicator(IReadOnlyList<string> tokens) =>
        tokens.Contains("iku")
        || tokens.Zip(tokens.Skip(1), tokens.Skip(2)).Any(t => t is ("indikator", "kinerja", "utama") or ("key", "performance", "indicator") or ("key", "performance", "indicators"))
        || tokens.Zip(tokens.Skip(1)).Any(p => p is ("performance", "indicator") or ("performance", "indicators"));

    /// <summary>
    /// "Domain mana yang masih di bawah target nasional?", "Which domains were below the national target?": the national results
    /// the Pedoman's background reports (BAB I), not an indicator's criteria.
    /// </summary>
    public static bool AsksNationalResult(IReadOnlyList<string> tokens) =>
        tokens.Any(t => t is "domain" or "domains" or "domainnya")
        && tokens.Any(t => t is "target" or "targetnya")
        && tokens.Any(t => t is "bawah" or "below" or "nasional" or "national" or "nationally");

    /// <summary>"pertanyaan umum tiap tahun sama?", "general questions": the questionnaire's general questions (Pedoman BAB II).</summary>
    public static bool NamesGeneralQuestions(IReadOnlyList<string> tokens) =>
        tokens.Zip(tokens.Skip(1)).Any(p => p is ("pertanyaan", "umum") or ("general", "questions") or ("general", "question"));
}
