using System.Globalization;

namespace SpbeBot.Dialogs.Common;

/// <summary>Numbers as Indonesian readers expect them: decimal comma, two decimals for index values.</summary>
public static class Format
{
    static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static string Index(decimal value) => value.ToString("0.00", Indonesian);
    public static string Weight(decimal? value) => value is null ? "–" : value.Value.ToString("0.00", Indonesian) + "%";
    public static string Number(decimal value) => value.ToString("0.##", Indonesian);

    /// <summary>Numbered lines "1. …"; a single unnumbered item stays a paragraph.</summary>
    public static string Numbered(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join("\n", items.Select((item, i) => $"{i + 1}. {item}"));
}
