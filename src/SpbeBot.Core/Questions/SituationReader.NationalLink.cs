using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    static readonly HashSet<string> NationalWords = Vocabulary.Words("national");

    /// <summary>
    /// Per policy or management indicator whose ladder adds integration at one level and integration "di tingkat nasional"
    /// at a higher one (Jaringan Intra: 4 and 5; Sistem Penghubung Layanan: 4 and 5): that higher level.
    /// </summary>
    static Dictionary<int, int> NationalLevels(CriteriaCatalog catalog, Dictionary<int, IReadOnlyList<LevelElements>> byIndicator)
    {
        var levels = new Dictionary<int, int>();
        foreach (var indicator in catalog.Indicators.Where(i => i.Ladder != "layanan"))
        {
            if (!byIndicator.TryGetValue(indicator.Number, out var elements)
                || elements.FirstOrDefault(l => l.Elements.Contains(Element.Integrated)) is not { } first) continue;
            if (indicator.Levels.Where(l => l.Level > first.Level && l.Criterion.Contains("nasional", StringComparison.OrdinalIgnoreCase))
                .Select(l => l.Level).DefaultIfEmpty(0).Min() is > 0 and var national) levels[indicator.Number] = national;
        }
        return levels;
    }

    /// <summary>
    /// "integrated with the provincial SPLP … Not yet connected to the national SPLP", "nyambung ke pemprov … tp blm nyambung
    /// ke jaringan intra pemerintah nasional": one clause states an integration, and every clause that denies one names the
    /// national network or platform. The integration of the lower level is met; only the level that adds the national
    /// one is not (the placement is capped below it).
    /// </summary>
    bool OnlyNationalLinkDenied(int indicatorNumber, string question)
    {
        var national = false;
        var other = false;
        foreach (var part in question.Split(['.', ';', '!', '?', '\n', ',']))
            foreach (var clause in Clauses(TextNormalizer.Tokenize(part)))
            {
                var (yes, no) = Read(clause, service: false, isCatalog: false);
                var namesNational = clause.Any(NationalWords.Contains);
                if (no.Contains(Element.Integrated))
                {
                    if (!namesNational) return false;
                    national = true;
                }
                else if (yes.Contains(Element.Integrated) && !namesNational && !OnlyOwnConnections(indicatorNumber, clause) && !LinksOwnUnits(clause)) other = true;
            }
        return national && other;
    }

    /// <summary>"connects all offices", "nyambung ke semua OPD": every word of integration has the Pemda's own units within four words after it.</summary>
    static bool LinksOwnUnits(IReadOnlyList<string> clause)
    {
        var found = false;
        for (var i = 0; i < clause.Count; i++)
        {
            if (!IntegratedWord(clause[i])) continue;
            found = true;
            var k = Enumerable.Range(i + 1, Math.Max(0, Math.Min(clause.Count, i + 5) - i - 1)).FirstOrDefault(j => OwnUnits.Contains(clause[j]) || UnitWords.Contains(clause[j]), -1);
            if (k < 0 || k + 1 < clause.Count && clause[k + 1] is "lain" or "other") return false;
        }
        return found;
    }

    /// <summary>The placement no higher than <paramref name="cap"/>, decided there when the description meets it.</summary>
    static Placement AtMost(Placement p, int cap)
    {
        if (p.Level > cap) return p with { Level = cap, Decided = (p.Lower ?? p.Level) >= cap, DecidingLevel = (p.Lower ?? p.Level) >= cap ? null : cap, Gap = false, PointsAt = false };
        if (p.Level == cap && p.DecidingLevel == cap + 1) return p with { Decided = true, DecidingLevel = null };
        return p;
    }
}
