using System.Text.RegularExpressions;
using SpbeBot.Core.People;

namespace SpbeBot.Core.Plans.Import;

/// <summary>
/// Splits a responsible-OPD cell into OPD names: "Dinas Perijinan, Dinas Dukcapil, dll" → two OPDs and a warning.
/// Separators inside one OPD's name are kept: "Bag, Hukum" (a typo'd comma after a bare "Bag") and
/// "Bag. Pengadaan Barang &amp; Jasa" ("&amp;"/"dan" split only when both sides look like OPD names).
/// </summary>
public static partial class OpdCell
{
    /// <summary>Words that begin an OPD's name; a fragment that is only one of these continues into the next.</summary>
    static readonly HashSet<string> TypeWords =
    [
        "bagian", "dinas", "badan", "kantor", "sekretariat", "inspektorat", "bidang", "satuan", "unit", "rsud", "kecamatan",
        "kelurahan", "biro", "upt", "uptd", "sekretariat daerah", "dprd",
    ];

    static readonly HashSet<string> EtCetera = ["dll", "dsb", "lainnya", "dan lain lain", "dan lainnya", "lain lain", "etc", "dst"];

    public sealed record Result(IReadOnlyList<string> Opds, bool DroppedEtCetera);

    /// <param name="isKnown">Whether a name (as written) is an OPD the store knows, by name, abbreviation or alias.</param>
    public static Result Split(string cell, Func<string, bool> isKnown)
    {
        var hard = HardSeparators().Split(cell).Select(f => f.Trim()).Where(f => f.Length > 0).ToList();
        var names = new List<string>();
        var droppedEtCetera = false;
        for (var i = 0; i < hard.Count; i++)
        {
            var fragment = hard[i];
            // A known OPD whose name holds a separator ("Dinas Komunikasi, Informatika dan Statistik").
            for (var j = hard.Count - 1; j > i; j--)
            {
                var joined = string.Join(" ", hard.Skip(i).Take(j - i + 1));
                if (isKnown(joined)) { fragment = joined; i = j; break; }
            }
            // "Bag, Hukum": a bare type word belongs to the next fragment.
            while (IsOnlyTypeWord(fragment) && i + 1 < hard.Count) fragment = fragment + " " + hard[++i];
            foreach (var part in SplitSoft(fragment, isKnown))
            {
                if (EtCetera.Contains(OpdNameNormalizer.Normalize(part).Replace("dan ", ""))) { droppedEtCetera = true; continue; }
                if (EtCetera.Contains(OpdNameNormalizer.Normalize(part))) { droppedEtCetera = true; continue; }
                names.Add(part);
            }
        }
        var distinct = names.GroupBy(OpdNameNormalizer.Normalize).Select(g => g.First()).ToList();
        return new Result(distinct, droppedEtCetera);
    }

    /// <summary>"A dan B" / "A &amp; B": split only when the whole is not a known OPD and both sides look like OPDs.</summary>
    static IEnumerable<string> SplitSoft(string fragment, Func<string, bool> isKnown)
    {
        if (isKnown(fragment)) return [fragment];
        var parts = SoftSeparators().Split(fragment).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2) return [fragment];
        var tail = parts.Skip(1).ToList();
        var looksLikeOpds = tail.All(p => isKnown(p) || StartsWithTypeWord(p) || IsAbbreviation(p) || EtCetera.Contains(OpdNameNormalizer.Normalize(p)))
                            && (isKnown(parts[0]) || StartsWithTypeWord(parts[0]) || IsAbbreviation(parts[0]));
        return looksLikeOpds ? parts : [fragment];
    }

    /// <summary>"BKPSDM", "DKIS": an all-capitals word reads as an OPD's abbreviation.</summary>
    static bool IsAbbreviation(string fragment) =>
        fragment.Length is >= 3 and <= 12 && fragment.All(char.IsLetter) && fragment.All(char.IsUpper);

    static bool IsOnlyTypeWord(string fragment) => TypeWords.Contains(OpdNameNormalizer.Normalize(fragment));

    static bool StartsWithTypeWord(string fragment) =>
        OpdNameNormalizer.Normalize(fragment).Split(' ') is [var first, ..] && TypeWords.Contains(first);

    [GeneratedRegex(@"[,;\n]|\s+-\s+")]
    private static partial Regex HardSeparators();

    [GeneratedRegex(@"\s*[&/]\s*|\s+dan\s+", RegexOptions.IgnoreCase)]
    private static partial Regex SoftSeparators();
}
