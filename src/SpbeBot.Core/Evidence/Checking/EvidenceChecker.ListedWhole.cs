using System.Text.RegularExpressions;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// Elements written in a list or a table's row (issue 22, wip-22ub): the design stage as "rancangan" between two other
/// stages of the cycle ("siklus: analisis kebutuhan, perencanaan, rancangan, implementasi, …"), and the whole of the
/// Perangkat Daerah as a table's row under their short name ("PD yang menempatkan layanan/data : 34 (100%)"), and the
/// whole work programme done as a share ("8 dari 8 kegiatan", wip-20ea).
/// </summary>
public sealed partial class EvidenceChecker
{
    sealed partial class LevelJudge
    {
        /// <summary>"rancangan" with a stage of the cycle before and after it (folded text: the commas are spaces).</summary>
        const string DesignBetweenStages =
            @"\b(?:analisis|analisa|kebutuhan|perencanaan)\s+rancangan\s+(?:dan\s+)?(?:implementasi|pembangunan|pengembangan|pengujian|uji|pemrograman)\b";

        /// <summary>"%" — in a scan's OCR text also as tesseract misreads it: "(100%)" comes out "(10076)" or "(10096)".</summary>
        string Percent => ocr ? "(?:%|96|76)" : "%";

        /// <summary>A line naming the Perangkat Daerah (also "PD", "OPD") whose figure is the whole: "…: 34 (100%)", "34 dari 34 PD".</summary>
        PageText.Hit? WholeShareOfUnits()
        {
            for (var p = 0; p < page.Pages.Count; p++)
            {
                foreach (Match m in Regex.Matches(page.Pages[p], @"(?m)^[^\n]*\b(PD|OPD|SKPD|[Pp]erangkat [Dd]aerah|[Uu]nit [Kk]erja)\b[^\n]*?:\s*\d{1,3}\s*\(\s*100\s*" + Percent + @"\s*\)", RegexOptions.CultureInvariant))
                    if (!Regex.IsMatch(page.Folded[p].Substring(m.Index, m.Length), @"\b(belum|tidak|tanpa)\b", RegexOptions.CultureInvariant))
                        return new PageText.Hit(p + 1, m.Index, m.Length, page.Quote(p, m.Index, m.Length));
                foreach (Match m in Share.Matches(page.Folded[p]))
                    if (m.Groups[1].Value == m.Groups[2].Value && Regex.IsMatch(page.Folded[p][m.Index..Math.Min(page.Folded[p].Length, m.Index + m.Length + 20)], @"\b(pd|opd)\b", RegexOptions.CultureInvariant))
                        return new PageText.Hit(p + 1, m.Index, m.Length, page.Quote(p, m.Index, m.Length));
            }
            return null;
        }

        /// <summary>
        /// The whole work programme done as a share: "Seluruh (8 dari 8) kegiatan telah dilaksanakan", "12 dari 12 program
        /// kerja terlaksana" — the mirror of the short share that denies it ("5 dari 8 program kerja terlaksana"), and the
        /// whole counted: "Seluruh 8 (delapan) program kerja Tahun 2025 telah dilaksanakan" (set 25 T21). Only with a word
        /// saying it was done: in the share's clause, right after the whole counted.
        /// </summary>
        IEnumerable<PageText.Hit> WholeShareDone()
        {
            for (var p = 0; p < page.Folded.Count; p++)
            {
                foreach (Match m in WholeCounted.Matches(page.Folded[p]))
                {
                    // The done word follows the count itself: "Dari seluruh 8 kegiatan, baru 5 yang telah dilaksanakan" is not the whole done.
                    if (WholeDoneAfter.IsMatch(page.Folded[p], m.Index + m.Length))
                        yield return new PageText.Hit(p + 1, m.Index, m.Length, page.Quote(p, m.Index, m.Length));
                }
                foreach (Match m in Share.Matches(page.Folded[p]))
                {
                    if (m.Groups[1].Value != m.Groups[2].Value) continue;
                    var hit = new PageText.Hit(p + 1, m.Index, m.Length, page.Quote(p, m.Index, m.Length));
                    var (start, end) = Clause(hit);
                    var after = page.Folded[p][(m.Index + m.Length)..end];
                    if (Regex.IsMatch(after, @"^\s+(?:\w+\s+){0,2}?(kegiatan|program|tugas)\b", RegexOptions.CultureInvariant)
                        && WorkDoneWord.IsMatch(page.Folded[p][start..end]))
                        yield return hit;
                }
            }
        }

        /// <summary>A word saying the work was done.</summary>
        const string WorkDone = @"\b(telah|sudah|selesai|terlaksana|terealisasi)\b";

        static readonly Regex WorkDoneWord = new(WorkDone, RegexOptions.CultureInvariant);

        /// <summary>
        /// Right after "seluruh 8 kegiatan": at most three words (its name, a year) and the done word — "program kerja Tahun 2025
        /// telah dilaksanakan"; no other count and no "baru/hanya/sebagian" between.
        /// </summary>
        static readonly Regex WholeDoneAfter = new(@"\G\s+(?:(?!(?:baru|hanya|sebagian|namun|tetapi|tapi|belum|tidak)\b)(?:[a-z]+|\d{4})\s+){0,3}?(?:yang\s+)?" + WorkDone, RegexOptions.CultureInvariant);

        /// <summary>"seluruh 8 (delapan) program kerja", "semua 12 kegiatan" (folded: the parentheses are spaces).</summary>
        static readonly Regex WholeCounted = new(@"\b(seluruh|semua)\s+\d{1,3}\s+(?:[a-z]+\s+){0,1}?(kegiatan|program|tugas)\b", RegexOptions.CultureInvariant);
    }
}
