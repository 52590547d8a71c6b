namespace SpbeBot.Core.Criteria.Build;

/// <summary>
/// Consistency checks any catalog must pass: numbering, references between domains, aspects and
/// indicators, weights that add up, complete level texts, and no page furniture left in the texts.
/// Problems are returned as English sentences (they are for whoever maintains the data file).
/// </summary>
public static class CatalogValidator
{
    public static IReadOnlyList<string> Check(CriteriaCatalog catalog)
    {
        var problems = new List<string>();

        CheckNumbering(catalog.Domains.Select(d => d.Number), "domain", problems);
        CheckNumbering(catalog.Aspects.Select(a => a.Number), "aspect", problems);
        CheckNumbering(catalog.Indicators.Select(i => i.Number), "indicator", problems);

        // Without domains (pemdi-2026) aspects sit directly under the index and carry domain 0.
        foreach (var aspect in catalog.Aspects.Where(a => catalog.HasDomains ? catalog.Domains.All(d => d.Number != a.Domain) : a.Domain != 0))
            problems.Add($"aspect {aspect.Number} refers to unknown domain {aspect.Domain}");
        foreach (var indicator in catalog.Indicators)
        {
            var aspect = catalog.Aspects.FirstOrDefault(a => a.Number == indicator.Aspect);
            if (aspect is null) problems.Add($"indicator {indicator.Number} refers to unknown aspect {indicator.Aspect}");
            else if (aspect.Domain != indicator.Domain) problems.Add($"indicator {indicator.Number} is in domain {indicator.Domain} but its aspect is in domain {aspect.Domain}");
            if (!catalog.Ladders.ContainsKey(indicator.Ladder)) problems.Add($"indicator {indicator.Number} uses unknown ladder '{indicator.Ladder}'");
        }

        CheckWeights(catalog, problems);
        for (var b = 1; b < catalog.Predikat.Count; b++)
            if (catalog.Predikat[b].Max != catalog.Predikat[b - 1].Min) problems.Add($"predikat band '{catalog.Predikat[b].Name}' does not end where '{catalog.Predikat[b - 1].Name}' starts");
        foreach (var conversion in catalog.Conversions ?? [])
        {
            if (catalog.FindIndicator(conversion.Indicator) is null) problems.Add($"conversion {conversion.ShortName} feeds unknown indicator {conversion.Indicator}");
            for (var b = 1; b < conversion.Bands.Count; b++)
                if (conversion.Bands[b].SourceMin != conversion.Bands[b - 1].SourceMax) problems.Add($"conversion {conversion.ShortName}: band {b + 1} does not start where band {b} ends");
        }
        if (catalog.IncompleteNote is null) CheckTexts(catalog, problems);
        return problems;
    }

    static void CheckNumbering(IEnumerable<int> numbers, string what, List<string> problems)
    {
        var list = numbers.ToList();
        if (!list.SequenceEqual(Enumerable.Range(1, list.Count)))
            problems.Add($"{what} numbers are not 1..{list.Count} in order");
    }

    static void CheckWeights(CriteriaCatalog catalog, List<string> problems)
    {
        if (catalog.Domains.Any(d => d.Weight is null) || catalog.Aspects.Any(a => a.Weight is null)) return; // a catalog without weights (e.g. an old framework)
        void Expect(decimal? actual, decimal expected, string what)
        {
            if (actual != expected) problems.Add($"{what} add up to {actual}, expected {expected}");
        }
        if (catalog.HasDomains) Expect(catalog.Domains.Sum(d => d.Weight), 100m, "domain weights");
        Expect(catalog.Aspects.Sum(a => a.Weight), 100m, "aspect weights");
        Expect(catalog.Indicators.Sum(i => i.Weight), 100m, "indicator weights");
        foreach (var domain in catalog.Domains)
            Expect(catalog.Aspects.Where(a => a.Domain == domain.Number).Sum(a => a.Weight), domain.Weight ?? 0, $"aspect weights of domain {domain.Number}");
        foreach (var aspect in catalog.Aspects)
            Expect(catalog.Indicators.Where(i => i.Aspect == aspect.Number).Sum(i => i.Weight), aspect.Weight ?? 0, $"indicator weights of aspect {aspect.Number}");
    }

    static void CheckTexts(CriteriaCatalog catalog, List<string> problems)
    {
        foreach (var indicator in catalog.Indicators)
        {
            if (!indicator.Levels.Select(l => l.Level).SequenceEqual([1, 2, 3, 4, 5]))
                problems.Add($"indicator {indicator.Number} does not have levels 1–5");
            foreach (var level in indicator.Levels)
            {
                var where = $"indicator {indicator.Number} level {level.Level}";
                if (string.IsNullOrWhiteSpace(level.Criterion)) problems.Add($"{where}: empty criterion");
                if (level.Fulfilment.Count == 0 || level.Fulfilment.Any(string.IsNullOrWhiteSpace)) problems.Add($"{where}: empty fulfilment");
                if (level.Evidence.Count == 0 || level.Evidence.Any(string.IsNullOrWhiteSpace)) problems.Add($"{where}: empty evidence");
                foreach (var text in level.Fulfilment.Concat(level.Evidence).Append(level.Criterion))
                    if (TextProblems.Find(text) is { } problem) problems.Add($"{where}: {problem}");
            }
        }
    }
}
