using System.Text;
using SpbeBot.Core.Text;

namespace SpbeBot.Core.People;

/// <summary>
/// Turns any way of writing an OPD's name into one key, so "Bag. Hukum", "Bag, Hukum", "Bagian Hukum" and
/// "BAG HUKUM" all find the same OPD: lower case, accents removed, punctuation (and "&amp;") to spaces,
/// common abbreviations written out (bag → bagian, dis → dinas, ...), the word "dan" dropped (so
/// "Barang &amp; Jasa", "Barang dan Jasa" and "Barang Jasa" agree), spaces collapsed.
/// Abbreviations that are names themselves (Bappeda, BKPSDM, DKIS) are left alone; they are stored as aliases.
/// </summary>
public static class OpdNameNormalizer
{
    /// <summary>Word-level abbreviations seen in Pemda spreadsheets. Keep this list short and obvious.</summary>
    static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["bag"] = "bagian",
        ["dis"] = "dinas",
        ["din"] = "dinas",
        ["dns"] = "dinas",
        ["kab"] = "kabupaten",
        ["kec"] = "kecamatan",
        ["kel"] = "kelurahan",
        ["sekr"] = "sekretariat",
        ["set"] = "sekretariat",
        ["setda"] = "sekretariat daerah",
        ["sekda"] = "sekretariat daerah",
        ["bdn"] = "badan",
        ["ktr"] = "kantor",
        ["brg"] = "barang",
        ["pbj"] = "pengadaan barang jasa",
        ["perijinan"] = "perizinan",
        ["ijin"] = "izin",
    };

    public static string Normalize(string name)
    {
        var text = Diacritics.Remove(name).ToLowerInvariant();
        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text) cleaned.Append(char.IsLetterOrDigit(c) ? c : ' ');
        var words = cleaned.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Words.TryGetValue(w, out var full) ? full : w)
            .Where(w => w != "dan");
        return string.Join(' ', words);
    }

    /// <summary>Whether a name as written is one of these OPDs (by name, abbreviation or alias), for splitting OPD cells.</summary>
    public static Func<string, bool> Matcher(IEnumerable<Opd> opds)
    {
        var known = opds.SelectMany(o => o.Aliases.Append(o.Name).Append(o.Abbreviation ?? ""))
            .Where(n => n.Length > 0).Select(Normalize).ToHashSet();
        return name => known.Contains(Normalize(name));
    }
}
