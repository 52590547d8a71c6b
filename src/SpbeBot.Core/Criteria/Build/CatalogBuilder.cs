namespace SpbeBot.Core.Criteria.Build;

/// <summary>The built catalog and everything the builder could not vouch for.</summary>
public sealed record CatalogBuildResult(CriteriaCatalog Catalog, IReadOnlyList<CatalogWarning> Warnings);

/// <summary>
/// Builds the "spbe-2024" catalog: structure, weights, ladders and predikat from PermenPANRB 59/2020,
/// indicator texts from Pedoman Menteri PANRB 3/2024. Both inputs are the <c>pdftotext -layout</c> text of
/// the regulations; the output depends on nothing else, so running it twice gives the same catalog.
/// </summary>
public static class CatalogBuilder
{
    public const string Framework = "spbe-2024";

    public static CatalogBuildResult Build(string pedomanText, string permenText)
    {
        var permen = PermenStructureParser.Parse(permenText);
        var pedoman = PedomanParser.Parse(pedomanText);
        var permenTitle = RegulationTitle.Parse(permenText);
        var pedomanTitle = RegulationTitle.Parse(pedomanText);
        var warnings = permen.Warnings.Concat(pedoman.Warnings).ToList();

        var texts = pedoman.Indicators.ToDictionary(i => i.Number);
        var indicators = new List<Indicator>();
        foreach (var source in permen.Indicators)
        {
            var aspect = permen.Aspects.FirstOrDefault(a => a.Number == source.Aspect);
            var domain = permen.Domains.FirstOrDefault(d => d.Number == aspect?.Domain);
            if (!texts.TryGetValue(source.Number, out var text))
            {
                warnings.Add(new(CatalogWarningKind.NotInPedoman) { Indicator = source.Number });
                text = new PedomanIndicator { Number = source.Number, Levels = [] };
            }
            if (text.Domain is { } d && d != domain?.Number || text.Aspect is { } a && a != aspect?.Number)
                warnings.Add(new(CatalogWarningKind.PlacedElsewhere) { Indicator = source.Number, Text = $"D{text.Domain} A{text.Aspect}", OtherText = $"D{domain?.Number} A{aspect?.Number}" });

            indicators.Add(new Indicator
            {
                Number = source.Number,
                Domain = domain?.Number ?? 0,
                Aspect = source.Aspect,
                Name = source.Name,
                Weight = source.Weight,
                Ladder = LadderOf(domain),
                Question = text.Question,
                Description = text.Description,
                AssessmentRules = text.AssessmentRules,
                EvidenceExamples = text.EvidenceExamples,
                Levels = text.Levels,
            });
        }
        foreach (var extra in pedoman.Indicators.Where(p => permen.Indicators.All(i => i.Number != p.Number)))
            warnings.Add(new(CatalogWarningKind.NotInPermen) { Indicator = extra.Number });

        var catalog = new CriteriaCatalog
        {
            Framework = Framework,
            Title = $"Evaluasi SPBE — PermenPANRB {permenTitle.Number}/{permenTitle.Year} dan Pedoman Menteri PANRB {pedomanTitle.Number}/{pedomanTitle.Year}",
            Sources = [permenTitle.Citation, pedomanTitle.Citation],
            IncompleteNote = IncompleteNote(indicators),
            Domains = permen.Domains,
            Aspects = permen.Aspects,
            Indicators = indicators,
            Ladders = permen.Ladders,
            Predikat = permen.Predikat,
        };
        return new(catalog, warnings);
    }

    /// <summary>
    /// PermenPANRB 59/2020 measures the Layanan SPBE domain with the service ladder (Tabel 2) and the other
    /// domains (kebijakan, tata kelola, manajemen) with the process ladder (Tabel 1).
    /// </summary>
    static string LadderOf(Domain? domain) =>
        domain?.Name.StartsWith("Layanan", StringComparison.OrdinalIgnoreCase) == true ? "layanan" : "proses";

    static string? IncompleteNote(IReadOnlyList<Indicator> indicators)
    {
        var gaps = indicators
            .Where(i => i.Levels.Count != 5 || i.Levels.Any(l => l.Criterion.Length == 0 || l.Fulfilment.Count == 0 || l.Evidence.Count == 0)
                        || i.Description is null || i.AssessmentRules is null || i.EvidenceExamples is null)
            .Select(i => i.Number)
            .ToList();
        return gaps.Count == 0 ? null : $"Teks Pedoman belum lengkap untuk indikator {string.Join(", ", gaps)}.";
    }
}
