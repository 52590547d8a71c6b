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
        /// <summary>The units a Pemda counts, as the folded text writes them.</summary>
        const string Units = @"perangkat\s+daerah|pd|opd|skpd|unit\s+kerja";

        /// <summary>
        /// "Sebanyak 25 Perangkat Daerah belum menyampaikan rancangan kegiatan SPBE untuk dikonsultasikan": a counted part
        /// of the units lacks it, so the rest have it — the Kriteria's "sebagian" (set 26 U19). That the whole is not
        /// covered is the scope element's to deny (<see cref="PartialScope"/>); the element itself still needs a hit of
        /// its own.
        /// </summary>
        static readonly Regex CountedUnitsLack = new(
            @"\b(?<n>\d{1,3})\s+(?:\(\w+(?:\s+\w+){0,2}\)\s+)?(" + Units + @")\s+(?:lainnya\s+|lain\s+)?(?:yang\s+)?(belum|blm|tidak|tdk)\b",
            RegexOptions.CultureInvariant);

        /// <summary>
        /// The count is the whole, so no unit has it: "Seluruh 31 Perangkat Daerah belum …", the page's "0 dari 31" or
        /// "dari 31" with 31 lacking, "tidak satu pun" — the consultation itself denied (m29ev).
        /// </summary>
        bool SomeUnitsLack(PageText.Hit hit, string clauseBefore)
        {
            var m = CountedUnitsLack.Match(clauseBefore);
            if (!m.Success) return false;
            if (WholeBefore.IsMatch(clauseBefore[..m.Index])) return false;
            var n = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            foreach (var line in page.Folded[hit.Page - 1].Split('\n').Where(l => UnitWord.IsMatch(l)))
            {
                if (NoneOfThem.IsMatch(line)) return false;
                foreach (Match share in ShareOf.Matches(line))
                    if (share.Groups["of"].Value is "0" or "nol" || int.Parse(share.Groups["total"].Value, System.Globalization.CultureInfo.InvariantCulture) == n) return false;
            }
            return true;
        }

        static readonly Regex WholeBefore = new(@"\b(seluruh|seluruhnya|semua|segenap|keseluruhan)\s+$", RegexOptions.CultureInvariant);
        static readonly Regex UnitWord = new(@"\b(" + Units + @")\b", RegexOptions.CultureInvariant);
        static readonly Regex ShareOf = new(@"\b(?<of>\d{1,3}|nol)\s+dari\s+(?<total>\d{1,3})\b", RegexOptions.CultureInvariant);
        static readonly Regex NoneOfThem = new(@"\btidak\s+(?:ada\s+)?satu\s*pun\b", RegexOptions.CultureInvariant);

        /// <summary>
        /// "kegiatan ini hanya mencakup inventarisasi, belum mencakup perencanaan kebutuhan, pengadaan, …": what the
        /// activity covers (a phase of the cycle it manages), not whether it followed a plan (set 26 U24).
        /// </summary>
        static readonly Regex ScopeLacks = new(@"\b(belum|tidak)\s+(mencakup|meliputi)\s+(?:\w+\s+){0,2}$", RegexOptions.CultureInvariant);

        /// <summary>
        /// What "belum mencakup" names must be a phase of the activity — the hit qualified as one ("perencanaan
        /// kebutuhan") or listed with phases ("…, pengadaan, dan penghapusan") — not an element of the Kriteria itself:
        /// "belum mencakup konsultasi dengan Dinas Kominfo" still denies the consultation (m29ev).
        /// </summary>
        bool PhaseNotCovered(PageText.Hit hit, string clauseBefore)
        {
            if (!ScopeLacks.IsMatch(clauseBefore)) return false;
            var text = page.Pages[hit.Page - 1];
            return PhaseNamed.IsMatch(text[hit.Index..Math.Min(text.Length, hit.Index + hit.Length + 80)]);
        }

        const string PhaseWords =
            @"pengadaan|penghapusan|pemeliharaan|pemanfaatan|penggunaan|penyimpanan|pendistribusian|distribusi|pemindahtanganan|pemusnahan|inventarisasi|pengembangan|pengujian|implementasi|penerapan|pemantauan|evaluasi|operasional|pengoperasian|serah\s+terima";

        static readonly Regex PhaseNamed = new(
            @"^\w+\s+kebutuhan\b|^\w+(?:\s+\w+){0,2}?\s*,\s*(?:dan\s+|serta\s+)?(?:" + PhaseWords + @")\b",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

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
            SomeUnitsLack(hit, clauseBefore) || PhaseNotCovered(hit, clauseBefore) || FollowUpPlan(hit);
    }
}
