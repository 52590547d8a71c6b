namespace SpbeBot.Core.Questions;

public static partial class ChatIntents
{
    /// <summary>
    /// "indks kt brp", "klo trgt kcpai", "upld sy sdh dvrfks blm", "spbe ap": a word written without (some of) its vowels is
    /// read as the one chat word it abbreviates — the same first letter and the same consonants, the written letters in
    /// order. Only for a word no list knows, and only when every such chat word means the same ("kcpai" → "kecapai" →
    /// "tercapai"); otherwise the word stays as written.
    /// </summary>
    static string? Vowelless(string token, Words w)
    {
        if (token.Length < 2 || !token.All(char.IsAsciiLetterLower) || w.Known.Contains(token)) return null;
        if (!w.BySkeleton.TryGetValue(Skeleton(token), out var candidates)) return null;
        string? reading = null;
        foreach (var word in candidates)
        {
            if (word.Length <= token.Length || !IsSubsequence(token, word)) continue;
            var meaning = w.Slang.GetValueOrDefault(word, word);
            if (reading is not null && reading != meaning) return null;
            reading = meaning;
        }
        return reading;
    }

    /// <summary>The first letter and the consonants after it: "indeks" and "indks" → "indks", "apa" and "ap" → "ap".</summary>
    static string Skeleton(string word) => word[0] + new string(word.Skip(1).Where(c => !IsVowel(c)).ToArray());

    static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    static bool IsSubsequence(string shorter, string longer)
    {
        var at = 0;
        foreach (var c in longer)
            if (at < shorter.Length && shorter[at] == c) at++;
        return at == shorter.Length;
    }

    /// <summary>Every single word the lexicon names (its lists, slang both ways, the shared chat slang's meanings), by <see cref="Skeleton"/>.</summary>
    static Dictionary<string, List<string>> SkeletonIndex(IEnumerable<string> known) =>
        known.Where(k => k.Length >= 2 && k.All(char.IsAsciiLetterLower))
            .GroupBy(Skeleton).ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToList());
}
