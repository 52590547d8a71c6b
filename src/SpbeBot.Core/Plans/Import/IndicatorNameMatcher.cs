using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Core.Plans.Import;

/// <summary>
/// Matches an indicator name as written in a plan spreadsheet to the catalog, tolerating typos, dropped words and
/// abbreviations ("TIK", "SDM"): Dice similarity of word sets where near-identical words count as equal.
/// A match must be clearly better than the runner-up; otherwise the row is reported, not guessed.
/// </summary>
public sealed class IndicatorNameMatcher
{
    const double Accept = 0.6;
    const double Margin = 0.1;

    static readonly Dictionary<string, string> Abbreviations = new()
    {
        ["tik"] = "teknologi informasi komunikasi", ["ti"] = "teknologi informasi", ["sdm"] = "sumber daya manusia",
        ["wbs"] = "whistle blowing system", ["jdih"] = "jaringan dokumentasi informasi hukum", ["bmd"] = "barang milik daerah",
        ["pbj"] = "pengadaan barang jasa", ["bmn"] = "barang milik negara", ["pemdi"] = "pemerintah digital",
        ["pdp"] = "pelindungan data pribadi",
    };

    static readonly HashSet<string> Ignored = ["tingkat", "kematangan", "instansi", "pemerintah", "pusat", "daerah", "spbe", "dan", "atau", "yang", "di", "berbasis", "elektronik"];

    readonly List<(Indicator Indicator, HashSet<string> Words)> _names;

    /// <summary>Every indicator under its official name and the other spellings its sources use (pemdi-2026's NameVariants).</summary>
    public IndicatorNameMatcher(CriteriaCatalog catalog) =>
        _names = catalog.Indicators.SelectMany(i => (i.NameVariants ?? []).Prepend(i.Name).Select(n => (i, Words(n)))).ToList();

    public sealed record Result(Indicator? Indicator, double Score, Indicator? RunnerUp, double RunnerUpScore);

    public Result Match(string name)
    {
        var words = Words(name);
        if (words.Count == 0) return new Result(null, 0, null, 0);
        var ranked = _names.Select(n => (n.Indicator, Score: Dice(words, n.Words)))
            .GroupBy(x => x.Indicator.Number).Select(g => g.MaxBy(x => x.Score))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Indicator.Number).ToList();
        var (best, second) = (ranked[0], ranked.Count > 1 ? ranked[1] : (null!, 0));
        var confident = best.Score >= Accept && best.Score - second.Score >= Margin;
        return new Result(confident ? best.Indicator : null, best.Score, second.Indicator, second.Score);
    }

    static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>();
        foreach (var token in TextNormalizer.Tokenize(text.Replace('/', ' ')))
        {
            if (Abbreviations.TryGetValue(token, out var full)) { foreach (var w in full.Split(' ')) words.Add(w); continue; }
            if (Ignored.Contains(token) || token.All(char.IsDigit)) continue;
            words.Add(token);
        }
        return words;
    }

    static double Dice(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var shared = a.Count(word => b.Contains(word) || b.Any(other => Similar(word, other)));
        return 2.0 * shared / (a.Count + b.Count);
    }

    /// <summary>Typos: one edit in words of 5+ letters, two in words of 8+ ("Perencanaaan" = "Perencanaan").</summary>
    static bool Similar(string a, string b)
    {
        var max = Math.Min(a.Length, b.Length) >= 8 ? 2 : Math.Min(a.Length, b.Length) >= 5 ? 1 : 0;
        return max > 0 && TypoCorrector.Distance(a, b, max) <= max;
    }
}
