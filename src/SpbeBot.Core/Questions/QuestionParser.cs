using System.Collections.Concurrent;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions.Learned;

namespace SpbeBot.Core.Questions;

/// <summary>
/// Reads a chat question (Indonesian first, English accepted) into an <see cref="Understanding"/>:
/// which indicator and level, and what kind of answer. Deterministic, allocation-light, no I/O.
/// </summary>
public sealed partial class QuestionParser
{
    /// <summary>Longer messages are refused politely rather than guessed at.</summary>
    public const int MaxLength = 1000;

    /// <summary>
    /// The checks on the asker's raw text run on the non-backtracking engine: linear in the text's length, so no timeout is
    /// needed — a timeout could fire on ordinary text on a starved server and turn a question into an exception.
    /// </summary>
    internal const System.Text.RegularExpressions.RegexOptions Linear =
        System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.CultureInvariant;

    static readonly System.Text.RegularExpressions.Regex Percent = new(@"(\d)\s*%", Linear, System.Text.RegularExpressions.Regex.InfiniteMatchTimeout);

    /// <summary>"lvl 3 -> 4", "3 → 4", "3=>4": an arrow between levels is a move, read as "ke".</summary>
    static readonly System.Text.RegularExpressions.Regex Arrow = new(@"\s*(?:->|=>|→|⇒)\s*", Linear, System.Text.RegularExpressions.Regex.InfiniteMatchTimeout);

    /// <summary>
    /// Markup tags, percent escapes, SQL statements and tautologies ("&lt;b&gt;", "%0a", "SELECT * FROM t;", "DROP TABLE x",
    /// "OR 1=1", "' OR 'a'='a", a trailing "--"): text that is code, not words. Percent escapes of ASCII only
    /// (%00–%7F), so "20%dari" stays a share.
    /// </summary>
    static readonly System.Text.RegularExpressions.Regex CodeOrMarkup = new(
        @"</?[a-z][^<>]*>|%[0-7][0-9a-f]|\b(?:select\s+.+?\s+from|insert\s+into|delete\s+from|drop\s+(?:table|database)|union\s+(?:all\s+)?select|update\s+\w+\s+set|alter\s+table|truncate\s+table|exec(?:ute)?\s+xp_)\b[^;]*;?"
        + @"|(?:\b(?:or|and)\b|')\s*'?\w+'?\s*=\s*'?\w+'?|--+\s*$|/\*.*?\*/",
        Linear | System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Singleline, System.Text.RegularExpressions.Regex.InfiniteMatchTimeout);

    static readonly ConcurrentDictionary<string, QuestionParser> Cache = new(StringComparer.OrdinalIgnoreCase);

    readonly CriteriaCatalog _catalog;
    readonly TopicMatcher _topics;
    readonly SituationReader _situations;
    readonly SituationSubjects _subjects;

    public QuestionParser(CriteriaCatalog catalog)
    {
        _catalog = catalog;
        var lexicon = Lexicon.For(catalog);
        _topics = new TopicMatcher(lexicon);
        _situations = new SituationReader(catalog);
        _subjects = new SituationSubjects(catalog, lexicon);
        Model = IndicatorModel.For(catalog.Framework);
    }

    DifferenceFocus? _difference;
    DifferenceFocus Difference => _difference ??= new DifferenceFocus(_topics, _catalog, Model);

    /// <summary>The learned indicator model consulted when the rules are unsure (null: the rules alone).</summary>
    public IndicatorModel? Model { get; init; }

    /// <summary>When the model's guess changes the rules' choice (Learned/LearnedChoice.cs).</summary>
    public LearnedPolicy Policy { get; init; } = LearnedPolicy.Default;

    /// <summary>For the bench: every case the model was consulted on, before the policy applied.</summary>
    internal Action<LearnedChoice.Case>? Observe { get; init; }

    /// <summary>The tokens the parser matches and the model reads: normalised, reference numbers dropped, typos corrected.</summary>
    public List<string> CorrectedTokens(string text) => Corrected(TextNormalizer.Tokenize(text));

    /// <summary>
    /// A word no list knows read as the short form it is ("jarintra", "kbjkn"), else typos corrected: a short form is read
    /// first, as its letters fit it exactly where a typo of a long word may be two letters off ("manaset" is no "dataset").
    /// </summary>
    List<string> Corrected(List<string> raw) => NumberedByName(WithoutReferenceNumbers(raw).SelectMany(Unabbreviated).ToList());

    IReadOnlyList<string> Unabbreviated(string token) =>
        _topics.ShortForms.Read(token) is var read && (read.Count > 1 || read[0] != token) ? read : [_topics.Typos.Correct(token)];

    /// <summary>
    /// A kebijakan-internal twin named without policy or implementation words ("manajemen data level 3"): true answers
    /// the implementation member and offers the policy one as a button; false asks which one. Measured on the dev set
    /// written by others (docs/benchmarks.md).
    /// </summary>
    public bool AnswerLikelyTwin { get; init; } = DefaultAnswerLikelyTwin;

    /// <summary>
    /// The choice measured best (docs/benchmarks.md, "Ask or answer"): on the sets written by authors who never saw
    /// the matcher, every twin named bare is labelled with one indicator (never "ask"), the implementation one; a
    /// reply that asks is wrong there, while answering keeps the policy member one tap away.
    /// </summary>
    public const bool DefaultAnswerLikelyTwin = true;

    /// <summary>
    /// A twin left open, as <see cref="AnswerLikelyTwin"/> answers it: its implementation member, with the policy one to
    /// offer; null when the topics leave no twin or the setting asks.
    /// </summary>
    (int Implementation, int Policy)? LikelyTwin(TopicMatcher.Match topic) =>
        AnswerLikelyTwin && topic.Twin is int policy && topic.Candidates.Count == 2 ? (topic.Candidates.First(c => c != policy), policy) : null;

    /// <summary>The parser over the catalog in use for <paramref name="framework"/>; rebuilt when an imported version replaced it.</summary>
    public static QuestionParser For(string framework)
    {
        var catalog = CatalogStore.Get(framework);
        var parser = Cache.GetOrAdd(framework, _ => new QuestionParser(catalog));
        if (ReferenceEquals(parser.Catalog, catalog)) return parser;
        return Cache[framework] = new QuestionParser(catalog);
    }

    public CriteriaCatalog Catalog => _catalog;

