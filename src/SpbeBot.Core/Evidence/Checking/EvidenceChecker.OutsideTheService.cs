using System.Text.RegularExpressions;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// A service function done outside the electronic service (issue 22, wip-22ua: one rule where wip-22s's <c>Manual</c> and
/// wip-22t's <c>OutsideTheService</c> each read it). The Kriteria's layanan interaksi, transaksi and kolaborasi are the
/// electronic service's own functions: "persetujuan dilaksanakan di luar portal ini (rapat TAPD)", "validasi dilakukan
/// manual", "peminjaman masih dengan formulir kertas" state a step the service does not offer.
/// </summary>
public sealed partial class EvidenceChecker
{
    sealed partial class LevelJudge
    {
        /// <summary>A place outside the service: "di luar portal/laman/situs/aplikasi/sistem".</summary>
        static readonly Regex OutsidePlace = new(@"\bdi\s+luar\s+(portal|laman|situs|website|web|aplikasi|sistem)\b", RegexOptions.CultureInvariant);

        /// <summary>
        /// A step done by hand: "manual", "kertas" (a "kertas kerja" is a working paper, not paper), "luring", "tatap muka",
        /// and on paper by another name: "dengan berkas fisik yang ditandatangani" (set 25 T30), "surat fisik", "dokumen fisik".
        /// </summary>
        static readonly Regex ByHand = new(@"\b(manual|kertas(?!\s+kerja\b)|luring|tatap\s+muka|(berkas|dokumen|formulir|surat)\s+fisik)\b", RegexOptions.CultureInvariant);

        /// <summary>The old way the clause says is gone: "berkas kertas tidak lagi diterima", "tanpa kertas", "menggantikan karcis manual".</summary>
        static readonly Regex NoLonger = new(@"\b(tidak|bukan)\s+lagi\b|\b(tanpa|diganti|menggantikan)\b", RegexOptions.CultureInvariant);

        /// <summary>
        /// An electronic channel beside the manual one: "daftar secara daring maupun luring". Not an exception to a place
        /// outside the service: an approval sent "di luar portal melalui surat elektronik" is still outside it.
        /// </summary>
        static readonly Regex Electronic = new(@"\b(elektronik|daring|online)\b", RegexOptions.CultureInvariant);

        /// <summary>
        /// The sentence says its steps are done elsewhere, not here: "proses tender, unggah dokumen penawaran dan
        /// e-purchasing dilakukan pada aplikasi nasional, bukan pada layanan ini" — said at the sentence's end, often past
        /// the clause's reach.
        /// </summary>
        static readonly Regex NotHere = new(@"\bbukan\s+(di|pada|melalui|lewat|dalam)\s+(layanan|portal|laman|situs|website|web|aplikasi|sistem)\s+ini\b", RegexOptions.CultureInvariant);

        /// <summary>The hit's clause places its step outside the electronic service: in another place, or by hand.</summary>
        bool OutsideTheService(PageText.Hit hit)
        {
            var (start, end) = Clause(hit);
            var folded = page.Folded[hit.Page - 1];
            var clause = folded[start..end];
            if (NotHere.IsMatch(folded[start..SentenceEnd(hit)])) return true;
            if (NoLonger.IsMatch(clause)) return false;
            if (OutsidePlace.IsMatch(clause) || ByHand.IsMatch(clause) && !Electronic.IsMatch(clause)) return true;
            // A list's verb says it of each entry: "verifikasi dan persetujuan tindak lanjut masih dilakukan melalui surat
            // manual" places both outside, however far the verb is from the first (set 23 R35).
            var (_, listEnd) = ClauseToItsEnd(hit);
            var rest = folded[end..Math.Max(end, listEnd)];
            return !NoLonger.IsMatch(rest) && (OutsidePlace.IsMatch(rest) || ByHand.IsMatch(rest) && !Electronic.IsMatch(clause + rest));
        }

        /// <summary>Where the hit's sentence ends (a sentence's dot or a semicolon), at most 200 characters on.</summary>
        int SentenceEnd(PageText.Hit hit)
        {
            var text = page.Pages[hit.Page - 1];
            var end = hit.Index + hit.Length;
            while (end < text.Length && end - hit.Index < 200 && !(text[end] is ';' || text[end] == '.' && SentenceDot(text, end))) end++;
            return end;
        }
    }
}
