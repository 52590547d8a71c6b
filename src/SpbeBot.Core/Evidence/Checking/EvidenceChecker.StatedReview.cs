using System.Globalization;
using System.Text.RegularExpressions;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// A reviu the text dates in its own sentence (issue 22, wip-20ea): "Reviu terakhir dilaksanakan 6 Juni 2023", "Reviu atas
/// Peta Rencana dilaksanakan pada 17 November 2022". Where every such reviu is two years old or more and the file holds no
/// recent reviu (its own report, a dated record), the reviu is stale: it counts toward no level that needs one nor the
/// improvement that follows it, and the flag says so — as the authors of every tuning set flag such a document.
/// </summary>
public sealed partial class EvidenceChecker
{
    static readonly Regex DatedReview = new(
        @"\b(reviu|review|evaluasi)\s+(?:\w+\s+){0,6}?(dilaksanakan|dilakukan|diselenggarakan)\s+(?:pada\s+)?(?:tanggal\s+)?(?:\d{1,2}\s+){0,2}(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\s+(?<year>(?:19|20)\d{2})\b",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// A reviu's report cited with its own date: "dituangkan dalam Laporan Evaluasi Layanan Perizinan Elektronik Nomor
    /// 500.16/LEV-02/DPMPTSP/2024 tanggal 30 Juli 2024" (set 25 T39) — the date of the reviu it records.
    /// </summary>
    static readonly Regex CitedReviewReport = new(
        @"\b(laporan|notulensi|notulen|berita\s+acara)\s+(?:hasil\s+)?(reviu|review|evaluasi)\s+(?:\w+\s+){0,12}?tanggal\s+\d{1,2}\s+(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\s+(?<year>(?:19|20)\d{2})\b",
        RegexOptions.CultureInvariant);

    /// <summary>The year of the newest reviu dated in a sentence of the text; null without one.</summary>
    static int? StatedReviewYear(PageText page) =>
        page.Folded.SelectMany(f => DatedReview.Matches(f).Concat(CitedReviewReport.Matches(f)))
            .Select(m => int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture))
            .DefaultIfEmpty().Max() is var y and > 0 ? y : null;

    /// <summary>
    /// The year of the stale reviu the text dates itself, where it has no recent one: not a recent reviu report, no recent
    /// reviu record, no reviu dated within two years. Null otherwise.
    /// </summary>
    static int? StaleStatedReview(PageText page, Review review, int evaluationYear)
    {
        if (review.IsReviewReport && !review.Stale) return null;
        if (StatedReviewYear(page) is not { } stated || evaluationYear - stated < 2) return null;
        return NewestRecordYear(page) is { } record && evaluationYear - record < 2 ? null : stated;
    }
}
