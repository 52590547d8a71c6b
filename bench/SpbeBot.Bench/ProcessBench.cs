using System.Diagnostics;
using Npgsql;
using SpbeBot.Core.Questions;
using SpbeBot.Core.Regulations;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Bench;

/// <summary>
/// Process questions (issue 15, point 1): a labelled set (id, question, source, answer_quote, note) is run through the
/// same entry point as the chat and <c>spbebot ask</c> (<see cref="CriteriaAnswerer.Answer(string?, string, Dialogs.Common.Language?)"/>).
/// Reports the share of answerable questions answered with the passage that contains answer_quote, the share of
/// not-in-texts questions given no quote, the misses, per-question latency (p50/p99, retrieval included), the index
/// start-up cost, and PostgreSQL full-text search over the same passages side by side.
/// Usage: process &lt;set.tsv&gt; [--explain] [--no-postgres]
/// </summary>
static class ProcessBench
{
    public static async Task<int> Run(string[] args)
    {
        // --asked FILE: the asked-questions expansion from a file built by `spbebot catalog build-asked` instead of the shipped one.
        var askedAt = Array.IndexOf(args, "--asked");
        var askedPath = askedAt >= 0 && askedAt + 1 < args.Length ? args[askedAt + 1] : null;
        var path = args.Where((a, i) => i != askedAt + 1 || askedAt < 0).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (path is null || !File.Exists(path) || (askedAt >= 0 && (askedPath is null || !File.Exists(askedPath))))
        {
            Console.Error.WriteLine("Usage: process <set.tsv> [--asked asked.json] [--explain] [--no-postgres]");
            return 2;
        }
        var explain = args.Contains("--explain");
        // Tuning: SPBEBOT_PROCESS_TUNE="rank=8;cov=0.25;score=6;heading=1"
        Tune(Environment.GetEnvironmentVariable("SPBEBOT_PROCESS_TUNE") ?? "");
        var set = ProcessQuestionSet.Load(path);

        // Start-up: reading the embedded passages and building the in-memory index, first time in this process (cold, JIT
        // included), then rebuilds.
        // CPU time is reported next to wall time: on a shared, loaded machine wall time mostly measures waiting.
        var self = System.Diagnostics.Process.GetCurrentProcess();
        var cpu0 = self.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var passages = PassageFile.Shipped.Passages;
        var load = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        var askedFile = askedPath is null ? AskedFile.Shipped : AskedFile.Load(askedPath);
        var asked = askedFile.ById();
        if (askedPath is not null) PassageIndex.ReplaceShipped(new PassageIndex(passages, asked, askedFile.NotInTexts));
        var index = PassageIndex.Shipped;
        var coldBuild = sw.Elapsed.TotalMilliseconds;
        self.Refresh();
        var coldCpu = (self.TotalProcessorTime - cpu0).TotalMilliseconds;
        // An index read from the shipped analysis warms its analyzers on another thread: until then a question waits.
        index.Ready.Wait();
        var ready = load + sw.Elapsed.TotalMilliseconds;
        self.Refresh();
        var readyCpu = (self.TotalProcessorTime - cpu0).TotalMilliseconds;
        var warm = new List<double>();
        var warmCpu = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            self.Refresh();
            var c0 = self.TotalProcessorTime;
            sw.Restart();
            using var again = new PassageIndex(passages, asked, askedFile.NotInTexts);
            warm.Add(sw.Elapsed.TotalMilliseconds);
            self.Refresh();
            warmCpu.Add((self.TotalProcessorTime - c0).TotalMilliseconds);
        }
        Console.WriteLine($"Passages: {passages.Count} ({passages.Count(p => p.Source == "pedoman-3-2024")} Pedoman, {passages.Count(p => p.Source == "permenpanrb-59-2020")} PermenPANRB); asked questions: {asked.Values.Sum(q => q.Count)} over {asked.Count} passages ({askedPath ?? "shipped"})");
        Console.WriteLine($"Index start-up: load passages {load:0.0} ms + first build {coldBuild:0.0} ms (cold, incl. JIT) = {load + coldBuild:0.0} ms wall, {coldCpu:0.0} ms CPU (all threads); analyzers warmed at {ready:0.0} ms wall, {readyCpu:0.0} ms CPU; rebuild (analysing) median {QuestionsBench.Percentile(warm, 50):0.0} ms wall, {QuestionsBench.Percentile(warmCpu, 50):0.0} ms CPU");
        Console.WriteLine($"Machine load while measuring: {File.ReadAllText("/proc/loadavg").Split(' ')[0]} (1-min load average) on {Environment.ProcessorCount} cores");

