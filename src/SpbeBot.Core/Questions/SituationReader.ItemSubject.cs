namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>
    /// An item of a criterion's enumeration without the indicator's own subject at its end: Keamanan Informasi's
    /// "perbaikan berkelanjutan terhadap Keamanan Informasi" is the item "perbaikan berkelanjutan" (the policy is about
    /// information security as a whole), so "belum mengatur evaluasi kinerja dan perbaikan berkelanjutan" names two items
    /// as missing (partial coverage), not a review and a follow-up denied. Two words are always kept.
    /// </summary>
    static string[] WithoutTrailingSubject(string[] item, Criteria.Indicator indicator)
    {
        if (item.Length < 3) return item;
        var subject = TextNormalizer.Tokenize(indicator.Name).ToHashSet();
        var end = item.Length;
        while (end > 2 && subject.Contains(item[end - 1])) end--;
        return end == item.Length ? item : item[..end];
    }
}
