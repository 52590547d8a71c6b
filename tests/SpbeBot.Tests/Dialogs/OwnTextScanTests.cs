using System.Text;
using System.Text.RegularExpressions;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Dialogs;

/// <summary>
/// The scans for a text a person or an operator reads that is not from dialogs/ (the log calls have theirs in
/// <see cref="ServerLogTextsTests"/>): Core and the host carry a kind and its values, and dialogs/ words it in the
/// reader's language. Each scan found what this branch moved: 44 lists given a literal text (the catalog builders'
/// warnings, the validator's problems, the Telegram settings' problems) and 5 exceptions (in 4 files) that glued both languages.
/// </summary>
public partial class OwnTextScanTests
{
    static readonly string Root = Path.GetDirectoryName(RepoFiles.Find("SpbeBot.sln"))!;

    /// <summary>Every C# file of the given folders, bin/ and obj/ left out.</summary>
    static IEnumerable<string> Sources(params string[] folders) => folders
        .SelectMany(f => Directory.EnumerateFiles(Path.Combine(Root, f), "*.cs", SearchOption.AllDirectories))
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    static IEnumerable<string> Lines(IEnumerable<string> files, Func<string, bool> matches) => files
        .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, i + 1, line)))
        .Where(l => matches(l.line))
        .Select(l => $"{Path.GetRelativePath(Root, l.file)}:{l.Item2}: {l.line.Trim()}");

    [Fact]
    public void No_list_of_problems_or_warnings_is_given_a_literal_text() =>
        Assert.Empty(Lines(Sources("src", "dialogs"), line => LiteralAdded().IsMatch(line)));

    [Fact]
    public void No_exception_glues_two_languages() =>
        Assert.Empty(Sources("src", "dialogs").Where(file => GluedException().IsMatch(File.ReadAllText(file))).Select(f => Path.GetRelativePath(Root, f)));

    /// <summary>A command or the terminal chat writes dialogs/'s texts and data (a path, a choice's label), never words of its own.</summary>
    [Fact]
    public void No_command_writes_words_of_its_own() =>
        Assert.Empty(Lines(Sources("src/SpbeBot.Host"), line => Write().Match(line) is { Success: true } m && HasOwnWord(m.Groups["args"].Value)));

    [Theory]
    [InlineData("stderr.WriteLine($\"  ! {BuildTexts.Warning(warning)}\");", false)]
    [InlineData("stdout.WriteLine($\"  [{t.Name(i)}] {(i.Text.Length > 100 ? i.Text[..99] + \"…\" : i.Text)}\" + (i.Optional ? t.Optional : \"\"));", false)]
    [InlineData("output.Write(\"\\n\" + _texts.Prompt);", false)]
    [InlineData("stderr.WriteLine(\"Katalog tidak sah.\");", true)]
    [InlineData("stderr.WriteLine($\"Catalog {name} built\");", true)]
    public void The_write_scan_tells_words_from_holes_and_escapes(string line, bool found) =>
        Assert.Equal(found, Write().Match(line) is { Success: true } m && HasOwnWord(m.Groups["args"].Value));

    /// <summary>A string literal among the arguments with a word (two letters or more) outside its holes and escapes.</summary>
    static bool HasOwnWord(string arguments)
    {
        var outside = new StringBuilder();
        var depth = 0;
        foreach (var c in arguments)
        {
            if (c == '{') depth++;
            else if (c == '}' && depth > 0) depth--;
            else if (depth == 0) outside.Append(c);
        }
        return Literal().Matches(outside.ToString()).Any(m => Word().IsMatch(Escape().Replace(m.Groups[1].Value, "")));
    }

    /// <summary><c>problems.Add("…")</c>, <c>warnings?.Add($"…")</c>, <c>failures.AddRange("…"</c>.</summary>
    [GeneratedRegex(@"\b\w*(?:problems|warnings|failures|issues)\??\.Add(?:Range)?\(\s*\$?""", RegexOptions.IgnoreCase)]
    private static partial Regex LiteralAdded();

    /// <summary>An exception's literal message "Indonesian. / English." (the message may start on the next line).</summary>
    [GeneratedRegex(@"Exception\(\s*\$?""[^""\n]*[.?!] / ")]
    private static partial Regex GluedException();

    [GeneratedRegex(@"\.Write(?:Line)?(?:Async)?\((?<args>.*)\)\s*;")]
    private static partial Regex Write();

    [GeneratedRegex(@"""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\\(?:u[0-9a-fA-F]{4}|[a-z])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Word();
}