        var answerable = set.Where(q => q.Answerable).ToList();
        var notInTexts = set.Where(q => !q.Answerable).ToList();
        var right = 0; var refused = 0; var criteriaInstead = 0; var byCriteria = 0; var viaSame = 0;
        var misses = new List<string>();
        var classes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var q in set)
        {
            var a = CriteriaAnswerer.Answer(q.Question);
            var quoted = a.Process is { Kind: "process" } ? a.Process.Quoted : null;
            if (q.Answerable)
            {
                if (quoted is not null && quoted.Any(q.QuotedBy))
                {
                    right++;
                    // Counted only because a near-duplicate of the best passage (the same rule in another text) was quoted with it.
                    if (!quoted.Where(p => !a.Process!.Same.Contains(p.Id)).Any(q.QuotedBy)) viaSame++;
                }
                else if (quoted is null && a.Process is null && a.Answered && q.AnsweredByCriteriaReply(a.Reply.Text)) { right++; byCriteria++; }
                else
                {
                    var kind = MissClass(q, index, quoted);
                    classes[kind] = classes.GetValueOrDefault(kind) + 1;
                    misses.Add($"  - {q.Id} (line {q.Line}) \"{Short(q.Question)}\": {(quoted is null ? (a.Process is null ? (a.Answered ? $"criteria answer (ind {a.Indicator})" : "criteria not found") : "process not found") : $"quoted {string.Join(", ", quoted.Select(p => p.Id))}")} [{kind}]");
                }
            }
            else
            {
                if (quoted is null) { refused++; if (a.Process is null && a.Answered) criteriaInstead++; }
                else misses.Add($"  - {q.Id} (line {q.Line}) \"{Short(q.Question)}\": not in texts, but quoted {string.Join(", ", quoted.Select(p => p.Id))}");
            }
            if (explain)
            {
                Console.WriteLine($"\n{q.Id}: {q.Question}\n  expected: {(q.Answerable ? Short(q.AnswerQuote, 100) : "(not in texts)")}\n  route: {ProcessRouting.Decide(q.Question, QuestionParser.For("spbe-2024").Parse(q.Question))}; terms: {string.Join(" ", index.QueryTerms(q.Question))}; unknown: {string.Join(" ", index.UnknownWords(q.Question))}; asked: {string.Join(" | ", index.AskedFact(q.Question).Select(a => string.Join(",", a)))}");
                var ranked = index.Search(q.Question, 20);
                foreach (var h in ranked.Take(3))
                    Console.WriteLine($"  {(q.Answerable && q.QuotedBy(h.Passage) ? "✓" : " ")} {h.Score,6:0.00} cov {h.Coverage:0.00} rank {h.Rank:0.00} {h.Passage.Id}");
                // Where the passage holding the quote ranks when it is not in the top three (wrong ranking vs not retrieved).
                var holder = ranked.Select((h, n) => (h, n)).Skip(3).FirstOrDefault(x => q.Answerable && q.QuotedBy(x.h.Passage));
                if (holder.h is not null)
                    Console.WriteLine($"  ✓ #{holder.n + 1} {holder.h.Score,6:0.00} cov {holder.h.Coverage:0.00} rank {holder.h.Rank:0.00} {holder.h.Passage.Id}");
            }
        }
        Console.WriteLine($"\nSet {Path.GetFileName(path)}: {set.Count} questions");
        Console.WriteLine($"  answerable, answered with the passage containing answer_quote: {QuestionsBench.Pct(right, answerable.Count)} ({right}/{answerable.Count}; {byCriteria} of them a criteria answer quoting it, see ProcessQuestion.AnsweredByCriteriaReply; {viaSame} by a quoted near-duplicate, the same rule in another text holding answer_quote verbatim)");
        Console.WriteLine($"  not in texts, no quote given: {QuestionsBench.Pct(refused, Math.Max(1, notInTexts.Count))} ({refused}/{notInTexts.Count}; {criteriaInstead} of them got a criteria answer instead)");
        if (classes.Count > 0) Console.WriteLine("  Misses by class: " + string.Join("; ", classes.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value}")));
        if (misses.Count > 0) Console.WriteLine("  Misses:\n" + string.Join("\n", misses));

        var questions = set.Select(q => q.Question).ToList();
        for (var i = 0; i < 5; i++) foreach (var q in questions) CriteriaAnswerer.Answer(q);
        var samples = new List<double>();
        self.Refresh();
        var loopCpu = self.TotalProcessorTime;
        for (var round = 0; round < 20; round++)
            foreach (var q in questions)
            {
                sw.Restart();
                CriteriaAnswerer.Answer(q);
                samples.Add(sw.Elapsed.TotalMilliseconds);
            }
        self.Refresh();
        var cpuPerQuestion = (self.TotalProcessorTime - loopCpu).TotalMilliseconds / samples.Count;
        Console.WriteLine($"\nLatency per question, in process, routing + retrieval + answer text ({samples.Count} runs): p50 {QuestionsBench.Percentile(samples, 50):0.000} ms, p99 {QuestionsBench.Percentile(samples, 99):0.000} ms, max {samples.Max():0.000} ms wall; CPU time {cpuPerQuestion:0.000} ms per question on average (process CPU over the loop, all threads)");

        if (!args.Contains("--no-postgres")) await FullText(passages, set);
        return 0;
    }

    /// <summary>Sets the retrieval and confidence parameters from "name=value;…" (the tuning names of this bench).</summary>
    internal static void Tune(string settings)
    {
        foreach (var setting in settings.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = setting.Split('=');
            var v = double.Parse(kv[1], System.Globalization.CultureInfo.InvariantCulture);
            switch (kv[0])
            {
                case "weight": PassageIndex.CoverageWeight = v; break;
                case "cov": Dialogs.Process.ProcessAnswerer.MinCoverage = v; break;
                case "score": Dialogs.Process.ProcessAnswerer.MinScore = v; break;
                case "rank": Dialogs.Process.ProcessAnswerer.MinRank = v; break;
                case "heading": PassageIndex.HeadingBoost = (float)v; break;
                case "light": PassageIndex.LightBoost = (float)v; break;
                case "b": PassageIndex.B = (float)v; break;
                case "k1": PassageIndex.K1 = (float)v; break;
                case "unknown": Dialogs.Process.ProcessAnswerer.MinCoverageWithUnknown = v; break;
                case "def": PassageIndex.DefinitionBoost = v; break;
                case "trait": PassageIndex.TraitBoost = v; break;
                case "askednear": PassageIndex.AskedNearestBoost = v; break;
                case "dup": PassageIndex.DuplicateSimilarity = v; break;
                case "also": Dialogs.Process.ProcessAnswerer.AlsoQuoteRatio = v; break;
                case "cell": PassageIndex.IndicatorCellFactor = v; break;
                case "asked": PassageIndex.AskedBoost = v; break;
                case "askedcov": PassageIndex.AskedCoverage = v != 0; break;
                case "refuse": PassageIndex.NotInTextsMargin = v; break;
                case "sibling": Dialogs.Process.ProcessAnswerer.SiblingRatio = v; break;
                case "near": Dialogs.Process.ProcessAnswerer.NearestAskedQuoted = (int)v; break;
                case "nearshare": Dialogs.Process.ProcessAnswerer.NearestAskedShare = v; break;
                case "anyrefuse": PassageIndex.AnyNotInTextsMargin = v; break;
                case "disagree": Dialogs.Process.ProcessAnswerer.DisagreeRatio = v; break;
                case "disagreenear": Dialogs.Process.ProcessAnswerer.DisagreeNearest = (int)v; break;
                case "askedbest": ProcessRouting.MinRankAskedBefore = v; break;
                case "disagreesection": Dialogs.Process.ProcessAnswerer.DisagreeAcrossSections = v != 0; break;
                default: throw new ArgumentException($"Unknown setting {kv[0]}");
            }
        }
    }

    /// <summary>
    /// Why an answerable question was missed: the quote is in no passage (coverage of the builder) or runs over two
    /// (cut); the question stayed with the criteria (routing); a passage holding it exists but another was quoted
    /// (ranking) or nothing passed the confidence rule (below threshold).
    /// </summary>
    static string MissClass(ProcessQuestion q, PassageIndex index, IReadOnlyList<Passage>? quoted)
    {
        if (!index.Passages.Any(q.QuotedBy))
        {
            var all = ProcessQuestionSet.Comparable(string.Join(" ", index.Passages.Select(p => p.Text)));
            return all.Contains(ProcessQuestionSet.Comparable(q.AnswerQuote), StringComparison.Ordinal) ? "cut across passages" : "answer in no passage";
        }
        if (quoted is not null) return "wrong ranking";
        var route = ProcessRouting.Decide(q.Question, QuestionParser.For("spbe-2024").Parse(q.Question));
        if (route == ProcessRoute.Criteria) return "routing: stayed with the criteria";
        // Not confident: a process question keeps the criteria's answer when the criteria answered something.
        return "below the confidence threshold";
    }

    static string Short(string s, int max = 70) => s.Length <= max ? s : s[..(max - 1)] + "…";

    /// <summary>PostgreSQL full-text search over the same passages: heading weight A, text B, 'indonesian', top hit by ts_rank.</summary>
    static Task FullText(IReadOnlyList<Passage> passages, IReadOnlyList<ProcessQuestion> set) =>
        FullTextComparison.ScratchDatabaseAsync("process-fts", async data =>
        {
            await using (var create = data.CreateCommand("""
                DROP TABLE IF EXISTS bench_passages;
                CREATE TABLE bench_passages (n int PRIMARY KEY, doc tsvector NOT NULL);
                CREATE INDEX ON bench_passages USING gin (doc);
                """))
                await create.ExecuteNonQueryAsync();
            for (var i = 0; i < passages.Count; i++)
            {
                await using var insert = data.CreateCommand("""
                    INSERT INTO bench_passages VALUES ($1, setweight(to_tsvector('indonesian', $2), 'A') || setweight(to_tsvector('indonesian', $3), 'B'))
                    """);
                insert.Parameters.AddWithValue(i);
                insert.Parameters.AddWithValue(string.Join(" ", passages[i].Headings.TakeLast(2)));
                insert.Parameters.AddWithValue(passages[i].Text);
                await insert.ExecuteNonQueryAsync();
            }
            var right = 0; var none = 0;
            foreach (var q in set)
            {
                var hit = await TopHit(data, q.Question);
                if (q.Answerable && hit is int n && q.QuotedBy(passages[n])) right++;
                if (!q.Answerable && hit is null) none++;
            }
            var answerable = set.Count(q => q.Answerable);
            Console.WriteLine("\nPostgreSQL full-text search (indonesian, ts_rank), same passages:");
            Console.WriteLine($"  answerable, top hit contains answer_quote: {QuestionsBench.Pct(right, answerable)} ({right}/{answerable})");
            Console.WriteLine($"  not in texts, no hit: {none}/{set.Count - answerable} (it has no confidence threshold: any shared word is a hit)");
            await FullTextComparison.Latency(set.Select(q => q.Question).ToList(), 30, q => TopHit(data, q));
        });

    static Task<int?> TopHit(NpgsqlDataSource data, string question) => FullTextComparison.TopHit(data, "bench_passages", "n", question);
}
