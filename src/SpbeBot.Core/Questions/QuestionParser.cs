using System.Collections.Concurrent;
using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Questions;

/// <summary>
/// Reads a chat question (Indonesian first, English accepted) into an <see cref="Understanding"/>:
/// which indicator and level, and what kind of answer. Deterministic, allocation-light, no I/O.
/// </summary>
public sealed class QuestionParser
{
    /// <summary>Longer messages are refused politely rather than guessed at.</summary>
    public const int MaxLength = 1000;

    static readonly ConcurrentDictionary<string, QuestionParser> Cache = new(StringComparer.OrdinalIgnoreCase);

    readonly CriteriaCatalog _catalog;
    readonly TopicMatcher _topics;

    public QuestionParser(CriteriaCatalog catalog)
    {
        _catalog = catalog;
        _topics = new TopicMatcher(Lexicon.For(catalog));
    }

    /// <summary>The parser over the catalog in use for <paramref name="framework"/>; rebuilt when an imported version replaced it.</summary>
    public static QuestionParser For(string framework)
    {
        var catalog = CatalogStore.Get(framework);
        var parser = Cache.GetOrAdd(framework, _ => new QuestionParser(catalog));
        if (ReferenceEquals(parser.Catalog, catalog)) return parser;
        return Cache[framework] = new QuestionParser(catalog);
    }

    public CriteriaCatalog Catalog => _catalog;

    public Understanding Parse(string? question)
    {
        var text = question ?? "";
        if (text.Length > MaxLength) return NotFound(NotFoundReason.TooLong, false);
        var raw = TextNormalizer.Tokenize(text);
        if (raw.Count == 0) return NotFound(NotFoundReason.Empty, false);

        var tokens = raw.Select(_topics.Typos.Correct).ToList();
        var english = IsEnglish(raw);
        var numbers = NumberReader.Read(tokens);
        bool Has(HashSet<string> words) => tokens.Any(words.Contains);

        // "tolong kirim SK tim SPBE yg kemarin": a request to send something is not a criteria question.
        if (Has(IntentWords.SendRequest) && numbers.Levels.Count == 0 && numbers.Indicators.Count == 0 && !Has(IntentWords.Requirement) && !Has(IntentWords.About))
            return NotFound(NotFoundReason.OffTopic, english);

        if ((Has(IntentWords.Index) || Has(IntentWords.Predikat)) && (numbers.AllLevel is not null || numbers.RestLevel is not null || numbers.Assigned.Count >= 2))
            return IndexQuestion(numbers, english);

        if (numbers.Indicators.Count == 0 && (numbers.Decimal is not null || (Has(IntentWords.Predikat) && numbers.Bare.Count == 1 && numbers.Bare[0] <= 5)))
            return PredikatQuestion(numbers.Decimal ?? numbers.Bare[0], english);

        // Which indicator: an explicit number first, then a bare number, then the topic words.
        var explicitNumber = numbers.Indicators.Count > 0 ? numbers.Indicators[0] : (int?)null;
        var bare = new Queue<int>(numbers.Bare.Where(n => n > 0));
        if (explicitNumber is null && bare.Count > 0 && (bare.Peek() > 5 || numbers.Levels.Count > 0 || bare.Count > 1)) explicitNumber = bare.Dequeue();
        var levels = numbers.Levels.ToList();
        if (levels.Count == 0 && explicitNumber is not null && bare.Count > 0 && bare.Peek() <= 5) levels.Add(bare.Dequeue());

        if (Has(IntentWords.Weight)) return WeightQuestion(numbers, explicitNumber, tokens, english);
        // "aspek keamanan pemdi ada indikator apa saja": the aspect's indicators with their weights.
        if (explicitNumber is null && (tokens.Contains("aspek") || tokens.Contains("aspect")) && tokens.Any(x => x is "indikator" or "indicator" or "indicators")
            && WeightQuestion(numbers, null, tokens, english) is { Aspect: not null } aspectList)
            return aspectList;

        var invalidLevel = levels.FirstOrDefault(l => l is < 1 or > 5, 0);
        var topic = _topics.Find(tokens);
        if (explicitNumber is int n && _catalog.FindIndicator(n) is null)
            return NotFound(NotFoundReason.UnknownIndicator, english) with { InvalidNumber = n, Candidates = topic.Candidates.Take(5).ToList(), Level = levels.FirstOrDefault() is var l && l is >= 1 and <= 5 ? l : null };
        if (levels.Count > 0 && invalidLevel != 0 || levels.Any(l => l is < 1 or > 5))
            return NotFound(NotFoundReason.LevelOutOfRange, english) with { InvalidNumber = levels.First(l => l is < 1 or > 5), Indicator = explicitNumber ?? Single(topic.Candidates) };

        var indicator = explicitNumber ?? Single(topic.Candidates);
        var level = levels.Count > 0 ? levels[0] : (int?)null;

        if (indicator is null && topic.Candidates.Count > 1)
            return new Understanding { Framework = _catalog.Framework, Kind = QuestionKind.Ambiguous, Candidates = topic.Candidates.Order().ToList(), Level = level, English = english };

        if (indicator is null)
        {
            if (level is not null && levels.Count == 1 && !Has(IntentWords.Evidence)) return new Understanding { Framework = _catalog.Framework, Kind = QuestionKind.LevelLadder, Level = level, English = english };
            var reason = level is not null || Has(IntentWords.Evidence) || Has(IntentWords.Requirement) ? NotFoundReason.MissingIndicator : NotFoundReason.OffTopic;
            return NotFound(reason, english) with { Level = level, Candidates = Suggestions(tokens) };
        }

        var kind = levels.Count >= 2 && levels[0] != levels[1] ? QuestionKind.Compare
            : Has(IntentWords.Evidence) ? QuestionKind.Evidence
            : level is not null ? QuestionKind.Level
            : QuestionKind.About;
        return new Understanding
        {
            Framework = _catalog.Framework, Kind = kind, Indicator = indicator, English = english,
            Level = kind == QuestionKind.Compare ? Math.Min(levels[0], levels[1]) : level,
            OtherLevel = kind == QuestionKind.Compare ? Math.Max(levels[0], levels[1]) : null,
        };
    }

