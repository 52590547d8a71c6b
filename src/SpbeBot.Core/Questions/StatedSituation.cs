namespace SpbeBot.Core.Questions;

/// <summary>
/// A description of the Pemda's state told as a statement, with nothing asked: "kebijakan pusat data: blm ada aturan,
/// server ditaruh di masing2 dinas", "audit infrastruktur spbe blm pernah dilaksanakan", "JDIH kota cuma list perwali,
/// gak bisa download". Such a message about one indicator asks where it stands, as a self-assessment does; it is not a
/// request for the indicator's overview. Tokens are normalised (<see cref="TextNormalizer.Tokenize"/>).
/// </summary>
static class StatedSituation
{
    /// <summary>Words that ask something: with one of them the message is a question, not a statement.</summary>
    static readonly HashSet<string> Asking =
    [
        "apa", "apakah", "apaan", "bagaimana", "gimana", "gmn", "gmana", "how", "what", "whats", "why", "kenapa", "mengapa", "siapa", "who", "which",
        "mana", "manakah", "bisakah", "bolehkah", "should", "could", "maksud", "maksudnya", "arti", "artinya", "beda",
        "bedanya", "perbedaan", "berapa", "brp", "kapan", "kah", "tolong", "mohon", "jelaskan", "jelasin", "contoh", "example", "nanya", "tanyakan",
        "ask", "asking", "bantu", "help", "please", "explain", "tell", "show", "want", "ingin", "pengen", "mau", "know", "tahu", "tau", "cek", "check", "syarat", "kriteria", "dibutuhkan", "butuh", "perlu", "diperlukan", "harus",
        "disiapkan", "siapkan", "menyiapkan", "need", "needed", "requirement", "requirements", "required", "criteria", "criterion",
    ];

    // "tanya jawab" (a service's Q&A) and "info persyaratan" are what a service offers, not a question.

    /// <summary>Words that ask for evidence as such; "dokumen" or "upload" alone may be what the account is about.</summary>
    static readonly HashSet<string> EvidenceAsked = ["bukti", "buktinya", "evidence", "eviden", "evidensi", "proof"];

    /// <summary>Words that tell a state: done, not done, only part, still, by hand.</summary>
    static readonly HashSet<string> StateMarkers =
    [
        .. SituationReader.NegatorWords, "cuma", "hanya", "saja", "aja", "doang", "baru", "sebatas", "only", "just", "masih", "still", "manual", "sesekali",
        "kadang", "kadang-kadang", "sebagian", "sudah", "udah", "udh", "sdh", "telah", "already", "ada", "punya", "memiliki", "have", "has",
        "pernah", "dilakukan", "dilaksanakan", "berjalan", "jalan", "dipakai", "dipake", "pake", "pakai", "digunakan", "used", "uses", "run", "runs",
    ];

    /// <summary>
    /// A statement: no question mark, no word that asks, at least four words. A message ending on a bare reference
    /// ("… ind 15?") is read by the parser's own rule; here nothing is asked at all.
    /// </summary>
    /// <remarks>
    /// The words are read as written (not typo-corrected: "masalah" is not "manakah"), and a word after "kalau"/"if" is a
    /// condition, not a question ("kalau perlu aja").
    /// </remarks>
    public static bool IsStatement(string text, IReadOnlyList<string> tokens)
    {
        var written = TextNormalizer.Tokenize(text);
        return tokens.Count >= 4 && !text.Contains('?') && !tokens.Any(EvidenceAsked.Contains)
            && !written.Where((t, i) => Asking.Contains(t) && !(i > 0 && written[i - 1] is "kalau" or "kalo" or "klo" or "jika" or "bila" or "if" or "when")).Any()
            && !(QuestionTags.Contains(written[^1]) && !LastWordInCapitals(text));
    }

    /// <summary>"… blm integrasi ke BKN": a last word in capitals is an acronym, not a chat tag ("bkn" → "bukan").</summary>
    static bool LastWordInCapitals(string text)
    {
        var word = text.TrimEnd(' ', '.', '!', ',', ';', ')', '"').Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        return word.Length >= 2 && word.All(c => char.IsUpper(c) || char.IsDigit(c)) && text.Any(char.IsLower);
    }

    /// <summary>"ind 37 itu arsip statis juga gak", "… udh masuk ind 42 kan": a closing tag makes a yes/no question without a question mark ("bkn" is not one: it is BKN as often as "bukan").</summary>
    static readonly HashSet<string> QuestionTags = ["gak", "ga", "gk", "nggak", "ngga", "enggak", "kan", "kah", "bukan", "tidak"];

    /// <summary>The statement tells a state ("blm ada", "cuma", "sudah", "masih manual").</summary>
    public static bool TellsState(IReadOnlyList<string> tokens) => tokens.Any(StateMarkers.Contains);

    /// <summary>
    /// "gak bisa interaksi", "blm integrasi ke bank", "proses transaksi masih manual": a level name of the service ladder
    /// said not to be reached describes the service; it is not the level asked about.
    /// </summary>
    public static bool DeniesLadderStep(IReadOnlyList<string> tokens)
    {
        // "JDIH kami terintegrasi dgn JDIHN dan sdh dievaluasi": one's own service told as done is an account too.
        if (tokens.Any(t => t is "kami" or "kita" or "our" or "we") && tokens.Any(t => t is "sudah" or "sdh" or "udah" or "udh" or "telah" or "already")) return true;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!QuestionParser.ServiceLevelNames.ContainsKey(tokens[i])) continue;
            if (Enumerable.Range(Math.Max(0, i - 3), Math.Min(3, i)).Any(k => SituationReader.NegatorWords.Contains(tokens[k]))) return true;
            if (tokens.Skip(i + 1).Take(3).Any(t => t is "manual" or "belum" or "blm")) return true;
        }
        return false;
    }
}
