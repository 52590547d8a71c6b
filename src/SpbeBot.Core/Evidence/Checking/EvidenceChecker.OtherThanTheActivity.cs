using System.Text.RegularExpressions;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// Negated clauses that name an element's words yet say nothing of whether the activity had it (issue 22, wip-29ev,
/// set 26's misses): the Kriteria's "dilaksanakan sesuai perencanaan" and "dikonsultasikan" are about the activity as a
/// whole, so only a clause denying that of the activity takes them away.
/// </summary>
public sealed partial class EvidenceChecker
{
    sealed partial class LevelJudge
    {
        /// <summary>
        /// "Sebanyak 25 Perangkat Daerah belum menyampaikan rancangan kegiatan SPBE untuk dikonsultasikan": a counted part
        /// of the units lacks it, so the rest have it — the Kriteria's "sebagian" (set 26 U19). That the whole is not
        /// covered is the scope element's to deny (<see cref="PartialScope"/>); the element itself still needs a hit of
        /// its own.
        /// </summary>
        static readonly Regex CountedUnitsLack = new(
            @"\b\d{1,3}\s+(?:\(\w+(?:\s+\w+){0,2}\)\s+)?(perangkat\s+daerah|pd|opd|skpd|unit\s+kerja)\s+(?:lainnya\s+|lain\s+)?(?:yang\s+)?(belum|blm|tidak|tdk)\b",
            RegexOptions.CultureInvariant);

        /// <summary>
        /// "kegiatan ini hanya mencakup inventarisasi, belum mencakup perencanaan kebutuhan, pengadaan, …": what the
        /// activity covers (a phase of the cycle it manages), not whether it followed a plan (set 26 U24).
        /// </summary>
        static readonly Regex ScopeLacks = new(@"\b(belum|tidak)\s+(mencakup|meliputi)\s+(?:\w+\s+){0,2}$", RegexOptions.CultureInvariant);

        /// <summary>
        /// The follow-up's plan ("rencana aksi tindak lanjut disusun", "rencana tindak lanjut"): not the plan the activity
        /// followed, so it neither shows "dilaksanakan sesuai perencanaan" nor denies it (set 26 U25, with OCR).
        /// </summary>
        static readonly Regex FollowUpAfter = new(@"^\s+tindak\s+lanjut\b", RegexOptions.CultureInvariant);

        bool FollowUpPlan(PageText.Hit hit)
        {
            var folded = page.Folded[hit.Page - 1];
            var end = hit.Index + hit.Length;
            return FollowUpAfter.IsMatch(folded[end..Math.Min(folded.Length, end + 30)]);
        }

        /// <summary>
        /// The negated clause holding the hit speaks of some units, of the activity's scope or of the follow-up's plan —
        /// not of the activity's own plan or consultation.
        /// </summary>
        bool OtherThanTheActivity(PageText.Hit hit, string clauseBefore) =>
            CountedUnitsLack.IsMatch(clauseBefore) || ScopeLacks.IsMatch(clauseBefore) || FollowUpPlan(hit);
    }
}