    Understanding Read(string? question, int? evaluationYear)
    {
        var text = question ?? "";
        if (text.Length > MaxLength) return NotFound(NotFoundReason.TooLong, false);
        if (text.Contains('>') || text.Contains('→') || text.Contains('⇒')) text = Arrow.Replace(text, " ke ");
        // "Kondisi kami: 1) … 2) …": the item numbers are the list's, not an indicator or a level (NumberedList.cs).
        text = NumberedList.WithoutMarkers(text);
        // "jalan 100%": a share ("persen" is a count noun), not indicator 100.
        var raw = TextNormalizer.Tokenize(text.Contains('%') ? Percent.Replace(text, "$1 persen ") : text);
        if (raw.Count == 0) return NotFound(NotFoundReason.Empty, false);
        // "%00%0a%0d", "Lorem ipsum dolor sit amet", a random string: nothing in it is a word or number the bot knows, so
        // it gets the polite "not found" with nothing suggested — no indicator reached through a prefix or a guess.
        // Read as written: the "persen" put in for a "%" is not the asker's word ("%00%0a%0d" is not a question about shares).
        if (!(text.Contains('%') ? TextNormalizer.Tokenize(text) : raw).Any(KnownAsWritten)) return NotFound(NotFoundReason.OffTopic, IsEnglish(raw)) with { Noise = true };
        // "%00%0a SELECT * FROM person; <b>x</b>", "1 OR 1=1": code and markup are not the asker's words. Read what is left;
        // when no real word is left, the polite "not found" with nothing suggested (no indicator 1, no prefix of "person").
        if (CodeOrMarkup.IsMatch(text))
        {
            text = CodeOrMarkup.Replace(text, " ");
            raw = TextNormalizer.Tokenize(text.Contains('%') ? Percent.Replace(text, "$1 persen ") : text);
            if (!raw.Any(t => !t.All(c => char.IsAsciiDigit(c) || c == '.') && KnownAsWritten(t))) return NotFound(NotFoundReason.OffTopic, IsEnglish(raw)) with { Noise = true };
        }

        // Reference numbers are dropped before typo correction ("form" must not become "from" first).
        var tokens = Corrected(raw);
        var english = IsEnglish(raw);
        var numbers = NumberReader.Read(tokens);
        bool Has(HashSet<string> words) => tokens.Any(words.Contains);

        // "tolong kirim SK tim SPBE yg kemarin": a request to send something is not a criteria question.
        if (AsksToSend(tokens) && numbers.Levels.Count == 0 && numbers.Indicators.Count == 0 && !Has(IntentWords.Requirement) && !Has(IntentWords.About))
            return NotFound(NotFoundReason.OffTopic, english);

        // "kebijakan 4, tata kelola 3, manajemen 2, layanan 4 — indeks?": the index from domain or aspect values.
        if (numbers.Indicators.Count == 0 && PartValues(tokens) is { } parts && (Has(IntentWords.Index) || Has(IntentWords.Predikat) || tokens.Contains("berapa") || parts.Values.Count >= 3))
            return new Understanding { Framework = _catalog.Framework, Kind = QuestionKind.PartIndex, PartValues = parts.Values, PartsAreAspects = parts.Aspects, English = english };

        if ((Has(IntentWords.Index) || Has(IntentWords.Predikat)) && (numbers.AllLevel is not null || numbers.RestLevel is not null || numbers.Assigned.Count >= 2))
            return IndexQuestion(numbers, english);

        if (numbers.Indicators.Count == 0 && (numbers.Decimal is not null || (Has(IntentWords.Predikat) && numbers.Bare.Count == 1 && numbers.Bare[0] <= 5)))
            return PredikatQuestion(numbers.Decimal ?? numbers.Bare[0], english) with { IndexSide = SideOfBound(tokens) };

        // Which indicator: an explicit number first, then a bare number, then the topic words.
        var explicitNumber = numbers.Indicators.Count > 0 ? numbers.Indicators[0] : (int?)null;
        var bare = new Queue<int>(numbers.Bare.Where(n => n > 0));
        int? overruledNumber = null;
        // "e-budgeting kita transaksi (lvl 3). dr 3 ke 4 apa tambahannya?": a level named again is one level, not two.
        var levels = numbers.Levels.Distinct().ToList();
        // "We're at level 2 on the ICT asset indicator. What's needed for 3?": with a level named and the topic named in
        // words (not that number), a small bare number is the other level.
        if (explicitNumber is null && bare.Count > 0 && bare.Peek() <= 5 && levels.Count == 1 && levels[0] != bare.Peek()
            && _topics.Find(tokens) is { Candidates.Count: > 0 } wordsTopic && !wordsTopic.Candidates.Contains(bare.Peek()))
            levels.Add(bare.Dequeue());
        // "jaringan intra … 4 atau 5 nih?": two small numbers offered where words name the indicator are two levels.
        if (TwoLevelsOffered(tokens, bare, explicitNumber, levels.Count) is var (offeredLow, offeredHigh))
        {
            levels.AddRange([offeredLow, offeredHigh]);
            bare.Clear();
        }
        if (explicitNumber is null && bare.Count > 0 && (bare.Peek() > 5 || numbers.Levels.Count > 0 || bare.Count > 1))
        {
            explicitNumber = bare.Dequeue();
            // A number no word marks as an indicator ("35 OPD-nya", "ada 6 poin") is read as one only when the model does
            // not overrule it: sure of another indicator by the words, the number's below RuleBelow (wip-29ib). "12 level 3",
            // "nomor 12", "tanya 12" mark it; an overruled number is still offered as a button.
            if (!MarksIndicator(tokens, explicitNumber.Value) && Model?.Score(tokens) is { } numberGuess && LearnedChoice.OverrulesNumber(explicitNumber.Value, numberGuess, Policy))
            {
                overruledNumber = explicitNumber;
                explicitNumber = null;
            }
        }
        if (levels.Count == 0 && explicitNumber is not null && bare.Count > 0 && bare.Peek() <= 5) levels.Add(bare.Dequeue());

        if (Has(IntentWords.Weight)) return WeightQuestion(numbers, explicitNumber, tokens, english);
        // "aspek keamanan pemdi ada indikator apa saja": the aspect's indicators with their weights.
        if (explicitNumber is null && (tokens.Contains("aspek") || tokens.Contains("aspect")) && tokens.Any(x => x is "indikator" or "indicator" or "indicators")
            && WeightQuestion(numbers, null, tokens, english) is { Aspect: not null } aspectList)
            return aspectList;

        // "ind 8 vs 22? I mainly need 22", "kebijakan audit TIK vs audit infrastruktur: … the audit activity itself": the
        // one asked about is answered, the other offered as a button (DifferenceFocus.cs).
        var pair = Difference.Read(text, tokens, numbers, CorrectedTokens);
        // "kebijakan keamanan informasi (8) sama penerapan … (22) beda di mana? SK CSIRT & laporan pengendalian masuk mana?":
        // the rules read one word of the asker's description; the model on the whole question overrules that reading as it
        // overrules the rules' words (the other member stays a button). Not the first one named by default, nor one the
        // asker pointed at ("yg 23", "what I want to know is about …"): there the text says which (wip-30ib).
        var pairByModel = pair is { Focused: true, Pointed: false } && Model?.Score(tokens) is { } pairGuess && LearnedChoice.OverrulesPair(pair.Answer, pair.Other, pairGuess, Policy);
        if (pairByModel) pair = pair! with { Answer = pair.Other, Other = pair.Answer };
        // "Indicator 11 vs 1 – which one …": a small number of the pair is an indicator, not a level, unless a level word names it.
        if (pair is not null) levels.RemoveAll(l => (l == pair.Answer || l == pair.Other) && !numbers.Levels.Contains(l));
        if (pair is not null && levels.All(l => l is >= 1 and <= 5) && levels.Count <= 1)
        {
            // "dokumen peta rencana (12)" names the indicator; only a word of evidence asks for the evidence.
            var pairKind = tokens.Any(t => t is "bukti" or "dukung" or "evidence" or "eviden") ? QuestionKind.Evidence : levels.Count == 1 ? QuestionKind.Level : QuestionKind.About;
            return new Understanding
            {
                Framework = _catalog.Framework, Kind = pairKind, Indicator = pair.Answer, Level = levels.Count == 1 ? levels[0] : null,
                Alternatives = [pair.Other], English = english, ChosenByModel = pairByModel,
            };
        }

        // "ind 29 30 31 audit, yg audit aplikasi yg mana": the one of the listed indicators the words after the list name.
        if (pair is null && ChosenFromList(tokens, numbers) is { } listed)
            return new Understanding
            {
                Framework = _catalog.Framework, Kind = Has(IntentWords.Evidence) ? QuestionKind.Evidence : QuestionKind.About, Indicator = listed.Chosen,
                Alternatives = listed.Others, English = english,
            };

        var topic = _topics.Find(tokens);
        // "bukti km lvl 3 apa": a short form that is a chat word too names an indicator when nothing else does and a
        // criteria question is asked (a level, evidence, a requirement); "km bisa apa aja?" is chat.
        if (explicitNumber is null && topic.Candidates.Count == 0 && (levels.Count > 0 || Has(IntentWords.Evidence) || Has(IntentWords.Requirement) || AsksWhichIndicator(tokens))
            && SpelledWeakShortForm(tokens) is { } spelled)
        {
            tokens = spelled;
            topic = _topics.Find(tokens);
        }
        // "Audit keamanan kami … dilakukan tim internal. Level 31?": a "level" past 5 that is the indicator the words describe.
        if (explicitNumber is null && LevelNamesIndicator(levels, topic) is int levelAsIndicator)
        {
            explicitNumber = levelAsIndicator;
            levels.Remove(levelAsIndicator);
        }
        var invalidLevel = levels.FirstOrDefault(l => l is < 1 or > 5, 0);
        // "JDIH sudah kolaborasi", "e-budgeting tahap transaksi": a service ladder's level name, not a topic.
        // Not when the whole question already names one indicator off the service ladder with that word ("plan and budget integration").
        if (explicitNumber is null && ServiceLadderLevel(tokens) is var (ladderAt, ladderLevel) && ladderAt >= 0
            && !(topic.Candidates.Count == 1 && _catalog.FindIndicator(topic.Candidates[0]) is { Ladder: not "layanan" }))
        {
            var without = _topics.Find(tokens.Where((_, i) => i != ladderAt).ToList());
            // "Interaction vs transaction level for the budgeting service": two level names are two levels.
            var second = ServiceLadderLevel(tokens, ladderAt + 1);
            if (second.At >= 0) without = _topics.Find(tokens.Where((_, i) => i != ladderAt && i != second.At).ToList());
            if (without.Candidates.Count == 1 && _catalog.FindIndicator(without.Candidates[0]) is { Ladder: "layanan" })
            {
                topic = without;
                if (levels.Count == 0 && !LooksLikeSituation(tokens, raw.Count) && !DescribesService(text, tokens) && !Denied(tokens, ladderAt) && !LinkNamed(tokens))
                {
                    levels.Add(ladderLevel);
                    if (second.At >= 0 && second.Level != ladderLevel) levels.Add(second.Level);
                }
            }
        }
        // "ind 45 naik dari transaksi ke kolaborasi": on a service indicator named by number, the ladder's level names are levels.
        if (explicitNumber is int numbered && levels.Count == 0 && _catalog.FindIndicator(numbered) is { Ladder: "layanan" }
            && ServiceLadderLevel(tokens) is var (firstAt, firstLevel) && firstAt >= 0 && !LooksLikeSituation(tokens, raw.Count) && !DescribesService(text, tokens)
            && !Denied(tokens, firstAt) && !LinkNamed(tokens))
        {
            levels.Add(firstLevel);
            if (ServiceLadderLevel(tokens, firstAt + 1) is var (secondAt, secondLevel) && secondAt >= 0 && secondLevel != firstLevel) levels.Add(secondLevel);
        }
        // "gmn caranya biar manajemen risiko dpt nilai 4": a score of one indicator is its level.
        if ((explicitNumber is not null || topic.Candidates.Count > 0) && ScoreLevel(tokens) is int scored && levels.Count < 2 && !levels.Contains(scored)) levels.Add(scored);
        if (explicitNumber is int n && _catalog.FindIndicator(n) is null)
            return NotFound(NotFoundReason.UnknownIndicator, english) with { InvalidNumber = n, Candidates = topic.Candidates.Take(5).ToList(), Level = levels.FirstOrDefault() is var l && l is >= 1 and <= 5 ? l : null };
        if (levels.Count > 0 && invalidLevel != 0 || levels.Any(l => l is < 1 or > 5))
            return NotFound(NotFoundReason.LevelOutOfRange, english) with { InvalidNumber = levels.First(l => l is < 1 or > 5), Indicator = explicitNumber ?? Single(topic.Candidates) };

        var indicator = explicitNumber ?? Single(topic.Candidates);
        // "level kolaborasi?" about Kolaborasi Penerapan SPBE, named in words or typed by number: a service level's name that
        // is the indicator's own name asks no level off the service ladder; any other ("indikator 12 level kolaborasi",
        // "level optimal arsitektur spbe") stays a level (QuestionParser.LadderName.cs).
        if (LevelOnlyFromOtherLadderName(tokens, levels, indicator)) levels.Clear();
        var level = levels.Count > 0 ? levels[0] : (int?)null;

        // "Srikandi kami sudah terintegrasi dengan aplikasi kepegawaian": the application named after a word of
        // integration is the partner, not the subject.
        if (indicator is null && topic.Candidates.Count > 1 && tokens.FindIndex(t => t is "terintegrasi" or "integrasi" or "terhubung" or "nyambung" or "tersambung" or "terkoneksi" or "interkoneksi" or "kolaborasi" or "integrated" or "connected" or "connects") is var joinAt and > 0
            && _topics.Find(tokens.Take(joinAt).ToList()) is { Candidates.Count: 1 } subject)
        {
            topic = subject;
            indicator = subject.Candidates[0];
        }

        // "… (a long account naming several topics). Level berapa untuk indikator Tim Koordinasi?": the last sentence,
        // where the question is asked, names the subject.
        if (indicator is null && topic.Candidates.Count > 1 && raw.Count >= 14 && LastSentence(text) is { Count: > 0 } last
            && _topics.Find(last.Select(_topics.Typos.Correct).ToList()) is { Candidates.Count: > 0 } asked && asked.Candidates.Count < topic.Candidates.Count)
        {
            topic = asked;
            indicator = Single(asked.Candidates);
        }

        // A described situation: the indicator it describes, when the topics leave a twin or an actor among the candidates.
        if (explicitNumber is null && (indicator is not null || topic.Candidates.Count > 1) && !topic.ByPolicy
            && LooksLikeSituation(tokens.Where(t => !ChatVocabulary.LevelWords.Contains(t)).ToList(), raw.Count, LastSentence(text))
            && _subjects.Subject(tokens, indicator is int chosen ? [chosen] : topic.Candidates, _topics.Find) is int situationSubject)
        {
            indicator = situationSubject;
            topic = new TopicMatcher.Match([situationSubject], topic.Specificity);
        }

        var alternatives = new List<int>();
        if (indicator is null && LikelyTwin(topic) is (int implementation, int policy))
        {
            indicator = implementation;
            alternatives.Add(policy);
        }

        // "PDN itu masuk ind brp, kebijakan atau layanan pusat data?": the policy member offered is a button.
        if (explicitNumber is null && indicator is int offeredTo && topic.PolicyOffered && _topics.PolicyOf(offeredTo) is int offeredPolicy && !alternatives.Contains(offeredPolicy))
            alternatives.Add(offeredPolicy);

        // "layanan publik sektoral" with no number: the members share one ladder and one criterion text, so the first
        // answers and the others are offered as buttons rather than asked about.
        _namedByNumber ??= NamedByNumber();
        if (indicator is null && topic.Candidates.Count > 1 && _namedByNumber.GroupBy(kv => kv.Key.Word).FirstOrDefault(g => g.Select(kv => kv.Value).Order().SequenceEqual(topic.Candidates.Order())) is { } family)
        {
            var members = family.OrderBy(kv => kv.Key.Number).Select(kv => kv.Value).ToList();
            indicator = members[0];
            alternatives.AddRange(members.Skip(1));
        }

        // The learned model (trained on questions worded by others) when the rules are unsure or it is sure of another.
        var chosenByModel = false;
        // Not on a kebijakan-internal twin left open: policy or implementation words decide it, or the setting (point 6).
        var guess = explicitNumber is null && Model is not null && !(indicator is null && topic.Twin is not null) ? Model.Score(tokens) : null;
        if (guess is not null) Observe?.Invoke(new LearnedChoice.Case(indicator, topic.Candidates, topic.Specificity, guess));
        if (guess is not null && LearnedChoice.Decide(indicator, topic.Candidates, topic.Specificity, guess, Policy, indicator is int ruled ? _topics.PolicyOf(ruled) : null) is { } learned)
        {
            if (learned.AskAmong.Count > 1)
                return new Understanding { Framework = _catalog.Framework, Kind = QuestionKind.Ambiguous, Candidates = learned.AskAmong, Level = level, English = english, ChosenByModel = true };
            if (learned.Indicator is int guessed)
            {
                alternatives = learned.Alternatives.Concat(alternatives).Where(a => a != guessed).Distinct().ToList();
                indicator = guessed;
                topic = new TopicMatcher.Match([guessed], topic.Specificity);
                chosenByModel = true;
            }
        }

        // The number the asker typed, overruled by the model, stays one button away.
        if (overruledNumber is int typed && _catalog.FindIndicator(typed) is not null)
        {
            if (indicator is null && topic.Candidates.Count > 1 && !topic.Candidates.Contains(typed)) topic = topic with { Candidates = [.. topic.Candidates, typed] };
            else if (indicator is not null && indicator != typed && !alternatives.Contains(typed)) alternatives.Insert(0, typed);
        }

        if (indicator is null && topic.Candidates.Count > 1)
            return new Understanding { Framework = _catalog.Framework, Kind = QuestionKind.Ambiguous, Candidates = topic.Candidates.Order().ToList(), Level = level, English = english };

        if (indicator is null)
        {
            if (level is not null && levels.Count == 1 && !Has(IntentWords.Evidence)) return new Understanding { Framework = _catalog.Framework, Kind = QuestionKind.LevelLadder, Level = level, English = english };
            var reason = level is not null || Has(IntentWords.Evidence) || Has(IntentWords.Requirement) ? NotFoundReason.MissingIndicator : NotFoundReason.OffTopic;
            return NotFound(reason, english) with { Level = level, Candidates = Suggestions(tokens) };
        }

        // "… baru mengatur sebagian OPD. Biar naik 1 lvl hrs gmn?", "… tersambung lapor. next level apa": a rise of one asked
        // after an account is a move from where the account places the asker to the level above (QuestionParser.RiseByOne.cs).
        if (AsksOneLevelUp(tokens, out var saysOne) && (levels.Count == 0 || saysOne && levels is [1])
            && _catalog.FindIndicator(indicator.Value) is { } risen && Place(risen, text, evaluationYear) is { } start && Placed(start)
            && start.Asserted.Count + start.Denied.Count >= 1 && start.Level is not >= 5)
            // Over an unsaid level no level is claimed, so there is no level to rise from: the reply asks the deciding one.
            return start.Level is int standing
                ? new Understanding
                {
                    Framework = _catalog.Framework, Kind = QuestionKind.MoveUp, Indicator = indicator, English = english,
                    Level = standing + 1, FromLevel = standing, Alternatives = alternatives, ChosenByModel = chosenByModel,
                }
                : new Understanding
                {
                    Framework = _catalog.Framework, Kind = QuestionKind.Situation, Indicator = indicator, English = english,
                    Situation = start, Alternatives = alternatives, ChosenByModel = chosenByModel,
                };

        // "Kami baru bentuk CSIRT bulan lalu, itu ngaruh ke indikator apa dan level berapa?": the level at which the Pedoman
        // names that short form, not a placement of the account around it (QuestionParser.NamedShortForm.cs). An account
        // that states two notions of the criteria besides ("kontrol di semua OPD, strategi dari Tim Koordinasi, dan CSIRT")
        // is placed as a whole, and so is one notion told unfinished ("BPMN … kami masih draft", "CSIRT kami cuma di atas
        // kertas"; SituationReader.TellsUnfinished): the asker's own state.
        // The placement read here is the one the situation route below gives, when that route is taken.
        SituationReader.Placement? around = null;
        if (levels.Count == 0 && _catalog.FindIndicator(indicator.Value) is { } holding && LevelOfNamedShortForm(holding, tokens) is int formLevel
            && (around = Place(holding, text, evaluationYear)).Asserted.Union(around.Denied).Distinct().Count() is var notions
            && (notions == 0 || notions == 1 && !SituationReader.TellsUnfinished(tokens)))
            return new Understanding
            {
                Framework = _catalog.Framework, Kind = Has(IntentWords.Evidence) ? QuestionKind.Evidence : QuestionKind.Level, Indicator = indicator,
                Level = formLevel, English = english, Alternatives = alternatives, ChosenByModel = chosenByModel,
            };

        // A described situation ("Perwal … sudah ditetapkan, tapi belum direviu — level berapa?"): place it.
        if (levels.Count == 0 && LooksLikeSituation(tokens, raw.Count, LastSentence(text)) && !AsksAboutIndicator(LastSentence(text) is { Count: > 0 } lastAsked ? lastAsked : tokens) && !AsksLevelOfRequirement(text)
            && !AsksWhetherAccepted(LastSentence(text) is { Count: > 0 } askedLast ? askedLast : tokens)
            && !AsksOnlyWhichIndicator(tokens)
            && _catalog.FindIndicator(indicator.Value) is { } described)
        {
            var placement = around ?? Place(described, text, evaluationYear);
            return new Understanding
            {
                Framework = _catalog.Framework, Kind = QuestionKind.Situation, Indicator = indicator, English = english,
                Level = placement.Level, Situation = placement, Alternatives = alternatives, ChosenByModel = chosenByModel,
            };
        }

        // "… tidak ada laporan reviu. Apakah kami sudah level 4 di indikator 11?": a described situation checked against
        // a claimed level is placed like any other; the reply says where the text puts it and what the claimed level needs.
        // "… SOP blm ada. Msk lvl 3 ga?", "… Level 2 atau 3 nih?", "Can we claim level 4?": a described situation whose
        // question only checks a level (or picks between two) is placed like any other — the level is the one the
        // description meets, not the one asked about.
        // "… and we review it yearly. Level 4 or 5?": without the level words the account may not look like one by its
        // words alone; two notions of the criteria read in it make it one.
        if (levels.Count is 1 or 2 && (raw.Count >= 20 && ChecksClaim(tokens) || raw.Count >= 10 && ChecksLevel(tokens, levels, AskedSentences(text)))
            && _catalog.FindIndicator(indicator.Value) is { } claimed)
        {
            var looks = LooksLikeSituation(tokens.Where(t => !ChatVocabulary.LevelWords.Contains(t)).ToList(), raw.Count);
            var placement = Place(claimed, text, evaluationYear);
            if (Placed(placement) && placement.Asserted.Count + placement.Denied.Count >= (looks ? 1 : 2)
                && (looks || !Has(IntentWords.MoveUp) && !Has(IntentWords.Requirement) && !Has(IntentWords.Evidence)))
                return new Understanding
                {
                    Framework = _catalog.Framework, Kind = QuestionKind.Situation, Indicator = indicator, English = english,
                    Level = placement.Level, Situation = placement, Alternatives = alternatives, ChosenByModel = chosenByModel,
                };
        }

        // "Komite Manajemen Risiko itu syarat level berapa?": the level whose criterion adds what is named.
        if (levels.Count == 0 && AsksWhichLevel(tokens) && _catalog.FindIndicator(indicator.Value) is { } named
            && _situations.LevelNaming(named.Number, text, named.Ladder == "layanan") is int namedLevel)
            return new Understanding { Framework = _catalog.Framework, Kind = QuestionKind.Level, Indicator = indicator, Level = namedLevel, English = english, Alternatives = alternatives, ChosenByModel = chosenByModel };

        // Two levels without a word of difference ("kita udah level 3, next step ke level 4 apa?") or a word of adding
        // ("apa tambahan level 3 dibanding level 2") are a move up; "beda level 3 dan 4" stays a comparison.
        var differenceWords = tokens.Any(IntentWords.Difference.Contains);
        // "mau naik ke level 4, apa bedanya dengan level 3?": a move named towards a level is a move up even when the
        // difference is asked; the target is the level moved to.
        var movedTo = MovedToLevel(tokens);
        // "dari 3 ke 4 bedanya apa, apa yg hrs kami siapkan": a range asked with what to prepare is a move up too.
        // "dari lvl 3 ke 4 apa bedanya": a range from one level to the next is a move, whatever word asks about it.
        // "Apa syarat level 4 … dibanding level 3?": what one level requires, set against another, is a move up to it.
        var moveUp = level is not null && (Has(IntentWords.MoveUp) && !differenceWords || FromTo(tokens)
            // "pusat data kami sdh semua opd + SOP, mau lvl 4": the one level named is wanted.
            || levels.Count == 1 && LevelWanted(tokens, level.Value)
            || levels.Count >= 2 && levels[0] != levels[1] && (!Has(IntentWords.Compare) || Has(IntentWords.Requirement) && !differenceWords)
            || movedTo is int towards && levels.Contains(towards)
            // "What does level 3 add compared to level 2?": what a level adds is a move up to it, whatever compares it.
            || levels.Count >= 2 && levels[0] != levels[1] && tokens.Any(Adding.Contains)
            // "Jaringan intra kami level 4, apa bedanya dengan level 5?": the lower of two adjacent levels is where the
            // asker stands, so the difference asked is what the next level adds.
            || levels.Count >= 2 && Math.Abs(levels[0] - levels[1]) == 1 && StandingLevel(tokens, text) == Math.Min(levels[0], levels[1])
            // "apa bedanya level 3 dan level 4, kami ingin naik": a difference of adjacent levels asked to rise is what the higher adds.
            || differenceWords && levels.Count >= 2 && Math.Abs(levels[0] - levels[1]) == 1 && tokens.Any(IntentWords.Rise.Contains)
            // "apa yang membedakan level 4 dari level 3": the higher level set apart from the one below is what it adds.
            || differenceWords && HigherSetApartFromLower(tokens, levels));
        if (moveUp)
        {
            var target = movedTo is int movedLevel && levels.Contains(movedLevel) ? movedLevel : levels.Count >= 2 ? Math.Max(levels[0], levels[1]) : level!.Value;
            int? from = levels.Count >= 2 && levels[0] != levels[1] ? Math.Min(levels[0], levels[1]) : null;
            // "kami di level 3 indikator 28, next apa?", "we're at level 2, what comes next?": the one level named is where
            // they stand; the move is to the next one.
            // "What is needed beyond level 3?": the level named is passed; the move is to the next one.
            // "Kami di level 2, apa yang harus ditambah supaya naik level?": a rise asked with no level to rise to starts
            // from the level where they stand.
            if (levels.Count == 1 && movedTo is null && level < 5 && (StandingLevel(tokens, text) == level && (Has(IntentWords.Next) || tokens.Any(IntentWords.Rise.Contains)) || Beyond(tokens)))
            {
                from = level;
                target = level!.Value + 1;
            }
            // "mau naik ke level 5": the evidence of the target level when evidence is what is asked.
            return new Understanding
            {
                Framework = _catalog.Framework, Kind = QuestionKind.MoveUp, Indicator = indicator, English = english,
                Level = target, FromLevel = from, Alternatives = alternatives, ChosenByModel = chosenByModel,
            };
        }

        // "Baru sebagian OPD yg konsultasi anggaran aplikasinya ke kominfo, sisanya jalan sendiri2. ind 13": an account of
        // one's own state for one indicator, with no level and nothing else asked, is a described situation when the
        // reader finds at least two of the notions the indicator's criteria are built from.
        // A short account ("kebijakan manajemen data kita msh konsep", "manajemen risiko spbe kita blm ada sama sekali")
        // is one too when it is told as one's own ("kita", "kami", "our") and names one notion or says the thing is absent.
        if (levels.Count == 0 && raw.Count >= 5 && !Has(IntentWords.Evidence) && !Has(IntentWords.Requirement) && DescribesOwnState(tokens, LastSentence(text))
            && !AsksWhetherAccepted(LastSentence(text) is { Count: > 0 } ownAsked ? ownAsked : tokens)
            && _catalog.FindIndicator(indicator.Value) is { } stated
            && Place(stated, text, evaluationYear) is { } read && Placed(read)
            && (raw.Count >= 8 && read.Asserted.Union(read.Denied).Distinct().Count() >= 2
                || tokens.Any(t => t is "kami" or "kita" or "our" or "we") && !tokens.Any(BodyQuestion.Contains)
                   // "SPSE kita sdh full e-tendering, masuk indikator brp?": which indicator is asked, not where it stands.
                   && !(tokens.Any(IndicatorWords.Contains) && tokens.Any(t => t is "brp" or "berapa" or "mana" or "which" or "what"))
                   && (read.Asserted.Count + read.Denied.Count >= 1 || SaysAbsent(tokens))))
            return new Understanding
            {
                Framework = _catalog.Framework, Kind = QuestionKind.Situation, Indicator = indicator, English = english,
                Level = read.Level, Situation = read, Alternatives = alternatives, ChosenByModel = chosenByModel,
            };

        // "kebijakan pusat data: blm ada aturan, server ditaruh di masing2 dinas", "audit infrastruktur spbe blm pernah
        // dilaksanakan": a statement of the indicator's state with nothing asked is a described situation too, when it tells
        // a state or names two notions of the criteria (StatedSituation.cs).
        if (levels.Count == 0 && StatedSituation.IsStatement(text, tokens) && _catalog.FindIndicator(indicator.Value) is { } told
            && Place(told, text, evaluationYear) is { } toldRead && Placed(toldRead)
            && (StatedSituation.TellsState(tokens) || toldRead.Asserted.Union(toldRead.Denied).Distinct().Count() >= 2))
            return new Understanding
            {
                Framework = _catalog.Framework, Kind = QuestionKind.Situation, Indicator = indicator, English = english,
                Level = toldRead.Level, Situation = toldRead, Alternatives = alternatives, ChosenByModel = chosenByModel,
            };

        // "… tiap OPD beda. Indikator 23?", "… belum terintegrasi dengan aplikasi lain. Mohon penjelasan tingkat kematangan
        // Indikator 34.": statements followed by a sentence that asks only for the level are a described situation, whatever
        // words of the statements ("beda", "upload", "needs analysis") would ask something else in a question.
        if (levels.Count == 0 && StatementsThenLevelAsked(text) && _catalog.FindIndicator(indicator.Value) is { } account
            && Place(account, text, evaluationYear) is { } accountRead && Placed(accountRead) && accountRead.Asserted.Count + accountRead.Denied.Count >= 1)
            return new Understanding
            {
                Framework = _catalog.Framework, Kind = QuestionKind.Situation, Indicator = indicator, English = english,
                Level = accountRead.Level, Situation = accountRead, Alternatives = alternatives, ChosenByModel = chosenByModel,
            };

        var kind = levels.Count >= 2 && levels[0] != levels[1] ? QuestionKind.Compare
            : Has(IntentWords.Evidence) ? QuestionKind.Evidence
            : level is not null ? QuestionKind.Level
            : QuestionKind.About;
        return new Understanding
        {
            Framework = _catalog.Framework, Kind = kind, Indicator = indicator, English = english,
            Level = kind == QuestionKind.Compare ? Math.Min(levels[0], levels[1]) : level,
            OtherLevel = kind == QuestionKind.Compare ? Math.Max(levels[0], levels[1]) : null,
            Alternatives = alternatives, ChosenByModel = chosenByModel,
        };
    }

