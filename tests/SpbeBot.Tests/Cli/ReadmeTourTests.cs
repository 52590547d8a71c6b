using System.Text;
using SpbeBot.Core.Storage;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.CommandLine;

/// <summary>
/// The README's "What you can do now" tour works as written: every command of its code block runs, in order, through
/// the real executable, in a working folder holding the repository's samples/, on a fresh embedded default (its own
/// PostgreSQL cluster and the demo Pemda, exactly what a first <c>./spbebot</c> gets), and exits 0. A file or an id
/// the README names that does not exist makes the command, and so this test, fail.
/// Once a command has created the embedded cluster, the test keeps it running for the rest of the tour, as the
/// README's <c>serve</c> in another terminal would: each later command attaches to it instead of starting and
/// stopping PostgreSQL (a cold start and a stop per command were most of this test's time). Creating and starting the
/// embedded default is what the first database command does here; starting, attaching and stopping are proven on
/// their own by <see cref="SpbeBot.Tests.Storage.EmbeddedClusterTests"/>, and <c>db restore</c> starts its own.
/// </summary>
[Trait("Kind", "Slow")]
public class ReadmeTourTests
{
    /// <summary>One tour line: environment assignments before the command, its arguments, and what it reads from stdin.</summary>
    public sealed record TourCommand(string Line, IReadOnlyDictionary<string, string> Environment, IReadOnlyList<string> Args, string? Stdin);

    [Fact]
    public void The_tour_extracts_every_command_line()
    {
        var tour = Tour();
        Assert.True(tour.Count >= 30, $"only {tour.Count} tour commands found in README.md");
        Assert.Contains(tour, c => c.Args.SequenceEqual(["evidence", "approve", "1"]));
        var piped = Assert.Single(tour, c => c.Stdin is not null && c.Args.SequenceEqual(["ask"]));
        Assert.Equal("level 4 indikator 32\npusat data level 3\n", piped.Stdin);
        var restore = Assert.Single(tour, c => c.Args.Take(2).SequenceEqual(["db", "restore"]));
        Assert.Equal(".spbebot/pulih", restore.Environment["SPBEBOT__DATABASE__DATADIRECTORY"]);
    }

    [Fact]
    public void Every_sample_the_tour_names_is_in_the_repository()
    {
        var repository = Path.GetDirectoryName(RepoFiles.Find("SpbeBot.sln"))!;
        var named = Tour().SelectMany(c => c.Args).Where(a => a.StartsWith("samples/", StringComparison.Ordinal)).Distinct().ToList();
        Assert.NotEmpty(named);
        foreach (var file in named)
            Assert.True(File.Exists(Path.Combine(repository, file)), $"README.md names {file}, which is not in the repository");
    }

    [Fact]
    public async Task Every_tour_command_runs_on_a_fresh_start()
    {
        var work = TestPostgres.NewTempFolder();
        var pgdata = Path.Combine(work, ".spbebot", "pgdata");
        EmbeddedCluster? kept = null;
        try
        {
            CopyFolder(RepoFiles.Find("samples"), Path.Combine(work, "samples"));
            // What a fresh checkout has: nothing configured, so the embedded default in the working folder.
            var fresh = new Dictionary<string, string?>
            {
                ["SPBEBOT__DATABASE__CONNECTIONSTRING"] = "",
                ["SPBEBOT__DATABASE__DATADIRECTORY"] = ".spbebot/pgdata",
                ["SPBEBOT__EVIDENCE__ROOT"] = ".spbebot/evidence",
                ["SPBEBOT__TELEGRAM__TOKEN"] = "",
            };
            var ran = 0;
            foreach (var command in Tour())
            {
                var args = command.Args.ToList();
                // `serve` runs until stopped: it is the server, not a step of the tour.
                if (args[0] == "serve") continue;
                // `--watch` redraws until the server has delivered everything; without a server it would wait
                // forever. The same line without it still shows the status, and fails for an unknown broadcast id.
                args.Remove("--watch");
                // The broadcast preview asks for confirmation; the reader of the tour answers "ya".
                var stdin = command.Stdin ?? (args[0] == "broadcast" && args.Contains("--to") ? "ya\n" : null);

                var environment = new Dictionary<string, string?>(fresh);
                foreach (var (name, value) in command.Environment) environment[name] = value;
                var result = Infrastructure.Cli.Run([.. args], stdin, environment, workingDirectory: work);
                Assert.True(result.ExitCode == 0,
                    $"README tour line failed (exit {result.ExitCode}):\n{command.Line}\n--- stdout\n{result.Out}\n--- stderr\n{result.Err}");
                ran++;
                if (kept is null && File.Exists(Path.Combine(pgdata, "PG_VERSION")))
                    kept = await EmbeddedCluster.StartAsync(new EmbeddedClusterOptions { DataDirectory = pgdata, StopOnSignals = false });
            }
            Assert.True(ran >= 30, $"only {ran} tour commands ran");
        }
        finally
        {
            if (kept is not null) await kept.DisposeAsync();
            EmbeddedCluster.StopAny(pgdata);
            EmbeddedCluster.StopAny(Path.Combine(work, ".spbebot", "pulih"));
            TestPostgres.TryDelete(work);
        }
    }

    /// <summary>The lines of the first bash block under "## What you can do now" in README.md.</summary>
    public static IReadOnlyList<TourCommand> Tour()
    {
        var lines = File.ReadAllLines(RepoFiles.Find("README.md"));
        var heading = Array.IndexOf(lines, "## What you can do now");
        Assert.True(heading >= 0, "README.md has no \"## What you can do now\" section");
        var open = Array.FindIndex(lines, heading, l => l.StartsWith("```", StringComparison.Ordinal));
        var close = Array.FindIndex(lines, open + 1, l => l.StartsWith("```", StringComparison.Ordinal));
        var commands = new List<TourCommand>();
        foreach (var line in lines[(open + 1)..close].Where(l => l.Trim().Length > 0))
        {
            var words = ShellWords(line);
            string? stdin = null;
            var pipe = words.IndexOf("|");
            if (pipe >= 0)
            {
                // Only `printf '<text>' | ./spbebot …` is used: the text is the command's input.
                Assert.True(pipe == 2 && words[0] == "printf", $"unsupported pipe in README tour line: {line}");
                stdin = words[1].Replace("\\n", "\n");
                words = words[(pipe + 1)..];
            }
            var environment = new Dictionary<string, string>();
            while (words.Count > 0 && words[0].Contains('=') && !words[0].StartsWith("./", StringComparison.Ordinal))
            {
                var (name, value) = (words[0][..words[0].IndexOf('=')], words[0][(words[0].IndexOf('=') + 1)..]);
                environment[name] = value;
                words.RemoveAt(0);
            }
            Assert.True(words.Count > 1 && words[0] == "./spbebot", $"README tour line is not a ./spbebot command: {line}");
            commands.Add(new TourCommand(line, environment, words[1..], stdin));
        }
        return commands;
    }

    /// <summary>Splits a shell line into words: single and double quotes group, an unquoted # starts a comment.</summary>
    static List<string> ShellWords(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in line)
        {
            if (quote is not null)
            {
                if (c == quote) quote = null; else word.Append(c);
            }
            else if (c is '\'' or '"') { quote = c; inWord = true; }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord) words.Add(word.ToString());
                word.Clear();
                inWord = false;
            }
            else if (c == '#' && !inWord) break;
            else { word.Append(c); inWord = true; }
        }
        Assert.True(quote is null, $"unclosed quote in README tour line: {line}");
        if (inWord) words.Add(word.ToString());
        return words;
    }

    static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }
}
