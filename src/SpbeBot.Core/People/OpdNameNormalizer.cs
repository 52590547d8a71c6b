using System.Globalization;
using System.Text;

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
        var text = RemoveAccents(name).ToLowerInvariant();
        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text) cleaned.Append(char.IsLetterOrDigit(c) ? c : ' ');
        var words = cleaned.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Words.TryGetValue(w, out var full) ? full : w)
            .Where(w => w != "dan");
        return string.Join(' ', words);
    }

    static string RemoveAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return new string(kept.ToArray()).Normalize(NormalizationForm.FormC);
    }
}
