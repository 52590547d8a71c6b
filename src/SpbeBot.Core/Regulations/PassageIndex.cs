using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using SpbeBot.Core.Questions;

namespace SpbeBot.Core.Regulations;

/// <summary>
/// BM25 retrieval over the regulation passages: Lucene.Net's Indonesian analyzer (stopwords, Indonesian stemmer)
/// over an in-memory index built once per process. The index is a plain term → postings table scored with Lucene 4.8's
/// BM25 formula (same idf, same lossy length norm, same per-field average length, coord and query norm 1), so the scores
/// are Lucene's; it avoids Lucene's IndexWriter/IndexSearcher, whose first use (JIT) cost most of the start-up. The question first goes through the chat-vocabulary
/// normalisation the criteria matcher uses (slang, "e-" prefixes), then a few process synonyms. Deterministic:
/// same passages and question, same ranking (ties broken by passage order).
/// </summary>
public sealed class PassageIndex : IDisposable
{
    static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;
    // The shipped analysis when it is current (no Lucene analysis at start-up), else the texts analysed now.
    static readonly Lazy<PassageIndex> ShippedIndex = new(() => PassageAnalysis.Shipped(PassageFile.Shipped.Passages.Count) is { } analysis
        ? new PassageIndex(PassageFile.Shipped.Passages, analysis)
        : new PassageIndex(PassageFile.Shipped.Passages, AskedFile.Shipped.ById(), AskedFile.Shipped.NotInTexts));
    static readonly AsyncLocal<PassageIndex?> Replaced = new();

    // Two views of every text: light (particles and possessives only: "penilaiannya" → "penilaian") and full
    // (Lucene's Indonesian stemmer, prefixes too: "penilaian" → "nilai"). Light matches count more; full ones catch
    // "dinilai"/"penilaian". The full stemmer alone over-merges ("pedoman" → "doman", "menteri" → "teri").
    readonly Analyzer _light = Create(stemDerivational: false);
    readonly Analyzer _full = Create(stemDerivational: true);
    // The four fields: heading and text, each in the light and the full analysis.
    readonly FieldIndex _heading, _text, _headingFull, _textFull;
    // The questions people already asked of each passage (asked.json), full analysis: an extra field that helps find the
    // passage (document expansion); never shown. Empty for a passage nobody asked about.
    readonly FieldIndex _asked;
    readonly List<HashSet<string>> _askedTerms = [];
    // Every asked question on its own (answerable ones, then the not-in-texts ones from _firstNotInTexts on): the nearest
    // question already asked says whether people asked this before about a passage or about something the texts lack.
    readonly FieldIndex _questions;
    readonly int _firstNotInTexts;
    // Each not-in-texts asked question's terms that no passage holds ("honor", "sanksi"): often why the texts did not answer it.
    readonly List<HashSet<string>> _notInTextsUnknown;
    // What each not-in-texts question asked for, from its analysed words (WantedIn): a figure, a time.
    readonly List<Traits> _notInTextsWants;
    // The passage each answerable asked question (in _questions) was asked of.
    readonly List<int> _askedOf = [];
    readonly List<HashSet<string>> _terms = [];
    // The term a passage defines ("6. Tim Asesor Eksternal adalah …", "b. aspek, merupakan …"), analysed; null when none.
    readonly List<List<HashSet<string>>> _defines = [];
    // Passages that state a figure (a digit, "(dua)"), a time ("tahun", "paling lambat") or an actor ("oleh", "ditetapkan").
    readonly List<Traits> _traits = [];
    // The text's own terms (full analysis), for near-duplicates across the texts.
    readonly List<HashSet<string>> _textTerms = [];
    // Passages quoting one indicator's own cells (description, assessment rule, evidence examples).
    readonly List<bool> _indicatorCell = [];
    readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    readonly object _gate = new();
    readonly Task? _warmUp;

    public IReadOnlyList<Passage> Passages { get; }
    /// <summary>Done when the analyzers' first use (JIT) is paid: at once for an index that analysed, soon after start for one read from an analysis.</summary>
    public Task Ready => _warmUp ?? Task.CompletedTask;
    /// <summary>How long building the index took (start-up cost), in milliseconds.</summary>
    public double BuildMilliseconds { get; }

    /// <summary>The index over the shipped passages and asked questions, built on first use.</summary>
    public static PassageIndex Shipped => Replaced.Value ?? ShippedIndex.Value;

    /// <summary>
    /// For leave-one-author-out folds (the bench, a test): answers in the calling flow use <paramref name="index"/> (null:
    /// the shipped one again). The flow's own, so a test's fold never reaches a test running beside it.
    /// </summary>
    public static void ReplaceShipped(PassageIndex? index) => Replaced.Value = index;

    /// <param name="passages">The passages, in order.</param>
    /// <param name="asked">Passage id → the questions already asked of it (<see cref="AskedFile"/>); none when null.</param>
    /// <param name="notInTexts">Questions already asked whose answer is in no text; none when null.</param>
    public PassageIndex(IReadOnlyList<Passage> passages, IReadOnlyDictionary<string, IReadOnlyList<string>>? asked = null, IReadOnlyList<string>? notInTexts = null)
        : this(passages, () => Analyse(passages, asked, notInTexts))
    {
    }

    /// <summary>The index over <paramref name="passages"/> already analysed (<see cref="PassageAnalysis"/>, same order).</summary>
    public PassageIndex(IReadOnlyList<Passage> passages, PassageAnalysis analysis) : this(passages, () => analysis)
    {
        // The analyzers are used again by the first question: their first use (JIT) is paid now, off its path.
        _warmUp = Task.Run(() => { QueryTerms("penilaian mandiri dilaksanakan"); Analyze(_light, "penilaiannya"); });
    }

    PassageIndex(IReadOnlyList<Passage> passages, Func<PassageAnalysis> analyse)
    {
        var sw = Stopwatch.StartNew();
        Passages = passages;
        var analysis = analyse();
        if (analysis.Passages.Count != passages.Count) throw new ArgumentException("The analysis does not hold one entry per passage.", nameof(analyse));
        var single = new List<IReadOnlyList<string>>();
        var askedFull = new List<IReadOnlyList<string>>(passages.Count);
        for (var i = 0; i < passages.Count; i++)
        {
            var a = analysis.Passages[i];
            var terms = a.HeadingFull.Concat(a.TextFull).ToHashSet(StringComparer.Ordinal);
            _terms.Add(terms);
            _defines.Add(a.Defines.Select(d => d.ToHashSet(StringComparer.Ordinal)).ToList());
            _traits.Add((Traits)a.Traits);
            _indicatorCell.Add(passages[i].Id.Contains("/indikator-", StringComparison.Ordinal));
            _textTerms.Add(a.TextFull.ToHashSet(StringComparer.Ordinal));
            foreach (var t in terms) _documentFrequency[t] = _documentFrequency.GetValueOrDefault(t) + 1;
            single.AddRange(a.Asked);
            _askedOf.AddRange(Enumerable.Repeat(i, a.Asked.Count));
            var askedTerms = a.Asked.SelectMany(t => t).ToList();
            askedFull.Add(askedTerms);
            _askedTerms.Add(askedTerms.ToHashSet(StringComparer.Ordinal));
        }
        _heading = new FieldIndex(analysis.Passages.Select(a => a.Heading).ToList());
        _text = new FieldIndex(analysis.Passages.Select(a => a.Text).ToList());
        _headingFull = new FieldIndex(analysis.Passages.Select(a => a.HeadingFull).ToList());
        _textFull = new FieldIndex(analysis.Passages.Select(a => a.TextFull).ToList());
        _asked = new FieldIndex(askedFull);
        _firstNotInTexts = single.Count;
        single.AddRange(analysis.NotInTexts);
        _notInTextsUnknown = analysis.NotInTexts.Select(q => q.Where(t => !_documentFrequency.ContainsKey(t)).ToHashSet(StringComparer.Ordinal)).ToList();
        _notInTextsWants = analysis.NotInTexts.Select(WantedIn).ToList();
        _questions = new FieldIndex(single);
        BuildMilliseconds = sw.Elapsed.TotalMilliseconds;
    }

