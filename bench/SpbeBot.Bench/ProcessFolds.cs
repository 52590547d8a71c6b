using SpbeBot.Core.Regulations;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Bench;

/// <summary>
/// Issue 15, asked-questions expansion measured leaving one author out: for each process set under the data folder, the
/// expansion (<see cref="AskedBuilder"/>) is built from every other set, less the validation set, and the set is scored
/// with it (the validation set itself: from every other set). One line per settings string (the bench's
/// SPBEBOT_PROCESS_TUNE syntax, e.g. "asked=0" for no expansion), totals only per set (usable on a validation set).
/// Usage: process-folds &lt;data dir&gt; &lt;validation file name&gt; "&lt;settings&gt;|&lt;settings&gt;…" [--misses FILE]
/// [--asked-without NAME,NAME] [--ranks FILE] (--misses: every tuning set's misses under the last settings, with the top passages; never
/// the validation set's; --asked-without: those sets are still scored but left out of every fold's asked questions, to see
/// what their asked questions change; --ranks FILE: one line per answerable tuning question, where the passage holding the
/// answer ranks in the retrieval alone, never the validation set's).
/// </summary>
static class ProcessFolds
{
    public static Task<int> Run(string[] args)
    {
        if (args.Length < 3 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("Usage: process-folds <data dir> <validation file name> \"<settings>|<settings>...\"");
            return Task.FromResult(2);
        }
        var (directory, validation) = (args[0], args[1]);
        var missesAt = Array.IndexOf(args, "--misses");
        using var misses = missesAt >= 0 && missesAt + 1 < args.Length ? new StreamWriter(args[missesAt + 1]) : null;
        var withoutAt = Array.IndexOf(args, "--asked-without");
        var gatesAt = Array.IndexOf(args, "--gates");
        using var gates = gatesAt >= 0 && gatesAt + 1 < args.Length ? new StreamWriter(args[gatesAt + 1]) : null;
        var ranksAt = Array.IndexOf(args, "--ranks");
        using var ranks = ranksAt >= 0 && ranksAt + 1 < args.Length ? new StreamWriter(args[ranksAt + 1]) : null;
        var featuresAt = Array.IndexOf(args, "--features");
        using var features = featuresAt >= 0 && featuresAt + 1 < args.Length ? new StreamWriter(args[featuresAt + 1]) : null;
        features?.WriteLine(string.Join("\t", FeatureColumns));
        var askedWithout = withoutAt >= 0 && withoutAt + 1 < args.Length ? args[withoutAt + 1].Split(',') : [];
        var passages = PassageFile.Shipped.Passages;
        var files = AskedBuilder.SetFiles(directory, []);
        var sets = files.Select(f => (Name: Path.GetFileName(f), Questions: ProcessQuestionSet.Load(f))).ToList();
        // One index per fold, built once: the settings below change only scoring, not the index.
        var folds = sets.Select(s =>
        {
            var exclude = new HashSet<string>(askedWithout, StringComparer.Ordinal) { s.Name, validation };
            var asked = AskedBuilder.Build(passages, sets.Where(o => !exclude.Contains(o.Name)).Select(o => (o.Name, o.Questions)));
            return new PassageIndex(passages, asked.ById(), asked.NotInTexts);
        }).ToList();
        var defaults = ProcessSweep.Snapshot();
        var all = args[2].Split('|');
        foreach (var settings in all)
        {
            ProcessSweep.Restore(defaults);
            ProcessBench.Tune(settings);
            var line = new List<string>();
            int right = 0, answerable = 0, refused = 0, notIn = 0, wrong = 0, criteria = 0, answers = 0, shown = 0;
            for (var s = 0; s < sets.Count; s++)
            {
                PassageIndex.ReplaceShipped(folds[s]);
                var dump = settings == all[^1] && sets[s].Name != validation ? misses : null;
                _gates = settings == all[^1] && sets[s].Name != validation ? gates : null;
                _ranks = settings == all[^1] && sets[s].Name != validation ? ranks : null;
                _features = settings == all[^1] && sets[s].Name != validation ? features : null;
                _set = sets[s].Name.Split('-')[0];
                dump?.WriteLine($"## {sets[s].Name}");
                var (r, a, f, n) = Score(sets[s].Questions, out var w, out var c, dump);
                var name = sets[s].Name.Split('-')[0];
                line.Add($"{name} {r}/{a} {f}/{n} w{w} c{c}");
                if (sets[s].Name == validation) continue;
                right += r; answerable += a; refused += f; notIn += n; wrong += w; criteria += c;
                answers += _quotedAnswers; shown += _passagesShown;
            }
            PassageIndex.ReplaceShipped(null);
            Console.WriteLine($"[{settings}] tuning {right}/{answerable} ({100.0 * right / answerable:0.0} %) refused {refused}/{notIn}, wrong passage quoted {wrong}, criteria answer without it {criteria}, passages per quoted answer {(double)shown / Math.Max(1, answers):0.00} ({answers} answers) | {string.Join(" | ", line)}");
        }
        return Task.FromResult(0);
    }

