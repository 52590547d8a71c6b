namespace SpbeBot.Core.Criteria.Build;

/// <summary>
/// Consistency checks any catalog must pass: numbering, references between domains, aspects and
/// indicators, weights that add up, complete level texts, and no page furniture left in the texts.
/// Problems are returned as kinds with their values; dialogs/ words them (<c>CatalogBuildTexts.Problem</c>).
/// </summary>
public static class CatalogValidator
{
    public static IReadOnlyList<CatalogProblem> Check(CriteriaCatalog catalog)
    {
        var problems = new List<CatalogProblem>();

        CheckNumbering(catalog.Domains.Select(d => d.Number), CatalogPart.Domain, problems);
        CheckNumbering(catalog.Aspects.Select(a => a.Number), CatalogPart.Aspect, problems);
        CheckNumbering(catalog.Indicators.Select(i => i.Number), CatalogPart.Indicator, problems);

        // Without domains (pemdi-2026) aspects sit directly under the index and carry domain 0.
        foreach (var aspect in catalog.Aspects.Where(a => catalog.HasDomains ? catalog.Domains.All(d => d.Number != a.Domain) : a.Domain != 0))
            problems.Add(new(CatalogProblemKind.AspectUnknownDomain) { Number = aspect.Number, Other = aspect.Domain });
        foreach (var indicator in catalog.Indicators)
        {
            var aspect = catalog.Aspects.FirstOrDefault(a => a.Number == indicator.Aspect);
            if (aspect is null) problems.Add(new(CatalogProblemKind.IndicatorUnknownAspect) { Indicator = indicator.Number, Number = indicator.Aspect });
            else if (aspect.Domain != indicator.Domain) problems.Add(new(CatalogProblemKind.IndicatorDomainDiffers) { Indicator = indicator.Number, Number = indicator.Domain, Other = aspect.Domain });
            if (!catalog.Ladders.ContainsKey(indicator.Ladder)) problems.Add(new(CatalogProblemKind.UnknownLadder) { Indicator = indicator.Number, Text = indicator.Ladder });
        }

        CheckWeights(catalog, problems);
        for (var b = 1; b < catalog.Predikat.Count; b++)
            if (catalog.Predikat[b].Max != catalog.Predikat[b - 1].Min) problems.Add(new(CatalogProblemKind.PredikatGap) { Text = catalog.Predikat[b].Name, OtherText = catalog.Predikat[b - 1].Name });
        foreach (var conversion in catalog.Conversions ?? [])
        {
            if (catalog.FindIndicator(conversion.Indicator) is null) problems.Add(new(CatalogProblemKind.ConversionUnknownIndicator) { Text = conversion.ShortName, Indicator = conversion.Indicator });
            for (var b = 1; b < conversion.Bands.Count; b++)
                if (conversion.Bands[b].SourceMin != conversion.Bands[b - 1].SourceMax) problems.Add(new(CatalogProblemKind.ConversionGap) { Text = conversion.ShortName, Number = b + 1, Other = b });
        }
        if (catalog.IncompleteNote is null) CheckTexts(catalog, problems);
        return problems;
    }

    static void CheckNumbering(IEnumerable<int> numbers, CatalogPart part, List<CatalogProblem> problems)
    {
        var list = numbers.ToList();
        if (!list.SequenceEqual(Enumerable.Range(1, list.Count)))
            problems.Add(new(CatalogProblemKind.NumberingOutOfOrder) { Part = part, Number = list.Count });
    }

    static void CheckWeights(CriteriaCatalog catalog, List<CatalogProblem> problems)
    {
        if (catalog.Domains.Any(d => d.Weight is null) || catalog.Aspects.Any(a => a.Weight is null)) return; // a catalog without weights (e.g. an old framework)
        void Expect(decimal? actual, decimal expected, CatalogPart part, CatalogPart? of = null, int? number = null)
        {
            if (actual != expected) problems.Add(new(CatalogProblemKind.WeightsDontAddUp) { Part = part, Of = of, Number = number, Amount = actual, Expected = expected });
        }
        if (catalog.HasDomains) Expect(catalog.Domains.Sum(d => d.Weight), 100m, CatalogPart.Domain);
        Expect(catalog.Aspects.Sum(a => a.Weight), 100m, CatalogPart.Aspect);
        Expect(catalog.Indicators.Sum(i => i.Weight), 100m, CatalogPart.Indicator);
        foreach (var domain in catalog.Domains)
            Expect(catalog.Aspects.Where(a => a.Domain == domain.Number).Sum(a => a.Weight), domain.Weight ?? 0, CatalogPart.Aspect, CatalogPart.Domain, domain.Number);
        foreach (var aspect in catalog.Aspects)
            Expect(catalog.Indicators.Where(i => i.Aspect == aspect.Number).Sum(i => i.Weight), aspect.Weight ?? 0, CatalogPart.Indicator, CatalogPart.Aspect, aspect.Number);
    }

    static void CheckTexts(CriteriaCatalog catalog, List<CatalogProblem> problems)
    {
        foreach (var indicator in catalog.Indicators)
        {
            if (!indicator.Levels.Select(l => l.Level).SequenceEqual([1, 2, 3, 4, 5]))
                problems.Add(new(CatalogProblemKind.LevelsIncomplete) { Indicator = indicator.Number });
            foreach (var level in indicator.Levels)
            {
                CatalogProblem At(CatalogProblem problem) => problem with { Indicator = indicator.Number, Level = level.Level };
                if (string.IsNullOrWhiteSpace(level.Criterion)) problems.Add(At(new(CatalogProblemKind.EmptyCriterion)));
                if (level.Fulfilment.Count == 0 || level.Fulfilment.Any(string.IsNullOrWhiteSpace)) problems.Add(At(new(CatalogProblemKind.EmptyFulfilment)));
                if (level.Evidence.Count == 0 || level.Evidence.Any(string.IsNullOrWhiteSpace)) problems.Add(At(new(CatalogProblemKind.EmptyEvidence)));
                foreach (var text in level.Fulfilment.Concat(level.Evidence).Append(level.Criterion))
                    if (TextProblems.Find(text) is { } problem) problems.Add(At(problem));
            }
        }
    }
}
