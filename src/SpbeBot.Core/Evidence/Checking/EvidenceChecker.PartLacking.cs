using System.Text.RegularExpressions;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// An item a document has, with a part still lacking (issue 22, wip-22s): a reviu's isu "domain infrastruktur belum
/// menggambarkan migrasi ke Pusat Data Nasional", an as-is "Arsitektur Keamanan SPBE As-is: belum ada klasifikasi
/// informasi", "Proses bisnis lintas PD belum baku" — the item is there and incomplete, not absent. "domain keamanan belum
/// disusun", "belum ada domain keamanan", "tanpa domain keamanan" still deny it.
/// </summary>
public sealed partial class EvidenceChecker
{
    sealed partial class LevelJudge
    {
        /// <summary>After the item, a negator that says what the item lacks: "belum memuat/menggambarkan/mencakup …", "belum ada &lt;something&gt;", "belum baku/lengkap/mutakhir".</summary>
        static readonly Regex LacksPart = new(
            @"^\W*(?:\w+\W+){0,3}?(belum|tidak)\s+(?:lagi\s+[a-z]{3,}|(memuat|menggambarkan|mencakup|mencantumkan|memasukkan|menyertakan|mengakomodasi|sesuai|lengkap|mutakhir|baku|rinci)\b|ada\s+(?!(?:domain|arsitektur)\b)[a-z]{3,})",
            RegexOptions.CultureInvariant);

        /// <summary>Before the item, a negator saying something else is not yet in it: "9 aplikasi baru belum tercantum di domain aplikasi".</summary>
        static readonly Regex NotYetIn = new(
            @"\b(belum|tidak)\s+(tercantum|termuat|dimuat|dimasukkan|masuk|tercatat|terdaftar)\s+(di|dalam|ke|pada)\s+$", RegexOptions.CultureInvariant);

        /// <summary>
        /// The item stands with a part it lacks: the negator after it says what it lacks and none before it negates the
        /// item, or the negator before it says something is not yet in it.
        /// </summary>
        bool PartLacking(PageText.Hit hit)
        {
            var folded = page.Folded[hit.Page - 1];
            var (start, end) = Clause(hit);
            var before = folded[start..hit.Index];
            if (NotYetIn.IsMatch(before)) return NegationBefore.Matches(before).Count == 1 && !NegationAfter.IsMatch(folded[(hit.Index + hit.Length)..end]);
            if (NegationBefore.IsMatch(before)) return false;
            return LacksPart.IsMatch(folded[(hit.Index + hit.Length)..end]);
        }
    }
}
