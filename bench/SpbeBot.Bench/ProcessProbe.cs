using SpbeBot.Core.Regulations;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Bench;

/// <summary>
/// Tuning aid (issue 15): answers one's own probe questions with the asked questions of every process set under the data
/// folder less the validation set and the sets named, as a fold would (process-folds), and prints what was quoted or the
/// nearest sections, with the top passages. Usage: process-probe &lt;data dir&gt; &lt;validation file name&gt;
/// &lt;excluded file names, comma-separated or -&gt; "&lt;question&gt;"…
/// </summary>
static class ProcessProbe
{
    public static Task<int> Run(string[] args)
    {
        if (args.Length < 4 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("Usage: process-probe <data dir> <validation file name> <excluded,...|-> \"<question>\"...");
            return Task.FromResult(2);
        }
        var exclude = args[2].Split(',', StringSplitOptions.RemoveEmptyEntries).Where(e => e != "-").Append(args[1]);
        var passages = PassageFile.Shipped.Passages;
        var asked = AskedBuilder.Build(passages, args[0], exclude);
        var index = new PassageIndex(passages, asked.ById(), asked.NotInTexts);
        PassageIndex.ReplaceShipped(index);
        ProcessBench.Tune(Environment.GetEnvironmentVariable("SPBEBOT_PROCESS_TUNE") ?? "");
        foreach (var question in args.Skip(3))
        {
            var answer = CriteriaAnswerer.Answer(question);
            var p = answer.Process;
            var what = p is null ? $"criteria {(answer.Answered ? "answer ind " + answer.Indicator : "not found")}"
                : p.Kind == "process" ? "quoted " + string.Join(", ", p.Quoted.Select(x => x.Id)) : "not found, nearest " + string.Join(", ", p.Suggestions);
            var u = SpbeBot.Core.Questions.QuestionParser.For("spbe-2024").Parse(question);
            Console.WriteLine($"{question}\n  → {what}; route {ProcessRouting.Decide(question, u)}, kind {u.Kind} {u.Reason} ind {u.Indicator}; unknown [{string.Join(" ", index.UnknownWords(question))}]; nearest asked not-in-texts {index.NearestAskedIsNotInTexts(question)}");
            var fact = index.AskedFact(question);
            var top = index.Search(question, 12).FirstOrDefault(h => index.HoldsAskedFact(h, fact));
            Console.WriteLine($"  gates: fact [{string.Join(" | ", fact.Select(f => string.Join(",", f)))}] bound {PassageIndex.AsksBound(question)} exists {index.AskedExistence(question) is not null}; "
                + $"first holding the fact {top?.Passage.Id ?? "none"}: confident(hit) {(top is null ? "-" : Dialogs.Process.ProcessAnswerer.Confident(top).ToString())}, "
                + $"confident(full) {(top is null ? "-" : Dialogs.Process.ProcessAnswerer.Confident(top, index, question).ToString())}, specifics {ProcessVocabulary.AsksForSpecifics(SpbeBot.Core.Questions.TextNormalizer.Tokenize(question))}");
            if (Environment.GetEnvironmentVariable("SPBEBOT_PROBE_REPLY") is "1") Console.WriteLine(answer.Reply.Text);
            Console.WriteLine("  nearest asked: " + string.Join(", ", index.NearestAsked(question, 60).DistinctBy(n => n.Passage).Take(6).Select(n => $"{index.Passages[n.Passage].Id} {n.Score:0.0}")));
            foreach (var h in index.Search(question, 5))
                Console.WriteLine($"    {h.Passage.Id} bm25 {h.Score:0.0}+{h.AskedScore:0.0} cov {h.Coverage:0.00} boost {h.Boost:0.00} rank {h.Rank:0.0}{(h.DefinesAskedTerm ? " defines" : "")}");
        }
        PassageIndex.ReplaceShipped(null);
        return Task.FromResult(0);
    }
}
