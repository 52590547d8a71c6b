using System.Text.RegularExpressions;
using SpbeBot.Core.Evidence.Checking;

namespace SpbeBot.Core.Evidence.Export;

/// <summary>Where a quote stands in a regulation: under a Pasal, outside every Pasal (title, preamble, signature block), or unknown.</summary>
public sealed record QuotePlace(string? Pasal, bool OutsidePasal)
{
    public static readonly QuotePlace Unknown = new(null, false);
}

/// <summary>
/// Finds the Pasal a pre-check quote stands under, for the export's draft explanation: a quote that opens with its Pasal
/// names it; otherwise the quote is found on its page of the document's text and the last "Pasal N" heading line before it
/// is its Pasal — unless the closing "Ditetapkan di …" / "Diundangkan di …" comes between (the signature block), or no
/// heading comes before it at all (the title and preamble). A quote the text does not show stays unknown.
/// </summary>
public static partial class PasalLocator
{
    /// <summary>How many of the quote's first words are looked for (enough to be unique, short enough to survive a line break).</summary>
    const int WordsMatched = 8;

    /// <param name="pages">The document's pages as read (text layer, no OCR), or null when they could not be read.</param>
    public static QuotePlace Locate(IReadOnlyList<string>? pages, FoundElement found)
    {
        if (OpeningPasal().Match(found.Quote) is { Success: true } own) return new QuotePlace(own.Groups[1].Value, false);
        if (pages is null || found.Page < 1 || found.Page > pages.Count) return QuotePlace.Unknown;
        var words = PageText.Fold(found.Quote).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(WordsMatched).ToList();
        if (words.Count == 0) return QuotePlace.Unknown;
        var page = pages[found.Page - 1];
        var at = Regex.Match(PageText.Fold(page), @"\b" + string.Join(@"\s+", words.Select(Regex.Escape)) + @"\b");
        if (!at.Success) return QuotePlace.Unknown;
        var before = string.Join("\n", pages.Take(found.Page - 1).Append(page[..at.Index]));
        var heading = Heading().Matches(before).LastOrDefault();
        if (heading is null) return new QuotePlace(null, true);
        var after = before[(heading.Index + heading.Length)..] + page[at.Index..Math.Min(page.Length, at.Index + found.Quote.Length)];
        return Closing().IsMatch(after) ? new QuotePlace(null, true) : new QuotePlace(heading.Groups[1].Value, false);
    }

    [GeneratedRegex(@"^\s*Pasal\s+(\d+[A-Z]?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningPasal();

    [GeneratedRegex(@"^[ \t]*Pasal[ \t]+(\d+[A-Z]?)[ \t]*\r?$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^[ \t]*(Ditetapkan|Diundangkan)[ \t]+di\b", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Closing();
}
