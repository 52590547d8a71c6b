using System.Text;
using System.Text.RegularExpressions;

namespace SpbeBot.Core.Criteria.Build;

/// <summary>
/// Helpers for text produced by <c>pdftotext -layout</c>: recognising page furniture (footers, page
/// numbers) and re-flowing the lines of one cell into a single clean sentence.
/// </summary>
public static partial class LayoutText
{
    /// <summary>The lines of a document, with CR and form feeds removed (a form feed only marks a new page).</summary>
    public static string[] SplitLines(string text) =>
        text.Replace("\r", "", StringComparison.Ordinal).Replace("\f", "", StringComparison.Ordinal).Split('\n');

    /// <summary>Blank lines, the JDIH footer and "-129-" page numbers carry no content.</summary>
    public static bool IsPageFurniture(string line) =>
        string.IsNullOrWhiteSpace(line) || FooterLine().IsMatch(line) || PageNumberLine().IsMatch(line);

    public static int Indent(string line) => line.Length - line.TrimStart().Length;

    /// <summary>Runs of whitespace (justified text) become one space.</summary>
    public static string CollapseSpaces(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>
    /// Joins the lines of one cell into running text. A line ending in "/" continues without a space
    /// ("Pusat/" + "Pemerintah"); a line ending in "-" keeps or drops the hyphen as <paramref name="words"/> decides.
    /// </summary>
    public static string JoinLines(IEnumerable<string> lines, WordForms words, List<CatalogWarning>? warnings = null)
    {
        var text = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = CollapseSpaces(raw);
            if (line.Length == 0) continue;
            if (text.Length == 0) { text.Append(line); continue; }

            var last = text[^1];
            if (last == '/')
            {
                text.Append(line);
            }
            else if (last == '-' && text.Length > 1 && char.IsLetter(text[^2]) && char.IsLetter(line[0]))
            {
                var left = LastToken(text);
                var right = line.Split(' ')[0];
                var decision = words.DecideLineEndHyphen(left, right);
                if (decision == HyphenDecision.Undecided)
                    warnings?.Add(new(CatalogWarningKind.HyphenKept) { Text = left, OtherText = right });
                if (decision == HyphenDecision.Drop) text.Length--;
                text.Append(line);
            }
            else
            {
                text.Append(' ').Append(line);
            }
        }
        return text.ToString();
    }

    static string LastToken(StringBuilder text)
    {
        var start = text.Length;
        while (start > 0 && text[start - 1] != ' ') start--;
        return text.ToString(start, text.Length - start);
    }

    [GeneratedRegex(@"^\s*jdih\.menpan\.go\.id\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FooterLine();

    [GeneratedRegex(@"^\s*-\s?\d{1,3}\s?-\s*$")]
    private static partial Regex PageNumberLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
