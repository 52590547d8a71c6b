namespace SpbeBot.Core.Questions;

public sealed partial class TopicMatcher
{
    /// <summary>
    /// "Asset management (BMD) app", "the BMD (asset management) service": a topic of an indicator whose name is qualified
    /// (Manajemen Aset TIK) gives way to another indicator's topic named beside it when no word of the qualifier is written.
    /// The hits unchanged when that is not the case.
    /// </summary>
    List<Hit> WithoutUnqualified(List<Hit> hits, IReadOnlyList<string> tokens)
    {
        if (hits.Count < 2 || _lexicon.Qualifiers.Count == 0) return hits;
        bool Unqualified(Hit h) => h.Topic.Indicators is [var only] && _lexicon.Qualifiers.TryGetValue(only, out var words) && !tokens.Any(words.Contains);
        var kept = hits.Where(h => !Unqualified(h)).ToList();
        // Only when another indicator's topic remains: "asset management" alone is still Manajemen Aset TIK.
        return kept.Count > 0 && kept.Count < hits.Count && kept.Any(h => !h.Topic.Indicators.Intersect(hits.Where(Unqualified).SelectMany(u => u.Topic.Indicators)).Any()) ? kept : hits;
    }
}
