using System.Text.RegularExpressions;

namespace SpbeBot.Core.Criteria.Build;

/// <summary>
/// Tabel 7–9 of the PermenPANRB: "Domain 1   Kebijakan Internal SPBE   13,00" rows whose names may wrap
/// onto following lines, closed by "Total Bobot 100,00".
/// </summary>
public static partial class WeightTable
{
    public sealed record Row(int Number, string Name, decimal Weight);

    public static IReadOnlyList<Row> Parse(IReadOnlyList<string> body, CatalogPart part, List<CatalogWarning> warnings)
    {
        var rows = new List<(int Number, List<string> Name, decimal Weight)>();
        decimal? total = null;
        foreach (var line in body)
        {
            if (LayoutText.IsPageFurniture(line)) continue;
            if (TotalRow().Match(line) is { Success: true } t)
            {
                total = PermenStructureParser.Decimal(t.Groups["weight"].Value);
                break;
            }
            var row = RowPattern().Match(line);
            if (row.Success && row.Groups["kind"].Value == RowWord(part))
            {
                rows.Add((int.Parse(row.Groups["number"].Value), [row.Groups["name"].Value], PermenStructureParser.Decimal(row.Groups["weight"].Value)));
            }
            else if (rows.Count > 0)
            {
                rows[^1].Name.Add(line); // the name wrapped onto this line
            }
        }

        var result = rows.Select(r => new Row(r.Number, LayoutText.CollapseSpaces(string.Join(' ', r.Name)), r.Weight)).ToList();
        if (total is null) warnings.Add(new(CatalogWarningKind.NoWeightTotal) { Part = part });
        else if (result.Sum(r => r.Weight) != total)
            warnings.Add(new(CatalogWarningKind.WeightsDisagree) { Part = part, Amount = result.Sum(r => r.Weight), Expected = total });
        return result;
    }

    /// <summary>The word the table's rows start with.</summary>
    static string RowWord(CatalogPart part) => part switch
    {
        CatalogPart.Domain => "Domain",
        CatalogPart.Aspect => "Aspek",
        _ => "Indikator",
    };

    [GeneratedRegex(@"^\s*(?<kind>Domain|Aspek|Indikator)\s+(?<number>\d{1,2})\s+(?<name>\S.*?)\s{2,}(?<weight>\d+,\d+)\s*$")]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"^\s*Total Bobot\s+(?<weight>\d+,\d+)\s*$")]
    private static partial Regex TotalRow();
}
