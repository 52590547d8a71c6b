using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Questions;

/// <summary>
/// Words that are real words, not typos of another (<see cref="TypoCorrector"/>): every word of the catalog's own texts
/// (names, descriptions, rules, criteria, fulfilment and evidence texts — Indonesian as the Pedoman writes it), Lucene's
/// Indonesian and English stopword lists (the common words of each language) and the common English words that sit one
/// or two letters from a question, number or topic word.
/// </summary>
public static class CommonWords
{
    /// <summary>Common English words one or two letters from a question, number or topic word ("that" → "what", "give" → "five").</summary>
    public static readonly HashSet<string> English =
    [
        "that", "this", "there", "these", "those", "then", "than", "they", "them", "their", "give", "gives", "live", "lives", "done",
        "gone", "none", "once", "ones", "right", "light", "line", "lines", "even", "many", "fine", "mine", "nice", "hat", "chat",
        "where", "were", "here", "when", "wine", "tree", "free", "while", "white", "whole", "thus", "held", "head", "fall", "hall",
        "fill", "note", "word", "same", "read", "scope", "tracking", "hosting", "setting", "listing", "routing", "drafting",
        "assess", "external", "national", "number", "enter", "channel", "exchange", "across", "regular", "relation", "regency",
        "informal", "inside", "pending", "bidding", "dear", "haven", "feeds", "contents", "compliant", "proves", "respond",
        // "…, nothing more. Level on indicator 32?" is not "move level" (a rise).
        "more",
        // Real words the corrector turned into others in the retired sets ("fiber" is no "siber", "reports" no "records";
        // ITSA, TAPD, QRIS, BPHN are names): `questions --corrections` lists them (wip-26ib).
        "fiber", "auditors", "session", "sessions", "started", "terms", "regencies", "ways", "officer", "officers", "call", "billing",
        "police", "core", "rate", "opening", "person", "numbers", "main", "section", "writing", "booking", "showing", "gaps", "timers",
        "reports", "integrating", "form", "itsa", "tapd", "qris", "bphn",
        // "internet" is no blend of "internal network" (ShortForms).
        "internet",
    ];

    /// <summary>
    /// Common Indonesian words one edit from a question or number word that neither the catalog's texts nor Lucene's
    /// stopword list hold ("tempat" is not "empat", "berada" is not "berapa", "pemda" is not "perda").
    /// </summary>
    public static readonly HashSet<string> Indonesian =
    [
        "tempat", "sempat", "seadanya", "berada", "tiba", "lama", "nama", "masa", "maka", "sana", "kapal", "kapas", "tubuh", "enak", "siaga",
        "apalah", "mengada", "tempatnya", "lampu", "dimana", "ditempat", "berapi",
        // "jaringan intra pemda" is not "perda" (a policy word), "kami bertanya mengenai …" is not "bedanya" (a difference).
        "pemda", "pemkab", "pemkot", "bertanya", "menanyakan", "ditanyakan", "tanyakan", "nanya", "nanyain",
        // Real words the corrector turned into others in the retired sets: "Keputusan Wali Kota" is no "kali", a letter's
        // "Perihal:" no "perwal" (a policy word), "pengajuan" no "pengaduan", "penawaran" no "pengawasan", "tampilan" no
        // "lampiran", "Kalimantan Selatan" no "delapan"; regional "piro" and "bara" (berapa), "dadi" (jadi), "tiok" (tiap),
        // "pian" (Banjar "you"), "torang" (we) are no "biro", "baru", "dari", "tik", "plan", "orang" (`questions --corrections`, wip-26ib).
        "wali", "perihal", "pengajuan", "ajuan", "diajukan", "tahu", "kertas", "tanda", "disahkan", "kasih", "penawaran", "batang",
        "besaran", "kencana", "nota", "bareng", "ucapkan", "bilang", "singkat", "menurut", "pertanian", "menyajikan", "diklaim",
        "buatan", "tampilan", "dipadukan", "memilih", "tagihan", "selatan", "tercatat", "ditampilkan", "pendataan", "telaah",
        "ditanya", "terutama", "perintah", "lakukan", "diparaf", "lapangan", "persandian", "kepuasan", "digambarkan", "berencana",
        "dijabarkan", "disimpan", "mendapat", "gunakan", "matriks", "sakit", "informatika", "terbaru", "jarang", "formasi",
        "berumur", "pagi", "dibenahi", "kendalikan", "celah", "intinya", "ketua", "nelayan", "pencerahan", "kabarnya", "katanya",
        "asisten", "mencatat", "tersimpan", "anggap", "pengaruh", "dimulai", "milih", "keliatan", "kelihatan", "terhitung",
        "disatukan", "dilaporkan", "hati", "ketahanan", "pelapor", "manapun", "pasar", "kuitansi", "rincian", "tersebar", "ikan",
        "bahan", "mengubah", "pelacakan", "makna", "mengikat", "gambaran", "kelautan", "perluas", "pangkas", "tanggal", "bencana",
        "mengadakan", "dipadankan", "siswa", "ringkas", "klaster", "tani", "permen", "siak",
        "piro", "bara", "dadi", "tiok", "pian", "torang", "nanging",
    ];

    /// <summary>The catalog's own words with the English and Indonesian lists.</summary>
    public static HashSet<string> Of(CriteriaCatalog catalog)
    {
        var words = new HashSet<string>(English);
        words.UnionWith(Indonesian);
        foreach (var word in Lucene.Net.Analysis.Id.IndonesianAnalyzer.DefaultStopSet) words.Add(word.ToString()!);
        foreach (var word in Lucene.Net.Analysis.En.EnglishAnalyzer.DefaultStopSet) words.Add(word.ToString()!);
        foreach (var indicator in catalog.Indicators)
        {
            var texts = new List<string?> { indicator.Name, indicator.Question, indicator.Description, indicator.AssessmentRules, indicator.EvidenceExamples };
            foreach (var level in indicator.Levels)
            {
                texts.Add(level.Criterion);
                texts.AddRange(level.Fulfilment);
                texts.AddRange(level.Evidence);
            }
            foreach (var text in texts)
                if (text is not null)
                    foreach (var word in TextNormalizer.Normalize(text).Split(' '))
                        if (word.Length >= 4 && word.All(char.IsLetter)) words.Add(word);
        }
        return words;
    }
}
