using System.Text.Json;
using SpbeBot.Core.Questions;
using SpbeBot.Core.Regulations;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Bench;

/// <summary>
/// Tuning aid (issue 15): one JSON line per question of the given sets with what the confidence rule and the ranking
/// look at (route, the criteria's understanding, the top candidates with BM25, coverage, boosts and whether each holds
/// answer_quote), so that rules can be compared offline across sets. Usage: process-dump &lt;out.jsonl&gt; &lt;set.tsv&gt;…
/// Never run it on a set held out for validation.
/// </summary>
static class ProcessDump
{
    public static Task<int> Run(string[] args)
    {
        if (args.Length < 2) { Console.Error.WriteLine("Usage: process-dump <out.jsonl> <set.tsv>..."); return Task.FromResult(2); }
        var index = PassageIndex.Shipped;
        using var output = new StreamWriter(args[0]);
        foreach (var path in args.Skip(1))
            foreach (var q in ProcessQuestionSet.Load(path))
            {
                var understanding = QuestionParser.For("spbe-2024").Parse(q.Question);
                var route = ProcessRouting.Decide(q.Question, understanding);
                var answer = CriteriaAnswerer.Answer(q.Question);
                var hits = index.Search(q.Question, 20);
                var tokens = TextNormalizer.Tokenize(q.Question);
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    set = Path.GetFileNameWithoutExtension(path), q.Id, q.Question, q.Answerable, route = route.ToString(),
                    kind = understanding.Kind.ToString(), reason = understanding.Reason.ToString(),
                    criteriaRow = q.Answerable && answer.Process is null && answer.Answered && q.AnsweredByCriteriaReply(answer.Reply.Text),
                    criteriaAnswered = answer.Process is null && answer.Answered,
                    holderExists = q.Answerable && index.Passages.Any(q.QuotedBy),
                    unknown = index.UnknownWords(q.Question).Count,
                    figures = ProcessRouting.Figures(tokens).Count,
                    specifics = ProcessVocabulary.AsksForSpecifics(tokens),
                    hits = hits.Select(h => new
                    {
                        id = h.Passage.Id, score = h.Score, cov = h.Coverage, boost = h.Boost, rank = h.Rank, def = h.DefinesAskedTerm,
                        holds = q.Answerable && q.QuotedBy(h.Passage), dup = hits.Count > 0 && index.NearDuplicates(hits[0].Index, h.Index),
                    }),
                }));
            }
        return Task.FromResult(0);
    }
}

/// <summary>
/// Tuning aid (issue 15): the totals of the process bench (answered with the passage holding answer_quote; not-in-texts
/// questions given no quote) for several settings in one process, per set. Usage:
/// process-sweep "&lt;settings&gt;|&lt;settings&gt;…" &lt;set.tsv&gt;… where each settings string is the bench's
/// SPBEBOT_PROCESS_TUNE syntax, applied on top of the shipped defaults. Prints totals only (usable on a validation set).
/// </summary>
static class ProcessSweep
{
    public static Task<int> Run(string[] args)
    {
        if (args.Length < 2) { Console.Error.WriteLine("Usage: process-sweep \"<settings>|<settings>...\" <set.tsv>..."); return Task.FromResult(2); }
        var sets = args.Skip(1).Select(p => (Name: Path.GetFileNameWithoutExtension(p), Questions: ProcessQuestionSet.Load(p))).ToList();
        var defaults = Snapshot();
        foreach (var settings in args[0].Split('|'))
        {
            Restore(defaults);
            ProcessBench.Tune(settings);
            var line = new List<string>();
            int right = 0, answerable = 0, refused = 0, notIn = 0;
            foreach (var (name, questions) in sets)
            {
                var (r, a, f, n) = ProcessFolds.Score(questions);
                line.Add($"{name} {r}/{a} {f}/{n}");
                right += r; answerable += a; refused += f; notIn += n;
            }
            Console.WriteLine($"[{settings}] total {right}/{answerable} ({100.0 * right / answerable:0.0} %) refused {refused}/{notIn} | {string.Join(" | ", line)}");
        }
        return Task.FromResult(0);
    }

    internal static double[] Snapshot() =>
    [
        PassageIndex.CoverageWeight, Dialogs.Process.ProcessAnswerer.MinCoverage, Dialogs.Process.ProcessAnswerer.MinScore, Dialogs.Process.ProcessAnswerer.MinRank,
        PassageIndex.HeadingBoost, PassageIndex.LightBoost, PassageIndex.B, PassageIndex.K1, Dialogs.Process.ProcessAnswerer.MinCoverageWithUnknown,
        PassageIndex.DefinitionBoost, PassageIndex.TraitBoost, PassageIndex.DuplicateSimilarity, Dialogs.Process.ProcessAnswerer.AlsoQuoteRatio, PassageIndex.IndicatorCellFactor,
        PassageIndex.AskedBoost, PassageIndex.AskedCoverage ? 1 : 0, PassageIndex.NotInTextsMargin, Dialogs.Process.ProcessAnswerer.SiblingRatio,
        Dialogs.Process.ProcessAnswerer.NearestAskedQuoted, Dialogs.Process.ProcessAnswerer.DisagreeRatio, Dialogs.Process.ProcessAnswerer.DisagreeNearest,
        Dialogs.Process.ProcessAnswerer.DisagreeAcrossSections ? 1 : 0, ProcessRouting.MinRankAskedBefore, PassageIndex.AskedNearestBoost,
        Dialogs.Process.ProcessAnswerer.NearestAskedShare, PassageIndex.AnyNotInTextsMargin,
    ];

    internal static void Restore(double[] v) => ProcessBench.Tune(FormattableString.Invariant(
        $"weight={v[0]};cov={v[1]};score={v[2]};rank={v[3]};heading={v[4]};light={v[5]};b={v[6]};k1={v[7]};unknown={v[8]};def={v[9]};trait={v[10]};dup={v[11]};also={v[12]};cell={v[13]};asked={v[14]};askedcov={v[15]};refuse={v[16]};sibling={v[17]};near={v[18]};disagree={v[19]};disagreenear={v[20]};disagreesection={v[21]};askedbest={v[22]};askednear={v[23]};nearshare={v[24]};anyrefuse={v[25]}"));
}
