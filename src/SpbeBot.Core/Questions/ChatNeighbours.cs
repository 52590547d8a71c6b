namespace SpbeBot.Core.Questions;

/// <summary>
/// The learned part of <see cref="ChatIntents"/>: the labelled messages of the retired tuning sets (chat messages with
/// their intent, criteria and process questions as "none"), compared by TF-IDF cosine over the recogniser's own words
/// (chat slang expanded). Consulted only when the rules find nothing: a message whose nearest labelled messages are one
/// own-data or small-talk intent, close enough, gets that intent. The examples are data
/// (<c>Lexicon/chat-examples.tsv</c>: author, intent, text), written by <c>bench chat-neighbours --write</c>, which also
/// writes their words (<c>Lexicon/chat-words.tsv</c>, <see cref="ShippedWords"/>): reading 18,000 messages' words at
/// start-up cost most of a process's first chat answer.
/// </summary>
public sealed partial class ChatNeighbours
{
    /// <summary>Neighbours that vote.</summary>
    public static int K { get; set; } = 5;
    /// <summary>The nearest message must be at least this similar (cosine).</summary>
    public static double MinSimilarity { get; set; } = 0.5;
    /// <summary>The winning intent's share of the neighbours' summed similarity.</summary>
    public static double MinShare { get; set; } = 0.6;

    public sealed record Example(string Author, string Label, string Text);

    readonly List<string> _labels = [];
    /// <summary>Term → (example, weight in that example's unit vector).</summary>
    readonly Dictionary<string, List<(int Example, double Weight)>> _postings = new(StringComparer.Ordinal);
    readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);

    public int Count => _labels.Count;

    public static readonly ChatNeighbours Empty = new([]);

    static readonly Lazy<ChatNeighbours> ShippedLazy = new(() =>
        ShippedWords() is { } words ? FromWords(words) : new ChatNeighbours(Parse(EmbeddedLexicon.ReadText(ExamplesResource))));

    /// <summary>Every labelled example shipped with the product.</summary>
    public static ChatNeighbours Shipped => ShippedLazy.Value;

    /// <summary>"author TAB intent TAB text" lines; '#' lines are comments.</summary>
    public static List<Example> Parse(string text) =>
        text.Split('\n').Where(l => l.Length > 0 && l[0] != '#').Select(l => l.TrimEnd('\r').Split('\t'))
            .Where(c => c.Length >= 3).Select(c => new Example(c[0], c[1], c[2])).ToList();

    public ChatNeighbours(IEnumerable<Example> examples) => Add(examples.Select(e => (e.Label, WordsOf(e.Text))));

    ChatNeighbours()
    {
    }

    /// <summary>Indexes each example's label and words (<see cref="WordsOf"/>); called once, by a constructor or <see cref="FromWords"/>.</summary>
    void Add(IEnumerable<(string Label, List<string> Words)> examples)
    {
        var bags = examples.Select(e => (e.Label, Bag: Bag(e.Words))).Where(x => x.Bag.Count > 0).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, bag) in bags)
            foreach (var t in bag.Keys) df[t] = df.GetValueOrDefault(t) + 1;
        foreach (var (t, n) in df) _idf[t] = Math.Log(1.0 + bags.Count / (double)n);
        foreach (var (label, bag) in bags)
        {
            _labels.Add(label);
            foreach (var (t, w) in Vector(bag, bags.Count))
            {
                if (!_postings.TryGetValue(t, out var list)) _postings[t] = list = [];
                list.Add((_labels.Count - 1, w));
            }
        }
    }

    /// <summary>The intent label of the message's nearest labelled messages, or null when they say "none" or are not close.</summary>
    public string? Guess(string text) => Nearest(text) is { } label && label != "none" ? label : null;

    /// <summary>
    /// The label of the message's nearest labelled messages ("none" included), or null when they are not close or do not
    /// agree: the nearest must be at least <see cref="MinSimilarity"/>, share two words with the message, and its label hold
    /// <see cref="MinShare"/> of the votes.
    /// </summary>
    public string? Nearest(string text)
    {
        if (_labels.Count == 0) return null;
        var query = Vector(Bag(WordsOf(text)), _labels.Count);
        if (query.Count == 0) return null;
        var scores = new double[_labels.Count];
        var touched = new List<int>();
        foreach (var (t, w) in query)
            if (_postings.TryGetValue(t, out var list))
                foreach (var (i, weight) in list)
                {
                    if (scores[i] == 0) touched.Add(i);
                    scores[i] += w * weight;
                }
        // The K best by a partial selection (the candidates can be thousands; K is small).
        var nearest = new List<(int Example, double Score)>(K + 1);
        foreach (var i in touched)
        {
            if (nearest.Count == K && scores[i] <= nearest[^1].Score) continue;
            var at = nearest.FindIndex(n => scores[i] > n.Score);
            nearest.Insert(at < 0 ? nearest.Count : at, (i, scores[i]));
            if (nearest.Count > K) nearest.RemoveAt(K);
        }
        if (nearest.Count == 0 || nearest[0].Score < MinSimilarity) return null;
        // One rare shared word is not enough ("jadwal rapat besok" vs "dah ya bot, mau rapat"): two, or all of a one-word message.
        var shared = query.Keys.Count(t => _postings.TryGetValue(t, out var list) && list.Exists(p => p.Example == nearest[0].Example));
        if (shared < Math.Min(2, query.Count)) return null;
        var votes = nearest.GroupBy(n => _labels[n.Example]).Select(g => (Label: g.Key, Score: g.Sum(n => n.Score))).OrderByDescending(v => v.Score).First();
        var top = _labels[nearest[0].Example];
        return votes.Label != top || votes.Score < MinShare * nearest.Sum(n => n.Score) ? null : votes.Label;
    }

    /// <summary>The recogniser's words in order, numbers dropped ("ind 21" and "ind 36" are alike).</summary>
    static List<string> WordsOf(string text) => ChatIntents.WordsOf(text).Where(t => !t.Any(char.IsDigit)).ToList();

    /// <summary>The words with their counts, in the order they first occur.</summary>
    static Dictionary<string, int> Bag(List<string> words)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in words) bag[t] = bag.GetValueOrDefault(t) + 1;
        return bag;
    }

    /// <summary>The bag's TF-IDF unit vector (a word no example holds gets the highest IDF: it still counts against similarity).</summary>
    Dictionary<string, double> Vector(Dictionary<string, int> bag, int examples)
    {
        var v = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (t, n) in bag) v[t] = (1 + Math.Log(n)) * _idf.GetValueOrDefault(t, Math.Log(1.0 + Math.Max(1, examples)));
        var norm = Math.Sqrt(v.Values.Sum(x => x * x));
        foreach (var t in v.Keys.ToList()) v[t] /= norm;
        return v;
    }
}
