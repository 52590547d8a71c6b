using System.Globalization;

namespace SpbeBot.Dialogs.Common;

/// <summary>
/// Numbers as the reader expects them: a decimal comma for Indonesian readers (the default), a decimal point for English
/// ones; two decimals for index values.
/// </summary>
public static partial class Format
{
    static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");
    static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static CultureInfo Culture(bool english) => english ? English : Indonesian;

    /// <summary>
    /// At most <paramref name="max"/> characters for a list line, cut after a whole word ("…" marks the cut); a text with
    /// no space in its second half (a file name) is cut where it must be.
    /// </summary>
    public static string Short(string text, int max)
    {
        if (text.Length <= max) return text;
        var space = text.LastIndexOf(' ', max - 1);
        var end = space >= max / 2 ? space : max - 1;
        return text[..end].TrimEnd(' ', ',', ';', ':', '(', '-', '—') + "…";
    }

    public static string Index(decimal value, bool english = false) => value.ToString("0.00", Culture(english));
    public static string Weight(decimal? value, bool english = false) => value is null ? "–" : value.Value.ToString("0.00", Culture(english)) + "%";
    public static string Number(decimal value, bool english = false) => value.ToString("0.##", Culture(english));
    /// <summary>A band's bound as the regulation's tables print it, one decimal at least: "5,0", "4,2".</summary>
    public static string Bound(decimal value, bool english = false) => value.ToString("0.0#", Culture(english));

    /// <summary>Numbered lines "1. …"; a single unnumbered item stays a paragraph. Each item is <see cref="Quote"/>d.</summary>
    public static string Numbered(IReadOnlyList<string> items) =>
        items.Count == 1 ? Quote(items[0]) : string.Join("\n", items.Select((item, i) => $"{i + 1}. {Quote(item)}"));

    /// <summary>
    /// A catalog text as quoted to a reader, with two typographic slips of the PDF extraction mended (never a word
    /// changed): a stray second period ("diberlakukan. .") and a sentence run into the next where the Pedoman's
    /// period was lost at a page break ("perangkat daerah Bukti pemanfaatan …").
    /// </summary>
    public static string Quote(string text) => RunTogether().Replace(DoublePeriod().Replace(text, "."), ". ");

    [System.Text.RegularExpressions.GeneratedRegex(@"\.(?:\s*\.)+(?=\s|$)")]
    private static partial System.Text.RegularExpressions.Regex DoublePeriod();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[a-z]) (?=Bukti pemanfaatan\b)")]
    private static partial System.Text.RegularExpressions.Regex RunTogether();
}
