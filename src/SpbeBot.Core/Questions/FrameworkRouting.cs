using System.Globalization;
using System.Text.RegularExpressions;
using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Questions;

/// <summary>
/// Which framework a question is about: the instansi's current one unless the question names another
/// ("indikator 5 spbe", "bobot indikator 19 pemdi"), and the two questions that are about frameworks themselves
/// (SPBE vs Pemdi; an external index converted into an indicator value).
/// </summary>
public static partial class FrameworkRouting
{
    public const string Pemdi = "pemdi-2026";

    static readonly HashSet<string> DifferenceWords = ["beda", "bedanya", "perbedaan", "membedakan", "berbeda", "difference", "different", "differ", "compare", "dibandingkan", "bandingkan", "vs", "versus"];

    public static bool MentionsPemdi(IReadOnlyList<string> tokens) =>
        tokens.Contains("pemdi") || Adjacent(tokens, "pemerintah", "digital") || Adjacent(tokens, "pemerintahan", "digital");

    public static bool MentionsSpbe(IReadOnlyList<string> tokens) => tokens.Contains("spbe");

    /// <summary>The framework to answer from: the named one when exactly one framework family is named, else the current one.</summary>
    public static string Choose(string current, string? question)
    {
        var tokens = TextNormalizer.Tokenize(question ?? "");
        var (pemdi, spbe) = (MentionsPemdi(tokens), MentionsSpbe(tokens));
        var currentIsPemdi = current.StartsWith("pemdi", StringComparison.OrdinalIgnoreCase);
        if (pemdi && !spbe && !currentIsPemdi && CatalogStore.Exists(Pemdi)) return Pemdi;
        if (spbe && !pemdi && currentIsPemdi) return CatalogStore.DefaultFramework;
        return current;
    }

    /// <summary>
    /// A follow-up question (a button's payload: "indikator 5 level 3") that stays in <paramref name="framework"/> when
    /// the instansi is on <paramref name="current"/>: unchanged when they are the same, otherwise with the word that
    /// <see cref="Choose"/> routes by (" pemdi", " spbe") appended. Pressing the button of a Pemdi answer in an SPBE
    /// instansi asks about Pemdi's indicator again, not SPBE's indicator of the same number.
    /// </summary>
    public static string KeepFramework(string payload, string framework, string current)
    {
        if (string.Equals(framework, current, StringComparison.OrdinalIgnoreCase)) return payload;
        var marked = payload + (framework.StartsWith("pemdi", StringComparison.OrdinalIgnoreCase) ? " pemdi" : " spbe");
        // Only where the word really routes there (e.g. not to an older SPBE edition the words cannot name).
        return Choose(current, marked) == framework ? marked : payload;
    }

    /// <summary>"apa bedanya indeks spbe dan indeks pemdi".</summary>
    public static bool AsksDifference(string? question)
    {
        var tokens = TextNormalizer.Tokenize(question ?? "");
        return MentionsPemdi(tokens) && MentionsSpbe(tokens) && tokens.Any(DifferenceWords.Contains);
    }

    /// <summary>
    /// "nilai SDI kami 68,75 jadi nilai indikator berapa": the external index named (by its short name in the catalog's
    /// conversions, e.g. "SDI", or "satu data") and the number after it. Null when the question is not of this kind.
    /// </summary>
    public static (string ShortName, decimal Value)? ExternalIndexValue(string? question, IEnumerable<string> shortNames)
    {
        if (string.IsNullOrWhiteSpace(question) || question.Length > QuestionParser.MaxLength) return null;
        foreach (var name in shortNames)
        {
            var pattern = name.Equals("SDI", StringComparison.OrdinalIgnoreCase) ? @"\b(?:sdi|satu\s+data(?:\s+indonesia)?)\b" : $@"\b{Regex.Escape(name)}\b";
            // Linear in the question's length (QuestionParser.Linear): no timeout that a loaded machine could fire on ordinary text.
            var match = Regex.Match(question, pattern + @"\D{0,40}?(-?\d+(?:[.,]\d+)?)", QuestionParser.Linear | RegexOptions.IgnoreCase, Regex.InfiniteMatchTimeout);
            if (match.Success && decimal.TryParse(match.Groups[1].Value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                return (name, value);
        }
        return null;
    }

    static bool Adjacent(IReadOnlyList<string> tokens, string first, string second)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
            if (tokens[i] == first && tokens[i + 1] == second) return true;
        return false;
    }
}