    /// <summary>Indicators whose official name ends in a number ("Layanan Publik Sektor 2" → 46), by the word before it.</summary>
    Dictionary<(string Word, int Number), int> NamedByNumber()
    {
        var map = new Dictionary<(string, int), int>();
        foreach (var i in _catalog.Indicators)
        {
            var words = TextNormalizer.Tokenize(i.Name);
            if (words.Count >= 2 && int.TryParse(words[^1], out var k) && k is > 0 and < 10) map[(words[^2], k)] = i.Number;
        }
        return map;
    }

    Dictionary<(string Word, int Number), int>? _namedByNumber;

    /// <summary>Chat and English forms of the words that number an indicator's name: "sektoral", "sktrl", "sector", "sectoral".</summary>
    static readonly Dictionary<string, string> NameWordForms = new() { ["sektoral"] = "sektor", ["sector"] = "sektor", ["sectoral"] = "sektor", ["sktrl"] = "sektor" };
    static readonly HashSet<string> NameNumberFillers = ["service", "services", "layanan", "publik", "public", "no", "nomor", "number", "ke", "ke-", "nr"];

    /// <summary>
    /// "layanan publik sektoral 2", "sector service 3", "sectoral public service no. 2": the number names the indicator
    /// ("Layanan Publik Sektor 2" → 46), not a level; rewritten as "indikator 46", also when the number is a word ("sektoral
    /// tiga"), each one named so. A list ("sektoral 1, 2, 3") stays.
    /// </summary>
    List<string> NumberedByName(List<string> tokens)
    {
        _namedByNumber ??= NamedByNumber();
        if (_namedByNumber.Count == 0) return tokens;
        List<string>? result = null;
        var at = tokens;
        for (var i = 0; i < at.Count; i++)
        {
            var word = NameWordForms.GetValueOrDefault(at[i], at[i]);
            var j = i + 1;
            while (j < at.Count && j <= i + 3 && NameNumberFillers.Contains(at[j])) j++;
            // "sektoral tiga": the number may be written as a word.
            if (j >= at.Count || !(int.TryParse(at[j], out var k) || ChatVocabulary.NumberWords.TryGetValue(at[j], out k)) || !_namedByNumber.TryGetValue((word, k), out var number)) continue;
            at = result ??= tokens.ToList();
            // "layanan publik sektoral 1, 2, 3 itu maksudnya apa": the list names the family; its first member answers,
            // and the other numbers are not levels.
            var end = j + 1;
            while (end < result.Count && (result[end].All(char.IsAsciiDigit) && result[end].Length == 1 || result[end] is "dan" or "and" or "atau" or "or" or "sampai" or "hingga" or "s" or "d")) end++;
            if (end > j + 1)
            {
                if (!result.Skip(j + 1).Take(end - j - 1).Any(t => t.All(char.IsAsciiDigit))) end = j + 1;
                else result.RemoveRange(j + 1, end - j - 1);
            }
            result[j] = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            result.Insert(j, "indikator");
            // "sktrl 3 … sm dgn sktrl 1?": every one named so is read, not the first alone.
            i = j + 1;
        }
        return result ?? tokens;
    }

