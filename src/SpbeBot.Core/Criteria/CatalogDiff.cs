namespace SpbeBot.Core.Criteria;

/// <summary>Which fields of a catalog entry differ between two versions.</summary>
public enum CatalogField { IndicatorName, Criterion, Fulfilment, Evidence, SourcePage, LevelAdded, LevelRemoved }

/// <summary>One indicator × level whose texts differ (Level null: the indicator itself, e.g. its name).</summary>
public sealed record CatalogChange(int Indicator, int? Level, IReadOnlyList<CatalogField> Fields);

/// <summary>The differences between the catalog in use and a candidate version, per indicator × level.</summary>
public static class CatalogDiff
{
    public static IReadOnlyList<CatalogChange> Compare(CriteriaCatalog current, CriteriaCatalog candidate)
    {
        var changes = new List<CatalogChange>();
        foreach (var indicator in candidate.Indicators)
        {
            var before = current.FindIndicator(indicator.Number);
            if (before is not null && before.Name != indicator.Name) changes.Add(new(indicator.Number, null, [CatalogField.IndicatorName]));
            var levels = indicator.Levels.Select(l => l.Level).Union(before?.Levels.Select(l => l.Level) ?? []).Order();
            foreach (var number in levels)
            {
                var (old, now) = (before?.Level(number), indicator.Level(number));
                if (old is null) { changes.Add(new(indicator.Number, number, [CatalogField.LevelAdded])); continue; }
                if (now is null) { changes.Add(new(indicator.Number, number, [CatalogField.LevelRemoved])); continue; }
                var fields = new List<CatalogField>();
                if (old.Criterion != now.Criterion) fields.Add(CatalogField.Criterion);
                if (!old.Fulfilment.SequenceEqual(now.Fulfilment)) fields.Add(CatalogField.Fulfilment);
                if (!old.Evidence.SequenceEqual(now.Evidence)) fields.Add(CatalogField.Evidence);
                if (old.SourcePage != now.SourcePage) fields.Add(CatalogField.SourcePage);
                if (fields.Count > 0) changes.Add(new(indicator.Number, number, fields));
            }
        }
        return changes;
    }
}
