using SpbeBot.Core.Questions;
using SpbeBot.Core.Regulations;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Bench;

/// <summary>
/// <c>routing &lt;set.tsv&gt; […] [--totals-only]</c>: which side answers each question, through the same entry point as the
/// chat (<see cref="CriteriaAnswerer.Answer(string?, string, Dialogs.Common.Language?)"/>). An indicator set (columns
/// question, indicator, level, kind) is on the wrong side when the passages answer (a quote, or the passages' "not
/// found"); a process set (columns id, question, source, answer_quote) when an answerable question gets a criteria answer
/// or only a "not found", and when a question whose answer is not in the texts gets a criteria answer instead of a refusal.
/// </summary>
static class RoutingBench
{
    public static Task<int> Run(string[] args)
    {
        var totalsOnly = args.Contains("--totals-only");
        var files = args.Where(a => a.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase)).ToList();
        if (files.Count == 0 || files.Any(f => !File.Exists(f)))
        {
            Console.Error.WriteLine("Usage: routing <set.tsv> [more.tsv …] [--totals-only]");
            return Task.FromResult(2);
        }
        foreach (var file in files)
        {
            var header = File.ReadLines(file).FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#')) ?? "";
            if (header.Split('\t').Any(c => c.Trim() == "answer_quote")) Process(file, totalsOnly);
            else Indicator(file, totalsOnly);
        }
        return Task.FromResult(0);
    }

    static void Indicator(string file, bool totalsOnly)
    {
        var set = QuestionSet.Load(file);
        var wrong = new List<string>();
        var right = 0;
        foreach (var q in set)
        {
            var a = CriteriaAnswerer.Answer(q.Question, evaluationYear: QuestionsBench.SetsEvaluationYear);
            var parse = QuestionParser.For("spbe-2024").Parse(q.Question, QuestionsBench.SetsEvaluationYear);
            if (a.Process is null) { if (q.IsCorrect(parse)) right++; continue; }
            wrong.Add($"  - {q.Id ?? "line " + q.Line} \"{Short(q.Question)}\" (expected ind {q.Indicator} lvl {q.Level}, {q.Kind}): {a.Process.Kind} {a.Process.Id}");
        }
        Console.WriteLine($"\n{Path.GetFileName(file)} (indicator set, {set.Count}): criteria side and right {right}/{set.Count} ({QuestionsBench.Pct(right, set.Count)}); wrong side (passages answered) {wrong.Count}");
        if (!totalsOnly) foreach (var w in wrong) Console.WriteLine(w);
    }

    static void Process(string file, bool totalsOnly)
    {
        var set = ProcessQuestionSet.Load(file);
        var rows = new List<string>();
        int right = 0, criteria = 0, refused = 0, wrongQuote = 0, outRefused = 0, outCriteria = 0, outQuoted = 0;
        foreach (var q in set)
        {
            var a = CriteriaAnswerer.Answer(q.Question);
            var quoted = a.Process is { Kind: "process" } ? a.Process.Quoted : null;
            if (q.Answerable)
            {
                if (quoted is not null && quoted.Any(q.QuotedBy)) { right++; continue; }
                if (quoted is null && a.Process is null && a.Answered && q.AnsweredByCriteriaReply(a.Reply.Text)) { right++; continue; }
                var what = quoted is not null ? "wrong quote " + quoted[0].Id
                    : a.Process is null && a.Answered ? $"criteria answer (ind {a.Indicator})"
                    : "not found";
                if (what.StartsWith("wrong", StringComparison.Ordinal)) wrongQuote++;
                else if (what.StartsWith("criteria", StringComparison.Ordinal)) criteria++;
                else refused++;
                if (!what.StartsWith("wrong", StringComparison.Ordinal)) rows.Add($"  - {q.Id} \"{Short(q.Question)}\": {what} (route {ProcessRouting.Decide(q.Question, QuestionParser.For("spbe-2024").Parse(q.Question))})");
            }
            else if (quoted is not null) outQuoted++;
            else if (a.Process is null && a.Answered) { outCriteria++; rows.Add($"  - {q.Id} \"{Short(q.Question)}\": not in texts, criteria answer (ind {a.Indicator})"); }
            else outRefused++;
        }
        var answerable = set.Count(q => q.Answerable);
        Console.WriteLine($"\n{Path.GetFileName(file)} (process set, {answerable} answerable + {set.Count - answerable} not in texts): quoted right {right}/{answerable} ({QuestionsBench.Pct(right, Math.Max(1, answerable))}); "
            + $"wrong side: criteria answer {criteria}, not found {refused}; wrong quote {wrongQuote}. Not in texts: refused {outRefused}, criteria answer {outCriteria}, quoted {outQuoted}");
        if (!totalsOnly) foreach (var r in rows) Console.WriteLine(r);
    }

    static string Short(string s) => s.Length <= 90 ? s : s[..89] + "…";
}
