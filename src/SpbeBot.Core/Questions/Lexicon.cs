using System.Reflection;
using System.Text.Json;
using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Questions;

/// <summary>
/// The topic vocabulary for one framework: our lexicon file (Lexicon/&lt;framework&gt;.json) plus phrases
/// derived from the catalog's official indicator names, all normalised and stopword-free, ready for matching.
/// </summary>
public sealed class Lexicon
{
    public string Framework { get; }
    public IReadOnlyList<Topic> Topics { get; }
    public IReadOnlySet<string> PolicyWords { get; }
    public IReadOnlySet<string> ImplementationWords { get; }
    /// <summary>
    /// Short forms that are chat words too ("km" = kami/kamu, "tks" = thanks) → the tokens of the name they stand for;
    /// read as that name only when nothing else in the question names an indicator (QuestionParser.WeakShortForms.cs).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> WeakShortForms { get; private init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// Indicators whose name is qualified ("Manajemen Aset TIK") → the qualifier's words: without one of them written, the
    /// indicator's topic gives way to another indicator's topic named beside it (TopicMatcher.Qualifiers.cs).
    /// </summary>
    public IReadOnlyDictionary<int, IReadOnlySet<string>> Qualifiers { get; private init; } = new Dictionary<int, IReadOnlySet<string>>();

    /// <summary>Every word the matcher knows; typos are corrected towards these.</summary>
    public IReadOnlySet<string> Vocabulary { get; }

    /// <summary>Every phrase's words in order, stopwords kept ("arsitektur spbe"): where short forms are made from (<see cref="ShortForms"/>).</summary>
    public IReadOnlyList<IReadOnlyList<string>> PhraseWords { get; private init; } = [];

    /// <summary>Real words that are not typos of another: the catalog's own texts and common English words (<see cref="CommonWords"/>).</summary>
    public IReadOnlySet<string> CommonWords { get; private init; } = new HashSet<string>();

    Lexicon(string framework, IReadOnlyList<Topic> topics, HashSet<string> policy, HashSet<string> implementation, HashSet<string> vocabulary)
    {
        Framework = framework;
        Topics = topics;
        PolicyWords = policy;
        ImplementationWords = implementation;
        Vocabulary = vocabulary;
    }

