using System.Text.RegularExpressions;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// What is not the document's own fact: a policy it cites in a sentence, a "nomor" that is no number, and what a
/// draft says of its own signature.
/// </summary>
public static partial class DocumentFactsReader
{
    /// <summary>Records of something that happened: a draft they discuss does not make them drafts.</summary>
    static readonly string[] RecordKinds = ["Laporan", "Notulensi", "Berita Acara", "Undangan", "Nota Dinas"];

    /// <summary>
    /// A policy kind named after a lower-case word on its line, or after "daftar"/"katalog", is cited, not the document's
    /// own kind: "ditetapkan dengan Keputusan Kepala Diskominfo Nomor 800/90/KPTS/2025", "katalog Perda, Perbup, Keputusan
    /// Bupati", "Daftar Peraturan Daerah 2019-2025". A heading names its kind at its line's start or in capitals.
    /// </summary>
    static bool CitedInLine(string head, int at)
    {
        var before = LineBefore(head, at);
        var words = before.Split(NonLetters, StringSplitOptions.RemoveEmptyEntries);
        return LowerWord.IsMatch(before) || words.Length > 0 && ListWords.Contains(words[^1]);
    }

    static readonly Regex LowerWord = Rx(@"\b[a-z]{3,}\b", RegexOptions.CultureInvariant);
    static readonly char[] NonLetters = [' ', '\t', '[', ']', '(', ')', ':', '-', '.', ',', '"'];
    static readonly HashSet<string> ListWords = new(["daftar", "katalog", "rekap", "rekapitulasi", "himpunan", "kumpulan"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// What follows "nomor" can be a number: a token with a digit ("12", "SOP/BPKAD/03/2025"), one left blank ("…..",
    /// "TAHUN …" with no number) or nothing (the number on the next line). "nomor/tahun/kata kunci" and "(tabel: nomor,
    /// tahun, judul)" are words about numbers, not a number left blank.
    /// </summary>
    static bool NumberLike(string rest)
    {
        var text = rest.Trim();
        if (text.Length == 0 || Dots.IsMatch(text[..Math.Min(text.Length, 12)])) return true;
        var token = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[0];
        return token.Any(char.IsDigit) || token.Equals("tahun", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A draft that says it is not signed yet: "(belum ditandatangani)", "KONSEP - BELUM DISAHKAN".</summary>
    public static bool SaysUnsigned(string all) => NotSigned.IsMatch(all);

    // Options spelled out: this file's statics may be initialised before the other file's Options.
    static readonly Regex NotSigned = Rx(@"\bbelum\s+(ditandatangani|ditanda\s+tangani|bertanda\s+tangan|disahkan)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
}
