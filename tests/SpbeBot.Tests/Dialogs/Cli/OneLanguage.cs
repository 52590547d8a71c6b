using System.Reflection;
using System.Text.RegularExpressions;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Tests.Dialogs.Cli;

/// <summary>
/// The one check of "one language" every texts class shares: each of its texts, found by reflection (so a new member
/// cannot be forgotten) and said with sample values, is there in both languages and in one language only — no
/// Indonesian word in the English text and no English word in the Indonesian (a short list of each class's telling
/// words, matched as whole words, so `--notes` or `backup.key` inside an Indonesian text do not count).
/// </summary>
static class OneLanguage
{
    /// <summary>
    /// Every public text of <paramref name="texts"/>: its string properties, each item of its string-list properties,
    /// and its string methods — called with the first sample of every parameter, then once more for each other sample
    /// of each parameter (every value of an enum or a bool, null for a nullable number). Types of the project's own
    /// (a check, a broadcast's status) take their samples from <paramref name="samples"/>.
    /// </summary>
    public static IReadOnlyList<(string Member, string Text)> Texts(BilingualTexts texts, params object[] samples)
    {
        var type = texts.GetType();
        var members = new List<(string, string)>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            if (property.PropertyType == typeof(string))
                members.Add((property.Name, (string)property.GetValue(texts)!));
            else if (property.GetValue(texts) is IEnumerable<string> list)
                members.AddRange(list.Select((text, i) => ($"{property.Name}[{i}]", text)));
        }
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                     .Where(m => m.ReturnType == typeof(string) && !m.IsSpecialName))
        {
            var choices = method.GetParameters().Select(p => Samples(p.ParameterType, samples)).ToArray();
            foreach (var arguments in OneAtATime(choices))
                members.Add((method.Name, (string)method.Invoke(texts, arguments)!));
        }
        return members;
    }

    /// <summary>The first choice of each parameter, then each parameter's other choices with the others at their first.</summary>
    static IEnumerable<object?[]> OneAtATime(object?[][] choices)
    {
        var first = choices.Select(c => c[0]).ToArray();
        yield return first;
        for (var i = 0; i < choices.Length; i++)
            foreach (var other in choices[i].Skip(1))
                yield return [.. first[..i], other, .. first[(i + 1)..]];
    }

    static object?[] Samples(Type type, object[] given)
    {
        var own = given.Where(type.IsInstanceOfType).ToArray();
        if (own.Length > 0) return own;
        if (Nullable.GetUnderlyingType(type) is { } inner) return [.. Samples(inner, given), null];
        if (type.IsEnum) return Enum.GetValues(type).Cast<object>().ToArray();
        return type == typeof(string) ? ["/srv/spbebot/0123456789abcdef"] :
            type == typeof(bool) ? [false, true] :
            type == typeof(int) ? [2] :
            type == typeof(long) ? [2048L] :
            type == typeof(double) ? [1.5] :
            type == typeof(decimal) ? [42.5m] :
            type == typeof(DateTimeOffset) ? [new DateTimeOffset(2026, 12, 6, 9, 30, 0, TimeSpan.Zero)] :
            type == typeof(IEnumerable<int>) ? [new[] { 3, 5 }] :
            type == typeof(IEnumerable<string>) || type == typeof(IReadOnlyCollection<string>) ? [new[] { "spbe-2024", "pemdi-2026" }] :
            type == typeof(IEnumerable<(int, string)>) ? [new[] { (2024, "spbe-2018"), (2025, "spbe-2024") }] :
            throw new NotSupportedException($"No sample value for a {type} parameter: add one, or pass one in the test's samples.");
    }

    /// <summary>
    /// Each text non-empty in both languages, the two languages' texts not all the same, and none with the other
    /// language's words.
    /// </summary>
    public static void Check(BilingualTexts indonesian, BilingualTexts english, string[] indonesianWords, string[] englishWords, params object[] samples)
    {
        var (id, en) = (Texts(indonesian, samples), Texts(english, samples));
        Assert.NotEmpty(id);
        Assert.Equal(id.Select(t => t.Member), en.Select(t => t.Member));
        Assert.NotEqual(id.Select(t => t.Text), en.Select(t => t.Text));
        foreach (var (member, text) in id.Concat(en)) Assert.False(string.IsNullOrWhiteSpace(text), member);
        foreach (var (member, text) in en) Assert.Null(FirstWord(text, indonesianWords) is { } w ? $"{member}: \"{w}\" in \"{text}\"" : null);
        foreach (var (member, text) in id) Assert.Null(FirstWord(text, englishWords) is { } w ? $"{member}: \"{w}\" in \"{text}\"" : null);
    }

    /// <summary>Output printed in one language: none of the other language's words.</summary>
    public static void AssertNone(string output, string[] words) => Assert.Null(FirstWord(output, words));

    /// <summary>A word as a whole word: not a part of a longer word, an option (`--notes`) or a file name (`backup.key`).</summary>
    static string? FirstWord(string text, string[] words) =>
        words.FirstOrDefault(w => Regex.IsMatch(text, $@"(?<![\p{{L}}\-_./]){Regex.Escape(w)}(?![\p{{L}}\-_]|\.\p{{L}})"));
}
