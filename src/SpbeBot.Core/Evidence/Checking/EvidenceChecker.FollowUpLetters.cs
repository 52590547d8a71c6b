using System.Text.RegularExpressions;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// The improvement after a reviu as a record of its own writes it (issue 22, wip-22ub): a letter or nota dinas that
/// "menindaklanjuti rekomendasi evaluasi tanggal 13 April 2026" and lists what was done; a berita acara saying the
/// development "telah diserahterimakan … sebagai tindak lanjut Laporan Reviu"; a section headed "TINDAK LANJUT /
/// PERBAIKAN" whose entries are dated releases. The Kriteria's level 5: "telah dilakukan perbaikan … sebagai tindak
/// lanjut hasil reviu dan evaluasi" — done, not recommended or planned.
/// </summary>
public sealed partial class EvidenceChecker
{
    sealed partial class LevelJudge
    {
        /// <summary>"menindaklanjuti rekomendasi evaluasi …", "sebagai tindak lanjut atas hasil reviu …" opening a report of what was done.</summary>
        const string FollowUpOpening =
            @"\b(menindaklanjuti|sebagai\s+tindak\s+lanjut(?:\s+atas)?)\s+(?:rekomendasi\s+|hasil\s+|laporan\s+)+(?:hasil\s+)?(reviu|review|evaluasi|audit)\b";

        /// <summary>A development or release handed over after the reviu: "telah diserahterimakan pengembangan … sebagai tindak lanjut Laporan Reviu".</summary>
        const string DeliveredAfterReview =
            @"\b(telah|sudah)\s+(?:\w+\s+){0,2}?(diserahterimakan|dirilis|diluncurkan|diselesaikan|dioperasikan|diterapkan|diimplementasikan)\s+(?:\w+\s+){0,8}?"
            + @"(sebagai\s+tindak\s+lanjut|menindaklanjuti|berdasarkan\s+(?:hasil\s+)?(?:laporan\s+)?(?:reviu|review|evaluasi|audit))\b";

        /// <summary>
        /// After the reviu's rekomendasi, a record that opens by following it up and whose entries (to the closing or the
        /// signature) say at least twice what was done or when, and plan nothing.
        /// </summary>
        PageText.Hit? FollowUpLetter()
        {
            if (review.Recommendations is not { } recommended || review.Issues is null) return null;
            foreach (var h in page.FindAll(DeliveredAfterReview).Where(h => After(h, recommended) && Counts(h) && !Planned(h)))
                return h;
            foreach (var h in page.FindAll(FollowUpOpening).Where(h => After(h, recommended) && Counts(h) && !Planned(h)))
            {
                var text = page.Pages[h.Page - 1];
                var from = h.Index + h.Length;
                var body = new List<string>();
                foreach (var line in text[from..Math.Min(text.Length, from + 1200)].Split('\n'))
                {
                    if (Regex.IsMatch(line, @"^\s*(Demikian|ttd|Ttd|TTD|Mengetahui)\b", RegexOptions.CultureInvariant)) break;
                    body.Add(PageText.Fold(line));
                }
                var entries = string.Join("\n", body);
                if (Regex.IsMatch(entries, PlannedEntries, RegexOptions.CultureInvariant)) continue;
                if (Regex.Matches(entries, DoneWords, RegexOptions.CultureInvariant).Count + Regex.Matches(entries, DoneDate, RegexOptions.CultureInvariant).Count >= 2)
                    return h;
            }
            return null;
        }
    }
}
