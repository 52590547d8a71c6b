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
                    criteriaRow = q.Answerable && answer.Process is null && answer.Answered && q.StatedAsTableRowBy(answer.Reply.Text),
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