    /// <summary>The last <see cref="Score"/>'s answers that quoted passages, and the passages they showed (answerable and not-in-texts questions alike).</summary>
    static int _quotedAnswers, _passagesShown;
    /// <summary>The --gates dump of the set being scored (never the validation set's).</summary>
    static TextWriter? _gates;
    /// <summary>The --ranks dump of the set being scored (never the validation set's).</summary>
    static TextWriter? _ranks;
    /// <summary>The --features dump of the set being scored (never the validation set's), and the set's author.</summary>
    static TextWriter? _features;
    static string _set = "";

    /// <summary>Answered with the passage holding answer_quote (or the table row stated) / answerable; no quote given / not in the texts.</summary>
    internal static (int Right, int Answerable, int Refused, int NotInTexts) Score(IReadOnlyList<ProcessQuestion> questions) => Score(questions, out _, out _);

    /// <param name="wrongPassage">Answerable questions answered with quotes none of which holds answer_quote (the other kind
    /// of wrong quote, next to a not-in-texts question quoted: NotInTexts − Refused).</param>
    /// <param name="criteriaWithout">Answerable questions given an indicator's criteria that do not quote answer_quote.</param>
    internal static (int Right, int Answerable, int Refused, int NotInTexts) Score(IReadOnlyList<ProcessQuestion> questions, out int wrongPassage, out int criteriaWithout, TextWriter? misses = null)
    {
        int r = 0, a = 0, f = 0, n = 0, w = 0, c = 0;
        _quotedAnswers = _passagesShown = 0;
        foreach (var q in questions)
        {
            var answer = CriteriaAnswerer.Answer(q.Question);
            var quoted = answer.Process is { Kind: "process" } ? answer.Process.Quoted : null;
            if (quoted is not null) { _quotedAnswers++; _passagesShown += quoted.Count; }
            if (misses is not null && quoted is not null) Features(misses, q, quoted, answer.Process!.Id!);
            if (_features is not null) QuoteFeatures(_features, q, quoted, answer);
            if (_gates is not null && (quoted is null || !q.Answerable || !quoted.Any(q.QuotedBy))) Why(_gates, q, quoted, answer);
            if (_ranks is not null && q.Answerable) Rank(_ranks, q, quoted, answer);
            if (q.Answerable)
            {
                a++;
                if (quoted is not null ? quoted.Any(q.QuotedBy) : answer.Process is null && answer.Answered && q.AnsweredByCriteriaReply(answer.Reply.Text)) r++;
                else
                {
                    if (quoted is not null) w++;
                    else if (answer.Process is null && answer.Answered) c++;
                    Dump(misses, q, quoted is not null ? "WRONG" : answer.Process is null ? (answer.Answered ? $"criteria {answer.Indicator}{(q.QuotedBy(answer.Reply.Text) ? " holds-quote (a table row it does not state)" : "")}" : "criteria-nf") : "not-found");
                }
            }
            else
            {
                n++;
                if (quoted is null) f++;
                else Dump(misses, q, "NOTIN-QUOTED");
            }
        }
        wrongPassage = w;
        criteriaWithout = c;
        return (r, a, f, n);
    }