    /// <summary>
    /// The analysis of every passage and question already asked. The questions are analysed on a second thread, with
    /// analyzers of their own, while this one analyses the passages: on 2 cores it costs little more than the passages alone.
    /// </summary>
    public static PassageAnalysis Analyse(IReadOnlyList<Passage> passages, IReadOnlyDictionary<string, IReadOnlyList<string>>? asked, IReadOnlyList<string>? notInTexts)
    {
        var askedAnalysis = Task.Run(() => AnalyzeAsked(passages, asked, notInTexts));
        using var light = Create(stemDerivational: false);
        using var full = Create(stemDerivational: true);
        var analysed = new List<(IReadOnlyList<string>, IReadOnlyList<string>, IReadOnlyList<string>, IReadOnlyList<string>, int, IReadOnlyList<IReadOnlyList<string>>)>(passages.Count);
        foreach (var p in passages)
        {
            var heading = IndexedHeading(p);
            analysed.Add((Tokens(light, heading), Tokens(light, p.Text), Tokens(full, heading), Tokens(full, p.Text), (int)TraitsOf(p.Text),
                DefinedTerms(p).Select(d => (IReadOnlyList<string>)Tokens(full, d)).Where(d => d.Count > 0).ToList()));
        }
        var (askedByPassage, notInTextsTerms) = askedAnalysis.GetAwaiter().GetResult();
        return new PassageAnalysis(
            analysed.Select((a, i) => new AnalysedPassage(a.Item1, a.Item2, a.Item3, a.Item4, a.Item5, a.Item6, askedByPassage[i])).ToList(),
            notInTextsTerms);
    }

    /// <summary>
    /// The heading field of a passage: the innermost two headings (the chapter title says little), without the part
    /// counter of a section cut into chunks, and for a definition ("9. Penilaian Dokumen adalah …") the term it defines.
    /// </summary>
    internal static string IndexedHeading(Passage p)
    {
        var heading = string.Join(" ", p.Headings.TakeLast(2).Select(WithoutPartCounter));
        var defines = p.Text.IndexOf(" adalah ", StringComparison.Ordinal);
        if (defines is > 0 and < 120) heading += " " + p.Text[..defines];
        return heading;
    }

