using SpbeBot.Core.Regulations;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Bench;

/// <summary>
/// Issue 15, asked-questions expansion measured leaving one author out: for each process set under the data folder, the
/// expansion (<see cref="AskedBuilder"/>) is built from every other set, less the validation set, and the set is scored
/// with it (the validation set itself: from every other set). One line per settings string (the bench's
/// SPBEBOT_PROCESS_TUNE syntax, e.g. "asked=0" for no expansion), totals only per set (usable on a validation set).
/// Usage: process-folds &lt;data dir&gt; &lt;validation file name&gt; "&lt;settings&gt;|&lt;settings&gt;…"
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
        var passages = PassageFile.Shipped.Passages;
        var files = AskedBuilder.SetFiles(directory, []);
        var sets = files.Select(f => (Name: Path.GetFileName(f), Questions: ProcessQuestionSet.Load(f))).ToList();
        // One index per fold, built once: the settings below change only scoring, not the index.
        var folds = sets.Select(s =>
        {
            var exclude = new HashSet<string>(StringComparer.Ordinal) { s.Name, validation };
            var asked = AskedBuilder.Build(passages, sets.Where(o => !exclude.Contains(o.Name)).Select(o => (o.Name, o.Questions)));
            return new PassageIndex(passages, asked.ById(), asked.NotInTexts);
        }).ToList();
        var defaults = ProcessSweep.Snapshot();
        foreach (var settings in args[2].Split('|'))
        {
            ProcessSweep.Restore(defaults);
            ProcessBench.Tune(settings);
            var line = new List<string>();
            int right = 0, answerable = 0, refused = 0, notIn = 0, wrong = 0;
            for (var s = 0; s < sets.Count; s++)
            {
                PassageIndex.ReplaceShipped(folds[s]);
                var (r, a, f, n) = Score(sets[s].Questions, out var w);
                var name = sets[s].Name.Split('-')[0];
                line.Add($"{name} {r}/{a} {f}/{n} w{w}");
                if (sets[s].Name == validation) continue;
                right += r; answerable += a; refused += f; notIn += n; wrong += w;
            }
            PassageIndex.ReplaceShipped(null);
            Console.WriteLine($"[{settings}] tuning {right}/{answerable} ({100.0 * right / answerable:0.0} %) refused {refused}/{notIn}, wrong passage quoted {wrong} | {string.Join(" | ", line)}");
        }
        return Task.FromResult(0);
    }

    /// <summary>Answered with the passage holding answer_quote (or the table row stated) / answerable; no quote given / not in the texts.</summary>
    internal static (int Right, int Answerable, int Refused, int NotInTexts) Score(IReadOnlyList<ProcessQuestion> questions) => Score(questions, out _);

    /// <param name="wrongPassage">Answerable questions answered with quotes none of which holds answer_quote (the other kind
    /// of wrong quote, next to a not-in-texts question quoted: NotInTexts − Refused).</param>
    internal static (int Right, int Answerable, int Refused, int NotInTexts) Score(IReadOnlyList<ProcessQuestion> questions, out int wrongPassage)
    {
        int r = 0, a = 0, f = 0, n = 0, w = 0;
        foreach (var q in questions)
        {
            var answer = CriteriaAnswerer.Answer(q.Question);
            var quoted = answer.Process is { Kind: "process" } ? answer.Process.Quoted : null;
            if (q.Answerable)
            {
                a++;
                if (quoted is not null ? quoted.Any(q.QuotedBy) : answer.Process is null && answer.Answered && q.StatedAsTableRowBy(answer.Reply.Text)) r++;
                else if (quoted is not null) w++;
            }
            else { n++; if (quoted is null) f++; }
        }
        wrongPassage = w;
        return (r, a, f, n);
    }
}
