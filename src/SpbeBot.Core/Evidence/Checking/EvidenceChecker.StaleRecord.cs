namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// A reviu record filed inside another document, older than two years (issue 22, wip-22ua): a policy followed by the
/// "NOTULENSI RAPAT REVIU" of 2023 whose findings stand under "Pembahasan:", a service's description followed by its
/// "B. LAPORAN EVALUASI" of 2023. The Pedoman counts a reviu "dalam kurun waktu 2 (dua) tahun terakhir": the record is
/// stale whatever its isu are called, and the flag says so.
/// </summary>
public sealed partial class EvidenceChecker
{
    /// <summary>
    /// The year of the newest reviu record in the file when every dated record with a rekomendasi or an isu is two years old
    /// or more; null when there is none or one is recent.
    /// </summary>
    static int? StaleRecordYear(PageText page, int evaluationYear)
    {
        var newest = NewestRecordYear(page);
        return newest is { } y && evaluationYear - y >= 2 ? y : null;
    }

    /// <summary>The year of the newest dated reviu record in the text with a rekomendasi or an isu; null without one.</summary>
    static int? NewestRecordYear(PageText page) =>
        ReviewRecords(page).Where(r => r.Issues || r.Recommendations).Select(r => r.Year).OfType<int>().DefaultIfEmpty().Max() is var y and > 0 ? y : null;
}
