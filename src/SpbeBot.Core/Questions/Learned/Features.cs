namespace SpbeBot.Core.Questions.Learned;

/// <summary>
/// The features the indicator model reads from a question: its words ("w arsitektur"), adjacent word pairs
/// ("b manajemen risiko") and, when the model was trained with them, the first five letters of longer words
/// ("p arsit": forms and typos of one word meet), each once, after the parser's normalisation and typo correction.
/// Numbers and one-letter tokens are left out: an indicator number is the rules' business, and the model must not
/// learn "level 4".
/// </summary>
public static class Features
{
    public const string Words = "words";
    public const string WordsAndPrefixes = "words+prefixes";
    /// <summary>Words, adjacent pairs and, as the same pair, content words adjacent once stopwords are skipped ("b kebijakan
    /// audit" from "kebijakan untuk audit" too): a pair survives the small words one author puts between and another leaves
    /// out. Tried in wip-31ib and not shipped: +3 leave one author out, but a pair seen twice ("sipd … level") then picks
    /// one of SIPD's three indicators instead of asking (docs/benchmarks.md).</summary>
    public const string WordsAndContentPairs = "words+content-pairs";

    public static IEnumerable<string> Of(IReadOnlyList<string> correctedTokens, string kinds = Words)
    {
        var words = correctedTokens.Where(t => t.Length > 1 && !t.Any(char.IsDigit)).ToList();
        var prefixes = kinds == WordsAndPrefixes;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            if (seen.Add("w " + words[i])) yield return "w " + words[i];
            if (i + 1 < words.Count && seen.Add("b " + words[i] + " " + words[i + 1])) yield return "b " + words[i] + " " + words[i + 1];
            if (prefixes && words[i].Length > 6 && seen.Add("p " + words[i][..5])) yield return "p " + words[i][..5];
        }
        if (kinds != WordsAndContentPairs) yield break;
        var content = words.Where(w => !ChatVocabulary.Stopwords.Contains(w)).ToList();
        for (var i = 0; i + 1 < content.Count; i++)
            if (seen.Add("b " + content[i] + " " + content[i + 1])) yield return "b " + content[i] + " " + content[i + 1];
    }
}
