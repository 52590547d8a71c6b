using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Questions.Learned;

/// <summary>
/// Counts the features of labelled questions per class (an indicator, or <see cref="IndicatorModel.None"/>) into an
/// <see cref="IndicatorModel"/>. Deterministic: the same examples in any order give the same model.
/// </summary>
public static class IndicatorModelTrainer
{
    /// <summary>Features seen in fewer examples than this are dropped (noise, and a smaller file).</summary>
    public const int MinExamples = 2;

    /// <summary>
    /// At most this many of one author's examples count toward a feature's count for one class in the shipped model; 0:
    /// every example counts. A cap of 1 was measured leave one author out in wip-37ib and lowered the tuning authors (indicator
    /// 16,136 → 16,125, wrong indicators 153 → 157), so the shipped model keeps every example (docs/benchmarks.md).
    /// </summary>
    public const int DefaultAuthorCap = 0;

    /// <summary>The additive smoothing of the feature counts the shipped model is trained with.</summary>
    public const double DefaultAlpha = 0.5;

    /// <summary>
    /// The catalog's own words for each indicator as extra examples of its class: the name, the self-assessment question,
    /// the description and every level's criterion and fulfilment items, one example each. An author who describes an
    /// indicator in the Pedoman's words rather than in earlier askers' still meets known features.
    /// </summary>
    public static IEnumerable<(string Text, int Class)> CatalogExamples(CriteriaCatalog catalog, bool levels = true) =>
        catalog.Indicators.SelectMany(i =>
            new[] { i.Name, i.Question, i.Description }
                .Concat(levels ? i.Levels.SelectMany(l => l.Fulfilment.Prepend(l.Criterion)) : [])
                .Where(t => !string.IsNullOrWhiteSpace(t))
                .Select(t => (t!, i.Number)));

    public static IndicatorModel Train(string framework, IEnumerable<(IReadOnlyList<string> CorrectedTokens, int Class)> examples, string featureKinds = Features.Words, double alpha = DefaultAlpha) =>
        Train(framework, examples.Select(e => (e.CorrectedTokens, e.Class, "")), featureKinds, alpha, authorCap: 0);

    /// <summary>
    /// As <see cref="Train(string, IEnumerable{ValueTuple{IReadOnlyList{string}, int}}, string, double)"/>, with each example's
    /// author: with <paramref name="authorCap"/> above 0, one author adds at most that many examples to a feature's count for
    /// one class, so an author who repeats an application's name or a phrase in many questions of one indicator does not
    /// make it that indicator's word for everyone (wip-37ib). 0: every example counts.
    /// </summary>
    public static IndicatorModel Train(string framework, IEnumerable<(IReadOnlyList<string> CorrectedTokens, int Class, string Author)> examples, string featureKinds, double alpha, int authorCap)
    {
        var perFeature = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        var examplesPerFeature = new Dictionary<string, int>(StringComparer.Ordinal);
        var perAuthor = new Dictionary<(string Feature, int Class, string Author), int>();
        var classes = new SortedSet<int>();
        foreach (var (tokens, cls, author) in examples)
        {
            classes.Add(cls);
            foreach (var feature in Features.Of(tokens, featureKinds))
            {
                examplesPerFeature[feature] = examplesPerFeature.GetValueOrDefault(feature) + 1;
                if (authorCap > 0)
                {
                    var key = (feature, cls, author);
                    var fromAuthor = perAuthor.GetValueOrDefault(key) + 1;
                    perAuthor[key] = fromAuthor;
                    if (fromAuthor > authorCap) continue;
                }
                if (!perFeature.TryGetValue(feature, out var byClass)) perFeature[feature] = byClass = [];
                byClass[cls] = byClass.GetValueOrDefault(cls) + 1;
            }
        }
        var counts = perFeature.Where(kv => examplesPerFeature[kv.Key] >= MinExamples)
            .ToDictionary(kv => kv.Key, kv => kv.Value.OrderBy(e => e.Key).Select(e => (e.Key, e.Value)).ToArray(), StringComparer.Ordinal);
        var classArray = classes.ToArray();
        var totals = classArray.Select(c => counts.Values.Sum(entries => entries.Where(e => e.Item1 == c).Sum(e => e.Item2))).ToArray();
        return new IndicatorModel(framework, featureKinds, alpha, classArray, totals, counts);
    }
}
