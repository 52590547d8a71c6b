using SpbeBot.Core.Demo;
using SpbeBot.Core.Questions;

namespace SpbeBot.Bench;

/// <summary>
/// <c>chat-neighbours --write OUT set.tsv …</c>: writes the labelled examples of <see cref="ChatNeighbours"/> (author,
/// intent, text) from chat sets (their intent) and indicator or process sets (all "none"), and their words beside it
/// (<c>chat-words.tsv</c>, what the shipped neighbours start from; build again before writing, so that its fingerprint
/// takes the chat vocabulary being shipped).
/// <c>chat-neighbours set.tsv …</c>: leave one author out — for each author with a chat set, the examples of every other
/// author only; scores that author's chat sets (rules alone, rules + neighbours) and counts that author's indicator and
/// process questions taken as chat (every author, with a chat set or not). With <c>--misses</c>, each chat miss also shows
/// what the rules alone read, the other authors' nearest label ("-": not close or not agreed) and its length in words. The author is the file's letter prefix ("a-chat-holdout.tsv" → a, "aa-chat-holdout.tsv" → aa), "engineer" for
/// chat-dev-engineer.tsv, and "dev" for the first author's dev-2026-12 and holdout-2026-12 sets.
/// Messages are read as the demo Pemda (a kabupaten) reads them: a bare "kab" is our own Pemda.
/// Tuning: SPBEBOT_NEIGHBOURS="k=5;sim=0.5;share=0.6;words=16;veto=8".
/// </summary>
static class ChatNeighboursBench
{
    public static Task<int> Run(string[] args)
    {
        Configure();
        var writeAt = Array.IndexOf(args, "--write");
        var files = args.Where((a, i) => a.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) && !(writeAt >= 0 && i == writeAt + 1)).ToList();
        var examples = files.SelectMany(f => ChatIntentsBench.Load(f).Select(r => (File: f, Example: new ChatNeighbours.Example(Author(f), r.Label is "" ? "none" : ChatIntents.Label(r.Expected), Clean(r.Text))))).ToList();
        if (writeAt >= 0)
        {
            var lines = new List<string>
            {
                "# The labelled messages ChatNeighbours compares with (author, intent, text): retired tuning sets only.",
                "# Written by: bench chat-neighbours --write <this file> <sets>. Do not edit by hand.",
            };
            lines.AddRange(examples.Select(e => $"{e.Example.Author}\t{e.Example.Label}\t{e.Example.Text}"));
            var examplesFile = args[writeAt + 1];
            File.WriteAllLines(examplesFile, lines);
            Console.WriteLine($"Wrote {examples.Count} examples ({examples.Count(e => e.Example.Label != "none")} chat intents) to {examplesFile}");
            var wordsFile = Path.Combine(Path.GetDirectoryName(examplesFile) ?? ".", "chat-words.tsv");
            var fingerprint = ChatNeighbours.WordsFingerprint(File.ReadAllBytes(examplesFile));
            File.WriteAllText(wordsFile, ChatNeighbours.SerializeWords(ChatNeighbours.Parse(File.ReadAllText(examplesFile)), fingerprint));
            Console.WriteLine($"Wrote their words to {wordsFile}");
            return Task.FromResult(0);
        }
        int rules = 0, both = 0, total = 0, takenRules = 0, takenBoth = 0, negatives = 0;
        foreach (var author in examples.Select(e => e.Example.Author).Distinct())
        {
            var others = new ChatNeighbours(examples.Where(e => e.Example.Author != author).Select(e => e.Example));
            foreach (var file in files.Where(f => Author(f) == author))
            {
                var rows = ChatIntentsBench.Load(file);
                var r = rows.Count(x => ChatIntents.Read(x.Text, neighbours: ChatNeighbours.Empty, kind: DemoData.Kind).Intent == x.Expected);
                var b = rows.Count(x => ChatIntents.Read(x.Text, neighbours: others, kind: DemoData.Kind).Intent == x.Expected);
                if (IsChat(file))
                {
                    Console.WriteLine($"{Path.GetFileName(file)} (author {author}, {rows.Count}): rules {r}/{rows.Count} ({QuestionsBench.Pct(r, rows.Count)}), rules + neighbours of other authors {b}/{rows.Count} ({QuestionsBench.Pct(b, rows.Count)})");
                    rules += r; both += b; total += rows.Count;
                    foreach (var x in rows.Where(x => ChatIntents.Read(x.Text, neighbours: others, kind: DemoData.Kind).Intent != x.Expected && args.Contains("--misses")))
                        Console.WriteLine($"  - {x.Id} \"{x.Text}\" expected {x.Label}, got {ChatIntents.Read(x.Text, neighbours: others, kind: DemoData.Kind).Label}"
                            + $" [rules {ChatIntents.Read(x.Text, neighbours: ChatNeighbours.Empty, kind: DemoData.Kind).Label}, nearest {others.Nearest(x.Text) ?? "-"}, {x.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length} words]");
                }
                else
                {
                    Console.WriteLine($"{Path.GetFileName(file)} (author {author}, {rows.Count} questions): taken as chat, rules {rows.Count - r}, rules + neighbours {rows.Count - b}");
                    foreach (var x in rows.Where(x => ChatIntents.Read(x.Text, neighbours: others, kind: DemoData.Kind).Intent != x.Expected && args.Contains("--misses")))
                        Console.WriteLine($"  - {x.Id} \"{x.Text}\" taken as {ChatIntents.Read(x.Text, neighbours: others, kind: DemoData.Kind).Label}");
                    takenRules += rows.Count - r; takenBoth += rows.Count - b; negatives += rows.Count;
                }
            }
        }
        Console.WriteLine($"\nLeave one author out, chat sets: rules {rules}/{total} ({QuestionsBench.Pct(rules, Math.Max(1, total))}), rules + neighbours {both}/{total} ({QuestionsBench.Pct(both, Math.Max(1, total))}); "
            + $"questions of the same authors taken as chat: rules {takenRules}/{negatives}, rules + neighbours {takenBoth}/{negatives}");
        return Task.FromResult(0);
    }

    /// <summary>The settings of SPBEBOT_NEIGHBOURS ("k=5;sim=0.5;share=0.6;words=12;veto=12"), for this bench and chat-intents.</summary>
    internal static void Configure()
    {
        foreach (var setting in (Environment.GetEnvironmentVariable("SPBEBOT_NEIGHBOURS") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = setting.Split('=');
            var v = double.Parse(kv[1], System.Globalization.CultureInfo.InvariantCulture);
            switch (kv[0])
            {
                case "k": ChatNeighbours.K = (int)v; break;
                case "sim": ChatNeighbours.MinSimilarity = v; break;
                case "share": ChatNeighbours.MinShare = v; break;
                case "words": ChatIntents.MaxNeighbourWords = (int)v; break;
                case "veto": ChatIntents.VetoMinWords = (int)v; break;
                default: throw new ArgumentException($"Unknown setting {kv[0]}");
            }
        }
    }

    static bool IsChat(string file) => Path.GetFileName(file).Contains("chat", StringComparison.Ordinal);

    static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    internal static string Author(string file)
    {
        var name = Path.GetFileName(file);
        var dir = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(file)) ?? "");
        if (name.StartsWith("chat-dev-engineer", StringComparison.Ordinal)) return "engineer";
        // "dev", not a letter: author x of holdout-2026-12m is someone else.
        if (dir is "dev-2026-12" or "holdout-2026-12") return "dev";
        // One letter ("a-…") for the first round of authors, two ("aa-…") from holdout-2026-12o on.
        var dash = name.IndexOf('-');
        return dash is 1 or 2 ? name[..dash] : name;
    }
}
