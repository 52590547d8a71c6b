namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    static readonly HashSet<string> Records = Vocabulary.Words("records");
    static readonly HashSet<string> Contrasts = Vocabulary.Words("contrasts");

    /// <summary>
    /// The Pedoman counts what the evidence shows. A sentence that states something and then, after "tapi" / "but" /
    /// "namun", says its record is missing ("… pernah dibahas tapi nggak ada notulen", "… but I can't find minutes",
    /// "reviu sedang berjalan tapi laporan hasil reviunya belum ada", "namun dokumentasinya belum kami terima") does not
    /// state it: the elements the missing record names (the review of "laporan reviu"), or else those of the clause before
    /// the contrast, are not met unless another sentence states them; the lowest level adding one decides.
    /// </summary>
    Placement BelowUnevidenced(int indicatorNumber, string question, bool service, Placement placement)
    {
        if (placement.Level is not >= 2) return placement;
        var unitsDistinct = _unitsDistinct.Contains(indicatorNumber);
        var unevidenced = new HashSet<Element>();
        var rest = new List<string>();
        foreach (var sentence in question.Split(['.', ';', '!', '?', '\n']))
        {
            var tokens = TextNormalizer.Tokenize(sentence);
            var contrast = tokens.FindLastIndex(Contrasts.Contains);
            if (contrast > 0 && RecordMissing(tokens.Skip(contrast + 1).ToList()))
            {
                var named = Named(tokens.Skip(contrast + 1).ToList());
                unevidenced.UnionWith(named.Count > 0 ? named : Named(tokens.Take(contrast).ToList()));
            }
            else rest.AddRange(tokens);
        }
        unevidenced.ExceptWith([Element.Partial, Element.Complete, Element.Planned, Element.Draft]);
        if (unevidenced.Count > 0) unevidenced.ExceptWith(Read(rest, service, isCatalog: false, unitsDistinct).Asserted);
        return BelowNotMet(indicatorNumber, placement, unevidenced);

        HashSet<Element> Named(List<string> words)
        {
            var (a, d) = Read(words, service, isCatalog: true, unitsDistinct);
            a.UnionWith(d);
            return a;
        }
    }

    /// <summary>A record ("notulen", "minutes", "laporan", "dokumentasi") and a negator in the clause ("nggak ada notulen", "can't find minutes").</summary>
    static bool RecordMissing(List<string> clause) =>
        clause.Any(t => Records.Contains(t)) && Enumerable.Range(0, clause.Count).Any(k => IsNegator(clause, k) || clause[k] is "cant" or "t" or "couldn");
}
