namespace SpbeBot.Core.Criteria.Build;

public enum HyphenDecision
{
    /// <summary>The hyphen belongs to the word ("aktivitas-aktivitas", "e-dokumen").</summary>
    Keep,
    /// <summary>The hyphen only split a word at the line end ("pengem-" + "bangan").</summary>
    Drop,
    /// <summary>No evidence either way; kept, because the Pedoman is typeset without automatic hyphenation.</summary>
    Undecided,
}

/// <summary>
/// The word forms a document uses on a single line, so a hyphen at a line end can be judged by how the
/// same word is written elsewhere in that document.
/// </summary>
public sealed class WordForms
{
    readonly HashSet<string> forms = new(StringComparer.OrdinalIgnoreCase);

    public WordForms(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        foreach (var token in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.EndsWith('-')) continue; // a line-end fragment is not evidence of anything
            var word = Trim(token);
            if (word.Length == 0) continue;
            forms.Add(word);
            // "kerja/perangkat" also shows the words "kerja" and "perangkat".
            foreach (var part in word.Split('/', StringSplitOptions.RemoveEmptyEntries)) forms.Add(Trim(part));
        }
    }

    public bool Contains(string word) => forms.Contains(Trim(word));

    /// <summary>
    /// Decides a hyphen at a line end between <paramref name="leftToken"/> (ending in "-") and
    /// <paramref name="rightToken"/>. Order: Indonesian reduplication keeps it; a hyphenated form seen
    /// elsewhere keeps it; a joined form seen elsewhere drops it; otherwise undecided (kept).
    /// </summary>
    public HyphenDecision DecideLineEndHyphen(string leftToken, string rightToken)
    {
        var left = Trim(leftToken.TrimEnd('-'));
        var right = Trim(rightToken);
        // Only the segment after the last "/" belongs to this word: "Daerah/aktivitas-".
        left = left[(left.LastIndexOf('/') + 1)..];
        right = right.Split('/')[0];
        if (left.Length == 0 || right.Length == 0) return HyphenDecision.Undecided;

        var leftSegment = left[(left.LastIndexOf('-') + 1)..];
        var rightSegment = right.Split('-')[0];
        if (IsReduplication(leftSegment, rightSegment)) return HyphenDecision.Keep;
        if (forms.Contains($"{left}-{right}")) return HyphenDecision.Keep;
        if (forms.Contains(left + right)) return HyphenDecision.Drop;
        return HyphenDecision.Undecided;
    }

    /// <summary>
    /// Full or affixed reduplication: the part after the hyphen repeats (at least three letters of) the end
    /// of the part before it — "aktivitas-aktivitas", "masing-masing", "perundang-undangan", "sebaik-baiknya".
    /// </summary>
    public static bool IsReduplication(string left, string right)
    {
        left = left.ToLowerInvariant();
        right = right.ToLowerInvariant();
        if (!left.All(char.IsLetter) || !right.All(char.IsLetter)) return false;
        for (var length = Math.Min(left.Length, right.Length); length >= 3; length--)
            if (left.EndsWith(right[..length], StringComparison.Ordinal)) return true;
        return false;
    }

    static readonly char[] EdgePunctuation = ['(', ')', '[', ']', ',', '.', ';', ':', '"', '\'', '“', '”', '‘', '’', '?', '!'];

    static string Trim(string token) => token.Trim(EdgePunctuation);
}