    public static Lexicon For(CriteriaCatalog catalog)
    {
        var file = LoadFile(catalog.Framework);
        var topics = new List<Topic>();
        var phraseWords = new List<IReadOnlyList<string>>();
        void AddTopic(string phrase, IReadOnlyList<int> indicators, int? policy, int? @default)
        {
            phraseWords.Add(TextNormalizer.Tokenize(phrase));
            Lexicon.AddTopic(topics, phrase, indicators, policy, @default);
        }
        foreach (var entry in file?.Topics ?? [])
            foreach (var phrase in entry.Phrases)
                AddTopic(phrase, entry.Indicators, entry.Policy, entry.Default);

        // English renderings of the names, after our topics (a phrase defined there keeps its twin rule).
        foreach (var (number, phrases) in file?.EnglishNames ?? [])
            if (int.TryParse(number, out var n) && catalog.FindIndicator(n) is not null)
                foreach (var phrase in phrases) AddTopic(phrase, [n], null, null);

        // The official names are always phrases of their own indicator ("penerapan manajemen data" → 23).
        foreach (var indicator in catalog.Indicators)
        {
            AddTopic(indicator.Name, [indicator.Number], null, null);
            var withoutPrefix = indicator.Name.Replace("Tingkat Kematangan", "", StringComparison.OrdinalIgnoreCase);
            AddTopic(withoutPrefix.Replace("Instansi Pusat/Pemerintah Daerah", "", StringComparison.OrdinalIgnoreCase), [indicator.Number], null, null);
        }

        var policy = (file?.PolicyWords ?? []).Select(TextNormalizer.Normalize).ToHashSet();
        var implementation = (file?.ImplementationWords ?? []).Select(TextNormalizer.Normalize).ToHashSet();
        var vocabulary = topics.SelectMany(t => t.Tokens)
            .Concat(policy.SelectMany(p => p.Split(' ')))
            .Concat(implementation.SelectMany(p => p.Split(' ')))
            .Concat(IntentWords.AllWords)
            // Words the parser reads by themselves are never "corrected" into another ("3 kali" is a count, not "kami").
            .Concat(NumberReader.CountNouns).Concat(IntentWords.State).Concat(IntentWords.MoveUp).Concat(IntentWords.Next).Concat(IntentWords.WhichLevel)
            .Concat(ChatVocabulary.Slang.Values.SelectMany(v => v.Split(' ')))
            .Concat(ChatVocabulary.NumberWords.Keys)
            .Concat(ChatVocabulary.LadderNames.Keys).Concat(QuestionParser.ServiceLevelNames.Keys)
            .Concat(catalog.Domains.Select(d => d.Name).Concat(catalog.Aspects.Select(a => a.Name)).SelectMany(n => TextNormalizer.Tokenize(n)))
            .Where(w => w.Length > 0)
            .ToHashSet();
        return new Lexicon(catalog.Framework, topics, policy, implementation, vocabulary)
        {
            CommonWords = Questions.CommonWords.Of(catalog),
            PhraseWords = phraseWords,
            WeakShortForms = (file?.WeakShortForms ?? []).ToDictionary(kv => TextNormalizer.Normalize(kv.Key), kv => (IReadOnlyList<string>)TextNormalizer.Tokenize(kv.Value)),
            Qualifiers = (file?.Qualifiers ?? []).Where(kv => int.TryParse(kv.Key, out _))
                .ToDictionary(kv => int.Parse(kv.Key, System.Globalization.CultureInfo.InvariantCulture), kv => (IReadOnlySet<string>)kv.Value.Select(TextNormalizer.Normalize).ToHashSet()),
        };
    }

    static void AddTopic(List<Topic> topics, string phrase, IReadOnlyList<int> indicators, int? policy, int? @default)
    {
        // A one-word name that chat slang would expand ("bkn" → "bukan") is the name.
        var tokens = ContentTokens(TextNormalizer.Normalize(phrase) is var single && ChatVocabulary.Slang.ContainsKey(single) ? [single] : TextNormalizer.Tokenize(phrase));
        if (tokens.Count == 0) return;
        // First definition wins: a lexicon entry (with its twin rule) outranks the same words from a catalog name.
        if (topics.Any(t => t.Tokens.SequenceEqual(tokens))) return;
        topics.Add(new Topic(tokens, indicators, policy, @default));
    }

    /// <summary>Tokens that carry meaning for topic matching (stopwords dropped).</summary>
    public static List<string> ContentTokens(IEnumerable<string> tokens) =>
        tokens.Where(t => !ChatVocabulary.Stopwords.Contains(t)).ToList();

    static LexiconFile? LoadFile(string framework) => EmbeddedLexicon.TryReadJson<LexiconFile>($"lexicon/{framework}.json", CatalogStore.Json);

    sealed record LexiconFile(string Framework, string[]? PolicyWords, string[]? ImplementationWords, TopicEntry[]? Topics, Dictionary<string, string[]>? EnglishNames, Dictionary<string, string>? WeakShortForms, Dictionary<string, string[]>? Qualifiers);
    sealed record TopicEntry(int[] Indicators, int? Policy, int? Default, string[] Phrases);
}

/// <summary>A phrase (content tokens) that points at one or more indicators.</summary>
/// <param name="Policy">For kebijakan-internal twins: the policy member of <paramref name="Indicators"/>.</param>
/// <param name="Default">For twins: the member meant when neither policy nor implementation words appear.</param>
public sealed record Topic(IReadOnlyList<string> Tokens, IReadOnlyList<int> Indicators, int? Policy, int? Default);
