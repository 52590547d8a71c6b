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
    static bool Offered(IReadOnlyList<string> tokens, int at, int step, IReadOnlySet<string>? joiners = null)
    {
        var k = at + step;
        if (step < 0 && k >= 0 && Which.Contains(tokens[k])) k += step;
        if (k < 0 || k >= tokens.Count || !(joiners ?? Or).Contains(tokens[k])) return false;
        k += step;
        if (step > 0 && k < tokens.Count && Which.Contains(tokens[k])) k += step;
        return k >= 0 && k < tokens.Count && (OtherMember.Contains(tokens[k]) || step > 0 && Document.Contains(tokens[k]));
    }

    /// <summary>Words joining the twin's two sides when both are named: "kebijakan sama dokumen", "kebijakan same layanan", "policy and service".</summary>
    static readonly HashSet<string> SidesJoined = [.. Or, "sama", "same", "dan", "and", "serta", "jo", "deng", "karo"];

    /// <summary>The other member of a twin whose implementation is a document (Arsitektur SPBE, Peta Rencana SPBE): "kebijakan sama dokumen".</summary>
    static readonly HashSet<string> Document = ["dokumen", "dokumennya", "document"];

    /// <summary>
    /// "arsitektur ada 2 indikator ya? kebijakan sm dokumen. yg dokumennya itu lvl 3 apa?", "jaringan intra ade dua, kebijakan
    /// same layanan. yang layanan tu …": both sides of a twin named, then "yang" with one of them says which is asked —
    /// true the policy, false the other member, null when no side is named so.
    /// </summary>
    bool? SideChosen(IReadOnlyList<string> tokens)
    {
        var sidesAt = Enumerable.Range(0, tokens.Count).FirstOrDefault(i => _lexicon.PolicyWords.Contains(tokens[i])
            && (Offered(tokens, i, +1, SidesJoined) || Offered(tokens, i, -1, SidesJoined)), -1);
        if (sidesAt < 0) return null;
        for (var k = tokens.Count - 2; k > sidesAt + 2; k--)
        {
            if (!Which.Contains(tokens[k])) continue;
            if (_lexicon.PolicyWords.Contains(tokens[k + 1])) return true;
            if (OtherMember.Contains(tokens[k + 1]) || Document.Contains(tokens[k + 1])) return false;
        }
        return null;
    }
}
