using System.Diagnostics;
using SpbeBot.Core.Demo;
using SpbeBot.Core.Questions;

namespace SpbeBot.Bench;

/// <summary>
/// <c>chat-intents &lt;set.tsv&gt; [more.tsv …]</c>: the asker's-own-data and small-talk recogniser (<see cref="ChatIntents"/>)
/// scored on labelled sets (columns id, text, intent, note; intent "none" or a criteria kind = must not be taken; a set
/// with a "question" column and no "intent" — an indicator or process question set — is all "none"), and
/// the guard: no criteria question of the project's questions.tsv (every kind but "notfound") may be taken as own data
/// or small talk. Prints accuracy per intent, every miss, and the time per message; <c>--totals-only</c> prints each
/// set's total alone (a validation set read only as totals). Messages are read as the demo Pemda (a kabupaten) reads them.
/// </summary>
static class ChatIntentsBench
{
    public static Task<int> Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("Usage: chat-intents <set.tsv> [more.tsv …]   (columns: id, text, intent, note)");
            return Task.FromResult(2);
        }
        ChatNeighboursBench.Configure();
        var totalsOnly = args.Contains("--totals-only");
        var all = new List<string>();
        foreach (var path in args.Where(a => a != "--totals-only"))
        {
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"No such file: {path}");
                return Task.FromResult(2);
            }
            var rows = Load(path);
            all.AddRange(rows.Select(r => r.Text));
            var results = rows.Select(r => (Row: r, Got: ChatIntents.Read(r.Text, kind: DemoData.Kind))).ToList();
            var right = results.Count(x => x.Got.Intent == x.Row.Expected);
            Console.WriteLine($"\n{Path.GetFileName(path)}: {right}/{results.Count} recognised as labelled ({Pct(right, results.Count)})");
            if (totalsOnly) continue;
            foreach (var g in results.GroupBy(x => x.Row.Label).OrderBy(g => g.Key, StringComparer.Ordinal))
                Console.WriteLine($"  {g.Key,-18} {g.Count(x => x.Got.Intent == x.Row.Expected)}/{g.Count()}");
            var misses = results.Where(x => x.Got.Intent != x.Row.Expected).ToList();
            if (misses.Count > 0) Console.WriteLine("  Misses:");
            foreach (var (row, got) in misses)
                Console.WriteLine($"  - {row.Id}: \"{row.Text}\" expected {row.Label}, got {got.Label}");
        }

        var questions = Path.Combine(AppContext.BaseDirectory, "Data", "questions.tsv");
        var criteria = QuestionSet.Load(questions).Where(q => q.Kind != "notfound").ToList();
        var taken = criteria.Select(q => (q, Got: ChatIntents.Read(q.Question, kind: DemoData.Kind))).Where(x => x.Got.Intent != ChatIntent.None).ToList();
        Console.WriteLine($"\nCriteria questions of questions.tsv taken as own data or small talk: {taken.Count}/{criteria.Count} (must be 0)");
        foreach (var (q, got) in taken) Console.WriteLine($"  - line {q.Line}: \"{q.Question}\" ({q.Kind}) taken as {got.Label}");

        all.AddRange(criteria.Select(q => q.Question));
        for (var i = 0; i < 5; i++) foreach (var text in all) ChatIntents.Read(text, kind: DemoData.Kind);
        var samples = new List<double>();
        var sw = new Stopwatch();
        for (var round = 0; round < 20; round++)
            foreach (var text in all)
            {
                sw.Restart();
                ChatIntents.Read(text, kind: DemoData.Kind);
                samples.Add(sw.Elapsed.TotalMilliseconds);
            }
        Console.WriteLine($"\nLatency ChatIntents.Read ({samples.Count} runs): p50 {QuestionsBench.Percentile(samples, 50):0.000} ms, p99 {QuestionsBench.Percentile(samples, 99):0.000} ms");
        return Task.FromResult(taken.Count == 0 ? 0 : 1);
    }

    internal sealed record Row(string Id, string Text, string Label, ChatIntent Expected);

    /// <summary>Tab-separated, header "id text intent note" (or without id: text, intent); '#' lines are comments.</summary>
    internal static List<Row> Load(string path)
    {
        var rows = new List<Row>();
        var lines = File.ReadAllLines(path);
        var (textColumn, intentColumn, idColumn) = (1, 2, 0);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (rows.Count == 0 && cells.Any(c => c.Trim().ToLowerInvariant() is "intent" or "text" or "question"))
            {
                // A header. A criteria set (a "question" column, no "intent") is all "none": none may be taken.
                var names = cells.Select(c => c.Trim().ToLowerInvariant()).ToList();
                (textColumn, intentColumn, idColumn) = (names.IndexOf("text") is >= 0 and var t ? t : names.IndexOf("question"), names.IndexOf("intent"), names.IndexOf("id"));
                continue;
            }
            if (cells.Length <= Math.Max(textColumn, intentColumn)) continue;
            var label = intentColumn < 0 ? "none" : cells[intentColumn].Trim().ToLowerInvariant();
            rows.Add(new Row(idColumn >= 0 ? cells[idColumn].Trim() : $"line {i + 1}", cells[textColumn], label, ChatIntents.Parse(label)));
        }
        return rows;
    }

    static string Pct(int a, int b) => b == 0 ? "–" : $"{100.0 * a / b:0.0} %";
}
