using System.Globalization;
using System.Text.RegularExpressions;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// The date and the isu of a reviu record as a berita acara writes them (issue 22, wip-22s). Its date: "15 Juli 2026", or the formal date in words
/// with its figures after it — "Pada hari Rabu tanggal dua puluh dua bulan Juli tahun dua ribu dua puluh enam
/// (22-07-2026)" — read from its figures "dd-mm-yyyy" / "dd/mm/yyyy" (folded: "22 07 2026").
/// </summary>
public sealed partial class EvidenceChecker
{
    static readonly Regex FiguresDate = new(@"\b(0?[1-9]|[12]\d|3[01]) (0[1-9]|1[0-2]) ((?:19|20)\d{2})\b", RegexOptions.CultureInvariant);

    /// <summary>The first date in folded text, written out or in figures, as (year, months since year 0); null without one.</summary>
    static (int Year, int Month)? RecordDate(string folded)
    {
        var words = OwnDate(folded);
        var figures = FiguresDate.Match(folded);
        if (words.Success && (!figures.Success || words.Index <= figures.Index))
        {
            var y = int.Parse(words.Groups[2].Value, CultureInfo.InvariantCulture);
            return (y, y * 12 + Array.IndexOf(MonthNamesOfRecords, words.Groups[1].Value));
        }
        if (!figures.Success) return null;
        var year = int.Parse(figures.Groups[3].Value, CultureInfo.InvariantCulture);
        return (year, year * 12 + int.Parse(figures.Groups[2].Value, CultureInfo.InvariantCulture) - 1);
    }

    static readonly string[] MonthNamesOfRecords = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"];

    /// <summary>
    /// The isu of a reviu written under "Hasil reviu:" (issue 22, wip-22s): the heading alone on its line, then numbered
    /// entries of which one states a shortcoming ("belum memuat", "tidak", "kurang", "masih", "perlu") — a result that
    /// finds nothing wanting ("1. Semua ketentuan sudah sesuai") names no isu. Folded text.
    /// </summary>
    const string FindingsHeading =
        @"(?:^|\n)[ \t]*(?:[a-h][ \t]+|\d{1,2}[ \t]+)?hasil[ \t]+(?:reviu|review|evaluasi)[ \t]*\n[ \t]*(?:1|a)[ \t]+[^\n]*(?:\n[^\n]*){0,4}?\b(belum|tidak|kurang|masih|perlu)\b";
}