    /// <summary>One line per quoted answer: right or wrong, and the first quoted passage's figures (for a second-stage check).</summary>
    static void Features(TextWriter misses, ProcessQuestion q, IReadOnlyList<Passage> quoted, string first)
    {
        var hits = PassageIndex.Shipped.Search(q.Question, 12);
        var top = hits.FirstOrDefault(h => h.Passage.Id == first);
        if (top is null) return;
        var second = hits.FirstOrDefault(h => h != top);
        var outcome = !q.Answerable ? "N" : quoted.Any(q.QuotedBy) ? (q.QuotedBy(quoted[0]) ? "R" : "r") : "W";
        var indexes = quoted.Select(p => PassageIndex.Shipped.Passages.ToList().FindIndex(x => x.Id == p.Id)).ToList();
        var words = PassageIndex.Shipped.Words(q.Question, indexes).Select(w => $"{w.Word}:{w.Weight:0.00}:{(w.Known ? 1 : 0)}{(w.Held ? 1 : 0)}");
        var first1 = PassageIndex.Shipped.Words(q.Question, [top.Index]).Select(w => w.Held ? "1" : "0");
        var near = PassageIndex.Shipped.NearestAsked(q.Question, 5);
        var (saved, savedNearest) = (PassageIndex.AskedBoost, PassageIndex.AskedNearestBoost);
        (PassageIndex.AskedBoost, PassageIndex.AskedNearestBoost) = (0, 0);
        var plain = PassageIndex.Shipped.Search(q.Question, 3).Select(h => h.Index).ToList();
        (PassageIndex.AskedBoost, PassageIndex.AskedNearestBoost) = (saved, savedNearest);
        misses.WriteLine($"G\t{outcome}\t{q.Id}\t{string.Join(" ", words)}\t{string.Join("", first1)}\t{string.Join(",", indexes)}\t{string.Join(",", near.Select(n => $"{n.Passage}:{n.Score:0.0}"))}\t{string.Join(",", plain)}");
        misses.WriteLine($"F\t{outcome}\t{q.Id}\t{top.Rank:0.00}\t{top.Score:0.00}\t{top.AskedScore:0.00}\t{top.Coverage:0.00}\t{PassageIndex.Shipped.OwnCoverage(q.Question, top):0.00}\t{(second is null ? 0 : second.Rank / top.Rank):0.00}\t{quoted.Count}\t{top.Passage.Text.Length}\t{q.Question}");
    }

    static void Dump(TextWriter? misses, ProcessQuestion q, string outcome)
    {
        if (misses is null) return;
        var index = PassageIndex.Shipped;
        misses.WriteLine($"{q.Id} [{outcome}] {q.Question}\n   want: {(q.Answerable ? q.AnswerQuote[..Math.Min(100, q.AnswerQuote.Length)] : "(not in texts)")}");
        var hits = index.Search(q.Question, 20);
        if (outcome == "not-found" || outcome.StartsWith("criteria", StringComparison.Ordinal)) Gates(misses, index, q.Question);
        foreach (var (h, i) in hits.Select((h, i) => (h, i)).Where(x => x.i < 3 || (q.Answerable && q.QuotedBy(x.h.Passage))).Take(4))
            misses.WriteLine($"   {(q.Answerable && q.QuotedBy(h.Passage) ? "✓" : " ")}#{i + 1} {h.Score + h.AskedScore,6:0.0} cov {h.Coverage:0.00} rank {h.Rank,6:0.0} {h.Passage.Id} ({h.Passage.Text.Length} ch; bm25 {h.Score:0.0} asked {h.AskedScore:0.0} boost {h.Boost:0.00})");
    }

