namespace SpbeBot.Core.Questions;

/// <summary>
/// Maps misspelled chat words onto the lexicon's vocabulary ("arsitektr" → "arsitektur", "perencaan" → "perencanaan")
/// with a bounded Damerau–Levenshtein distance: 1 edit for words of 4–6 letters, 2 for longer ones.
/// A word with two equally near candidates is left alone rather than guessed. A correctly spelled common word (one of the
/// catalog's own texts, of Lucene's stopword lists or of <see cref="CommonWords.English"/> and <see cref="CommonWords.Indonesian"/>)
/// is never corrected: "masalah" is not "manakah", "give" is not "five", "tempat" is not "empat", "berada" is not "berapa".
/// </summary>
public sealed class TypoCorrector
{
    readonly IReadOnlySet<string> _vocabulary;
    readonly ILookup<int, string> _byLength;
    readonly Dictionary<string, string> _cache = new();
    readonly Lock _gate = new();

    readonly IReadOnlySet<string> _common;

    public TypoCorrector(IReadOnlySet<string> vocabulary, IReadOnlySet<string>? common = null)
    {
        _vocabulary = vocabulary;
        _common = common ?? new HashSet<string>();
        _byLength = vocabulary.Where(w => w.Length >= 3).ToLookup(w => w.Length);
    }

    public string Correct(string word)
    {
        if (word.Length < 4 || _vocabulary.Contains(word) || !word.All(char.IsLetter)) return word;
        lock (_gate) if (_cache.TryGetValue(word, out var cached)) return cached;

        // A correctly spelled common word is never corrected, into a guarded word or any other.
        var corrected = Suffixless(word) ?? (_common.Contains(word) ? null : Nearest(word)) ?? word;
        lock (_gate) { if (_cache.Count < 50_000) _cache[word] = corrected; }
        return corrected;
    }

    /// <summary>Indonesian enclitics: "perencanaannya" → "perencanaan", "apakah" → "apa".</summary>
    string? Suffixless(string word)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["nya", "lah", "kah", "pun", "ku", "mu"])
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal) && _vocabulary.Contains(word[..^suffix.Length]))
                return word[..^suffix.Length];
        return null;
    }

    string? Nearest(string word)
    {
        var maxDistance = word.Length <= 6 ? 1 : 2;
        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        for (var length = word.Length - maxDistance; length <= word.Length + maxDistance; length++)
        {
            foreach (var candidate in _byLength[length])
            {
                var d = Distance(word, candidate, maxDistance);
                if (d > maxDistance) continue;
                if (d < bestDistance) { best = candidate; bestDistance = d; tie = false; }
                else if (d == bestDistance && candidate != best) tie = true;
            }
        }
        return tie ? null : best;
    }

    /// <summary>Optimal-string-alignment distance, giving up early once it exceeds <paramref name="max"/>.</summary>
    public static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        var prev2 = new int[b.Length + 1];
        var prev = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(prev[j] + 1, current[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = Math.Min(value, prev2[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > max) return max + 1;
            (prev2, prev, current) = (prev, current, prev2);
        }
        return prev[b.Length];
    }
}
