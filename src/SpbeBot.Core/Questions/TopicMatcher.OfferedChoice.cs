namespace SpbeBot.Core.Questions;

public sealed partial class TopicMatcher
{
    static readonly HashSet<string> Or = ["atau", "ato", "or", "apa", "vs", "versus"];
    static readonly HashSet<string> Which = ["yang", "yg", "the"];

    /// <summary>
    /// The other member of a Kebijakan Internal twin as the Pedoman names it: its service or its doing ("Layanan Pusat Data",
    /// "Pelaksanaan Tim Koordinasi", "Penerapan Manajemen Data").
    /// </summary>
    static readonly HashSet<string> OtherMember =
        ["layanan", "layanannya", "service", "services", "penerapan", "pelaksanaan", "implementasi", "implementation", "penggunaan", "operasional"];

    /// <summary>
    /// "PDN itu masuk ind brp, kebijakan atau layanan pusat data?", "yang kebijakan atau yang layanan?": the policy offered as
    /// one side of a choice with the other member is no policy word — the twin stays open, answered as one named bare.
    /// </summary>
    bool PolicyOffered(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_lexicon.PolicyWords.Contains(tokens[i])) continue;
            if (Offered(tokens, i, +1) || Offered(tokens, i, -1)) return true;
        }
        return false;
    }

    /// <summary>From the policy word at <paramref name="at"/>, going <paramref name="step"/>: "atau", an optional "yang", then the other member.</summary>
    static bool Offered(IReadOnlyList<string> tokens, int at, int step)
    {
        var k = at + step;
        if (step < 0 && k >= 0 && Which.Contains(tokens[k])) k += step;
        if (k < 0 || k >= tokens.Count || !Or.Contains(tokens[k])) return false;
        k += step;
        if (step > 0 && k < tokens.Count && Which.Contains(tokens[k])) k += step;
        return k >= 0 && k < tokens.Count && OtherMember.Contains(tokens[k]);
    }
}