    Understanding IndexQuestion(NumberReader.Result numbers, bool english)
    {
        var levels = new Dictionary<int, int>();
        var fill = numbers.AllLevel ?? numbers.RestLevel;
        foreach (var indicator in _catalog.Indicators)
        {
            if (numbers.Assigned.TryGetValue(indicator.Number, out var given)) levels[indicator.Number] = given;
            else if (fill is int f) levels[indicator.Number] = f;
        }
        var bad = levels.Values.Concat(numbers.Assigned.Values).FirstOrDefault(l => l is < 1 or > 5, 0);
        if (bad != 0) return NotFound(NotFoundReason.LevelOutOfRange, english) with { InvalidNumber = bad };
        var unknown = numbers.Assigned.Keys.FirstOrDefault(k => _catalog.FindIndicator(k) is null, 0);
        if (unknown != 0) return NotFound(NotFoundReason.UnknownIndicator, english) with { InvalidNumber = unknown };
        if (levels.Count < _catalog.Indicators.Count) return NotFound(NotFoundReason.IncompleteLevels, english) with { Levels = levels };
        return new Understanding { Framework = _catalog.Framework, Kind = QuestionKind.Index, Levels = levels, English = english };
    }

    Understanding PredikatQuestion(decimal value, bool english) =>
        value is < 0 or > 5
            ? NotFound(NotFoundReason.IndexValueOutOfRange, english) with { IndexValue = value }
            : new Understanding { Framework = _catalog.Framework, Kind = QuestionKind.Predikat, IndexValue = value, English = english };

