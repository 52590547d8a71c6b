namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>
    /// "rekomendasi perbaikan", "rekomendasi pemutakhiran", "recommendations for improvement": the word after a
    /// recommendation word (past "untuk/for/berupa/of") is the recommendation's content; left out so that only a follow-up
    /// named elsewhere in the sentence counts.
    /// </summary>
    static List<string> WithoutRecommendedContent(IReadOnlyList<string> tokens)
    {
        var kept = tokens.ToList();
        for (var i = 0; i + 1 < kept.Count; i++)
        {
            if (!Recommendations.Contains(tokens[i])) continue;
            var content = tokens[i + 1] is "untuk" or "for" or "berupa" or "of" && i + 2 < tokens.Count ? i + 2 : i + 1;
            kept[content] = "_";
        }
        return kept;
    }
}