    /// <summary>The route and the quoted candidates of a question, and those that answer what it asks (a fact, a bound, a
    /// headcount, an existence) — the same filter the answerer applies, for both diagnostic dumps.</summary>
    static (ProcessRoute Route, IReadOnlyList<PassageIndex.Hit> Hits, IReadOnlyList<HashSet<string>> Asked, bool Bound, bool Headcount, HashSet<string>? Exists, IReadOnlyList<PassageIndex.Hit> Answering)
        Candidates(PassageIndex index, string question)
    {
        var u = Core.Questions.QuestionParser.For("spbe-2024").Parse(question);
        var route = ProcessRouting.Decide(question, u);
        var hits = index.Search(question, ProcessRouting.QuotedCandidates);
        var asked = index.AskedFact(question);
        var bound = PassageIndex.AsksBound(question);
        var headcount = PassageIndex.AsksHeadcount(question);
        var exists = index.AskedExistence(question);
        var inText = exists is null ? null : ProcessVocabulary.NamedSource(Core.Questions.TextNormalizer.Tokenize(question));
        var answering = asked.Count == 0 && !bound && !headcount && exists is null ? hits
            : hits.Where(h => index.HoldsAskedFact(h, asked) && (!bound || PassageIndex.StatesBound(h)) && (!headcount || index.StatesHeadcountOf(h, question))
                              && (exists is null || (index.Holds(h, exists) && (inText is null || h.Passage.Source == inText)))).ToList();
        return (route, hits, asked, bound, headcount, exists, answering);
    }

    /// <summary>
    /// One tab-separated line for a question not answered right from the passages (refused, quoted wrong, a criteria answer,
    /// a not-in-texts question quoted): the outcome, the first gate that stopped the best candidate, and the best candidate's
    /// figures — what a calibrated confidence could separate (ids and numbers, no question text).
    /// </summary>
    static void Why(TextWriter w, ProcessQuestion q, IReadOnlyList<Passage>? quoted, CriteriaAnswer answer)
    {
        var index = PassageIndex.Shipped;
        var question = q.Question;
        var (route, hits, asked, bound, headcount, exists, answering) = Candidates(index, question);
        var top = answering.FirstOrDefault();
        var tokens = Core.Questions.TextNormalizer.Tokenize(question);
        var unknown = index.UnknownWords(question);
        string gate;
        if (route == ProcessRoute.Criteria) gate = "route-criteria";
        else if (hits.Count == 0) gate = "no-hits";
        else if (top is null) gate = "filter";
        else if (top.Coverage < Dialogs.Process.ProcessAnswerer.MinCoverage) gate = "cov";
        else if (!(top.Score + top.AskedScore >= Dialogs.Process.ProcessAnswerer.MinScore || top.DefinesAskedTerm)) gate = "score";
        else if (top.Rank < Dialogs.Process.ProcessAnswerer.MinRank) gate = "rank";
        else if (!Dialogs.Process.ProcessAnswerer.Confident(top, index, question))
        {
            IReadOnlyList<string> figures = EvaluationCues.AsksEvidenceAge(tokens) ? [] : ProcessRouting.Figures(tokens);
            gate = figures.Count > 0 ? "figures" : ProcessVocabulary.AsksForSpecifics(tokens) && top.Coverage < Dialogs.Process.ProcessAnswerer.MinCoverageSpecific ? "specifics"
                : index.NearestAskedIsNotInTexts(question) ? "nearest-notin" : "unknown";
        }
        else gate = quoted is null ? "disagree" : "quoted";
        var outcome = quoted is not null ? (q.Answerable ? "WRONG" : "NOTIN-QUOTED") : answer.Process is null ? (answer.Answered ? "criteria" : "criteria-nf") : "not-found";
        var rightAt = q.Answerable ? answering.ToList().FindIndex(h => q.QuotedBy(h.Passage)) : -2;
        var near = index.NearestAsked(question, 2);
        var nearPassages = index.NearestAskedPassages(question, 3);
        var (_, answerable, notIn, _) = index.AskedNeighbours(index.QueryTerms(question));
        var second = answering.Count > 1 && top is not null ? answering[1].Rank / top.Rank : 0;
        w.WriteLine(string.Join("\t", q.Id, q.Answerable ? "A" : "N", outcome, gate, route, rightAt,
            top is null ? "-" : top.Passage.Id, $"{top?.Rank ?? 0:0.00}", $"{top?.Score ?? 0:0.00}", $"{top?.AskedScore ?? 0:0.00}", $"{top?.Coverage ?? 0:0.000}",
            top is null ? "0" : $"{index.OwnCoverage(question, top):0.000}", $"{second:0.000}", unknown.Count,
            near.Count > 0 ? $"{near[0].Score:0.00}" : "0", near.Count > 0 && top is not null && near[0].Passage == top.Index ? 1 : 0,
            near.Count > 1 && top is not null && near[1].Passage == top.Index ? 1 : 0,
            nearPassages.Count > 0 && top is not null && nearPassages.Contains(top.Index) ? 1 : 0,
            $"{notIn:0.00}", $"{answerable:0.00}", index.QueryTerms(question).Count, $"{SelfScore(index, question):0.00}",
            string.Join(" ", unknown)));
    }

