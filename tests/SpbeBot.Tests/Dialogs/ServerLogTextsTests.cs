using System.Reflection;
using System.Text.RegularExpressions;
using SpbeBot.Dialogs.Common;
using SpbeBot.Tests.Dialogs.Cli;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Dialogs;

/// <summary>
/// The server's log in one language, the machine's. Before, 63 log calls glued both languages in one template
/// ("Kotak masuk tidak dapat dibaca ({Reason}); coba lagi. / The inbox cannot be read; retrying."), the English half
/// often shorter; now each event is a <see cref="LogEvent"/> of <see cref="ServerLogTexts"/>, written by one helper.
/// </summary>
public partial class ServerLogTextsTests
{
    static readonly string[] Indonesian = ["tidak", "gagal", "dan", "yang", "berkas", "Berkas", "Pembaruan", "pesan", "dikirim", "coba", "lagi", "menunggu", "ditolak", "tersedia", "aktif", "obrolan"];
    static readonly string[] English = ["the", "not", "failed", "and", "file", "Update", "message", "sent", "retrying", "waiting", "refused", "unavailable", "is", "on"];

    static IEnumerable<(string Name, LogEvent Event)> Events() =>
        typeof(ServerLogTexts).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(LogEvent)).Select(f => (f.Name, (LogEvent)f.GetValue(null)!));

    [Fact]
    public void Each_event_has_the_same_placeholders_in_the_same_order_in_both_languages()
    {
        Assert.True(Events().Count() >= 60);
        foreach (var (name, e) in Events())
            Assert.True(Placeholders(e.Indonesian).SequenceEqual(Placeholders(e.English)), $"{name}: \"{e.Indonesian}\" and \"{e.English}\"");
    }

    [Fact]
    public void Each_event_is_in_one_language_only()
    {
        foreach (var (name, e) in Events())
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Indonesian), name);
            Assert.NotEqual(e.Indonesian, e.English);
            Assert.DoesNotContain(" / ", e.Indonesian);
            Assert.DoesNotContain(" / ", e.English);
            OneLanguage.AssertNone(Placeholder().Replace(e.English, ""), Indonesian);
            OneLanguage.AssertNone(Placeholder().Replace(e.Indonesian, ""), English);
        }
    }

    /// <summary>
    /// The scan: no log call in the server's code passes its own template (a glued or one-language literal); every
    /// line goes through <c>ServerLog</c>. The one exception passes on lines already worded (the database's start-up
    /// lines, from StartupTexts in the machine's language; Hangfire's own messages, the library's words).
    /// </summary>
    [Fact]
    public void No_log_call_in_src_writes_its_own_text()
    {
        var src = Path.Combine(Path.GetDirectoryName(RepoFiles.Find("SpbeBot.sln"))!, "src");
        var found = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, i + 1, line)))
            .Where(l => OwnTemplate().IsMatch(l.line) && !PassedOn.Any(p => l.line.Contains(p, StringComparison.Ordinal)))
            .Select(l => $"{Path.GetRelativePath(src, l.file)}:{l.Item2}: {l.line.Trim()}")
            .ToList();
        Assert.Empty(found);
    }

    static readonly string[] PassedOn = ["LogInformation(\"{Line}\", line)", "\"{Message}\", messageFunc()"];

    static IEnumerable<string> Placeholders(string template) => Placeholder().Matches(template).Select(m => m.Value);

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Placeholder();

    /// <summary>A logger's call with a literal template: <c>log.LogWarning("…"</c>, <c>log.LogError(e, "…"</c>, <c>log.Log(level, "…"</c>.</summary>
    [GeneratedRegex(@"\.Log(Trace|Debug|Information|Warning|Error|Critical)?\((\s*[\w.]+\s*,)*\s*\$?""")]
    private static partial Regex OwnTemplate();
}