    // "A. Latar Belakang (2/9)": the builder numbers the chunks of a long section for the reader. As words the counter's
    // numbers would match a question's "level 2" or "9 indikator" in whichever chunks happen to carry them.
    static readonly System.Text.RegularExpressions.Regex PartCounter = new(@" \(\d+/\d+\)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    internal static string WithoutPartCounter(string heading) => PartCounter.Replace(heading, "");

    /// <summary>
    /// The terms a definition passage defines, one a line: the words before " adalah " ("6. Tim Asesor Eksternal adalah …") or before
    /// ", merupakan" ("b. aspek, merupakan area spesifik …") at the start of the passage, without the list number.
    /// </summary>
    internal static IEnumerable<string> DefinedTerms(Passage p)
    {
        foreach (var line in p.Text.Split('\n'))
        {
            var at = line.IndexOf(" adalah ", StringComparison.Ordinal);
            var merupakan = line.IndexOf(", merupakan ", StringComparison.Ordinal);
            if (merupakan > 0 && (at < 0 || merupakan < at)) at = merupakan;
            if (at is <= 0 or > 80) continue;
            var term = line[..at];
            var dot = term.IndexOf(". ", StringComparison.Ordinal);
            if (dot is > 0 and <= 3) term = term[(dot + 2)..];
            // A term, not a clause ("Hasil penilaian yang telah … adalah").
            if (term.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is > 0 and <= 6) yield return term;
        }
    }

    [System.Flags]
    internal enum Traits { None = 0, Figure = 1, Time = 2, Actor = 4 }

    static readonly System.Text.RegularExpressions.Regex FigurePattern = new(@"\d|\((satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)[ )]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    static readonly System.Text.RegularExpressions.Regex TimePattern = new(@"\b(tahun|bulan|hari|tanggal|waktu|jadwal|periode|paling lambat|sebelum|setelah|triwulan|semester|diundangkan)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    static readonly System.Text.RegularExpressions.Regex ActorPattern = new(@"\b(oleh|ditetapkan|menetapkan|dilakukan|dilaksanakan|membentuk|dibentuk|bertugas|bertanggung jawab|terdiri)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>What a text states: a figure, a time, an actor (each passage's, at analysis; the bench's features read it too).</summary>
    internal static Traits TraitsOf(string text) =>
        (FigurePattern.IsMatch(text) ? Traits.Figure : 0) | (TimePattern.IsMatch(text) ? Traits.Time : 0) | (ActorPattern.IsMatch(text) ? Traits.Actor : 0);

    /// <summary>What a question asks for, from its question words: a definition, an actor (siapa), a figure (berapa), a time (kapan).</summary>
    /// <param name="Difference">"apa bedanya X dan Y", "difference between X and Y": each term's definition answers it.</param>
    internal sealed record Asks(bool Definition, Traits Wanted, bool Difference = false);

    static readonly HashSet<string> DefinitionWords = new(StringComparer.Ordinal)
    {
        "definisi", "definisinya", "pengertian", "pengertiannya", "arti", "artinya", "maksud", "maksudnya", "dimaksud",
        "definition", "define", "defined", "meaning", "mean", "means", "adalah", "def", "defnya",
    };

    /// <summary>
    /// The words that ask how two things differ: the texts define each term (Pasal 1), so these words make no fact to be
    /// found and are no unknown word. They still count in the coverage: the questions asked before hold them (wip-15w: left
    /// out, four "bedanya pemantauan dan evaluasi" questions lost the passage others had found).
    /// </summary>
    static readonly HashSet<string> DifferenceWords = new(StringComparer.Ordinal)
    {
        "beda", "bedanya", "perbedaan", "perbedaannya", "membedakan", "bedain", "difference", "differences", "differ", "vs", "versus",
    };
    // "antara X dan Y", "between X and Y": only with a difference word; the texts never say "between".
    static readonly HashSet<string> BetweenWords = new(StringComparer.Ordinal) { "antara", "between" };

    /// <summary>True when the question asks how two things differ ("apa bedanya X dan Y", "difference between X and Y").</summary>
    public static bool AsksDifference(string question) => ProcessVocabulary.Tokens(question).Any(DifferenceWords.Contains);

    internal static Asks AsksFor(IReadOnlyList<string> tokens)
    {
        var definition = tokens.Any(DefinitionWords.Contains);
        for (var i = 0; i + 1 < tokens.Count && !definition; i++)
            // "apa itu X", "X itu apa", "apakah X itu", "what is a X" (not "what is the weight …").
            definition = (tokens[i], tokens[i + 1]) is ("apa", "itu") or ("itu", "apa") or ("apaan", _) or ("what", "is") && (tokens[i] != "what" || (i + 2 < tokens.Count && tokens[i + 2] is "a" or "an"));
        // "Asesor itu siapa?", "siapa itu koordinator spbe?": a short question asking who a term is asks its definition.
        var who = tokens.Reverse().SkipWhile(t => t is "sih" or "ya" or "dong" or "nih" or "tuh" or "kah").Reverse().ToList();
        if (!definition && who.Count is >= 3 and <= 5)
            definition = (who[^2], who[^1]) is ("itu", "siapa") or ("tu", "siapa") || (who[0], who[1]) is ("siapa", "itu") or ("siapakah", "itu");
        var wanted = Traits.None;
        if (tokens.Any(t => t is "siapa" or "who" or "whom" or "sapa")) wanted |= Traits.Actor;
        if (tokens.Any(t => t is "berapa" or "brp" or "jumlah" or "jumlahnya" or "many" or "much" or "maksimal" or "minimal" or "batas")) wanted |= Traits.Figure;
        if (tokens.Any(t => t is "kapan" or "kpn" or "when" or "lama" or "berapa lama" or "jadwal" or "jadwalnya" or "deadline" or "tenggat")) wanted |= Traits.Time;
        return new Asks(definition, wanted, tokens.Any(DifferenceWords.Contains));
    }

    // The words that name the term to define right after them ("pengertian Asesor", "yang dimaksud dengan Responden", "the
    // meaning of visitasi"), and the words skipped between.
    static readonly HashSet<string> NamingDefinitionWords = new(StringComparer.Ordinal)
    {
        "definisi", "pengertian", "arti", "maksud", "dimaksud", "definition", "meaning",
    };
    static readonly HashSet<string> BeforeNamedTerm = new(StringComparer.Ordinal)
    {
        "dari", "dengan", "istilah", "kata", "of", "the", "a", "an", "term", "word",
    };

    /// <summary>The analysed forms of the word right after a word naming the term to define, or null.</summary>
    HashSet<string>? NamedForDefinition(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!NamingDefinitionWords.Contains(tokens[i])) continue;
            var at = i + 1;
            while (at < tokens.Count && BeforeNamedTerm.Contains(tokens[at])) at++;
            if (at >= tokens.Count) return null;
            var forms = Analyze(_full, string.Join(" ", ProcessVocabulary.Expand(tokens[at]))).ToHashSet(StringComparer.Ordinal);
            return forms.Count > 0 ? forms : null;
        }
        return null;
    }

    /// <summary>How much a definition passage whose defined term the question names weighs over the others.</summary>
    public static double DefinitionBoost { get; set; } = 3.0;
    /// <summary>
    /// The weight of a passage quoting one indicator's own cells against the general chapters: below 1, such a passage
    /// answers only when it matches clearly better (the general rules come first; an indicator's cell is specific, and a
    /// general rule repeated in many cells is quoted as the general rule, not from one indicator's cell).
    /// </summary>
    public static double IndicatorCellFactor { get; set; } = 0.65;
    /// <summary>How much a passage stating what the question word asks for (an actor, a figure, a time) weighs over the others.</summary>
    public static double TraitBoost { get; set; } = 1.25;

    /// <summary>
    /// One field of every passage: term → (passage, frequency) postings and the passage's length norm, scored as Lucene
    /// 4.8's BM25Similarity scores a TermQuery: idf · boost · (k1 + 1) · tf / (tf + k1 · (1 − b + b · length / avgLength)),
    /// the length being Lucene's one-byte norm (1/√length, SmallFloat 3.15) decoded.
    /// </summary>
    sealed class FieldIndex
    {
        static readonly float[] NormTable = Enumerable.Range(0, 256).Select(i => { var f = SmallSingle.Byte315ToSingle((byte)i); return 1f / (f * f); }).ToArray();
        readonly Dictionary<string, List<(int Doc, int Freq)>> _postings = new(StringComparer.Ordinal);
        readonly byte[] _norms;
        readonly int _documents;
        public int Documents => _documents;
        readonly float _averageLength;

        public FieldIndex(IReadOnlyList<IReadOnlyList<string>> documents)
        {
            _documents = documents.Count;
            _norms = new byte[documents.Count];
            long total = 0;
            var withTerms = 0;
            for (var d = 0; d < documents.Count; d++)
            {
                var tokens = documents[d];
                _norms[d] = SmallSingle.SingleToByte315(1f / (float)Math.Sqrt(tokens.Count));
                if (tokens.Count == 0) continue;
                withTerms++;
                total += tokens.Count;
                foreach (var group in tokens.GroupBy(t => t, StringComparer.Ordinal))
                {
                    if (!_postings.TryGetValue(group.Key, out var list)) _postings[group.Key] = list = [];
                    list.Add((d, group.Count()));
                }
            }
            _averageLength = withTerms == 0 ? 1f : (float)(total / (double)withTerms);
        }

        /// <summary>Adds this term's BM25 score (times <paramref name="boost"/>) to every passage holding it.</summary>
        public void Score(string term, float boost, float[] scores)
        {
            if (!_postings.TryGetValue(term, out var postings)) return;
            var idf = (float)Math.Log(1 + (_documents - postings.Count + 0.5D) / (postings.Count + 0.5D));
            var weight = idf * boost * (K1 + 1);
            foreach (var (doc, freq) in postings)
            {
                var norm = K1 * ((1 - B) + B * NormTable[_norms[doc]] / _averageLength);
                scores[doc] += weight * freq / (freq + norm);
            }
        }
    }

    /// <summary>One ranked passage.</summary>
    /// <param name="Score">BM25 score (heading matches count double).</param>
    /// <param name="Coverage">Share of the question's informative terms (IDF-weighted) that occur in the passage, 0–1.</param>
    public sealed record Hit(Passage Passage, int Index, double Score, double Coverage)
    {
        /// <summary>The ranking score: (BM25 + asked BM25) × coverage^<see cref="CoverageWeight"/> × the question-word boosts.</summary>
        public double Rank => (Score + AskedScore) * Math.Pow(Coverage, CoverageWeight) * Boost;
        /// <summary>The BM25 score of the questions already asked of this passage (times <see cref="AskedBoost"/>); 0 without.</summary>
        public double AskedScore { get; init; }
        /// <summary>The question-word boosts (a definition of the term asked about; an actor, figure or time asked for).</summary>
        public double Boost { get; init; } = 1;
        /// <summary>True when the passage defines exactly a term the question names and asks the definition of.</summary>
        public bool DefinesAskedTerm { get; init; }
        /// <summary>True when the question asks how two things differ and the passage defines a term it names (no boost).</summary>
        public bool DefinesNamedTerm { get; init; }
    }

    /// <summary>How much the coverage weighs in the ranking (0: BM25 alone). Tuned on the dev set (docs/benchmarks.md).</summary>
    public static double CoverageWeight { get; set; } = 1.0;

    /// <summary>BM25 candidates re-ranked by coverage beyond the ones asked for.</summary>
    const int Candidates = 20;

    /// <summary>The analysed terms of a question after chat normalisation (what the index is searched with).</summary>
    public IReadOnlyList<string> QueryTerms(string question) => Analyze(_full, Normalized(question)).Distinct(StringComparer.Ordinal).ToList();

    internal static string Normalized(string question) => string.Join(" ", ProcessVocabulary.Tokens(question).SelectMany(ProcessVocabulary.Expand));

    public IReadOnlyList<Hit> Search(string question, int take = 5)
    {
        var normalized = Normalized(question);
        var all = Analyze(_full, normalized).Distinct(StringComparer.Ordinal).ToList();
        var terms = all.Where(t => _documentFrequency.ContainsKey(t)).ToList();
        // No word of the question is in the texts: only the asked questions can still find a passage.
        if (terms.Count == 0 && AskedBoost <= 0) return [];
        var scores = new float[Passages.Count];
        var asked = new float[Passages.Count];
        if (AskedBoost > 0)
            foreach (var term in all) _asked.Score(term, (float)AskedBoost, asked);
        if (AskedNearestBoost > 0) AddNearestAsked(all, asked);
        foreach (var term in terms)
        {
            _textFull.Score(term, 1f, scores);
            _headingFull.Score(term, HeadingBoost, scores);
        }
        foreach (var term in Analyze(_light, normalized).Distinct(StringComparer.Ordinal))
        {
            _text.Score(term, LightBoost, scores);
            _heading.Score(term, HeadingBoost * LightBoost, scores);
        }
        // The best candidates by BM25 (ties: passage order), as Lucene's TopDocs would give them.
        var top = Enumerable.Range(0, scores.Length).Where(i => scores[i] + asked[i] > 0)
            .OrderByDescending(i => scores[i] + asked[i]).ThenBy(i => i)
            .Take(Math.Max(take, 1) * 3 + Candidates);
        // Coverage is counted per word of the question (a concept), not per analysed term: "ngirim" and the forms it
        // stands for ("kirim", "sampaikan"), or "assessors" and "asesor", are one word, covered when the passage holds
        // any of them and weighted by the rarest form the texts know. A word the texts never use in any form ("honor",
        // "password", "sleman") counts against the coverage with the highest weight: the answer is probably not there.
        var tokens = ProcessVocabulary.Tokens(question);
        var asks = AsksFor(tokens);
        var concepts = Concepts(question, asks.Definition || asks.Difference);
        // A question that names one regulation ("PermenPANRB 59/2020 …", "menurut Pedoman …") prefers its passages.
        var named = ProcessVocabulary.NamedSource(tokens);
        var definitionOf = asks.Definition ? all.ToHashSet(StringComparer.Ordinal) : null;
        var compared = asks.Difference ? all.ToHashSet(StringComparer.Ordinal) : null;
        // "pengertian Asesor dalam … pemantauan dan evaluasi SPBE": the term asked to be defined is the one named right after
        // the definition word; a longer term the question also names ("Evaluasi SPBE") is context, not what is asked. When a
        // passage defines a term holding that word, only such definitions are boosted, and they are candidates however low
        // their BM25 (a one-line definition scores below the long passages that repeat the context's words).
        var candidates = top.ToList();
        var toDefine = definitionOf is null ? null : NamedForDefinition(tokens);
        var definers = toDefine is null ? [] : Enumerable.Range(0, Passages.Count)
            .Where(i => scores[i] + asked[i] > 0 && _defines[i].Any(d => d.IsSubsetOf(definitionOf!) && d.Overlaps(toDefine))).ToList();
        if (definers.Count == 0) toDefine = null;
        candidates.AddRange(definers.Except(candidates));
        return candidates
            .Select(i => (Score: (double)scores[i], Index: i))
            .Select(x => named is null || Passages[x.Index].Source == named ? x : (Score: x.Score * OtherSourceFactor, x.Index))
            .Select(x =>
            {
                var defined = definitionOf is null ? 0 : _defines[x.Index].Where(d => d.IsSubsetOf(definitionOf) && (toDefine is null || d.Overlaps(toDefine)))
                    .Select(d => d.Count).DefaultIfEmpty(0).Max();
                var defines = defined > 0;
                var boost = defines ? DefinitionBoost * (1 + 0.1 * defined) : 1;
                if ((asks.Wanted & _traits[x.Index]) != 0) boost *= TraitBoost;
                if (_indicatorCell[x.Index]) boost *= IndicatorCellFactor;
                var coverage = Coverage(concepts, _terms[x.Index], AskedCoverage ? _askedTerms[x.Index] : null);
                return new Hit(Passages[x.Index], x.Index, x.Score, coverage)
                {
                    Boost = boost, DefinesAskedTerm = defines,
                    DefinesNamedTerm = compared is not null && _defines[x.Index].Any(d => d.IsSubsetOf(compared)),
                    AskedScore = asked[x.Index] * (named is null || Passages[x.Index].Source == named ? 1 : OtherSourceFactor),
                };
            })
            // BM25 counts a word once per field and form; the coverage says how many of the question's words a passage
            // answers. The rank weighs both: a passage holding most of the question beats one repeating one word.
            .OrderByDescending(h => h.Rank).ThenBy(h => h.Index)
            .Take(take)
            .ToList();
    }

    // The words that ask for a fact (a figure, a place) and the measure words that only say which kind of fact ("berapa
    // lama", "how many", "batas maksimal"): what follows them is the thing whose figure or place is asked.
    static readonly HashSet<string> FactQuestionWords = new(StringComparer.Ordinal)
    {
        "berapa", "brp", "dimana", "dmn", "where", "maksimal", "maksimum", "maks", "minimal", "minimum", "max", "maximum",
    };
    // "kapan", "when": asking for a time; only as the question's last word ("tgl terakhir upload … kapan?") do they point
    // at the thing asked about (the question's first words). Elsewhere "when" is often a conjunction ("… when checking").
    static readonly HashSet<string> TimeQuestionWords = new(StringComparer.Ordinal) { "kapan", "kpn", "when" };
    static readonly HashSet<string> EnglishQuestionWords = new(StringComparer.Ordinal) { "where", "maximum", "minimum", "max", "what", "when" };
    static readonly HashSet<string> MeasureWords = new(StringComparer.Ordinal)
    {
        "lama", "jumlah", "jumlahnya", "banyak", "besar", "kali", "persen", "batas", "batasnya", "many", "much", "long", "often",
        // "ada berapa macam predikat", "predikat ada brp macem?": a count of kinds; the texts never say "macam".
        "macam", "macem",
        "is", "are", "the", "a", "an", "there", "ada", "sih", "aja", "saja",
    };
    // Words that end the noun phrase after a fact question word ("berapa anggaran | yang harus …", "the URL | of the …").
    static readonly HashSet<string> PhraseEnds = new(StringComparer.Ordinal)
    {
        "yang", "yg", "untuk", "utk", "buat", "di", "ke", "dari", "dalam", "pada", "bagi", "oleh", "harus", "wajib", "bisa", "boleh", "dapat",
        "of", "for", "in", "to", "on", "by", "at", "from", "must", "should", "can", "do", "does", "we", "is", "are", "be", "and", "dan",
    };

    /// <summary>
    /// What a question asking for a fact asks for: "berapa <b>anggaran</b> yang …", "berapa lama <b>masa</b> sanggah …",
    /// "what is the <b>URL</b> of …", "is there a maximum <b>file size</b>" (English: up to two words, the head last),
    /// "<b>tgl terakhir</b> upload … kapan?" (the question word last: the question's first words). Each word as the
    /// analysed forms it stands for. Empty when the question asks no fact or names nothing the texts index. A passage
    /// answering the question must hold every one of them: the topic words alone ("bukti dukung", "asesor internal") are
    /// found in many passages that do not state the figure asked for.
    /// </summary>
    public IReadOnlyList<HashSet<string>> AskedFact(string question)
    {
        if (AsksFor(ProcessVocabulary.Tokens(question)).Difference) return [];
        var tokens = ProcessRouting.WithoutRegulationNumbers(ProcessVocabulary.Tokens(question))
            .Where(t => !ProcessRouting.IsRegulationWord(t) && !t.Any(char.IsDigit) && !DefinitionWords.Contains(t) && !NumberWords.Contains(t)).ToList();
        var at = tokens.FindIndex(FactQuestionWords.Contains);
        if (at < 0 && tokens.Count > 1 && TimeQuestionWords.Contains(tokens[^1])) at = tokens.Count - 1;
        // "what is the URL", "what's the deadline".
        for (var i = 0; i + 2 < tokens.Count && at < 0; i++)
            if (tokens[i] == "what" && tokens[i + 1] is "is" or "s" && tokens[i + 2] == "the") at = i + 2;
        if (at < 0) return [];
        var english = EnglishQuestionWords.Contains(tokens[at]) || tokens[at] == "the";
        var phrase = new List<string>();
        var next = at + 1;
        while (next < tokens.Count && (MeasureWords.Contains(tokens[next]) || FactQuestionWords.Contains(tokens[next]))) next++;
        // Indonesian puts the head first ("berapa ukuran maksimal file": ukuran), English last ("maximum file size").
        for (; next < tokens.Count && phrase.Count < (english ? 2 : 1) && !PhraseEnds.Contains(tokens[next]) && !IsBackReference(tokens[next]); next++)
            if (!FactQuestionWords.Contains(tokens[next])) phrase.Add(tokens[next]);
        // "berapa lama masa <b>sanggah</b>": a general head noun ("masa", "jumlah") with a word the texts never use after
        // it; that word is what the question is about, and the texts do not state it.
        if (!english && phrase.Count == 1 && next < tokens.Count && !PhraseEnds.Contains(tokens[next]) && UnknownWords(tokens[next]).Count > 0) phrase.Add(tokens[next]);
        // The question word last or followed by a back reference ("… upload bukti dukung kapan?", "rata-rata indeks … berapa
        // hasilnya?"): the thing asked about is the noun phrase the question opens with, at most two words; a verb ends it
        // ("<b>kelemahan</b> dilihat dari level brp?", "<b>kuesionernya</b> diisi dimana?": the predicate, not the thing).
        if (phrase.Count == 0 && !english)
            for (var j = 0; j < at && phrase.Count < 2 && !PhraseEnds.Contains(tokens[j]) && !(phrase.Count > 0 && (IsVerb(tokens[j]) || NewnessWords.Contains(tokens[j]))); j++)
                if (!MeasureWords.Contains(tokens[j]) && !FactQuestionWords.Contains(tokens[j])) phrase.Add(tokens[j]);
        var result = new List<HashSet<string>>();
        foreach (var token in phrase)
        {
            var forms = Analyze(_full, string.Join(" ", ProcessVocabulary.Expand(token))).ToHashSet(StringComparer.Ordinal);
            if (forms.Count > 0) result.Add(forms);
        }
        return result;
    }

    // "<b>kebijakan</b> baru … ditetapkan kapan?": "new" after the head ends the thing asked about; it says which one, not a
    // word the answer must hold (the texts say "turunan kebijakan … ditetapkan 1 tahun setelah reviu").
    static readonly HashSet<string> NewnessWords = new(StringComparer.Ordinal) { "baru", "terbaru" };

    static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "satu", "dua", "tiga", "empat", "lima", "one", "two", "three", "four", "five",
    };

