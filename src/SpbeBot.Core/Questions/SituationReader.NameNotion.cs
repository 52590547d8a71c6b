using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>
    /// Per indicator, each notion of its own name that a level's criterion also adds (Keterpaduan Rencana dan Anggaran,
    /// level 4: "telah terpadu dan dapat dikendalikan"), with the lowest such level above 1. The name's notions are not
    /// read as elements (every description of the indicator names them), but one denied is still that level's criterion
    /// not met.
    /// </summary>
    Dictionary<int, Dictionary<Element, int>> NameNotionLevels(CriteriaCatalog catalog)
    {
        var levels = new Dictionary<int, Dictionary<Element, int>>();
        foreach (var indicator in catalog.Indicators)
        {
            var service = indicator.Ladder == "layanan";
            var ofName = Read(TextNormalizer.Tokenize(indicator.Name), service, isCatalog: true).Asserted;
            if (ofName.Count == 0) continue;
            // Only a notion one level adds: one that every level names ("Kolaborasi … antar unit kerja") is the subject.
            var byNotion = indicator.Levels.Where(l => l.Level > 1)
                .SelectMany(l => Read(TextNormalizer.Tokenize(l.Criterion), service, isCatalog: true).Asserted.Intersect(ofName).Select(e => (Element: e, l.Level)))
                .GroupBy(x => x.Element).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Level);
            if (byNotion.Count > 0) levels[indicator.Number] = byNotion;
        }
        return levels;
    }

    /// <summary>"tp blm ada pengendalian terpadu oleh Bappeda", "don't yet consolidate SPBE spending": the lowest level adding a denied notion of the name, less one (5: none).</summary>
    int NameNotionCap(int indicatorNumber, IEnumerable<Element> denied) =>
        _nameNotionLevels.TryGetValue(indicatorNumber, out var byNotion)
            ? denied.Where(byNotion.ContainsKey).Select(e => byNotion[e] - 1).DefaultIfEmpty(5).Min()
            : 5;
}
