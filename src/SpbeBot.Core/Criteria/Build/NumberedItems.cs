using System.Text.RegularExpressions;

namespace SpbeBot.Core.Criteria.Build;

/// <summary>
/// Splits the lines of one cell into its top-level numbered items ("1. … 2. …" or "1) … 2) …").
/// A cell whose first line is not item 1 is one unnumbered item. Sub-items ("a)", "b.") and numbers in
/// another style stay inside their parent item. The item marker itself is removed: the list position carries it.
/// </summary>
public static partial class NumberedItems
{
    public static IReadOnlyList<IReadOnlyList<string>> Split(IReadOnlyList<LayoutLine> lines, List<CatalogWarning> warnings, CatalogWarning where)
    {
        if (lines.Count == 0) return [];
        var first = Marker().Match(lines[0].Text);
        if (!first.Success || first.Groups["number"].Value != "1")
            return [lines.Select(l => l.Text).ToList()];

        var style = first.Groups["style"].Value;
        var items = new List<List<string>> { new() { lines[0].Text[first.Length..] } };
        foreach (var line in lines.Skip(1))
        {
            var marker = Marker().Match(line.Text);
            if (marker.Success && marker.Groups["style"].Value == style)
            {
                var number = int.Parse(marker.Groups["number"].Value);
                if (number == items.Count + 1)
                {
                    items.Add([line.Text[marker.Length..]]);
                    continue;
                }
                warnings.Add(where with { Kind = CatalogWarningKind.ItemOutOfOrder, Line = line.LineNumber, Text = marker.Value.Trim(), Number = items.Count + 1 });
            }
            items[^1].Add(line.Text);
        }
        return items;
    }

    [GeneratedRegex(@"^\s*(?<number>\d{1,2})(?<style>[.)])\s+")]
    private static partial Regex Marker();
}
