using SpbeBot.Core.Regulations;

namespace SpbeBot.Bench;

/// <summary>
/// Issue 15: does the best passage of a search for the answerer's candidates (<see cref="ProcessRouting.QuotedCandidates"/>)
/// ever differ from the best of a search for one? The pool re-ranked grows with the number asked for, so it can. For every
/// process question of the tuning sets under the data folder (less the validation set, never read), each with its fold's
/// index as process-folds builds it, and again with the shipped index: the count that differ, and those questions.
/// Usage: process-top-probe &lt;data dir&gt; &lt;validation file name&gt;
/// </summary>
static class ProcessTopProbe
{
    public static Task<int> Run(string[] args)
    {
        if (args.Length < 2 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("Usage: process-top-probe <data dir> <validation file name>");
            return Task.FromResult(2);
        }
        var (directory, validation) = (args[0], args[1]);
        var passages = PassageFile.Shipped.Passages;
        var sets = AskedBuilder.SetFiles(directory, []).Select(f => (Name: Path.GetFileName(f), Questions: ProcessQuestionSet.Load(f))).ToList();
        var shipped = PassageIndex.Shipped;
        int questions = 0, differFold = 0, differShipped = 0, aboveFold = 0;
        foreach (var set in sets.Where(s => s.Name != validation))
        {
            var exclude = new HashSet<string>(StringComparer.Ordinal) { set.Name, validation };
            var asked = AskedBuilder.Build(passages, sets.Where(o => !exclude.Contains(o.Name)).Select(o => (o.Name, o.Questions)));
            var fold = new PassageIndex(passages, asked.ById(), asked.NotInTexts);
            foreach (var q in set.Questions)
            {
                questions++;
                foreach (var (index, label) in new[] { (fold, "fold"), (shipped, "shipped") })
                {
                    var one = index.Search(q.Question, 1).FirstOrDefault();
                    var many = index.Search(q.Question, ProcessRouting.QuotedCandidates).FirstOrDefault();
                    if (one?.Index == many?.Index) continue;
                    if (label == "fold") differFold++; else differShipped++;
                    var high = Math.Max(one?.Rank ?? 0, many?.Rank ?? 0) >= ProcessRouting.MinRankAskedBefore;
                    if (label == "fold" && high) aboveFold++;
                    Console.WriteLine($"{label}\t{q.Id}\t1: {one?.Passage.Id} {one?.Rank:0.0}\t{ProcessRouting.QuotedCandidates}: {many?.Passage.Id} {many?.Rank:0.0}\t{q.Question}");
                }
            }
        }
        Console.WriteLine($"process questions {questions} ({sets.Count(s => s.Name != validation)} tuning sets): best passage differs {differFold} in the folds ({aboveFold} with a rank >= {ProcessRouting.MinRankAskedBefore}), {differShipped} with the shipped index");
        return Task.FromResult(0);
    }
}
