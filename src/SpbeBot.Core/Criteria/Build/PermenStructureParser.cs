using System.Globalization;
using System.Text.RegularExpressions;

namespace SpbeBot.Core.Criteria.Build;

/// <summary>
/// Reads the evaluation structure from the <c>pdftotext -layout</c> text of PermenPANRB 59/2020:
/// Tabel 1–2 (general ladders), Tabel 3–6 (which indicator belongs to which aspect and domain),
/// Tabel 7–9 (names and weights) and Tabel 13 (predikat bands).
/// </summary>
public static partial class PermenStructureParser
{
    public static PermenStructure Parse(string text)
    {
        var tables = TableCaptions.Find(LayoutText.SplitLines(text));
        var warnings = new List<CatalogWarning>();

        var domainRows = WeightTable.Parse(tables.Body(7), CatalogPart.Domain, warnings);
        var aspectRows = WeightTable.Parse(tables.Body(8), CatalogPart.Aspect, warnings);
        var indicatorRows = WeightTable.Parse(tables.Body(9), CatalogPart.Indicator, warnings);
        var (aspectDomains, indicatorAspects) = ParseIndicatorLists(tables, domainRows, aspectRows, warnings);

        var domains = domainRows.Select(d => new Domain(d.Number, d.Name, d.Weight)).ToList();
        var aspects = aspectRows.Select(a => new Aspect(a.Number, Lookup(aspectDomains, a.Number, CatalogPart.Aspect, warnings), a.Name, a.Weight)).ToList();
        var indicators = indicatorRows
            .Select(i => new PermenIndicator(i.Number, Lookup(indicatorAspects, i.Number, CatalogPart.Indicator, warnings), i.Name, i.Weight))
            .ToList();

        return new PermenStructure
        {
            Domains = domains,
            Aspects = aspects,
            Indicators = indicators,
            Ladders = new Dictionary<string, IReadOnlyList<LadderStep>>
            {
                ["proses"] = LadderTable.Parse(tables.Body(1), warnings),
                ["layanan"] = LadderTable.Parse(tables.Body(2), warnings),
            },
            Predikat = ParsePredikat(tables.Body(13), warnings),
            Warnings = warnings,
        };
    }

    static int Lookup(Dictionary<int, int> map, int key, CatalogPart what, List<CatalogWarning> warnings)
    {
        if (map.TryGetValue(key, out var value)) return value;
        warnings.Add(new(CatalogWarningKind.MissingFromLists) { Part = what, Number = key });
        return 0;
    }

    /// <summary>
    /// Tabel 3–6 ("Daftar Indikator pada Domain …"), one per domain in domain order: "Aspek n - …"
    /// rows, each followed by its "Indikator n" rows.
    /// </summary>
    static (Dictionary<int, int> AspectDomains, Dictionary<int, int> IndicatorAspects) ParseIndicatorLists(
        TableCaptions tables, IReadOnlyList<WeightTable.Row> domains, IReadOnlyList<WeightTable.Row> aspects, List<CatalogWarning> warnings)
    {
        var aspectDomains = new Dictionary<int, int>();
        var indicatorAspects = new Dictionary<int, int>();
        var lists = tables.WithCaptionContaining("Daftar Indikator pada Domain");
        if (lists.Count != domains.Count)
            warnings.Add(new(CatalogWarningKind.ListCount) { Number = lists.Count, Other = domains.Count });

        for (var d = 0; d < lists.Count; d++)
        {
            var domainNumber = d + 1;
            // The caption names the domain ("Domain Kebijakan SPBE"); its first word must match Tabel 7's name.
            var captionDomain = lists[d].Caption.Split("Domain ", 2)[1].Split(' ')[0];
            var domain = domains.FirstOrDefault(x => x.Number == domainNumber);
            if (domain is null || !domain.Name.StartsWith(captionDomain, StringComparison.OrdinalIgnoreCase))
                warnings.Add(new(CatalogWarningKind.ListCaptionDiffers) { Text = lists[d].Caption, Number = domainNumber });

            var aspect = 0;
            foreach (var line in lists[d].Body)
            {
                if (AspectRow().Match(line) is { Success: true } a)
                {
                    aspect = int.Parse(a.Groups["number"].Value, CultureInfo.InvariantCulture);
                    aspectDomains[aspect] = domainNumber;
                    var name = LayoutText.CollapseSpaces(a.Groups["name"].Value);
                    if (aspects.FirstOrDefault(x => x.Number == aspect) is { } row && row.Name != name)
                        warnings.Add(new(CatalogWarningKind.AspectNameDiffers) { Number = aspect, Text = name, OtherText = row.Name });
                    continue;
                }
                foreach (Match i in IndicatorRef().Matches(line))
                {
                    if (aspect == 0) warnings.Add(new(CatalogWarningKind.IndicatorBeforeAspect) { Indicator = int.Parse(i.Groups["number"].Value, CultureInfo.InvariantCulture) });
                    indicatorAspects[int.Parse(i.Groups["number"].Value, CultureInfo.InvariantCulture)] = aspect;
                }
            }
        }
        return (aspectDomains, indicatorAspects);
    }

    /// <summary>Tabel 13: "1   4,2 – 5,0   Memuaskan" … "5   < 1,8   Kurang" (a band with no lower bound starts at 0).</summary>
    static IReadOnlyList<PredikatBand> ParsePredikat(IReadOnlyList<string> body, List<CatalogWarning> warnings)
    {
        var bands = new List<PredikatBand>();
        foreach (var line in body)
        {
            if (LayoutText.IsPageFurniture(line)) continue;
            var row = PredikatRow().Match(line);
            if (!row.Success)
            {
                if (bands.Count > 0) break;
                continue;
            }
            var range = PredikatRange().Match(row.Groups["range"].Value.Trim());
            if (!range.Success)
            {
                warnings.Add(new(CatalogWarningKind.PredikatRangeUnreadable) { Text = row.Groups["range"].Value.Trim() });
                continue;
            }
            var min = range.Groups["min"].Success ? Decimal(range.Groups["min"].Value) : 0m;
            bands.Add(new PredikatBand(row.Groups["name"].Value.Trim(), min, Decimal(range.Groups["max"].Value)));
        }
        return bands;
    }

    internal static decimal Decimal(string indonesian) =>
        decimal.Parse(indonesian.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*Aspek\s+(?<number>\d+)\s+-\s+(?<name>\S.*?)\s*$")]
    private static partial Regex AspectRow();

    [GeneratedRegex(@"\bIndikator\s+(?<number>\d{1,2})\b")]
    private static partial Regex IndicatorRef();

    [GeneratedRegex(@"^\s*(?<number>[1-9])\s{2,}(?<range>\S.*?)\s{2,}(?<name>\S.*?)\s*$")]
    private static partial Regex PredikatRow();

    [GeneratedRegex(@"^(?:(?<min>\d+,\d+)\s*[–-]\s*)?<?\s*(?<max>\d+,\d+)$")]
    private static partial Regex PredikatRange();
}
