using System.Text.RegularExpressions;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Criteria.Elements;
using SpbeBot.Core.Evidence.Checking;

namespace SpbeBot.Bench;

/// <summary>
/// <c>evidence-check --compare-found</c>: the elements the set's author saw in a document (expected.tsv's <c>found</c>
/// column, free text) lined up with the elements the checker quotes. Each author phrase is mapped onto the indicator's
/// element labels by the element's own terms (the words the checker looks for), or failing that by the label's words; a
/// phrase that maps onto nothing is listed as unmapped. Per document it prints what the author saw and the checker
/// missed (<c>author only</c>) and what the checker claims and the author did not list (<c>checker only</c>); at the end
/// the same counted per element over the set. It reads the element reading, not the level arithmetic.
/// </summary>
sealed class EvidenceFoundComparison(CriteriaCatalog catalog)
{
    readonly FrameworkElements _elements = ElementStore.For(catalog);
    readonly Dictionary<string, int> _authorOnly = new(StringComparer.Ordinal);
    readonly Dictionary<string, int> _checkerOnly = new(StringComparer.Ordinal);
    readonly Dictionary<string, int> _both = new(StringComparer.Ordinal);
    readonly List<string> _unmapped = [];

    /// <summary>Labels the checker quotes that are not element labels of the catalog (a reviu report's parts), with their words.</summary>
    static readonly (string Label, string[] Terms)[] ReviewParts =
    [
        ("reviu/evaluasi kebijakan", ["reviu", "review", "evaluasi"]),
        ("isu/permasalahan", ["isu", "permasalahan", "temuan"]),
        ("rekomendasi perbaikan", ["rekomendasi", "saran"]),
        ("kebijakan baru menindaklanjuti hasil reviu/evaluasi", ["kebijakan baru", "perubahan", "tindak lanjut", "menindaklanjuti"]),
    ];

    static readonly HashSet<string> Stop = ["dan", "atau", "yang", "di", "ke", "dari", "dengan", "untuk", "spbe", "kebijakan", "telah", "pada", "oleh", "secara", "dalam"];

    public void Compare(string file, int indicator, string? authorFound, EvidenceCheck check, bool isAbove)
    {
        var candidates = Candidates(indicator);
        // The topic hit ("topik: …") is the checker's own reading of what the document is about, not a criterion element.
        var checker = check.Found.Select(f => f.Element).Where(l => !l.StartsWith("topik:", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var author = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in (authorFound ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (phrase is "-" or "none" or "") continue;
            var labels = Map(phrase, candidates);
            if (labels.Count == 0) _unmapped.Add($"{file}: {phrase}");
            author.UnionWith(labels);
        }
        var authorOnly = author.Except(checker).ToList();
        var checkerOnly = checker.Except(author).ToList();
        foreach (var l in authorOnly) Count(_authorOnly, l);
        foreach (var l in checkerOnly) Count(_checkerOnly, l);
        foreach (var l in author.Intersect(checker)) Count(_both, l);
        if (authorOnly.Count == 0 && checkerOnly.Count == 0) return;
        Console.WriteLine($"FOUND {file} (indicator {indicator}){(isAbove ? " ABOVE" : "")}: author only [{string.Join("; ", authorOnly)}] | checker only [{string.Join("; ", checkerOnly.Select(l => Quoted(l, check)))}]");
    }

    public void Summary()
    {
        Console.WriteLine("found-column comparison, per element (author only = the author saw it, the checker did not quote it; checker only = quoted, not in the author's list):");
        foreach (var label in _authorOnly.Keys.Union(_checkerOnly.Keys).Union(_both.Keys).OrderByDescending(l => _authorOnly.GetValueOrDefault(l) + _checkerOnly.GetValueOrDefault(l)).ThenBy(l => l, StringComparer.Ordinal))
            Console.WriteLine($"  {label}: both {_both.GetValueOrDefault(label)}, author only {_authorOnly.GetValueOrDefault(label)}, checker only {_checkerOnly.GetValueOrDefault(label)}");
        Console.WriteLine($"found-column totals: both {_both.Values.Sum()}, author only {_authorOnly.Values.Sum()}, checker only {_checkerOnly.Values.Sum()}, author phrases unmapped {_unmapped.Count}");
        foreach (var u in _unmapped) Console.WriteLine($"  unmapped: {u}");
    }

    static string Quoted(string label, EvidenceCheck check) =>
        check.Found.First(f => f.Element == label) is var f ? $"{label} «{Short(f.Quote)}» p{f.Page}" : label;

    static string Short(string quote) => quote.Length <= 90 ? quote.ReplaceLineEndings(" ") : quote[..90].ReplaceLineEndings(" ") + "…";

    List<(string Label, string[] Terms)> Candidates(int indicator)
    {
        var list = new List<(string, string[])>();
        if (_elements.For(indicator) is { } i)
            foreach (var e in i.Levels.SelectMany(l => l.Groups).SelectMany(g => g.Elements))
                list.Add((e.Label, e.Kind switch
                {
                    "enacted" => ["ditetapkan", "penetapan", "tanda tangan"],
                    "available" => ["tersedia", "ditetapkan", "ditandatangani", "disahkan"],
                    "concept" => ["konsep", "rancangan", "draf", "draft"],
                    _ => e.Terms.ToArray(),
                }));
        list.AddRange(ReviewParts);
        return list.GroupBy(c => c.Item1).Select(g => (g.Key, g.SelectMany(x => x.Item2).Distinct().ToArray())).ToList();
    }

    /// <summary>The labels whose terms the phrase holds; failing that, the label sharing most content words with it.</summary>
    static List<string> Map(string phrase, List<(string Label, string[] Terms)> candidates)
    {
        var folded = PageText.Fold(phrase);
        var byTerm = candidates.Where(c => c.Terms.Any(t => Regex.IsMatch(folded, PageText.Phrase(t)))).Select(c => c.Label).ToList();
        if (byTerm.Count > 0) return byTerm;
        var words = Words(folded);
        var best = candidates.Select(c => (c.Label, Shared: Words(PageText.Fold(c.Label)).Intersect(words).Count())).Where(x => x.Shared > 0)
            .OrderByDescending(x => x.Shared).FirstOrDefault();
        return best.Label is null ? [] : [best.Label];
    }

    static HashSet<string> Words(string folded) =>
        Regex.Matches(folded, @"[a-z]{3,}").Select(m => m.Value).Where(w => !Stop.Contains(w)).ToHashSet(StringComparer.Ordinal);

    static void Count(Dictionary<string, int> counts, string label) => counts[label] = counts.GetValueOrDefault(label) + 1;
}
