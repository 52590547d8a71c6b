namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>
    /// "usulan yang tidak lolos konsultasi tidak dianggarkan", "proposals that never pass consultation are never funded": a
    /// negation right after a relative word ("yang/that/which tidak …", "that never …") followed by another negation in the same clause is a
    /// rule about some items, not a state the description denies. The relative clause and the negation of the rule are
    /// left out (the head noun stays); "ada SOP yang belum ditetapkan" (no second negation) is left as it is, and so is a
    /// sentence that opens with the relative word (no head noun).
    /// </summary>
    internal static List<string> WithoutConditionalRule(List<string> tokens)
    {
        for (var r = 0; r + 1 < tokens.Count; r++)
        {
            // A rule is about a head noun ("usulan yang …"); "Yang belum: Forum Satu Data belum pernah menetapkan strategi"
            // opens a list of what is not done yet, and its negations stand.
            if (r == 0 || !Relatives.Contains(tokens[r]) || !IsNegator(tokens, r + 1)) continue;
            for (var k = r + 3; k < Math.Min(tokens.Count, r + 10); k++)
            {
                if (ClauseStarts.Contains(tokens[k]) || ClauseBreaks.Contains(tokens[k])) break;
                if (!IsNegator(tokens, k)) continue;
                // The rule's own predicate ("tidak dianggarkan") goes with it: the word after the second negator and after any
                // filler ("tidak pernah dianggarkan", "belum juga direviu"), else the verb would stay un-negated.
                var end = k + 1;
                while (end < tokens.Count && RuleFillers.Contains(tokens[end])) end++;
                end = Math.Min(tokens.Count, end + 1);
                return [.. tokens.Take(r), .. tokens.Skip(end)];
            }
        }
        return tokens;
    }

    static readonly HashSet<string> Relatives = ["yang", "that", "which", "who"];

    /// <summary>Words between a negator and the verb it denies, as in <see cref="NegatedAfter"/>: "pernah", "juga", "sempat", "pula", "acan".</summary>
    static readonly HashSet<string> RuleFillers = ["pernah", "juga", "sempat", "pula", "acan"];
}
