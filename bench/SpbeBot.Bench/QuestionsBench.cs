using System.Diagnostics;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Bench;

/// <summary>
/// Question understanding: identification accuracy on the labelled sets (dev and hold-out), per-question latency
/// after warm-up, catalog load time, and PostgreSQL full-text search over the same catalog side by side.
/// </summary>
static partial class QuestionsBench
{
    /// <summary>
    /// Without arguments: the project's two sets, latency and full-text search side by side. With set files
    /// (<c>questions path/to/set.tsv …</c>): each file scored on its own — per kind, situations placed right / two levels
    /// off / asked, moving up, short forms, misses — with p50/p99 per question, ask-vs-answer for kebijakan twins; add
    /// <c>--fts</c> for full-text search over the same files. <c>--parse "question"</c> prints one understanding (<c>--rules</c>: without the learned model).
    /// </summary>
    public static async Task<int> Run(string[] args)
    {
        var parseAt = Array.IndexOf(args, "--parse");
        if (parseAt >= 0 && parseAt + 1 < args.Length)
        {
            var q = args[parseAt + 1];
            EvaluationYear = YearOption(args);
            // "--rules": the rules alone, as a fresh author's words meet them before the model weighs in.
            var parsing = args.Contains("--rules") ? new QuestionParser(CatalogStore.Get(CatalogStore.DefaultFramework)) { Model = null } : QuestionParser.For(CatalogStore.DefaultFramework);
            var u = parsing.Parse(q, EvaluationYear);
            Console.WriteLine(u with { Situation = null });
            Console.WriteLine($"candidates [{string.Join(",", u.Candidates)}] alternatives [{string.Join(",", u.Alternatives)}]");
            Console.WriteLine($"tokens [{string.Join(" ", QuestionParser.For(CatalogStore.DefaultFramework).CorrectedTokens(q))}]");
            if (u.Situation is { } s) Console.WriteLine($"situation: level {s.Level} decided {s.Decided} deciding {s.DecidingLevel} asserted [{string.Join(",", s.Asserted)}] denied [{string.Join(",", s.Denied)}] implied only [{string.Join(",", s.ImpliedOnly)}]");
            Console.WriteLine(CriteriaAnswerer.Answer(q, evaluationYear: EvaluationYear).FullText);
            return 0;
        }
        // "questions --corrections file.tsv …": every word the short forms or the typo corrector change in the files' lines,
        // with how often, to find real words read as others ("perihal" → "perwal").
        if (args.Contains("--corrections"))
        {
            var matcher = new TopicMatcher(Lexicon.For(CatalogStore.Get(CatalogStore.DefaultFramework)));
            var changed = args.Where(a => a.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase)).SelectMany(f => File.ReadLines(f).Skip(1))
                .SelectMany(TextNormalizer.Tokenize).Select(t => (t, c: matcher.ShortForms.Read(t) is var s && (s.Count > 1 || s[0] != t) ? string.Join(" ", s) : matcher.Typos.Correct(t)))
                .Where(x => x.t != x.c).GroupBy(x => x).OrderByDescending(g => g.Count());
            foreach (var g in changed) Console.WriteLine($"{g.Count(),5} {g.Key.t} -> {g.Key.c}");
            return 0;
        }
        if (args.Contains("--elements"))
        {
            var reader = new SituationReader(CatalogStore.Get(CatalogStore.DefaultFramework));
            foreach (var i in CatalogStore.Get(CatalogStore.DefaultFramework).Indicators)
                Console.WriteLine($"{i.Number,2}: " + string.Join(" | ", reader.ElementsOf(i.Number).Select(l => $"{l.Level} {string.Join(",", l.Elements)}")));
            return 0;
        }
        var files = args.Where(a => a.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase)).ToList();
        if (files.Count > 0)
        {
            TotalsOnly = args.Contains("--totals-only");
            EvaluationYear = YearOption(args);
            MissesBelow = args.Contains("--below");
            MissesAbove = args.Contains("--above");
            Spans = args.Contains("--spans");
            var verdictsAt = Array.IndexOf(args, "--verdicts");
            VerdictsFile = verdictsAt >= 0 && verdictsAt + 1 < args.Length ? args[verdictsAt + 1] : null;
            return await RunFiles(files, args.Contains("--fts"), !args.Contains("--no-latency"));
        }

        var dataDir = Path.Combine(AppContext.BaseDirectory, "Data");
        var dev = QuestionSet.Load(Path.Combine(dataDir, "questions.tsv"));
        var holdout = QuestionSet.Load(Path.Combine(dataDir, "questions-holdout.tsv"));

        // Catalog load: first load in this process (includes JSON deserialisation and JIT), then warm re-parses.
        var sw = Stopwatch.StartNew();
        var catalog = CatalogStore.Get(CatalogStore.DefaultFramework);
        var coldLoad = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        var parser = new QuestionParser(catalog);
        var parserBuild = sw.Elapsed.TotalMilliseconds;
        var warmLoads = new List<double>();
        using (var stream = typeof(CatalogStore).Assembly.GetManifestResourceStream("catalogs/spbe-2024.json")!)
        {
            var bytes = new MemoryStream(); stream.CopyTo(bytes);
            for (var i = 0; i < 20; i++)
            {
                bytes.Position = 0; sw.Restart();
                CatalogStore.Parse(bytes);
                warmLoads.Add(sw.Elapsed.TotalMilliseconds);
            }
        }
        Console.WriteLine($"Catalog spbe-2024: first load {coldLoad:0.0} ms (cold, incl. JIT); re-parse median {Percentile(warmLoads, 50):0.0} ms; parser/lexicon build {parserBuild:0.0} ms");

        Report("dev", dev, parser);
        Report("hold-out", holdout, parser);

        var all = dev.Concat(holdout).Select(q => q.Question).ToList();
        Latency("parse", all, q => parser.Parse(q));
        Latency("parse + answer text", all, q => CriteriaAnswerer.Answer(q));

        await FullTextComparison.Run(catalog, dev, holdout, args);
        return 0;
    }

    /// <summary>
    /// The instansi's configured evaluation year the sets are read against (a described review's age counts against it):
    /// the labelled sets were written in December 2026 about the 2026 evaluation. <c>--evaluation-year YYYY</c> sets
    /// another, <c>--evaluation-year none</c> reads them as an instansi with none configured.
    /// </summary>
    static int? EvaluationYear = SetsEvaluationYear;
    internal const int SetsEvaluationYear = 2026;

    static int? YearOption(string[] args)
    {
        var at = Array.IndexOf(args, "--evaluation-year");
        if (at < 0) return SetsEvaluationYear;
        if (at + 1 >= args.Length) throw new ArgumentException("--evaluation-year needs a year (e.g. 2026) or \"none\"");
        if (args[at + 1] == "none") return null;
        return int.TryParse(args[at + 1], out var year) && year is >= 2000 and < 2100 ? year
            : throw new ArgumentException($"--evaluation-year: \"{args[at + 1]}\" is no year (e.g. 2026) nor \"none\"");
    }

    /// <summary>--totals-only: no rows printed (a validation set read only as totals).</summary>
    static bool TotalsOnly;
    /// <summary>--below: list the situation rows placed below the expected level or given none (not with --totals-only).</summary>
    static bool MissesBelow;
    /// <summary>--above: list the situation rows placed above the expected level on the right indicator (not with --totals-only).</summary>
    static bool MissesAbove;
    /// <summary>--verdicts FILE: one line per situation row (id and verdict), to count fixed / broken between two runs without reading rows.</summary>
    static string? VerdictsFile;
    /// <summary>--spans: situation rows by how far the answer reaches past what is stated (<see cref="SituationSpans"/>).</summary>
    static bool Spans;

    static async Task<int> RunFiles(List<string> files, bool fts, bool latency = true)
    {
        var catalog = CatalogStore.Get(CatalogStore.DefaultFramework);
        var ask = new QuestionParser(catalog) { AnswerLikelyTwin = false };
        var answer = new QuestionParser(catalog) { AnswerLikelyTwin = true };
        var chosen = QuestionParser.DefaultAnswerLikelyTwin ? answer : ask;
        foreach (var file in files)
        {
            var set = QuestionSet.Load(file);
            var name = Path.GetFileName(file);
            Report(name, set, chosen);
            Situations(name, set, chosen);
            var askScore = set.Count(q => q.IsCorrect(ask.Parse(q.Question, EvaluationYear)));
            var answerScore = set.Count(q => q.IsCorrect(answer.Parse(q.Question, EvaluationYear)));
            Console.WriteLine($"  Kebijakan twins with neither policy nor implementation words: ask {askScore}/{set.Count}, answer the likely one (other as a button) {answerScore}/{set.Count}; in use: {(QuestionParser.DefaultAnswerLikelyTwin ? "answer" : "ask")}");
            // The rows on which the two choices differ, to read why (label, and what each choice gives); not for a
            // validation set read as totals only.
            if (!TotalsOnly)
                foreach (var q in set.Where(q => q.IsCorrect(ask.Parse(q.Question, EvaluationYear)) != q.IsCorrect(answer.Parse(q.Question, EvaluationYear))))
                    Console.WriteLine($"    twin {(q.IsCorrect(ask.Parse(q.Question, EvaluationYear)) ? "ask wins" : "answer wins")}: {(q.Id ?? "line " + q.Line)} \"{q.Question}\" expected {q.Indicator} {q.Level} ({q.Kind}); answer gives {answer.Parse(q.Question, EvaluationYear).Indicator}");
            var questions = set.Select(q => q.Question).ToList();
            if (!latency) continue;
            Latency($"parse ({name})", questions, q => chosen.Parse(q));
            Latency($"parse + answer text ({name})", questions, q => CriteriaAnswerer.Answer(q));
            if (fts) await FullTextComparison.Run(catalog, set, [], []);
        }
        return 0;
    }

    /// <summary>Described situations: placed at the expected level, one off, two or more off, no level given.</summary>
    static void Situations(string name, IReadOnlyList<LabelledQuestion> set, QuestionParser parser)
    {
        var rows = set.Where(q => q.IsSituation && q.ExpectedLevel is not null).Select(q => (q, u: parser.Parse(q.Question, EvaluationYear))).ToList();
        if (rows.Count == 0) return;
        var right = rows.Count(r => r.q.IsCorrect(r.u));
        var noLevel = rows.Count(r => r.u.Level is null);
        var twoOff = rows.Count(r => r.u.Level is int l && Math.Abs(l - r.q.ExpectedLevel!.Value) >= 2);
        var oneOff = rows.Count(r => !r.q.IsCorrect(r.u) && r.u.Level is int l && Math.Abs(l - r.q.ExpectedLevel!.Value) <= 1);
        var asked = rows.Count(r => r.u.Situation is { Decided: false });
        // One off, split: above the expected level (an over-claim) or below it (an under-claim); a wrong indicator apart.
        var above = rows.Count(r => !r.q.IsCorrect(r.u) && r.q.IndicatorCorrect(r.u) && r.u.Level - r.q.ExpectedLevel == 1);
        var below = rows.Count(r => !r.q.IsCorrect(r.u) && r.q.IndicatorCorrect(r.u) && r.u.Level - r.q.ExpectedLevel == -1);
        Console.WriteLine($"  Situations ({rows.Count}): placed right {right} ({Pct(right, rows.Count)}); one off (or wrong indicator) {oneOff} (one above {above}, one below {below}); two or more levels off {twoOff}; no level {noLevel}; the reply asked the deciding criterion in {asked}");
        if (!TotalsOnly && MissesBelow)
            foreach (var r in rows.Where(r => !r.q.IsCorrect(r.u) && (r.u.Level is null || r.q.IndicatorCorrect(r.u) && r.u.Level < r.q.ExpectedLevel)))
                Console.WriteLine($"    below: {r.q.Id ?? "line " + r.q.Line} expected {r.q.Indicator} {r.q.Level}; got {r.u.Kind} {r.u.Indicator} {r.u.Level?.ToString() ?? "-"} \"{r.q.Question}\"");
        if (!TotalsOnly && MissesAbove)
            foreach (var r in rows.Where(r => !r.q.IsCorrect(r.u) && r.q.IndicatorCorrect(r.u) && r.u.Level > r.q.ExpectedLevel))
                Console.WriteLine($"    above: {r.q.Id ?? "line " + r.q.Line} expected {r.q.Indicator} {r.q.Level}; got {r.u.Kind} {r.u.Indicator} {r.u.Level} \"{r.q.Question}\"");
        SituationDirections(rows);
        SituationsAsked(rows);
        SituationsAssumed(rows);
        if (Spans) SituationSpans(rows);
        if (!TotalsOnly)
            foreach (var r in rows.Where(r => r.u.Level is int l && Math.Abs(l - r.q.ExpectedLevel!.Value) >= 2))
                Console.WriteLine($"    two off: {r.q.Id ?? "line " + r.q.Line} expected {r.q.Indicator} {r.q.Level}; got {r.u.Kind} {r.u.Indicator} {r.u.Level} \"{r.q.Question}\"");
        if (VerdictsFile is not null)
            File.AppendAllLines(VerdictsFile, rows.Select(r => $"{name}:{r.q.Id ?? "line " + r.q.Line}\t{(r.q.IsCorrect(r.u) ? "right" : r.u.Level is null ? "none" : Math.Abs(r.u.Level.Value - r.q.ExpectedLevel!.Value) >= 2 ? "two" : "one")}"));
    }

    /// <summary>
    /// Asking instead of placing (issue 15): a reply that asks offers two levels as buttons — the placed level and the level
    /// below it the reply names ("if that criterion is not met, level n", <see cref="SituationReader.Placement.Lower"/>), or
    /// else the placed level and the level its deciding criterion decides. Counted on the right indicator: how often the
    /// expected level is one of those two — for every row, for the rows the reply asks about, and for the misses. The
    /// figures above (right, one off, two off) count every reply at its placed level, asked or not.
    /// </summary>
    static void SituationsAsked(List<(LabelledQuestion q, Understanding u)> rows)
    {
        static bool Covers(LabelledQuestion q, Understanding u) =>
            q.IsCorrect(u) || q.IndicatorCorrect(u) && u.Situation is { Decided: false } s
                && (s.Lower is int lower && lower < s.Level ? lower : s.DecidingLevel) == q.ExpectedLevel;
        var undecided = rows.Where(r => r.u.Situation is { Decided: false }).ToList();
        var missed = rows.Where(r => !r.q.IsCorrect(r.u)).ToList();
        var twoOff = rows.Where(r => r.u.Level is int l && Math.Abs(l - r.q.ExpectedLevel!.Value) >= 2).ToList();
        Console.WriteLine($"  Situations if asked (placed or deciding level): right in {rows.Count(r => Covers(r.q, r.u))}/{rows.Count}; " +
            $"of the {undecided.Count} the reply asks, {undecided.Count(r => Covers(r.q, r.u))}; of the {missed.Count} misses, {missed.Count(r => Covers(r.q, r.u))} " +
            $"({missed.Count(r => r.u.Situation is { Decided: false } && Covers(r.q, r.u))} already asked); of the {twoOff.Count} two off, {twoOff.Count(r => Covers(r.q, r.u))}");
    }

    /// <summary>
    /// A level claimed over an unsaid level below it says what it assumed (<see cref="SituationReader.Placement.Assumed"/>):
    /// how many replies do, how many of them are right, and how many authors hold the assumed level unmet (their level
    /// below the lowest assumed one, where the reply's "if not, at most level n" names theirs or one above it).
    /// </summary>
    static void SituationsAssumed(List<(LabelledQuestion q, Understanding u)> rows)
    {
        var assumed = rows.Where(r => r.u.Situation is { Assumed.Count: > 0 }).ToList();
        Console.WriteLine($"  Situations resting on an unsaid level: {assumed.Count}; right {assumed.Count(r => r.q.IsCorrect(r.u))}; " +
            $"author below the assumed level {assumed.Count(r => r.q.IndicatorCorrect(r.u) && r.q.ExpectedLevel < r.u.Situation!.Assumed.Min(a => a.Level))}");
        if (!TotalsOnly)
            foreach (var r in assumed.Where(r => !r.q.IsCorrect(r.u)))
                Console.WriteLine($"    assumed: {r.q.Id ?? "line " + r.q.Line} expected {r.q.Indicator} {r.q.Level}; got {r.u.Indicator} {r.u.Level} assuming {string.Join(",", r.u.Situation!.Assumed.Select(a => a.Level))}");
    }

    /// <summary>
    /// The situations missed, by direction: above the expected level (an over-claim), below it, on another indicator.
    /// Two or more off are counted inside above and below.
    /// </summary>
    static void SituationDirections(List<(LabelledQuestion q, Understanding u)> rows)
    {
        var placed = rows.Where(r => !r.q.IsCorrect(r.u) && r.q.IndicatorCorrect(r.u) && r.u.Level is int).Select(r => r.u.Level!.Value - r.q.ExpectedLevel!.Value).ToList();
        var otherIndicator = rows.Count(r => !r.q.IndicatorCorrect(r.u));
        Console.WriteLine($"  Situations by direction: above {placed.Count(d => d > 0)} (two or more {placed.Count(d => d >= 2)}); below {placed.Count(d => d < 0)} (two or more {placed.Count(d => d <= -2)}); other indicator {otherIndicator}");
    }

    static void Report(string name, IReadOnlyList<LabelledQuestion> set, QuestionParser parser)
    {
        var results = set.Select(q => (q, u: parser.Parse(q.Question, EvaluationYear))).ToList();
        var correct = results.Count(r => r.q.IsCorrect(r.u));
        var indicatorOnly = results.Count(r => r.q.IndicatorCorrect(r.u));
        Console.WriteLine($"\nAccuracy on {name} set ({set.Count} questions): indicator+level {Pct(correct, set.Count)} ({correct}/{set.Count}); indicator alone {Pct(indicatorOnly, set.Count)}");
        foreach (var group in results.GroupBy(r => r.q.Kind).OrderBy(g => g.Key))
            Console.WriteLine($"  {group.Key,-10} {group.Count(r => r.q.IsCorrect(r.u))}/{group.Count()}");
        var misses = results.Where(r => !r.q.IsCorrect(r.u)).ToList();
        if (TotalsOnly) return;
        if (misses.Count > 0) Console.WriteLine("  Misses:");
        foreach (var (q, u) in misses)
            Console.WriteLine($"  - {(q.Id is null ? "line " + q.Line : q.Id)}: \"{q.Question}\" expected ind {q.Indicator} lvl {q.Level} ({q.Kind}); got {u.Kind} ind {u.Indicator?.ToString() ?? "-"} lvl {u.Level?.ToString() ?? "-"}{(u.OtherLevel is int o ? "," + o : "")}{(u.Candidates.Count > 0 ? " cand " + string.Join(",", u.Candidates) : "")}");
    }

    static void Latency(string name, IReadOnlyList<string> questions, Action<string> work)
    {
        for (var i = 0; i < 5; i++) foreach (var q in questions) work(q); // warm-up
        var samples = new List<double>();
        var perQuestion = questions.Select(_ => new List<double>()).ToList();
        var sw = new Stopwatch();
        for (var round = 0; round < 20; round++)
            for (var k = 0; k < questions.Count; k++)
            {
                sw.Restart();
                work(questions[k]);
                var ms = sw.Elapsed.TotalMilliseconds;
                samples.Add(ms);
                perQuestion[k].Add(ms);
            }
        // Per question: the median of its 20 runs (what the question costs, without the scheduler's pauses on a shared machine).
        var medians = perQuestion.Select(l => Percentile(l, 50)).ToList();
        Console.WriteLine($"\nLatency {name} ({samples.Count} runs): p50 {Percentile(samples, 50):0.000} ms, p99 {Percentile(samples, 99):0.000} ms, max {samples.Max():0.000} ms; "
            + $"per question (median of its runs): p50 {Percentile(medians, 50):0.000} ms, p99 {Percentile(medians, 99):0.000} ms, max {medians.Max():0.000} ms");
        foreach (var (median, k) in medians.Select((m, k) => (m, k)).Where(x => x.m > 5).OrderByDescending(x => x.m).Take(5))
            Console.WriteLine($"  slow: {median:0.000} ms (median) \"{questions[k][..Math.Min(80, questions[k].Length)]}\"");
    }

    internal static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        var index = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
    }

    internal static string Pct(int part, int whole) => $"{100.0 * part / whole:0.0} %";
}
