namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    static readonly HashSet<string> ObjectBreaks = Vocabulary.Words("object-breaks");

    /// <summary>The notions a policy, team or plan establishes as a thing of its own: what a denied verb of establishing
    /// names right after it is what is not set.</summary>
    static readonly Element[] EstablishedObjects = [Element.Strategy, Element.Guideline, Element.Planned];

    /// <summary>
    /// "the coordination team hasn't issued any risk-based security strategy", "belum menetapkan SOP", "belum
    /// ditetapkan peta rencananya": a denied word of establishing whose object, up to five words on, names the strategy,
    /// the guideline or the plan denies that notion, not the indicator's own establishment (before, "issued" was denied and
    /// the strategy asserted: level 1 where the description meets level 3). No comma of the raw text, clause break, other
    /// notion, negator or word of manner, cause or time (<c>[words object-breaks]</c>: "sesuai", "karena", "as", "by")
    /// between; the index of the object's word, or -1.
    /// </summary>
    /// <remarks>
    /// r34b findings 1 and 2 (m35sc). The object is another thing only where its notion is a rung of this indicator's
    /// ladder (<paramref name="rungs"/>): "Bupati belum menetapkan Peta Rencana SPBE", "has not adopted our SPBE roadmap",
    /// "not yet signed our SPBE architecture plan" name the indicator's own document (its plan is no rung of Peta Rencana
    /// or Arsitektur), so the establishment is what is denied. A passive verb ("belum ditetapkan", "has not been adopted")
    /// has its subject before it: it takes an object only with "-nya" ("belum ditetapkan peta rencananya"), and what
    /// follows as the role it would get ("sebagai/menjadi/jd pedoman", "into the plan") ends the object
    /// (<c>[words object-breaks]</c>). A notion with its own predicate after it ("rencana induknya udh ada") is no object.
    /// </remarks>
    int DeniedObject(IReadOnlyList<string> tokens, int i, bool service, IReadOnlySet<int>? afterComma, IReadOnlySet<Element>? rungs = null)
    {
        if (service || !Negated(tokens, i)) return -1;
        var passive = Passive(tokens, i);
        for (var k = i + 1; k < Math.Min(tokens.Count, i + 6); k++)
        {
            if (afterComma?.Contains(k) == true || ClauseBreaks.Contains(tokens[k]) || ClauseStarts.Contains(tokens[k]) || Conjunctions.Contains(tokens[k])
                || IsNegator(tokens, k) || ObjectBreaks.Contains(tokens[k]) || EstablishedWord(tokens[k])) return -1;
            if (!NamesNotion(tokens[k])) continue;
            if (passive && !tokens.Skip(k).Take(2).Any(t => t.EndsWith("nya", StringComparison.Ordinal))) return -1;
            if (tokens.Skip(k + 1).Take(3).Any(t => Affirming.Contains(t) || Existence.Contains(t) || OwnPredicates.Contains(t))) return -1;
            var named = Read([tokens[k]], service, isCatalog: true).Asserted;
            return named.Count > 0 && named.All(EstablishedObjects.Contains) && (rungs is null || named.All(rungs.Contains)) ? k : -1;
        }
        return -1;
    }

    static readonly HashSet<string> PassiveAuxiliaries = Vocabulary.Words("passive-auxiliaries");
    static readonly HashSet<string> OwnPredicates = Vocabulary.Words("own-predicates");

    /// <summary>A passive word of establishing: Indonesian "di…" ("ditetapkan", "disahkan"), or English after "been", "be",
    /// "is", "was" (up to three words back: "has not been formally adopted").</summary>
    static bool Passive(IReadOnlyList<string> tokens, int i) =>
        tokens[i].StartsWith("di", StringComparison.Ordinal)
        || Enumerable.Range(Math.Max(0, i - 3), Math.Min(3, i)).Any(k => PassiveAuxiliaries.Contains(tokens[k]));

    /// <summary>What this indicator's ladder adds at level 2 and above: the notions that are rungs of their own.</summary>
    IReadOnlySet<Element> RungsOf(int indicator) =>
        ElementsOf(indicator).Where(l => l.Level >= 2).SelectMany(l => l.Elements).ToHashSet();

    /// <summary>
    /// "belum ada kebijakan baru yang ditetapkan", "there is no new policy that has been adopted": a word of establishing
    /// after "yang"/"which"/"that", whose head, after "belum ada" / "tidak ada" / "no" (up to seven words back, no clause
    /// break between), names a notion of this ladder other than establishment: what is absent is that notion (it is read on
    /// its own), not the policy in force. Before, "belum ada … yang ditetapkan" denied the establishment as well (a policy
    /// revised, reviewed and not yet followed up placed at level 1 where it meets level 4).
    /// </summary>
    bool RelativeOfAbsentNotion(IReadOnlyList<string> tokens, int i, bool service)
    {
        if (i < 3 || tokens[i - 1] is not ("yang" or "yg" or "which" or "that")) return false;
        for (var k = i - 3; k >= Math.Max(0, i - 8); k--)
        {
            if (ClauseBreaks.Contains(tokens[k]) || ClauseStarts.Contains(tokens[k])) return false;
            if (!IsNegator(tokens, k)) continue;
            var head = k + 1 < i - 1 && (Existence.Contains(tokens[k + 1]) || tokens[k] is "no") ? k + (Existence.Contains(tokens[k + 1]) ? 2 : 1) : -1;
            if (head < 0 || head >= i - 1) return false;
            var named = Read(tokens.Skip(head).Take(i - 1 - head).ToList(), service, isCatalog: true).Asserted;
            named.Remove(Element.Established);
            return named.Count > 0;
        }
        return false;
    }

    /// <summary>
    /// "we haven't changed the competency plan", "belum merevisi peta rencana": a notion up to three words after a verb of
    /// follow-up (revised, changed, updated) that a negator directly before the verb denies is the object of the change,
    /// not a thing denied. No clause break between. Before, the negator four words back denied the plan as well (level 1
    /// where a plan reviewed and not yet changed meets level 4).
    /// </summary>
    bool ObjectOfDeniedChange(IReadOnlyList<string> tokens, int i, bool service)
    {
        for (var m = i - 1; m >= Math.Max(1, i - 3); m--)
        {
            if (ClauseBreaks.Contains(tokens[m]) || ClauseStarts.Contains(tokens[m]) || Conjunctions.Contains(tokens[m]) || IsNegator(tokens, m)) return false;
            if (!NamesNotion(tokens[m])) continue;
            // "don't follow the standard notation": a verb of conformity denies the guideline it names (NegatedConformity).
            return !Conform.Contains(tokens[m]) && Read([tokens[m]], service, isCatalog: true).Asserted.Contains(Element.FollowedUp) && IsNegator(tokens, m - 1);
        }
        return false;
    }
}