    /// <summary>
    /// One tab-separated line per answerable question (ids and numbers, no question text): the outcome, the route, where the
    /// passage holding the answer ranks in the retrieval alone (<see cref="PassageIndex.Search"/>, 1 = first, 0 = not among
    /// the first 40, -1 = no passage holds the quote), the first passage and the right one, the question's words no text
    /// uses, whether the first passage is a chunk of the right one's section, and whether the right one is an indicator cell.
    /// </summary>
    static void Rank(TextWriter w, ProcessQuestion q, IReadOnlyList<Passage>? quoted, CriteriaAnswer answer)
    {
        var index = PassageIndex.Shipped;
        var u = Core.Questions.QuestionParser.For("spbe-2024").Parse(q.Question);
        var route = ProcessRouting.Decide(q.Question, u);
        var hits = index.Search(q.Question, 40);
        var at = hits.ToList().FindIndex(h => q.QuotedBy(h.Passage));
        var right = index.Passages.FirstOrDefault(q.QuotedBy);
        var rank = right is null ? -1 : at + 1;
        var outcome = quoted is not null ? (quoted.Any(q.QuotedBy) ? "right" : "WRONG") : answer.Process is null
            ? (answer.Answered ? (q.AnsweredByCriteriaReply(answer.Reply.Text) ? "right-criteria" : "criteria") : "criteria-nf") : "not-found";
        var top = hits.FirstOrDefault()?.Passage.Id ?? "-";
        static string Section(string id) => id.Split('#')[0];
        var neighbour = right is not null && top != "-" && top != right.Id && Section(top) == Section(right.Id) ? 1 : 0;
        w.WriteLine(string.Join("\t", q.Id, outcome, route, rank, top, right?.Id ?? "-", index.UnknownWords(q.Question).Count, neighbour,
            right is not null && right.Id.Contains("/indikator-", StringComparison.Ordinal) ? 1 : 0,
            hits.Count > 0 && at >= 0 ? $"{hits[at].Rank / hits[0].Rank:0.000}" : "0"));
    }

    static readonly string[] FeatureColumns =
    [
        "set", "id", "kind", "outcome", "route", "top", "rank", "score", "asked", "cov", "own", "second", "secondSameSection", "secondDup",
        "unknown", "unknownShare", "uncoveredKnown", "terms", "nearScore", "near0Top", "nearTopShare5", "nearPassagesTop", "nearAnswerable",
        "nearRefused", "nearAnyRefused", "nearestAnswerableTop", "plainTopAt", "wanted", "topTraits", "definition", "passageLength", "quotedCount",
    ];

