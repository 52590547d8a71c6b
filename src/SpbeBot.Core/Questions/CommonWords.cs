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