    Understanding WeightQuestion(NumberReader.Result numbers, int? indicatorNumber, List<string> tokens, bool english)
    {
        var result = new Understanding { Framework = _catalog.Framework, Kind = QuestionKind.Weight, English = english };
        var domainAt = tokens.IndexOf("domain");
        var aspectAt = Math.Max(tokens.IndexOf("aspek"), tokens.IndexOf("aspect"));
        if (numbers.Domain is int d) return _catalog.Domains.Any(x => x.Number == d) ? result with { Domain = d } : NotFound(NotFoundReason.OffTopic, english) with { InvalidNumber = d };
        if (numbers.Aspect is int a) return _catalog.Aspects.Any(x => x.Number == a) ? result with { Aspect = a } : NotFound(NotFoundReason.OffTopic, english) with { InvalidNumber = a };
        if (domainAt >= 0 && BestNamed(_catalog.Domains.Select(x => (x.Number, x.Name)), tokens, domainAt) is int dn) return result with { Domain = dn };
        if (aspectAt >= 0 && BestNamed(_catalog.Aspects.Select(x => (x.Number, x.Name)), tokens, aspectAt) is int an) return result with { Aspect = an };
        if (indicatorNumber is int n)
            return _catalog.FindIndicator(n) is null ? NotFound(NotFoundReason.UnknownIndicator, english) with { InvalidNumber = n } : result with { Indicator = n };
        var topic = _topics.Find(tokens);
        if (topic.Candidates.Count == 1) return result with { Indicator = topic.Candidates[0] };
        if (topic.Candidates.Count > 1) return result with { Kind = QuestionKind.Ambiguous, Candidates = topic.Candidates.Order().ToList() };
        return result; // no target: the reply lists the domain and aspect weights
    }

    /// <summary>The domain/aspect whose name shares the most words with the words right after "domain"/"aspek".</summary>
    static int? BestNamed(IEnumerable<(int Number, string Name)> items, List<string> tokens, int at)
    {
        var window = Lexicon.ContentTokens(tokens.Skip(at + 1).Take(5)).Where(t => t is not ("internal")).ToHashSet();
        var scored = items.Select(x => (x.Number, Score: Lexicon.ContentTokens(TextNormalizer.Tokenize(x.Name)).Count(window.Contains)))
            .Where(x => x.Score > 0).OrderByDescending(x => x.Score).ToList();
        return scored.Count > 0 && (scored.Count == 1 || scored[0].Score > scored[1].Score) ? scored[0].Number : null;
    }

    /// <summary>Nearest indicators for a question we could not place: shared word stems with the topic phrases.</summary>
    List<int> Suggestions(List<string> tokens)
    {
        var content = Lexicon.ContentTokens(tokens).Where(t => t.Length >= 4 && !IntentWords.AllWords.Contains(t)).ToList();
        if (content.Count == 0) return [];
        var scores = new Dictionary<int, int>();
        foreach (var topic in _topics.Lexicon.Topics)
            foreach (var word in topic.Tokens)
                if (word.Length >= 4 && content.Any(c => c[..4] == word[..4]))
                    foreach (var indicator in topic.Indicators) scores[indicator] = scores.GetValueOrDefault(indicator) + 1;
        return scores.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(3).Select(kv => kv.Key).ToList();
    }

    Understanding NotFound(NotFoundReason reason, bool english) =>
        new() { Framework = _catalog.Framework, Kind = QuestionKind.NotFound, Reason = reason, English = english };

    static int? Single(IReadOnlyList<int> candidates) => candidates.Count == 1 ? candidates[0] : null;

    static readonly HashSet<string> IndonesianMarkers =
        ["apa", "yang", "untuk", "dan", "berapa", "bagaimana", "saja", "harus", "dibutuhkan", "bukti", "indikator", "tingkat", "syarat", "perlu", "bobot", "beda"];

    static bool IsEnglish(List<string> raw)
    {
        var english = raw.Count(ChatVocabulary.EnglishMarkers.Contains);
        var indonesian = raw.Count(IndonesianMarkers.Contains);
        return english >= 2 && english > indonesian;
    }
}