    /// <summary>
    /// One line per question (any outcome) with the best answering candidate's figures, for a gate on quoting measured
    /// leaving authors out: ids and numbers, no question text.
    /// </summary>
    static void QuoteFeatures(TextWriter w, ProcessQuestion q, IReadOnlyList<Passage>? quoted, CriteriaAnswer answer)
    {
        var index = PassageIndex.Shipped;
        var question = q.Question;
        var (route, hits, asked, bound, headcount, exists, answering) = Candidates(index, question);
        var top = answering.FirstOrDefault();
        var outcome = quoted is not null ? (!q.Answerable ? "NOTIN-QUOTED" : quoted.Any(q.QuotedBy) ? "RIGHT" : "WRONG")
            : answer.Process is null ? (answer.Answered ? (q.Answerable && q.AnsweredByCriteriaReply(answer.Reply.Text) ? "criteria-right" : "criteria") : "criteria-nf") : "not-found";
        if (top is null)
        {
            w.WriteLine(string.Join("\t", _set, q.Id, q.Answerable ? "A" : "N", outcome, route, "-"));
            return;
        }
        var words = index.Words(question, [top.Index]);
        var total = Math.Max(1e-9, words.Sum(x => x.Weight));
        var unknownShare = words.Where(x => !x.Known).Sum(x => x.Weight) / total;
        var uncoveredKnown = words.Where(x => x.Known && !x.Held).Sum(x => x.Weight) / total;
        var terms = index.QueryTerms(question);
        var neighbours = index.AskedNeighbours(terms);
        var near = index.NearestAsked(question, 5);
        var nearTop = near.Count == 0 ? 0 : near.Where(n => n.Passage == top.Index).Sum(n => n.Score) / near.Sum(n => n.Score);
        var nearPassages = index.NearestAskedPassages(question, 3);
        var (saved, savedNearest) = (PassageIndex.AskedBoost, PassageIndex.AskedNearestBoost);
        (PassageIndex.AskedBoost, PassageIndex.AskedNearestBoost) = (0, 0);
        var plain = index.Search(question, 12).Select(h => h.Index).ToList();
        (PassageIndex.AskedBoost, PassageIndex.AskedNearestBoost) = (saved, savedNearest);
        var wants = PassageIndex.AsksFor(ProcessVocabulary.Tokens(question));
        var second = answering.Count > 1 ? answering[1] : null;
        w.WriteLine(string.Join("\t", _set, q.Id, q.Answerable ? "A" : "N", outcome, route, top.Passage.Id,
            F(top.Rank), F(top.Score), F(top.AskedScore), F(top.Coverage), F(index.OwnCoverage(question, top)),
            F(second is null ? 0 : second.Rank / top.Rank), second is not null && second.Passage.Id.Split('#')[0] == top.Passage.Id.Split('#')[0] ? 1 : 0,
            second is not null && index.NearDuplicates(top.Index, second.Index) ? 1 : 0,
            index.UnknownWords(question).Count, F(unknownShare), F(uncoveredKnown), terms.Count,
            F(near.Count > 0 ? near[0].Score : 0), near.Count > 0 && near[0].Passage == top.Index ? 1 : 0, F(nearTop),
            nearPassages.Contains(top.Index) ? 1 : 0, F(neighbours.Answerable), F(neighbours.Refused), F(neighbours.AnyRefused),
            near.Count > 0 && near[0].Passage == top.Index ? 1 : 0, // the nearest answerable asked question's passage (NearestAsked: the same ties)
            plain.IndexOf(top.Index), (int)wants.Wanted, (int)PassageIndex.TraitsOf(top.Passage.Text), wants.Definition ? 1 : 0, top.Passage.Text.Length,
            quoted?.Count ?? 0));
    }

    static string F(double x) => x.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Why a question was not answered from the passages: its route and the first gate that stopped the best candidate.</summary>
    static void Gates(TextWriter misses, PassageIndex index, string question)
    {
        var u = Core.Questions.QuestionParser.For("spbe-2024").Parse(question);
        var fact = index.AskedFact(question);
        var top = index.Search(question, 12).FirstOrDefault(h => index.HoldsAskedFact(h, fact));
        var gate = top is null ? "no candidate holds the asked fact"
            : !Dialogs.Process.ProcessAnswerer.Confident(top) ? $"score/coverage (cov {top.Coverage:0.00} rank {top.Rank:0.0})"
            : !Dialogs.Process.ProcessAnswerer.Confident(top, index, question) ? (index.NearestAskedIsNotInTexts(question) ? "nearest asked not in texts" : "figures/specifics/unknown")
            : "near tie (disagree) or bound/existence";
        misses.WriteLine($"   route {ProcessRouting.Decide(question, u)} kind {u.Kind} {u.Reason}; fact [{string.Join(" | ", fact.Select(f => string.Join(",", f)))}]; unknown [{string.Join(" ", index.UnknownWords(question))}]; gate: {gate}");
    }

    /// <summary>The sum over the question's terms of the nearest asked question's score for that term alone (what a question asked again word for word would score, roughly).</summary>
    static double SelfScore(PassageIndex index, string question) =>
        index.QueryTerms(question).Sum(t => index.AskedNeighbours([t]) is var n ? Math.Max(n.Answerable, n.AnyRefused) : 0);
}