    // Not "ter-": it also makes adjectives that belong to the noun ("tanggal terakhir", "versi terbaru").
    static readonly string[] VerbPrefixes = ["di", "me", "ber"];

    /// <summary>
    /// "dilihat", "diisi", "menetapkan", "berlaku": a verb made with a prefix (di-, me-, ber-) that the full stemmer takes
    /// off — a predicate, not part of the noun phrase before it.
    /// </summary>
    bool IsVerb(string token) => token.Length > 4 && VerbPrefixes.FirstOrDefault(v => token.StartsWith(v, StringComparison.Ordinal)) is { } prefix
        && Analyze(_full, token) is [var stem] && !stem.StartsWith(prefix, StringComparison.Ordinal);

    /// <summary>"hasilnya", "nilainya": the word refers back to what the question named before.</summary>
    static bool IsBackReference(string token) => token.Length > 5 && token.EndsWith("nya", StringComparison.Ordinal);

    // A question for a bound ("jumlah minimal anggota", "maximum file size", "maksimal berapa tahun") is answered by a
    // passage stating one: "paling sedikit", "paling lama", "kurang dari", "lebih dari", "maksimal", "batas" …
    static readonly HashSet<string> BoundQuestionWords = new(StringComparer.Ordinal)
    {
        "maksimal", "maksimum", "maks", "minimal", "minimum", "max", "maximum", "batas", "batasnya", "paling", "limit",
    };
    // "<" and ">" count only beside a number ("< 2,60", "(<2 tahun)"): the Pedoman's templates are full of "<…>" and "<<…>>"
    // placeholders, which state no bound (review r34a, finding 2). A stated count of levels ("5 (lima) tingkatan") was tried
    // as a bound and quoted a wrong passage on the tuning folds (as-p018): not counted.
    static readonly System.Text.RegularExpressions.Regex BoundPattern = new(@"\b(paling (sedikit|banyak|lama|lambat|cepat|singkat|tinggi|rendah)|sekurang-kurangnya|setidak-tidaknya|setidaknya|selambat-lambatnya|kurang dari|lebih dari|maksimal|maksimum|minimal|minimum|batas|terakhir|s\.d\.|sampai dengan)\b|\d\s*[<>≤≥]|[<>≤≥]\s*\d", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>True when the question asks for a bound (a minimum, a maximum, a limit; "at most", "at least").</summary>
    /// <remarks>
    /// Only with a figure asked ("berapa", "how many") or the bound's existence asked ("is there a page limit …", "ada batas
    /// maksimal …?"): "minimal menanyakan apa saja" asks for a list, not a bound. A passage that only names the thing bounded
    /// ("halaman", "file") does not say a bound exists.
    /// </remarks>
    public static bool AsksBound(string question) => ProcessVocabulary.Tokens(question) is var tokens
        && (tokens.Any(BoundQuestionWords.Contains) || tokens.Zip(tokens.Skip(1)).Any(p => p.First == "at" && p.Second is "most" or "least"))
        && (tokens.Any(t => t is "berapa" or "brp" or "jumlah" or "jumlahnya")
            || tokens.Zip(tokens.Skip(1)).Any(p => p.First == "how" && p.Second is "many" or "much" or "long" or "big" or "large")
            || AsksBoundExists(tokens));

    /// <summary>
    /// "is there a page <b>limit</b> …", "is there any <b>maximum</b> file size", "(apakah) ada <b>batas</b> maksimal …": the
    /// question opens asking whether something exists, and a bound word is among the first two words of the thing named
    /// ("ada contoh penjelasan minimal level 3?" asks for an example, not a bound).
    /// </summary>
    static bool AsksBoundExists(List<string> tokens)
    {
        var at = tokens.Count > 1 && tokens[0] is "is" or "are" && tokens[1] == "there" ? 2
            : tokens.Count > 0 && tokens[0] == "ada" ? 1
            : tokens.Count > 1 && tokens[0] is "apakah" or "apa" && tokens[1] == "ada" ? 2
            : -1;
        if (at < 0) return false;
        while (at < tokens.Count && ExistenceArticles.Contains(tokens[at])) at++;
        return tokens.Skip(at).Take(2).Any(BoundQuestionWords.Contains);
    }

    // "berapa orang …", "how many people …" asks a count of people, and the texts state one as a number before "orang" with
    // who is counted right after it ("satu orang sebagai pelaksana entri data"); "orang lain", "seseorang", "sekelompok orang"
    // name people without a count, and a count of other people ("brp orang asesor eksternal …") does not answer it.
    static readonly System.Text.RegularExpressions.Regex HeadcountPattern = new(@"\b(?:(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)(?:\s+\(\w+\))?\s+orang|seorang)\b(?<counted>(?:\W+\w+){0,4})", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    // Who a count of people is asked of: "berapa (jumlah) orang/asesor/anggota …", "how many (external) assessors/members …".
    static readonly HashSet<string> CountedPeople = new(StringComparer.Ordinal)
    {
        "orang", "asesor", "anggota", "people", "persons", "assessors", "members", "staff", "officers",
    };
    static readonly HashSet<string> CountWords = new(StringComparer.Ordinal) { "jumlah", "banyak", "external", "internal" };

    /// <summary>
    /// True when the question asks how many people ("berapa orang", "brp jumlah asesor", "How many external assessors …"; in
    /// English only as the question's opening, since "… e.g. planning for how many assessors?" asks something else).
    /// </summary>
    public static bool AsksHeadcount(string question)
    {
        var tokens = ProcessVocabulary.Tokens(question);
        bool CountedAfter(int at)
        {
            while (at < tokens.Count && CountWords.Contains(tokens[at])) at++;
            return at < tokens.Count && CountedPeople.Contains(tokens[at]);
        }
        if (tokens.Count > 2 && tokens[0] == "how" && tokens[1] == "many") return CountedAfter(2);
        for (var i = 0; i + 1 < tokens.Count; i++)
            if (tokens[i] is "berapa" or "brp" && CountedAfter(i + 1)) return true;
        return false;
    }

    /// <summary>True when the passage states a count of people followed, within four words, by a word of <paramref name="question"/> (<see cref="AsksHeadcount"/>).</summary>
    public bool StatesHeadcountOf(Hit hit, string question)
    {
        var asked = QueryTerms(question).ToHashSet(StringComparer.Ordinal);
        return HeadcountPattern.Matches(hit.Passage.Text).Any(m => QueryTerms(m.Groups["counted"].Value).Any(asked.Contains));
    }

    static readonly HashSet<string> ExistenceArticles = new(StringComparer.Ordinal) { "a", "an", "any", "some", "such" };

    /// <summary>
    /// What a question asks the existence of: "<b>ada</b> template SK … ga?", "apakah ada <b>berita</b> acara …", "is there a
    /// <b>naming</b> example …" — the first word after "ada" / "is there (a)" / "are there", as the analysed forms the texts
    /// know; null when the question asks no existence, asks a count ("ada berapa …") or names a word the texts never use
    /// (<see cref="UnknownWords"/> handles those). A passage that holds the word only in the questions already asked of it
    /// ("format SK tim asesor"), or in a heading ("Tata Cara dan Kaidah …" for "template"), does not say the thing exists.
    /// </summary>
    public HashSet<string>? AskedExistence(string question)
    {
        var tokens = ProcessVocabulary.Tokens(question);
        var at = tokens.Count > 0 && tokens[0] == "ada" ? 1
            : tokens.Count > 1 && tokens[0] is "apakah" or "apa" && tokens[1] == "ada" ? 2
            : tokens.Count > 1 && tokens[0] is "is" or "are" && tokens[1] == "there" ? 2
            : -1;
        if (at < 0) return null;
        while (at < tokens.Count && ExistenceArticles.Contains(tokens[at])) at++;
        if (at >= tokens.Count || FactQuestionWords.Contains(tokens[at]) || tokens[at].Any(char.IsDigit)) return null;
        var forms = Analyze(_full, string.Join(" ", ProcessVocabulary.Expand(tokens[at]))).Where(_documentFrequency.ContainsKey).ToHashSet(StringComparer.Ordinal);
        return forms.Count > 0 ? forms : null;
    }

    /// <summary>True when the passage's own text (not its headings, not the questions asked of it) holds one of <paramref name="forms"/>.</summary>
    public bool Holds(Hit hit, HashSet<string> forms) => _textTerms[hit.Index].Overlaps(forms);

    /// <summary>
    /// The share of <paramref name="question"/>'s words (IDF-weighted) the hit's own heading and text hold, the questions
    /// asked of it left out. For the bench's features only: the ranking never needs it, so searches do not compute it.
    /// </summary>
    public double OwnCoverage(string question, Hit hit) =>
        Coverage(Concepts(question, AsksFor(ProcessVocabulary.Tokens(question)) is var a && (a.Definition || a.Difference)), _terms[hit.Index], null);

    /// <summary>
    /// Each word of <paramref name="question"/> (as <see cref="Coverage"/> counts it): its weight, whether the texts know it
    /// in some form, and whether the own heading and text of any of <paramref name="passages"/> hold it (asked questions left out).
    /// </summary>
    public IReadOnlyList<(string Word, double Weight, bool Known, bool Held)> Words(string question, IEnumerable<int> passages)
    {
        var held = passages.Select(i => _terms[i]).ToList();
        return Concepts(question, AsksFor(ProcessVocabulary.Tokens(question)) is var a && (a.Definition || a.Difference))
            .Select(c => (c.Word, c.Weight, c.Terms.Any(_documentFrequency.ContainsKey), held.Any(h => h.Overlaps(c.Terms)))).ToList();
    }

    /// <summary>True when the passage states a bound (<see cref="AsksBound"/>).</summary>
    public static bool StatesBound(Hit hit) => StatesBound(hit.Passage.Text);

    /// <summary>True when the text states a bound: a bound word, "<"/">" beside a number.</summary>
    public static bool StatesBound(string text) => BoundPattern.IsMatch(text);

    /// <summary>
    /// True when the passage holds (in some form) every word the question asks a fact about (<see cref="AskedFact"/>).
    /// A form counts too when it stands inside a longer one of the passage's (<see cref="MinFormInLonger"/> letters or more):
    /// the stemmer takes "ke-" off a bare "kelompok" ("lompok") but leaves "kelompok" in "dikelompokkan", and keeps
    /// "notulensi" whole against the question's "notulen" — one word each, which the filter must not take for a missing fact.
    /// </summary>
    public bool HoldsAskedFact(Hit hit, IReadOnlyList<HashSet<string>> asked) =>
        asked.All(a => _terms[hit.Index].Overlaps(a) || _terms[hit.Index].Any(t => a.Any(f => f.Length >= MinFormInLonger && t.Contains(f, StringComparison.Ordinal))));

    /// <summary>
    /// Shorter forms ("tuju", "data") stand inside many unrelated words. 4 measured the same as 5 on the tuning folds
    /// (docs/benchmarks.md, wip-30pc); 5 is kept as the safer.
    /// </summary>
    const int MinFormInLonger = 5;

    /// <summary>
    /// True when the question already asked that is nearest to <paramref name="question"/> (BM25 over each question alone)
    /// was one whose answer is in no text, and it scores at least <see cref="NotInTextsMargin"/> times the nearest
    /// answerable one: people asked this before and the texts did not answer it; or any not-in-texts question asked before
    /// scores more than <see cref="AnyNotInTextsMargin"/> times it. False without not-in-texts questions; each arm is off
    /// when its own margin is 0, independently of the other.
    /// </summary>
    public bool NearestAskedIsNotInTexts(string question)
    {
        if ((NotInTextsMargin <= 0 && AnyNotInTextsMargin <= 0) || _firstNotInTexts == _questions.Documents) return false;
        var terms = QueryTerms(question);
        var near = AskedNeighbours(terms, WantedIn(terms) | AsksFor(ProcessVocabulary.Tokens(question)).Wanted);
        return (NotInTextsMargin > 0 && near.Refused > 0 && near.Refused >= NotInTextsMargin * near.Answerable)
            || (AnyNotInTextsMargin > 0 && near.AnyRefused > 0 && near.AnyRefused > AnyNotInTextsMargin * near.Answerable);
    }

    /// <summary>
    /// A not-in-texts question asked before refuses a question lacking its word no text uses ("honor") only when it scores
    /// more than this many times the nearest answerable one (0: never, whatever <see cref="NotInTextsMargin"/> is; such a question counts only through
    /// <see cref="NotInTextsMargin"/> when it shares that word). Measured leaving each author out on the 58 tuning sets
    /// (docs/benchmarks.md, wip-36pw): at 1.0 the folds quote 4 fewer not-in-texts questions (four authors) for 5 right
    /// answers (five authors), no wrong passage more or less; at 0.95, 8 fewer and 2 wrong passages fewer for 29 right
    /// answers — past the two right answers a wrong quote is worth.
    /// </summary>
    public static double AnyNotInTextsMargin { get; set; } = 1.0;

    /// <summary>
    /// The questions already asked nearest to <paramref name="terms"/> (BM25 over each question alone): the nearest
    /// answerable one (its index, -1 for none, and score); the nearest not-in-texts one, counting only those whose words no
    /// text uses are among <paramref name="terms"/> or that have none (a not-in-texts question with a word this question
    /// lacks was about that word); and the nearest not-in-texts one of all.
    /// </summary>
    public (int AnswerableIndex, double Answerable, double Refused, double AnyRefused) AskedNeighbours(IReadOnlyCollection<string> terms) =>
        AskedNeighbours(terms, WantedIn(terms));

    /// <param name="terms">The question's analysed words.</param>
    /// <param name="wanted">What the question asks for (a figure, a time): a not-in-texts question that asked for a figure
    /// or a time this question does not ask for was about another thing of the same subject ("jumlah minimal anggota Tim
    /// Asesor Internal" against "unsur anggota …", "sesi interviu hari apa" against "… diikuti siapa"), and counts in
    /// neither arm (r36a finding 6).</param>
    (int AnswerableIndex, double Answerable, double Refused, double AnyRefused) AskedNeighbours(IReadOnlyCollection<string> terms, Traits wanted)
    {
        var scores = AskedQuestionScores(terms);
        var (nearest, best, refused, any) = (-1, 0f, 0f, 0f);
        for (var i = 0; i < scores.Length; i++)
            if (i < _firstNotInTexts) { if (scores[i] > best) (nearest, best) = (i, scores[i]); }
            else
            {
                if (_notInTextsWants[i - _firstNotInTexts] is not Traits.None and var asked && (asked & wanted) == Traits.None) continue;
                any = Math.Max(any, scores[i]);
                if (_notInTextsUnknown[i - _firstNotInTexts] is not { Count: > 0 } unknown || terms.Any(unknown.Contains)) refused = Math.Max(refused, scores[i]);
            }
        return (nearest, best, refused, any);
    }

    // The analysed words that ask for a figure or a time ("berapa", "kapan" are stop words: AsksFor reads them in the raw question).
    static readonly HashSet<string> FigureWords = new(StringComparer.Ordinal) { "jumlah", "minimal", "maksimal", "maks", "batas" };
    static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal) { "tanggal", "hari", "jadwal", "waktu", "deadline", "tenggat" };

    /// <summary>What analysed words ask for: a figure ("jumlah minimal"), a time ("tanggal", "hari").</summary>
    static Traits WantedIn(IEnumerable<string> terms)
    {
        var wanted = Traits.None;
        foreach (var t in terms) wanted |= FigureWords.Contains(t) ? Traits.Figure : TimeWords.Contains(t) ? Traits.Time : Traits.None;
        return wanted;
    }

    /// <summary>Each question already asked, answerable and not: its BM25 score against <paramref name="terms"/> (over each question alone).</summary>
    float[] AskedQuestionScores(IEnumerable<string> terms)
    {
        var scores = new float[_questions.Documents];
        foreach (var term in terms) _questions.Score(term, 1f, scores);
        return scores;
    }

    /// <summary>Each passage: the score of the nearest answerable question already asked of it (0: none near).</summary>
    float[] NearestAskedPerPassage(float[] scores)
    {
        var nearest = new float[Passages.Count];
        for (var q = 0; q < _firstNotInTexts; q++) nearest[_askedOf[q]] = Math.Max(nearest[_askedOf[q]], scores[q]);
        return nearest;
    }

    /// <summary>The passages the <paramref name="take"/> answerable questions already asked that are nearest to <paramref name="question"/> were asked of (BM25 over each question alone), nearest first.</summary>
    public IReadOnlyList<(int Passage, double Score)> NearestAsked(string question, int take)
    {
        if (take <= 0) return [];
        var scores = AskedQuestionScores(QueryTerms(question));
        // The best few in one pass (ties: the earlier question), not a sort of every question asked.
        var best = new List<int>(take + 1);
        for (var i = 0; i < _firstNotInTexts; i++)
        {
            if (scores[i] <= 0 || (best.Count == take && scores[i] <= scores[best[^1]])) continue;
            var at = best.FindIndex(b => scores[i] > scores[b]);
            best.Insert(at < 0 ? best.Count : at, i);
            if (best.Count > take) best.RemoveAt(take);
        }
        return best.Select(i => (_askedOf[i], (double)scores[i])).ToList();
    }

    /// <summary>
    /// The <paramref name="take"/> passages whose nearest answerable question already asked is nearest to
    /// <paramref name="question"/>, nearest first: each passage once, where <see cref="NearestAsked"/> names a passage
    /// again for each of its questions (three near questions are often one passage asked thrice). A passage after the
    /// first only when its nearest question scores at least <paramref name="minShare"/> of the first's: a question that
    /// shares only a few of this question's words is no place people found this answer.
    /// </summary>
    public IReadOnlyList<int> NearestAskedPassages(string question, int take, double minShare = 0)
    {
        if (take <= 0) return [];
        var nearest = NearestAskedPerPassage(AskedQuestionScores(QueryTerms(question)));
        var ranked = Enumerable.Range(0, nearest.Length).Where(i => nearest[i] > 0)
            .OrderByDescending(i => nearest[i]).ThenBy(i => i).Take(take).ToList();
        return ranked.Count == 0 ? ranked : ranked.Where(i => nearest[i] >= minShare * nearest[ranked[0]]).ToList();
    }

    /// <summary>How much the nearest not-in-texts question must outscore the nearest answerable one (0: not used; <see cref="AnyNotInTextsMargin"/> stays in use).</summary>
    public static double NotInTextsMargin { get; set; } = 1.0;

    /// <summary>The question's words that the texts never use in any form (fillers excepted): "honor", "reset", "sleman".</summary>
    public IReadOnlyList<string> UnknownWords(string question) =>
        ProcessVocabulary.Tokens(question)
            .Where(t => ProcessVocabulary.IsOtherSense(t) || !DefinitionWords.Contains(t) && !DifferenceWords.Contains(t) && !BetweenWords.Contains(t) && !ProcessVocabulary.IsMapped(t) && Analyze(_full, string.Join(" ", ProcessVocabulary.Expand(t))) is { Count: > 0 } forms && !forms.Any(_documentFrequency.ContainsKey))
            .Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The question's words, each as the analysed terms it stands for and its weight.</summary>
    List<(HashSet<string> Terms, double Weight, string Word)> Concepts(string question, bool definition)
    {
        var result = new List<(HashSet<string>, double, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in ProcessRouting.WithoutRegulationNumbers(ProcessVocabulary.Tokens(question)))
        {
            // "menurut PermenPANRB 59/2020": which text, not what the passage says (NamedSource handles it).
            if (ProcessRouting.IsRegulationWord(token)) continue;
            // "definisi", "artinya": what is asked, not where the answer is (the definition boost handles it).
            if (definition && (DefinitionWords.Contains(token) || BetweenWords.Contains(token))) continue;
            // A word in a sense the texts never use ("banding", an appeal): no passage holds it, whatever the stemmer says.
            if (ProcessVocabulary.IsOtherSense(token))
            {
                if (seen.Add(token)) result.Add(([], Idf(""), token));
                continue;
            }
            var forms = Analyze(_full, string.Join(" ", ProcessVocabulary.Expand(token))).ToHashSet(StringComparer.Ordinal);
            if (forms.Count == 0 || !seen.Add(string.Join(" ", forms.Order(StringComparer.Ordinal)))) continue;
            var known = forms.Where(_documentFrequency.ContainsKey).ToList();
            // A word the vocabulary maps onto words the index does not hold (stopwords: "abis" → "setelah") is understood
            // but says nothing about where the answer is: like a filler, it does not count.
            if (known.Count == 0 && ProcessVocabulary.IsMapped(token)) continue;
            result.Add((forms, known.Count > 0 ? known.Max(Idf) : Idf(""), token));
        }
        return result;
    }

    /// <summary>The share of the question's words (IDF-weighted) the passage holds; with <paramref name="asked"/>, a word also counts when a question already asked of the passage used it.</summary>
    static double Coverage(List<(HashSet<string> Terms, double Weight, string Word)> concepts, HashSet<string> passage, HashSet<string>? asked)
    {
        var total = concepts.Sum(c => c.Weight);
        // HashSet.Overlaps walks its argument: the passage's set (thousands of terms with its asked questions) asks about each
        // of the word's few forms, not the other way round (that cost 30–40 ms on a long question with common words).
        return total <= 0 ? 0 : concepts.Where(c => passage.Overlaps(c.Terms) || (asked is not null && asked.Overlaps(c.Terms))).Sum(c => c.Weight) / total;
    }

    /// <summary>
    /// The weight of the one question already asked of a passage that is nearest to the question (BM25 over each question
    /// alone), added to the pooled field's (0: not used). The pooled field sums the words of every question asked of a
    /// passage, so a chunk many people asked about for other reasons outscores its neighbour of which one person asked
    /// nearly this question. Measured leaving one author out on 51 tuning authors (docs/benchmarks.md, wip-30pr): 0.25, 0.75
    /// and 1 were worse than 0.5.
    /// </summary>
    public static double AskedNearestBoost { get; set; } = 0.5;

    /// <summary>Adds to each passage the BM25 score of the one question asked of it that is nearest to the question's terms (times <see cref="AskedNearestBoost"/>).</summary>
    void AddNearestAsked(IReadOnlyList<string> terms, float[] asked)
    {
        var nearest = NearestAskedPerPassage(AskedQuestionScores(terms));
        for (var i = 0; i < asked.Length; i++) asked[i] += (float)AskedNearestBoost * nearest[i];
    }

    /// <summary>
    /// The weight of the asked-questions field against the passage's text (0: not used). Measured leaving one author out
    /// (docs/benchmarks.md): 1.25 on 25 tuning authors (wip-15pb; 0.5, 0.75, 1.5 and 2 were worse), validation one right answer more.
    /// </summary>
    public static double AskedBoost { get; set; } = 1.25;
    /// <summary>Whether a question's word counts as covered when only a question already asked of the passage used it.</summary>
    public static bool AskedCoverage { get; set; } = true;

    /// <summary>
    /// The same rule stated in another text: the Permen body (Pasal), its Lampiran and the Pedoman repeat one another
    /// ("Penilaian Mandiri adalah …" in Pasal 1 and Lampiran II.D.1). Two passages of different texts are near-duplicates
    /// when the terms they share weigh (IDF) at least <see cref="DuplicateSimilarity"/> of the shorter one's terms: the
    /// shorter is contained in the longer.
    /// </summary>
    public bool NearDuplicates(int a, int b)
    {
        if (a == b || Text(Passages[a]) == Text(Passages[b])) return false;
        var x = _textTerms[a];
        var y = _textTerms[b];
        var wx = x.Sum(Idf);
        var wy = y.Sum(Idf);
        if (wx <= 0 || wy <= 0) return false;
        var shared = (x.Count <= y.Count ? x : y).Where((x.Count <= y.Count ? y : x).Contains).Sum(Idf);
        return shared / Math.Min(wx, wy) >= DuplicateSimilarity;
    }

    /// <summary>Which text a passage belongs to: the Pedoman, the Permen's body or its Lampiran.</summary>
    static string Text(Passage p) => p.Id.Contains("/lampiran/", StringComparison.Ordinal) ? p.Source + "/lampiran" : p.Source;

    /// <summary>The share of the shorter passage's (IDF-weighted) terms the longer must hold to be its near-duplicate.</summary>
    public static double DuplicateSimilarity { get; set; } = 0.45;

    /// <summary>The passage with this id, if any.</summary>
    public Passage? Find(string id) => Passages.FirstOrDefault(p => p.Id == id);

    double Idf(string term) => Math.Log(1 + (Passages.Count - _documentFrequency.GetValueOrDefault(term) + 0.5) / (_documentFrequency.GetValueOrDefault(term) + 0.5));

    /// <summary>BM25 parameters (term saturation, length normalisation) and the weight of a heading match.</summary>
    public static float K1 { get; set; } = 1.2f;
    public static float B { get; set; } = 0.75f;
    public static float HeadingBoost { get; set; } = 1f;

    /// <summary>Score factor for passages of the other regulation when the question names one.</summary>
    public const double OtherSourceFactor = 0.75;

    /// <summary>Weight of an exact (lightly stemmed) match relative to a fully stemmed one.</summary>
    public static float LightBoost { get; set; } = 1.0f;

    internal static Analyzer Create(bool stemDerivational) => Analyzer.NewAnonymous((field, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream result = new StandardFilter(Version, source);
        result = new LowerCaseFilter(Version, result);
        result = new StopFilter(Version, result, IndonesianAnalyzer.DefaultStopSet);
        result = new IndonesianStemFilter(result, stemDerivational);
        return new TokenStreamComponents(source, result);
    });

    List<string> Analyze(Analyzer analyzer, string text)
    {
        lock (_gate) return Tokens(analyzer, text);
    }

    static List<string> Tokens(Analyzer analyzer, string text)
    {
        var result = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) result.Add(term.ToString());
        stream.End();
        return result;
    }

    /// <summary>Each passage's asked questions (in passage order), and the not-in-texts ones, in the full analysis.</summary>
    static (List<IReadOnlyList<IReadOnlyList<string>>> ByPassage, List<IReadOnlyList<string>> NotInTexts) AnalyzeAsked(
        IReadOnlyList<Passage> passages, IReadOnlyDictionary<string, IReadOnlyList<string>>? asked, IReadOnlyList<string>? notInTexts)
    {
        using var full = Create(stemDerivational: true);
        var byPassage = passages.Select(p => (IReadOnlyList<IReadOnlyList<string>>)(asked?.GetValueOrDefault(p.Id) ?? []).Select(q => (IReadOnlyList<string>)Tokens(full, Normalized(q))).ToList()).ToList();
        return (byPassage, (notInTexts ?? []).Select(q => (IReadOnlyList<string>)Tokens(full, Normalized(q))).ToList());
    }

    public void Dispose()
    {
        _warmUp?.Wait();
        _light.Dispose();
        _full.Dispose();
    }
}