    static readonly HashSet<string> ReferenceWords =
        ["form", "formulir", "pasal", "ayat", "bab", "permenpanrb", "permenpan", "permen", "perpres", "pp", "uu", "perbup", "perwal", "pergub", "perda", "se", "lampiran", "tabel", "table", "article"];

    /// <summary>Words naming a regulation whose number follows "nomor"/"no".</summary>
    static readonly HashSet<string> RegulationWords =
        [.. ReferenceWords, "perwali", "perwalkot", "perkada", "peraturan", "keputusan", "kepwal", "kepbup", "kepgub", "sk", "instruksi", "surat", "edaran", "kota", "kabupaten", "bupati", "gubernur", "walikota", "daerah"];

    static bool IsDigits(string t) => t.Length > 0 && t.All(char.IsAsciiDigit);
    static bool IsYear(string t) => t.Length == 4 && IsDigits(t);

    /// <summary>Numbers that name a regulation, an article or a form ("PermenPANRB 5/2020", "Form-1", "pasal 3") are not indicators or levels.</summary>
    static List<string> WithoutReferenceNumbers(List<string> tokens)
    {
        var result = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var digits = t.Length > 0 && t.All(char.IsAsciiDigit);
            // "form 1-3", "pasal 5 s.d. 7": the range's end is the reference's too, not indicator 3.
            if (digits && i > 0 && ReferenceWords.Contains(tokens[i - 1])) { i += RangeEndAfter(tokens, i + 1); continue; }
            if (digits && t.Length <= 3 && i + 1 < tokens.Count && IsYear(tokens[i + 1])) { i++; continue; }
            // "Perwali Nomor 12 Tahun 2023", "Perbup No. 5": the number of a regulation, not indicator 12.
            if (t is "nomor" or "no" && i > 0 && RegulationWords.Contains(tokens[i - 1]) && i + 1 < tokens.Count && IsDigits(tokens[i + 1])) { i++; continue; }
            if (digits && t.Length <= 3 && i + 2 < tokens.Count && tokens[i + 1] is "tahun" or "thn" or "th" && IsYear(tokens[i + 2])) { i += 2; continue; }
            result.Add(t);
        }
        return result;
    }

    /// <summary>How many tokens from <paramref name="at"/> end a range: "3" (a hyphen is gone), "sd 3", "s d 3", "sampai 3"; 0 when none.</summary>
    static int RangeEndAfter(List<string> tokens, int at)
    {
        var k = at;
        if (k < tokens.Count && tokens[k] is "sd" or "sampai" or "hingga" or "to") k++;
        else if (k + 1 < tokens.Count && tokens[k] == "s" && tokens[k + 1] == "d") k += 2;
        return k < tokens.Count && IsDigits(tokens[k]) ? k - at + 1 : 0;
    }

    /// <summary>The service ladder's level names; also kept out of typo correction ("interaction" is not "integration").</summary>
    internal static readonly Dictionary<string, int> ServiceLevelNames = new()
    {
        ["interaksi"] = 2, ["transaksi"] = 3, ["kolaborasi"] = 4, ["interaction"] = 2, ["transaction"] = 3, ["collaboration"] = 4,
        ["transaksional"] = 3, ["integrasi"] = 4, ["terintegrasi"] = 4, ["integration"] = 4, ["integrated"] = 4,
    };

    /// <summary>The position and level of a service ladder's level name (interaksi 2, transaksi 3, kolaborasi 4); (-1, 0) when none.</summary>
    static (int At, int Level) ServiceLadderLevel(List<string> tokens, int start = 0)
    {
        for (var i = start; i < tokens.Count; i++)
            if (ServiceLevelNames.TryGetValue(tokens[i], out var level)) return (i, level);
        return (-1, 0);
    }

    /// <summary>"blm integrasi kemana2", "not yet integrated", "no integration": a ladder word denied two words before is no level asked for.</summary>
    static bool Denied(List<string> tokens, int at) =>
        Enumerable.Range(Math.Max(0, at - 2), Math.Min(2, at)).Any(k => SituationReader.IsNegator(tokens, k) || tokens[k] is "yet");

    /// <summary>
    /// "full transactions, integrated with the national police registration", "terintegrasi dengan e-planning",
    /// "integrasi SIASN": the collaboration level's name followed by the partner describes the service (a situation to
    /// place), and so do the level names beside it; they ask no level. "dari transaksi ke kolaborasi" keeps its levels:
    /// only the collaboration name is a verb of linking. Sundanese "ka" is "ke" ("Integrasi ka aplikasi sanes teu acan").
    /// </summary>
    static bool LinkNamed(List<string> tokens) => Enumerable.Range(0, tokens.Count).Any(at =>
        ServiceLevelNames.TryGetValue(tokens[at], out var named) && named == 4 && at + 1 < tokens.Count
        && (tokens[at + 1] is "with" or "dengan" or "into" or "to" or "ke" or "ka" or "sama" or "kepada"
            || SituationReader.SystemWords.Contains(tokens[at + 1]) && tokens[at + 1] is not ("layanan" or "aplikasi" or "sistem" or "system" or "application" or "app")));

    /// <summary>
    /// A placement the situation reply stands on: a level, or a gap's deciding level — a higher level's step stated over an
    /// unsaid level claims no level (SituationReader.StatedChain.cs) but is a described situation all the same.
    /// </summary>
    static bool Placed(SituationReader.Placement p) => p.Level is not null || p is { Gap: true, DecidingLevel: not null };

    /// <summary>Where a described situation stands (SituationReader.cs).</summary>
    SituationReader.Placement Place(Indicator indicator, string text, int? evaluationYear) =>
        _situations.Place(indicator.Number, text, indicator.Ladder == "layanan", evaluationYear);

    /// <summary>"penganggaran cuma info pagu di web, gak bisa interaksi": a statement that a ladder step is not reached describes the service.</summary>
    static bool DescribesService(string text, List<string> tokens) => StatedSituation.IsStatement(text, tokens) && StatedSituation.DeniesLadderStep(tokens);

    /// <summary>"nilai 4", "skor 3", "dapat 4", "score of 4": a level of one indicator.</summary>
    static int? ScoreLevel(List<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
            if (tokens[i] is "nilai" or "nilainya" or "skor" or "score" or "dapat" or "meraih" or "mencapai")
            {
                var k = i + 1;
                if (k < tokens.Count && tokens[k] is "level" or "tingkat" or "of") k++;
                if (k < tokens.Count && tokens[k].Length == 1 && NumberReader.TryNumber(tokens, k, false, out var v, out _) && v is >= 1 and <= 5) return v;
            }
        return null;
    }

    /// <summary>"naik ke level 4", "menaikkan ke tingkat 4", "move up to level 4", "get to level 4": the level moved to.</summary>
    static int? MovedToLevel(List<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (IntentWords.Rise.Contains(tokens[i]) || tokens[i] is "go" or "get" or "getting")
                for (var k = i + 1; k < Math.Min(tokens.Count, i + 4); k++)
                {
                    if (ChatVocabulary.LevelWords.Contains(tokens[k]) && NumberReader.TryNumber(tokens, k + 1, true, out var v, out _) && v is >= 1 and <= 5) return v;
                    // "Kami ingin naik ke 4 tahun ini": after "ke"/"to", a lone digit is the level moved to.
                    if (k > i + 1 && tokens[k].Length == 1 && NumberReader.TryNumber(tokens, k, false, out var bare, out _) && bare is >= 1 and <= 5) return bare;
                    // "naik dari level 2 ke 3": the level after "dari" is where the move starts.
                    if (tokens[k] is not ("ke" or "to" or "up" or "menuju" or "jadi" or "menjadi" or "into")) break;
                }
        return null;
    }

    /// <summary>Words of adding to a level: "what does level 3 add", "apa tambahan level 3".</summary>
    static readonly HashSet<string> Adding = ["add", "adds", "added", "tambahan", "ditambahkan", "menambahkan", "additional"];

    /// <summary>"beyond level 3", "di atas level 3", "above level 3": the level named is the one passed.</summary>
    static bool Beyond(List<string> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
            if (ChatVocabulary.LevelWords.Contains(tokens[i]) && (tokens[i - 1] is "beyond" or "above" or "past" || i >= 2 && tokens[i - 2] == "di" && tokens[i - 1] == "atas")) return true;
        return false;
    }

    /// <summary>"dari level 2 ke 3", "from level 2 to 3".</summary>
    static bool FromTo(List<string> tokens)
    {
        // "audit aplikasi lvl 2 ke 3 apa bedanya", "level 3 to 4": a level, "ke", a higher level — a move, like "dari … ke …".
        for (var i = 1; i + 2 < tokens.Count; i++)
            if (ChatVocabulary.LevelWords.Contains(tokens[i - 1]) && tokens[i].Length == 1 && int.TryParse(tokens[i], out var low) && low is >= 1 and <= 4
                && tokens[i + 1] is "ke" or "to" or "menuju" && (tokens[i + 2] is var next && ChatVocabulary.LevelWords.Contains(next) && i + 3 < tokens.Count ? tokens[i + 3] : tokens[i + 2]) is { Length: 1 } high
                && int.TryParse(high, out var h) && h == low + 1) return true;
        var from = tokens.FindIndex(t => t is "dari" or "from");
        return from >= 0 && tokens.Skip(from + 1).Take(3).Any(t => ChatVocabulary.LevelWords.Contains(t) || t.All(char.IsAsciiDigit) || ServiceLevelNames.ContainsKey(t))
            && tokens.Skip(from + 2).Take(4).Any(t => t is "ke" or "to" or "menjadi" or "jadi" or "into");
    }

    /// <summary>
    /// A described situation asking where it stands: a which-level question ("level berapa", "masuk level apa", "which
    /// level") next to state words ("sudah", "belum", "baru", "we have"), or a long description of state.
    /// </summary>
    static bool LooksLikeSituation(List<string> tokens, int rawCount, List<string>? lastSentence = null)
    {
        var state = tokens.Count(IntentWords.State.Contains);
        var own = tokens.Count(t => t is "kami" or "kita" or "we" or "our" or "us");
        // A long description of one's own state with no level named is a situation however it ends ("Mohon konfirmasi level indikator 9.").
        // "… apa yang harus kami siapkan", "bukti dukungnya apa": a requirement question however much state it describes.
        // What is asked is in the last sentence of a long account ("… covering all required points. Level for indicator 30?").
        var asking = lastSentence is { Count: > 0 } && rawCount >= 20 ? lastSentence : tokens;
        var asksWhat = asking.Where((t, i) => t is "syarat" or "persyaratan" or "siapkan" or "disiapkan" or "menyiapkan" or "dibutuhkan" or "diperlukan" or "needed" or "required" or "contoh" or "example" or "examples" && !RequirementShown(asking, i)).Any()
            || asking.Where((t, i) => t == "bukti" && i + 1 < asking.Count && asking[i + 1] == "dukung").Any();
        if (rawCount >= 14 && state >= 1 && state + own >= 2 && !asksWhat) return true;
        // A long description that asks where it stands ("… Level berapa untuk layanan kinerja pegawai?") is one even
        // without state words.
        if (rawCount >= 14 && !asksWhat && AsksWhichLevel(tokens)) return true;
        // "… The fixes haven't been made yet. Level for indicator 30?": a long account of one's own that ends on a level.
        if (rawCount >= 20 && (own >= 2 || state >= 1) && !asksWhat && !asking.Any(IntentWords.MoveUp.Contains)
            && (lastSentence is { Count: > 0 and <= 8 } ? lastSentence : tokens.Skip(tokens.Count - 6)).Any(t => t is "level" or "tingkat")) return true;
        // "portal data cm nampilin infografis, gak ada dataset. ind 43?", "… there is no HR competency plan. Indicator 25?",
        // "aplikasi inspektorat cm tampilkan jadwal PKPT. lvl?": an account followed by nothing but a bare reference to an
        // indicator or a level asks where the account stands.
        if (lastSentence is { Count: > 0 and <= 5 } && BareReference(lastSentence) && tokens.Count - lastSentence.Count >= 4 && !asksWhat
            && !tokens.Take(tokens.Count - lastSentence.Count).Where((t, i) => BodyQuestion.Contains(t) || EvidenceAsked.Contains(t) || IntentWords.Requirement.Contains(t) && !StandardFollowed(t) && !RequirementShown(tokens, i)).Any())
            return true;
        if (state + own == 0) return false;
        // "… tp tindak lanjut temuan msh manual. ind 39 lvl?", "… no approval workflow. Level on indicator 32?", "Mohon
        // penjelasan levelnya.": an account of one's own state that ends asking for a level without naming one.
        var tail = lastSentence is { Count: > 0 and <= 8 } ? lastSentence : tokens.Skip(Math.Max(0, tokens.Count - 6)).ToList();
        if (rawCount >= 8 && !asksWhat && !asking.Any(IntentWords.MoveUp.Contains) && tail.Any(t => t is "level" or "lvl" or "tingkat" or "levelnya" or "tingkatnya" or "maturity" or "scored"))
            return true;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t is "level" or "tingkat" or "levelnya" or "posisi" or "maturity" or "nilai" or "skor" or "score" or "kematangan")
            {
                for (var k = Math.Max(0, i - 2); k <= Math.Min(tokens.Count - 1, i + 2); k++)
                    if (k != i && IntentWords.WhichLevel.Contains(tokens[k])) return true;
                if (i > 0 && tokens[i - 1] is "masuk" or "termasuk" or "di" or "dapat" or "at" or "kira" or "kiranya" or "setara") return true;
            }
        }
        if (WhereStands(tokens)) return true;
        return AsksWhatItScores(tokens);
    }

    /// <summary>"SPLP kita baru dipakai 3 OPD, dpt brp?": what it scores.</summary>
    static bool AsksWhatItScores(List<string> tokens) =>
        Enumerable.Range(0, Math.Max(0, tokens.Count - 1)).Any(i => tokens[i] is "dapat" or "dapatnya" && tokens[i + 1] == "berapa");

    /// <summary>
    /// Words that ask for evidence in an account's body; "auditan bs upload tindak lanjut & download LHP", "warga bisa upload
    /// foto" tell what a service does.
    /// </summary>
    static readonly HashSet<string> EvidenceAsked = ["bukti", "buktinya", "dukung", "evidence", "eviden", "evidensi", "proof"];

    static readonly HashSet<string> ReferenceHeads = ["ind", "indikator", "indicator", "level", "lvl", "tingkat", "levelnya", "tingkatnya"];
    static readonly HashSet<string> ReferenceFillers = ["berapa", "brp", "which", "what", "whats", "the", "for", "on", "di", "nya", "ya", "kah", "apa", "nih", "dong", "is", "it", "our", "its", "no", "nomor", "utk", "untuk"];
    static readonly HashSet<string> BodyQuestion =
        ["apa", "apakah", "bagaimana", "gimana", "gmn", "how", "what", "why", "kenapa", "mengapa", "siapa", "which", "mana", "manakah", "bisakah", "bolehkah", "can", "could", "should", "does", "maksud", "maksudnya", "arti", "artinya", "beda", "bedanya", "perbedaan"];

    /// <summary>"ind 43", "Indicator 25", "lvl", "Level on indicator 20", "ind 22 level berapa": nothing but a reference.</summary>
    static bool BareReference(List<string> sentence) =>
        sentence.Any(ReferenceHeads.Contains) && sentence.All(t => ReferenceHeads.Contains(t) || ReferenceFillers.Contains(t) || t.Length <= 2 && t.All(char.IsAsciiDigit));

    /// <summary>
    /// Of an account in several sentences, the words of those that ask: each ending in "?" and the last one ("gmn biar ind 2
    /// dpt nilai 5? perbup … udh direviu" asks in its first). Empty for one sentence.
    /// </summary>
    static List<string> AskedSentences(string text)
    {
        var sentences = System.Text.RegularExpressions.Regex.Split(text.Trim(), @"(?<=[.;!?\n])\s+").Where(s => s.Trim().Length > 0).ToList();
        return sentences.Count > 1 ? sentences.Where((s, i) => i == sentences.Count - 1 || s.TrimEnd().EndsWith('?')).SelectMany(TextNormalizer.Tokenize).ToList() : [];
    }

    static List<string> LastSentence(string text)
    {
        var sentences = System.Text.RegularExpressions.Regex.Split(text.Trim(), @"[.;!?\n]+(?:\s|$)").Where(s => s.Trim().Length > 0).ToList();
        return sentences.Count > 1 ? TextNormalizer.Tokenize(sentences[^1]) : [];
    }

    /// <summary>"apakah kami sudah level 4", "are we already at level 4", "do we meet level 4": a claimed level to check.</summary>
    static bool ChecksClaim(List<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (ChatVocabulary.LevelWords.Contains(tokens[i]))
            {
                var before = tokens.Skip(Math.Max(0, i - 4)).Take(Math.Min(4, i)).ToList();
                // "apa yang harus kami penuhi agar … mencapai tingkat 4": a level aimed at, not claimed.
                if (before.Any(t => t is "agar" or "supaya" or "biar") || AimedAt(tokens, i) || tokens.Take(i).Any(t => t is "agar" or "supaya" or "biar")
                    && tokens.Take(i).Any(t => t is "harus" or "perlu" or "penuhi" or "dipenuhi" or "butuh" or "need" or "needed")) continue;
                if (before.Any(t => t is "sudah" or "already" or "memenuhi" or "meet" or "meets" or "qualify" or "masuk" or "mencapai" or "reached")
                    && tokens.Take(i).Any(t => t is "apakah" or "apa" or "are" or "do" or "does" or "is" or "have" or "kah")) return true;
            }
        return false;
    }

    static readonly HashSet<string> IndicatorWords = ["indikator", "indicator", "ind"];
    /// <summary>
    /// "SDLC-nya masih diakui nggak buat penilaian?", "Is that acceptable for the SDLC requirement?", "Does that still count
    /// for the app development indicator?": whether a practice is accepted, with no level asked, asks the rule, not where
    /// the asker stands. "… apakah diakui dan dapat nilai berapa?", "… apakah diakui, posisi kami di mana?", "… was accepted
    /// by the regent but never reviewed, where do we stand?" ask where they stand (AsksStanding). "accepted" asks only in
    /// question form ("is that accepted?", "Was the plan accepted …?"); "our policy was accepted by the regent" is a state.
    /// </summary>
    static bool AsksWhetherAccepted(List<string> asked) =>
        !AsksStanding(asked)
        && (asked.Any(t => t is "diakui" or "acceptable") || AcceptedAsked(asked) || asked.Zip(asked.Skip(1)).Any(p => p is ("count" or "counts", "for")));

    /// <summary>"level berapa", "dapat nilai berapa", "posisi kami di mana", "where do we stand": the level where one stands is asked.
    /// "nilai" asks only with a question word by it ("nilai berapa", "dapat nilai"): "diakui sebagai nilai untuk indikator 12?"
    /// asks whether it is accepted.</summary>
    static bool AsksStanding(List<string> tokens) =>
        tokens.Select((t, i) => (t, i)).Any(p => Standing.Asked.Contains(p.t) && (p.t is not ("nilai" or "nilainya" or "skornya" or "predikat" or "predikatnya") || ScoreAsked(tokens, p.i))) || WhereStands(tokens);

    static readonly HashSet<string> ScoreAskedAfter = ["berapa", "brp", "apa"];
    static readonly HashSet<string> ScoreAskedBefore = ["dapat", "dapet", "mendapat", "mendapatkan", "dapatkan", "berapa", "brp"];

    static bool ScoreAsked(List<string> tokens, int i) =>
        i + 1 < tokens.Count && ScoreAskedAfter.Contains(tokens[i + 1]) || i > 0 && ScoreAskedBefore.Contains(tokens[i - 1]);

    /// <summary>
    /// Words that ask the level where one stands: <see cref="LevelHeads"/> and <see cref="LevelAsked"/> ("nilai", "skor",
    /// "maturity", "kematangan"), a position ("posisi") and a score's other words ("nilainya", "skornya", "predikat": these, like
    /// "nilai", ask only with a question word by them). A class of its own, so that both sets (in two files) are
    /// initialised first.
    /// </summary>
    static class Standing
    {
        public static readonly HashSet<string> Asked = [.. LevelHeads, .. LevelAsked, "posisi", "posisinya", "nilainya", "skornya", "predikat", "predikatnya"];
    }

    static bool WhereStands(List<string> tokens) => tokens.Contains("stand") && tokens.Contains("where");

    /// <summary>
    /// "Is that accepted?", "Was a Kanban process accepted for …?", "so would it be accepted": the auxiliary opens the
    /// sentence or stands before its subject. "Our policy was accepted by the regent" has it right before "accepted".
    /// </summary>
    static bool AcceptedAsked(List<string> asked)
    {
        var at = asked.IndexOf("accepted");
        for (var i = 0; i < at - 1; i++)
            if (asked[i] is "is" or "was" or "are" or "were" or "will" or "would" or "could" or "can"
                && (i == 0 || asked[i + 1] is "it" or "this" or "that" or "these" or "those" or "they" or "a" or "an" or "the" or "such" or "our" or "my" or "their" or "its"))
                return true;
        return false;
    }

    /// <summary>
    /// "perwal itu dihitung di indikator 3 atau indikator 23?", "Is indicator 4 about the applications …, or only …?",
    /// "apakah indikator 7 hanya tentang kebijakan?": what an indicator covers is asked, not a level — an overview, however
    /// much state precedes it.
    /// </summary>
    static bool AsksAboutIndicator(List<string> asking)
    {
        if (asking.Any(t => t is "level" or "lvl" or "tingkat" or "levelnya" or "nilai" or "skor" or "score" or "scored" or "maturity")) return false;
        for (var i = 0; i < asking.Count; i++)
        {
            if (!IndicatorWords.Contains(asking[i])) continue;
            var after = asking.Skip(i + 1).Take(4).ToList();
            var before = asking.Skip(Math.Max(0, i - 3)).Take(Math.Min(3, i)).ToList();
            if (after.Any(t => t is "atau" or "or" or "about" or "tentang" or "hanya" or "only" or "mengenai" or "cover" or "covers" or "menilai" or "mencakup")) return true;
            if (before.Any(t => t is "dihitung" or "dinilai" or "counted" or "counts" or "count" or "belongs" or "termasuk") ) return true;
        }
        return false;
    }

    /// <summary>"blm ada sama sekali", "tidak punya", "we don't have": the thing described does not exist yet.</summary>
    static bool SaysAbsent(List<string> tokens) =>
        Enumerable.Range(0, Math.Max(0, tokens.Count - 1)).Any(i => SituationReader.NegatorWords.Contains(tokens[i])
            && tokens[i + 1] is "ada" or "punya" or "memiliki" or "have" or "any" or "pernah");

    static readonly HashSet<string> AskingAbout =
        ["apa", "apakah", "what", "is", "are", "does", "do", "maksud", "maksudnya", "arti", "artinya", "termasuk", "dihitung", "siapa", "mana", "manakah", "which", "kenapa", "mengapa", "why", "bagaimana", "gimana", "gmn", "how", "ataukah", "or", "atau", "boleh", "bolehkah", "can", "bisakah"];
    static readonly HashSet<string> LevelAsked = ["level", "lvl", "tingkat", "scored", "score", "skor", "nilai", "klaim", "claim", "levelnya", "maturity"];

    /// <summary>Own state told ("kami", "sudah", "belum", "cuma") and no other question asked: no question word, unless the question is about a level or score.</summary>
    static bool DescribesOwnState(List<string> tokens, List<string> lastSentence)
    {
        if (!tokens.Any(t => IntentWords.State.Contains(t) || t is "kami" or "kita" or "we" or "our")) return false;
        if (tokens.Any(IntentWords.Difference.Contains)) return false;
        var asking = lastSentence.Count > 0 ? lastSentence : tokens;
        return !asking.Any(AskingAbout.Contains) || asking.Any(LevelAsked.Contains);
    }

    /// <summary>Words that make a named level a yes/no check: "lvl 3 ga?", "level 3 bisa?", "bs klaim 4", "should we pick 3".</summary>
    static readonly HashSet<string> CheckBefore = ["klaim", "mengklaim", "claim", "pilih", "memilih", "pick", "choose", "isi", "mengisi", "ambil", "bisa", "bs", "boleh", "can", "could", "aman", "masuk", "msk", "dapat", "dpt", "tetap"];
    static readonly HashSet<string> CheckAfter = [.. SituationReader.NegatorWords, "kah", "bisa", "bs", "boleh", "nih", "ya", "kan", "right"];
    static readonly HashSet<string> Alternative = ["atau", "ato", "or", "apa"];

    /// <summary>
    /// The named level is checked or picked, not moved to: "lvl 3 ga?", "level 2 atau 3?", "claim level 4?" — no word of
    /// moving or of what to do in the sentences that ask (<see cref="AskedSentences"/>: "… hasil reviu nyuruh upgrade
    /// bandwidth, blm dikerjain. 4 atau 5 nih?" asks no move).
    /// </summary>
    static bool ChecksLevel(List<string> tokens, List<int> levels, List<string> asked)
    {
        var asking = asked.Count > 0 ? asked : tokens;
        if (asking.Any(t => IntentWords.MoveUp.Contains(t) && t is not ("lagi" or "else")) || asking.Any(t => t is "caranya" or "gimana" or "gmn" or "bagaimana" or "how" or "need" or "needed" or "kurang" or "perlu" or "butuh" or "dibutuhkan" or "diperlukan" or "syarat" or "missing" or "lacking" or "require" or "requires")
            || tokens.Any(IntentWords.Difference.Contains)) return false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!(tokens[i].All(char.IsAsciiDigit) && int.TryParse(tokens[i], out var n) && levels.Contains(n))) continue;
            // "Untuk indikator 3 apakah ini level 3 atau 4?": the indicator's number is no level offered.
            if (i > 0 && IndicatorWords.Contains(tokens[i - 1])) continue;
            var before = tokens.Skip(Math.Max(0, i - 3)).Take(Math.Min(3, i)).ToList();
            var after = tokens.Skip(i + 1).Take(2).ToList();
            // "(lvl 3). Utk lvl 4 apa lagi?": "apa lagi" asks what else, not "3 or 4".
            if (levels.Count == 2 && (OffersAnother(tokens, i) && !AsksWhatElse(after) && !AsksWhatLevelIs(tokens, i) || before.Any(Alternative.Contains))) return true;
            // "… semua opd + SOP, mau lvl 4", "(lvl 4). buat lvl 5 apa yg mesti ada?": the level wanted is a target, not a level checked.
            if (before.Any(t => t is "untuk" or "utk" or "buat" or "for" or "ke" or "to" or "menuju" or "towards") || WantedAt(tokens, i)) return false;
            if (levels.Count == 1 && (before.Any(CheckBefore.Contains) || after.Any(CheckAfter.Contains) || after.Count == 0 && before.Any(t => t is "level" or "lvl"))) return true;
        }
        return false;
    }

    /// <summary>
    /// "lvl 4 apa 5?", "level 3 atau level 4 nih", "3 or 4?": a word of choice right after the level, with another level
    /// after it. "buat lvl 5 apa yg mesti ada?" asks what the level needs: "apa" starts the question, no level follows.
    /// </summary>
    static bool OffersAnother(List<string> tokens, int at)
    {
        for (var k = at + 1; k <= Math.Min(tokens.Count - 2, at + 2); k++)
        {
            if (!Alternative.Contains(tokens[k])) continue;
            var next = ChatVocabulary.LevelWords.Contains(tokens[k + 1]) ? k + 2 : k + 1;
            return NumberReader.TryNumber(tokens, next, true, out _, out _) || ServiceLevelNames.ContainsKey(tokens[k + 1]);
        }
        return false;
    }

    /// <summary>"apa lagi", "what else": what is still to add.</summary>
    static bool AsksWhatElse(List<string> words) =>
        Enumerable.Range(0, Math.Max(0, words.Count - 1)).Any(i => words[i] is "apa" or "what" && words[i + 1] is "lagi" or "else");

    /// <summary>"… itu syarat level berapa", "dinilai di level berapa", "which indicator and level".</summary>
    static bool AsksWhichLevel(List<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i] is "level" or "tingkat" or "lvl")
                for (var k = Math.Max(0, i - 2); k <= Math.Min(tokens.Count - 1, i + 2); k++)
                    if (k != i && IntentWords.WhichLevel.Contains(tokens[k])) return true;
        return false;
    }

    static readonly (string[] Words, int Number)[] DomainKeys =
    [
        (["kebijakan", "internal"], 1), (["kebijakan"], 1), (["policy"], 1), (["tata", "kelola"], 2), (["governance"], 2),
        (["manajemen"], 3), (["management"], 3), (["layanan"], 4), (["services"], 4), (["service"], 4),
    ];

    static readonly (string[] Words, int Number)[] AspectKeys =
    [
        (["perencanaan", "strategis"], 2), (["teknologi", "informasi"], 3), (["tik"], 3), (["penyelenggara"], 4), (["penerapan", "manajemen"], 5),
        (["audit"], 6), (["administrasi"], 7), (["layanan", "publik"], 8), (["publik"], 8), (["kebijakan", "internal"], 1),
    ];

    /// <summary>Domain (or aspect) values given in the question: "kebijakan 4, tata kelola 3", "domain 2 = 3,5", "aspek 6 nilai 2".</summary>
    (Dictionary<int, decimal> Values, bool Aspects)? PartValues(List<string> tokens)
    {
        if (!_catalog.HasDomains) return null;
        var aspects = tokens.Contains("aspek") || tokens.Contains("aspect");
        var keys = aspects ? AspectKeys : DomainKeys;
        var values = new Dictionary<int, decimal>();
        for (var i = 0; i < tokens.Count; i++)
        {
            int number = 0, end = -1;
            if (tokens[i] is "domain" or "aspek" or "aspect" && i + 1 < tokens.Count && NumberReader.TryNumber(tokens, i + 1, true, out var n, out var e)) { number = n; end = e; }
            else
                foreach (var (words, num) in keys)
                    if (i + words.Length <= tokens.Count && words.Select((w, k) => tokens[i + k] == w).All(x => x)) { number = num; end = i + words.Length - 1; break; }
            if (end < 0) continue;
            var j = end + 1;
            while (j < tokens.Count && j <= end + 3 && tokens[j] is "nilai" or "nilainya" or "=" or "dapat" or "skor" or "indeks" or "index" or "level" or "spbe" or "adalah" or "is") j++;
            if (j >= tokens.Count) continue;
            if (!decimal.TryParse(tokens[j], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value)) continue;
            if (value > 5 || value < 0) return null;
            values[number] = value;
            i = j;
        }
        return values.Count >= 2 ? (values, aspects) : null;
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
        // "bobot Indikator 22 dalam Domain Manajemen SPBE": an indicator named by number is what is weighed, whatever it belongs to.
        if (indicatorNumber is int named && numbers.Indicators.Contains(named) && numbers.Domain is null && numbers.Aspect is null)
            return _catalog.FindIndicator(named) is null ? NotFound(NotFoundReason.UnknownIndicator, english) with { InvalidNumber = named } : result with { Indicator = named };
        if (numbers.Domain is int d) return _catalog.Domains.Any(x => x.Number == d) ? result with { Domain = d } : NotFound(NotFoundReason.OffTopic, english) with { InvalidNumber = d };
        if (numbers.Aspect is int a) return _catalog.Aspects.Any(x => x.Number == a) ? result with { Aspect = a } : NotFound(NotFoundReason.OffTopic, english) with { InvalidNumber = a };
        // "bobot domain tata kelola sama kebijakan", "the Kebijakan and Tata Kelola domains": each domain named, not the likeliest one.
        List<int> namedDomains = aspectAt < 0 && tokens.Any(t => t is "domain" or "domains") ? NamedDomains(tokens) : [];
        if (namedDomains.Count > 1) return result with { Domains = namedDomains };
        if (domainAt >= 0 && BestNamed(_catalog.Domains.Select(x => (x.Number, x.Name)), tokens, domainAt) is int dn) return result with { Domain = dn };
        if (aspectAt >= 0 && BestNamed(_catalog.Aspects.Select(x => (x.Number, x.Name)), tokens, aspectAt) is int an) return result with { Aspect = an };
        // English puts the name first: "the Tata Kelola domain", "the 'Penyelenggara SPBE' aspect".
        if (domainAt > 0 && BestNamed(_catalog.Domains.Select(x => (x.Number, x.Name)), tokens[Math.Max(0, domainAt - 4)..domainAt], -1) is int db) return result with { Domain = db };
        if (aspectAt > 0 && BestNamed(_catalog.Aspects.Select(x => (x.Number, x.Name)), tokens[Math.Max(0, aspectAt - 6)..aspectAt], -1) is int ab) return result with { Aspect = ab };
        if (indicatorNumber is int n)
            return _catalog.FindIndicator(n) is null ? NotFound(NotFoundReason.UnknownIndicator, english) with { InvalidNumber = n } : result with { Indicator = n };
        // "the policy domain": a domain named anywhere, in English too.
        if (namedDomains is [var one]) return result with { Domain = one };
        var topic = _topics.Find(tokens);
        if (topic.Candidates.Count == 1) return result with { Indicator = topic.Candidates[0] };
        // "Bobot indikator tim koordinasi SPBE berapa?": a twin named bare is its implementation member, the policy one a
        // button, as for any other question about it.
        if (LikelyTwin(topic) is (int implementation, int policy))
            return result with { Indicator = implementation, Alternatives = [policy] };
        if (topic.Candidates.Count > 1) return result with { Kind = QuestionKind.Ambiguous, Candidates = topic.Candidates.Order().ToList() };
        return result; // no target: the reply lists the domain and aspect weights
    }

    /// <summary>English words for the words of the domains' names ("the policy domain" is Kebijakan Internal SPBE).</summary>
    static readonly Dictionary<string, string> EnglishDomainWords = new(StringComparer.Ordinal)
    {
        ["policy"] = "kebijakan", ["policies"] = "kebijakan", ["governance"] = "tata kelola",
        ["management"] = "manajemen", ["service"] = "layanan", ["services"] = "layanan",
    };

    /// <summary>
    /// The domains whose names' own words ("spbe" and "internal" aside, which every name or several share) all occur in the
    /// question, in English or Indonesian, in the catalog's order.
    /// </summary>
    List<int> NamedDomains(List<string> tokens)
    {
        var words = tokens.SelectMany(t => EnglishDomainWords.TryGetValue(t, out var w) ? w.Split(' ') : [t]).ToHashSet(StringComparer.Ordinal);
        return _catalog.Domains.Where(d => Lexicon.ContentTokens(TextNormalizer.Tokenize(d.Name)).Where(w => w is not ("spbe" or "internal")).ToList() is { Count: > 0 } own && own.All(words.Contains))
            .Select(d => d.Number).ToList();
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
    /// <summary>
    /// A token that is something real: a number without a leading zero, a word of the lexicon or of the common words
    /// (<see cref="Lexicon.CommonWords"/>), or a longer word one typo away from the lexicon.
    /// </summary>
    bool KnownAsWritten(string token) =>
        token.All(c => char.IsAsciiDigit(c) || c == '.') ? token[0] != '0' || token.StartsWith("0.", StringComparison.Ordinal)
        : _topics.Lexicon.Vocabulary.Contains(token) || _topics.Lexicon.CommonWords.Contains(token)
          || token.Length >= 5 && _topics.Typos.Correct(token) != token;

    List<int> Suggestions(List<string> tokens)
    {
        // Only words the bot knows as written suggest sections: "person" is no prefix of "personil".
        var content = Lexicon.ContentTokens(tokens).Where(t => t.Length >= 4 && !IntentWords.AllWords.Contains(t)
            && (_topics.Lexicon.Vocabulary.Contains(t) || _topics.Lexicon.CommonWords.Contains(t))).ToList();
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
