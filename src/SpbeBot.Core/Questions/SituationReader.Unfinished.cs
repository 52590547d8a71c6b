namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    static readonly HashSet<string> Finished = Vocabulary.Words("finished");
    static readonly HashSet<string> Revision = Vocabulary.Words("revision");
    /// <summary>The names of a policy document among <c>[words policy-documents]</c> (not its words of having: "ada", "punya", "have").</summary>
    static readonly HashSet<string> PolicyNames = [.. Vocabulary.Words("policy-documents").Except(Vocabulary.Words("existence")).Except(["memiliki", "mempunyai", "have", "has", "dokumennya"])];

    /// <summary>
    /// "lagi revisi dokumennya sbg tindak lanjut reviu tp blm selesai", "the update after the review is not finished yet": a
    /// negator then a word of finishing (<c>[words finished]</c>) after a follow-up, in the same sentence, says the
    /// follow-up is in progress, and a follow-up in progress is not done (level 5: "ditindaklanjuti").
    /// </summary>
    static bool UnfinishedAfter(IReadOnlyList<string> tokens, int i)
    {
        for (var k = i + 1; k < Math.Min(tokens.Count, i + 13); k++)
            if (Finished.Contains(tokens[k]) && (IsNegator(tokens, k - 1) || k >= 2 && IsNegator(tokens, k - 2))) return true;
        return false;
    }

    /// <summary>
    /// A new or revised policy named beside a word of establishing that is denied or still pending, or beside a word of
    /// drafting: "the revised Perbup is still being drafted and not signed yet", "we haven't issued a revised regulation",
    /// "Perwal perubahannya belum ditetapkan". Where the description states a review, this is the review's follow-up not
    /// made (level 5), not a policy never established: a reviewed policy was established (level 2).
    /// </summary>
    bool RevisionNotIssued(string question)
    {
        foreach (var sentence in question.Split(['.', ';', '!', '?', '\n']))
        {
            var tokens = TextNormalizer.Tokenize(sentence);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!Revision.Contains(tokens[i])) continue;
                // "baru" is "new" only after a policy document ("Perbup baru"); elsewhere it is "only" or "just".
                if (tokens[i] == "baru" && !(i > 0 && PolicyDocuments.Contains(tokens[i - 1]))) continue;
                for (var j = Math.Max(0, i - 6); j < Math.Min(tokens.Count, i + 9); j++)
                {
                    if (j == i) continue;
                    var word = tokens[j];
                    if (EstablishedWord(word) && (Negated(tokens, j, 4) || NegatedAfter(tokens, j) || Enumerable.Range(Math.Max(0, j - 3), Math.Min(3, j)).Any(k => Pending.Contains(tokens[k])))) return true;
                    if (Read([word], service: false, isCatalog: true).Asserted.Contains(Element.Draft)) return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// "a new Governor Regulation was issued in 2025 following that review", "telah diterbitkan Keputusan Gubernur baru
    /// … berdasarkan hasil reviu": a new or revised policy (a word of <c>[words revision]</c> within two words of a policy
    /// document) named with a word of establishing that is neither denied nor pending, and no word of drafting, in one
    /// sentence. Where a review is stated, that is its follow-up with a new policy (level 5 of the policy ladder).
    /// </summary>
    bool RevisionIssued(string question)
    {
        foreach (var sentence in question.Split(['.', ';', '!', '?', '\n']))
        {
            var tokens = TextNormalizer.Tokenize(sentence);
            // "kebijakan baru", "a derivative policy": the Pedoman's own words for level 5 ("ditindaklanjuti dengan kebijakan baru").
            var revised = Enumerable.Range(0, tokens.Count).Any(i => Revision.Contains(tokens[i])
                && Enumerable.Range(Math.Max(0, i - 2), Math.Min(tokens.Count, i + 3) - Math.Max(0, i - 2)).Any(j => j != i && (PolicyNames.Contains(tokens[j]) || tokens[j] is "kebijakan" or "policy")));
            if (!revised || tokens.Any(t => Read([t], service: false, isCatalog: true).Asserted.Contains(Element.Draft))) continue;
            if (Enumerable.Range(0, tokens.Count).Any(j => EstablishedWord(tokens[j]) && !Negated(tokens, j, 4) && !NegatedAfter(tokens, j)
                && !Enumerable.Range(Math.Max(0, j - 3), Math.Min(3, j)).Any(k => Pending.Contains(tokens[k])))) return true;
        }
        return false;
    }
}
