using System.Text.RegularExpressions;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// A policy filed as the Pedoman's level-5 bundle (issue 22, wip-22s): the policy, the record of its reviu (recent, with
/// isu and rekomendasi), and after that record the new policy or amendment that follows it ("KEPUTUSAN BUPATI … NOMOR
/// 000.8/118 TAHUN 2026 TENTANG PERUBAHAN …", "Menimbang: bahwa sesuai rekomendasi Berita Acara Reviu …", "Ditetapkan di …
/// pada tanggal 20 Mei 2026") — the Kriteria's "telah ditindaklanjuti dengan kebijakan baru".
/// </summary>
public sealed partial class EvidenceChecker
{
    sealed partial class LevelJudge
    {
        /// <summary>The words with which the new policy's preamble cites the reviu it follows.</summary>
        static readonly string[] CitesReview =
        [
            @"\bmenindaklanjuti\s+(?:\w+\s+){0,4}?(reviu|review|evaluasi)\b",
            @"\bberdasarkan\s+(?:\w+\s+){0,4}?(reviu|review|evaluasi)\b",
            @"\bsebagai\s+tindak\s+lanjut\s+(?:\w+\s+){0,4}?(reviu|review|evaluasi)\b",
            @"\b(sesuai|berdasarkan|mengikuti)\s+rekomendasi\s+(?:\w+\s+){0,4}?(reviu|review|evaluasi)\b",
            @"\bhasil\s+(reviu|review|evaluasi)\b",
        ];

        /// <summary>
        /// The citing words of a policy ditetapkan after the file's recent reviu record, in its own heading-to-penetapan
        /// span: a heading "PERATURAN/KEPUTUSAN BUPATI … / NOMOR …" after the record (not a draft: the heading opens its line),
        /// the citing words after that heading, then a filled-in "Ditetapkan di … pada tanggal …" no earlier than the reviu.
        /// A recommendation to amend, a plan, or an undated penetapan is no new policy.
        /// </summary>
        PageText.Hit? AmendedAfterReview()
        {
            if (!indicator.Policy || !isPolicy || facts.Draft || !facts.Signed) return null;
            var record = ReviewRecords(page).FirstOrDefault(r => r.Year is { } y && year - y < 2 && r.Issues && r.Recommendations);
            if (record.Heading is not { } heading) return null;
            var recordText = page.Folded[heading.Page - 1];
            if (RecordDate(recordText[heading.Index..Math.Min(recordText.Length, heading.Index + 2500)]) is not { } reviewed) return null;
            foreach (var policy in page.FindAll(PolicyHeading.ToString(), heading.Page - 1).Where(h => After(h, heading)))
            {
                var enacted = page.FindAll(@"\b(ditetapkan|dikeluarkan)\s+di\s+[a-z]+(?:\s+[a-z]+)?\s+pada\s+tanggal\s+\d{1,2}\s+[a-z]+\s+\d{4}\b", policy.Page - 1)
                    .FirstOrDefault(h => After(h, policy));
                if (enacted is null || DateOf(page.Folded[enacted.Page - 1].Substring(enacted.Index, enacted.Length)) is not { } when || when < reviewed.Month) continue;
                var cites = CitesReview.SelectMany(w => page.FindAll(w, policy.Page - 1))
                    .FirstOrDefault(h => After(h, policy) && After(enacted, h) && !Planned(h) && !OnlyAskedPlan(h));
                if (cites is not null) return cites;
            }
            return null;
        }
    }
}
