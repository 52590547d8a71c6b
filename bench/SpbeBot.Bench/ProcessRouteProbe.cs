using SpbeBot.Core.Questions;
using SpbeBot.Core.Regulations;
using SpbeBot.Dialogs.Criteria;
using SpbeBot.Dialogs.Process;

namespace SpbeBot.Bench;

/// <summary>
/// Tuning aid (issue 15): every question the routing keeps with the criteria, answered as if it went to the passages first
/// (<see cref="ProcessRoute.Process"/>), with the features a routing rule could use. Process sets are scored in folds as
/// process-folds does (each with the others' asked questions, less the validation set); indicator sets with every tuning
/// process set's asked questions. One line per question the passages would quote.
/// Usage: process-route-probe &lt;process data dir&gt; &lt;validation file name&gt; &lt;indicator set&gt;…
/// </summary>
static class ProcessRouteProbe
{
    public static Task<int> Run(string[] args)
    {
        if (args.Length < 2 || !Directory.Exists(args[0])) { Console.Error.WriteLine("Usage: process-route-probe <data dir> <validation file name> <indicator set>..."); return Task.FromResult(2); }
        var (directory, validation) = (args[0], args[1]);
        var passages = PassageFile.Shipped.Passages;
        var sets = AskedBuilder.SetFiles(directory, []).Select(f => (Name: Path.GetFileName(f), Questions: ProcessQuestionSet.Load(f))).Where(s => s.Name != validation).ToList();
        foreach (var set in sets)
        {
            var asked = AskedBuilder.Build(passages, sets.Where(o => o.Name != set.Name).Select(o => (o.Name, o.Questions)));
            PassageIndex.ReplaceShipped(new PassageIndex(passages, asked.ById(), asked.NotInTexts));
            foreach (var q in set.Questions)
                Probe("P", q.Id, q.Question, answered => !q.Answerable ? "N" : answered.Any(q.QuotedBy) ? "R" : "W");
        }
        var all = AskedBuilder.Build(passages, sets.Select(o => (o.Name, o.Questions)));
        PassageIndex.ReplaceShipped(new PassageIndex(passages, all.ById(), all.NotInTexts));
        foreach (var file in args.Skip(2))
            foreach (var q in QuestionSet.Load(file))
                Probe("I", $"{Path.GetFileName(file).Split('-')[0]}:{q.Line}:{q.Indicator}", q.Question, _ => "X");
        PassageIndex.ReplaceShipped(null);
        return Task.FromResult(0);
    }

    static void Probe(string kind, string id, string question, Func<IReadOnlyList<Passage>, string> outcome)
    {
        var u = QuestionParser.For("spbe-2024").Parse(question);
        if (ProcessRouting.Decide(question, u) != ProcessRoute.Criteria) return;
        var answer = ProcessAnswerer.TryAnswer(question, u, u.English, "spbe-2024", ProcessRoute.Process);
        if (answer?.Process is not { Kind: "process" } p) return;
        var index = PassageIndex.Shipped;
        var top = index.Search(question, 12).First(h => h.Passage.Id == p.Quoted[0].Id);
        var near = index.NearestAsked(question, 1);
        var nearScore = near.Count > 0 ? near[0].Score : 0;
        var nearTop = near.Count > 0 && near[0].Passage == top.Index;
        var tokens = TextNormalizer.Tokenize(question);
        var numbers = NumberReader.Read(ProcessRouting.WithoutRegulationNumbers(tokens));
        Console.WriteLine($"{kind}\t{outcome(p.Quoted)}\t{id}\t{u.Kind}\t{u.Indicator}\t{(u.ChosenByModel ? 1 : 0)}\t{numbers.Indicators.Count}\t{numbers.Levels.Count}\t{(ProcessAsks.HasCue(tokens) ? 1 : 0)}\t{top.Rank:0.0}\t{top.Coverage:0.00}\t{top.AskedScore:0.0}\t{nearScore:0.00}\t{(nearTop ? 1 : 0)}\t{top.Passage.Id}\t{question}");
    }
}
