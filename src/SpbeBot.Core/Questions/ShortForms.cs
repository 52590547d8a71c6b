namespace SpbeBot.Core.Questions;

/// <summary>
/// Short forms people make of the lexicon's own words, read back into those words: a blend of two words' first letters
/// ("jarintra" → "jaringan intra", "manaset" → "manajemen aset", "arsispbe" → "arsitektur spbe"), as the regulations' own
/// "probis" and "renstra" are made, and a word written without its vowels ("kbjkn" → "kebijakan", "mgmt" → "management"). Only for a word no list knows, and only when exactly one reading fits; otherwise the word stays.
/// </summary>
public sealed class ShortForms
{
    readonly IReadOnlySet<string> _known;
    readonly IReadOnlyList<(string First, string Second)> _pairs;
    readonly ILookup<char, string> _byFirstLetter;
    readonly Dictionary<string, IReadOnlyList<string>> _cache = new();
    readonly Lock _gate = new();

    /// <param name="known">Words read as written (the lexicon's vocabulary and the common words): never a short form.</param>
    /// <param name="phrases">The lexicon's phrases, normalised tokens in order: their neighbouring words make the blends.</param>
    public ShortForms(IReadOnlySet<string> vocabulary, IReadOnlySet<string> common, IEnumerable<IReadOnlyList<string>> phrases)
    {
        _known = vocabulary.Concat(common).ToHashSet();
        _pairs = phrases.SelectMany(p => p.Zip(p.Skip(1)))
            .Where(p => p.First.Length >= 3 && p.Second.Length >= 3 && p.First.All(char.IsAsciiLetterLower) && p.Second.All(char.IsAsciiLetterLower))
            .Distinct().ToList();
        _byFirstLetter = vocabulary.Where(w => w.Length >= 4 && w.Any(IsVowel) && w.All(char.IsAsciiLetterLower)).ToLookup(w => w[0]);
    }

    /// <summary>The words <paramref name="token"/> stands for, or the token alone.</summary>
    public IReadOnlyList<string> Read(string token)
    {
        if (token.Length < 3 || !token.All(char.IsAsciiLetterLower) || _known.Contains(token)) return [token];
        lock (_gate) if (_cache.TryGetValue(token, out var cached)) return cached;
        var read = Vowelless(token) is { } word ? [word] : Blend(token) is var (first, second) ? [first, second] : (IReadOnlyList<string>)[token];
        lock (_gate) { if (_cache.Count < 50_000) _cache[token] = read; }
        return read;
    }

    /// <summary>
    /// "kbjkn", "jrngn": a word of four letters or more with no vowel, read as the one vocabulary word with the same
    /// consonants ("kebijakan", "jaringan"); failing that, as the one that starts and ends with its letters and holds all of
    /// them in order ("mgmt" → "management"). Words with a vowel, like the acronyms "sop" or "skp", are not read so, nor
    /// three letters: "spp", "dmn" (dimana) and "tnd" fit a lexicon word by chance.
    /// </summary>
    string? Vowelless(string token)
    {
        if (token.Length < 4 || token.Any(IsVowel) || token.Contains('y')) return null;
        var sameConsonants = _byFirstLetter[token[0]].Where(w => Skeleton(w) == token).ToList();
        if (sameConsonants.Count > 0) return sameConsonants.Count == 1 ? sameConsonants[0] : null;
        var holding = _byFirstLetter[token[0]].Where(w => w[^1] == token[^1] && w.Length >= token.Length + 2 && IsSubsequence(token, w)).ToList();
        return holding.Count == 1 ? holding[0] : null;
    }

    /// <summary>"jarintra": the start of one word (three letters or more) and the start of the next in a phrase, one such pair only.</summary>
    (string, string)? Blend(string token)
    {
        if (token.Length < 6) return null;
        var found = new HashSet<(string, string)>();
        for (var cut = 3; cut <= token.Length - 3; cut++)
        {
            var (head, tail) = (token[..cut], token[cut..]);
            foreach (var pair in _pairs)
                if (pair.First.Length > head.Length && pair.First.StartsWith(head, StringComparison.Ordinal) && pair.Second.StartsWith(tail, StringComparison.Ordinal))
                    found.Add(pair);
        }
        return found.Count == 1 ? found.First() : null;
    }

    static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>The first letter and the consonants after it: "kebijakan" → "kbjkn".</summary>
    static string Skeleton(string word) => word[0] + new string(word.Skip(1).Where(c => !IsVowel(c)).ToArray());

    static bool IsSubsequence(string shorter, string longer)
    {
        var at = 0;
        foreach (var c in longer)
            if (at < shorter.Length && shorter[at] == c) at++;
        return at == shorter.Length;
    }
}
