using System.Reflection;
using System.Text.RegularExpressions;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Tests.Dialogs.Cli;

/// <summary>
/// The check every command's texts class shares: each of its texts, with sample values, is there in both languages and
/// in one language only — no Indonesian word in the English text and no English word in the Indonesian (a short list of
/// each class's telling words, matched as whole words).
/// </summary>
static class OneLanguage
{
    /// <summary>Every public text of <paramref name="texts"/>: its properties, and its methods called with sample values.</summary>
    public static IReadOnlyList<(string Member, string Text)> Texts(BilingualTexts texts)
    {
        var type = texts.GetType();
        var members = new List<(string, string)>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string)))
            members.Add((property.Name, (string)property.GetValue(texts)!));
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                     .Where(m => m.ReturnType == typeof(string) && !m.IsSpecialName))
            members.Add((method.Name, (string)method.Invoke(texts, method.GetParameters().Select(p => Sample(p.ParameterType)).ToArray())!));
        return members;
    }

    static object? Sample(Type type) =>
        type == typeof(string) ? "/srv/spbebot/0123456789abcdef" :
        type == typeof(int) ? 2 :
        type == typeof(long) ? 2048L :
        type == typeof(decimal) ? 42.5m :
        type == typeof(DateTimeOffset) ? new DateTimeOffset(2026, 12, 6, 9, 30, 0, TimeSpan.Zero) :
        type == typeof(IEnumerable<int>) ? new[] { 3, 5 } :
        type == typeof(IEnumerable<string>) || type == typeof(IReadOnlyCollection<string>) ? new[] { "spbe-2024", "pemdi-2026" } :
        type == typeof(IEnumerable<(int, string)>) ? new[] { (2024, "spbe-2018"), (2025, "spbe-2024") } :
        throw new NotSupportedException($"No sample value for a {type} parameter: add one.");

    /// <summary>Each text non-empty in both languages, and none with the other language's words.</summary>
    public static void Check(BilingualTexts indonesian, BilingualTexts english, string[] indonesianWords, string[] englishWords)
    {
        var (id, en) = (Texts(indonesian), Texts(english));
        Assert.NotEmpty(id);
        Assert.Equal(id.Select(t => t.Member), en.Select(t => t.Member));
        foreach (var (member, text) in id.Concat(en)) Assert.False(string.IsNullOrWhiteSpace(text), member);
        foreach (var (member, text) in en) Assert.Null(FirstWord(text, indonesianWords) is { } w ? $"{member}: \"{w}\" in \"{text}\"" : null);
        foreach (var (member, text) in id) Assert.Null(FirstWord(text, englishWords) is { } w ? $"{member}: \"{w}\" in \"{text}\"" : null);
    }

    /// <summary>Output printed in one language: none of the other language's words.</summary>
    public static void AssertNone(string output, string[] words) => Assert.Null(FirstWord(output, words));

    static string? FirstWord(string text, string[] words) =>
        words.FirstOrDefault(w => Regex.IsMatch(text, $@"(?<![\p{{L}}-]){Regex.Escape(w)}(?![\p{{L}}-])"));
}
