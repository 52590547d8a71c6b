using System.Text.RegularExpressions;
using SpbeBot.Core.Criteria.Elements;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// A report's follow-up section as it is written (issue 22, wip-22s): a heading that says as of when it reports ("BAB III
/// TINDAK LANJUT (status 30 September 2026)", "Tindak Lanjut per Juni 2026") is still the follow-up section's heading
/// and ends the recommendations above it, and an entry naming the Jadwal Retensi Arsip it loaded plans nothing.
/// </summary>
public sealed partial class EvidenceChecker
{
    sealed partial class LevelJudge
    {
        /// <summary>
        /// "jadwal" as a plan word in an improvement section's entries ("jadwal penyelesaian Desember"), not the Jadwal
        /// Retensi Arsip an entry says was loaded ("Jadwal Retensi Arsip (Perbup 28/2025) dimuat ke SRIKANDI").
        /// </summary>
        const string PlanSchedule = @"\bjadwal\b(?!\s+retensi\b)";

        /// <summary>
        /// A deadline for the work plans it ("paling lambat Agustus 2026"); the time limit a rule sets ("wajib mengunggah
        /// dokumen kontrak paling lambat 3 (tiga) hari kerja setelah penandatanganan", wip-24ev, set 19's N27) is the rule in force.
        /// </summary>
        const string Deadline = @"\bpaling\s+lambat\b(?!\s+\d{1,3}\s+(?:[a-z]+\s+){0,2}?(hari|jam|minggu|bulan)\b)";

        /// <summary>
        /// The entries of an improvement section or follow-up letter plan rather than report: an intended word, a denial
        /// ("belum"), a draft ("rancangan"), a plan or target named ("rencana", "target"), a deadline or a schedule.
        /// </summary>
        const string PlannedEntries = @"\b(" + DocumentWords.Intended + @"|belum|rancangan|rencana|target)\b|" + Deadline + "|" + PlanSchedule;

        /// <summary>
        /// The hit is a heading that opens a section of its own ("BAB III TINDAK LANJUT (status 30 Juni 2026)" after the
        /// rekomendasi): it ends the recommendations above it, so it is not one of them.
        /// </summary>
        bool OpensSection(PageText.Hit hit)
        {
            var text = page.Pages[hit.Page - 1];
            var start = hit.Index < text.Length && text[hit.Index] == '\n' ? hit.Index + 1 : hit.Index;
            if (start > 0 && text[start - 1] != '\n') return false;
            var end = text.IndexOf('\n', start);
            return EndsSection(text[start..(end < 0 ? text.Length : end)]);
        }

        /// <summary>A follow-up heading that says it reports what was done: "TINDAK LANJUT (OPTIMALISASI) YANG TELAH DILAKSANAKAN".</summary>
        const string DoneTail = @"\s+(?:[a-z]+\s+)?yang\s+(?:telah|sudah)\s+(?:dilakukan|dilaksanakan|diselesaikan)";

        /// <summary>
        /// A follow-up section that says nothing was done, or only scheduled (folded text): "Nihil", "tidak ada rekomendasi yang
        /// ditindaklanjuti", "belum ada perbaikan", "dijadwalkan dalam anggaran perubahan 2027".
        /// </summary>
        const string NothingDone = @"\b(nihil|(?:tidak|belum)\s+ada\s+(?:rekomendasi|tindak\s+lanjut|perbaikan|kegiatan)|dijadwalkan|tidak\s+(?:di)?(?:laksanakan|tindaklanjuti))\b";

        /// <summary>A day, month and year: "4 Mei 2026", "6 Apr 2026", "14-05-2026" (folded text).</summary>
        const string DayDate =
            @"\b\d{1,2}\s+(?:jan|feb|mar|apr|mei|jun|jul|agu|agt|ags|sep|okt|nov|des)[a-z]*\s+(?:19|20)\d{2}\b|\b\d{1,2}\s+\d{1,2}\s+(?:19|20)\d{2}\b";

        /// <summary>
        /// A follow-up section's entries dated where the section says they are done — its heading ("… yang telah
        /// dilaksanakan") or its table's last column ("No | Rekomendasi | Tindak lanjut | Selesai"): each date is an entry
        /// carried out, the Pedoman's "telah ditindaklanjuti" (set 24 S18, S26). A column of target dates is a plan.
        /// </summary>
        static int DatedDoneEntries(string heading, string section)
        {
            var doneHeading = Regex.IsMatch(heading, @"\b(telah|sudah)\b", RegexOptions.CultureInvariant);
            var doneColumn = Regex.IsMatch(section, @"(?:^|\n)(?![^\n]*\b(target|rencana)\b)[^\n]*\b(rekomendasi|tindak\s+lanjut)\b[^\n]*\bselesai[ \t]*(?=\n)", RegexOptions.CultureInvariant);
            return doneHeading || doneColumn ? (doneHeading ? 1 : 0) + Regex.Matches(section, DayDate, RegexOptions.CultureInvariant).Count : 0;
        }

        /// <summary>
        /// An optional release that carried the follow-up out, after a heading's words: "Tindak Lanjut (Rilis Portal Versi
        /// 2.1, 15 Juni 2026)" (set 27 V39) — a version released is done, its entries still have to say so.
        /// </summary>
        const string ReleaseTail = @"(?:[ \t]+rilis(?:[ \t]+[a-z]+){0,2}?[ \t]+(?:versi|v)[ \t]*\d+(?:[ \t]+\d+){0,2})?";

        /// <summary>
        /// An optional "(status|per|posisi|tahun) [[day] month] year" after a heading's words, or a period of two months
        /// before the year, "(Januari - Juni 2026)", "Januari s.d. Juni 2026" (folded text).
        /// </summary>
        const string AsOfTail =
            @"(?:[ \t]+(?:status[ \t]+(?:per[ \t]+)?|per[ \t]+|posisi[ \t]+|tahun[ \t]+)?(?:\d{1,2}[ \t]+)?(?:" + Month + @"[ \t]+(?:(?:s[ \t]*d|sampai|hingga)[ \t]+)?)?(?:" + Month + @"[ \t]+)?(?:19|20)\d{2})?";

        /// <summary>A month's name: a period "(Januari - Juni 2026)" is two of them before the year.</summary>
        const string Month = "(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)";
    }
}
