using System.Text.RegularExpressions;
using SpbeBot.Core.Criteria.Elements;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// A service function's word that states nothing the electronic service does (issue 22, wip-22t): a word of the
/// application's name ("SIPINTER (Sistem Informasi Pegawai Terintegrasi)" is no "layanan kolaborasi dengan layanan
/// elektronik lain"), a step carried out outside the portal ("persetujuan dilaksanakan di luar portal ini"), a step set
/// for later ("ditargetkan 2027"); and a document saying its service exchanges data
/// with no other application has no collaboration. The Kriteria's transaksi and kolaborasi are the service's own functions.
/// </summary>
public sealed partial class EvidenceChecker
{
    sealed partial class LevelJudge
    {
        /// <summary>The word is part of a name, of a step the text places outside the electronic service, or of one set for later.</summary>
        bool NotTheService(PageText.Hit hit) => InName(hit) || OutsideTheService(hit) || Later(hit) || OutOfOrder(hit);

        /// <summary>
        /// A function set for later: the schedule words (<see cref="DocumentWords.Scheduled"/>: "akan", "direncanakan",
        /// "rencananya", "dijadwalkan", "diagendakan", "ditargetkan") or "tahun depan", "tahap berikutnya", "dalam pengembangan",
        /// "target 2027", "roadmap" in its clause — a target read as done is a verdict above the text.
        /// </summary>
        bool Later(PageText.Hit hit)
        {
            var (start, end) = Clause(hit);
            return Regex.IsMatch(page.Folded[hit.Page - 1][start..end],
                @"\b(" + DocumentWords.Scheduled + @"|tahun\s+depan|(tahap|fase)\s+(berikutnya|selanjutnya|ii|2|kedua)|dalam\s+(proses\s+)?pengembangan|target\s+(tahun\s+)?20\d\d|roadmap|peta\s+jalan)\b",
                RegexOptions.CultureInvariant);
        }

        static readonly Regex NameStart = new(@"^(Sistem|Aplikasi|Portal)$", RegexOptions.CultureInvariant);

        /// <summary>
        /// The hit is a capitalised word inside a name: the expansion of an acronym in parentheses ("SIPINTER (Sistem
        /// Informasi Pegawai Terintegrasi)") or a run of capitalised words opened by Sistem/Aplikasi/Portal on a line that
        /// is not a heading in capitals.
        /// </summary>
        bool InName(PageText.Hit hit)
        {
            var text = page.Pages[hit.Page - 1];
            if (hit.Index >= text.Length || !char.IsUpper(text[hit.Index])) return false;
            var lineStart = text.LastIndexOf('\n', Math.Max(0, hit.Index - 1)) + 1;
            var lineEnd = text.IndexOf('\n', hit.Index);
            var line = text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)];
            if (!line.Any(char.IsLower)) return false;   // a heading in capitals, not a name
            var before = text[lineStart..hit.Index];
            // The capitalised words right before the hit, back to the opening parenthesis or the first lower-case word.
            var run = Regex.Match(before, @"(?:\(\s*)?((?:[A-Z][\w-]*\s+){1,6})$", RegexOptions.CultureInvariant);
            if (!run.Success) return false;
            var words = run.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var expansion = run.Value.StartsWith('(') && Regex.IsMatch(before[..run.Index], @"\b[A-Z][A-Z0-9-]{2,}\s*$", RegexOptions.CultureInvariant);
            return expansion || words.Length >= 2 && NameStart.IsMatch(words[0]);
        }

        /// <summary>
        /// The document says the service exchanges data with no other one: "belum terhubung dengan aplikasi lain", "belum ada
        /// pertukaran data otomatis dengan aplikasi lain", "belum terhubung ke OSS maupun aplikasi lain" — what it says it lacks
        /// outweighs a collaboration word found elsewhere (a name, a heading). Not where it names an exception ("selain SIASN").
        /// </summary>
        PageText.Hit? NoCollaboration() =>
            page.FindAll(@"\b(belum|blm|tidak|tdk)\s+(?:ada\s+)?(?:\w+\s+){0,2}?(terhubung|terintegrasi|integrasi|diintegrasikan|tersambung|terkoneksi|interoperabilitas|interkoneksi|pertukaran\s+data|bertukar\s+data|sinkronisasi|berbagi\s+pakai)\b(?:\s+\w+){0,8}?\s+(aplikasi|sistem|layanan)\s+(lain|lainnya|manapun)\b")
                .FirstOrDefault(h => !Regex.IsMatch(Tail(page.Folded[h.Page - 1], h), @"\b(selain|kecuali)\b", RegexOptions.CultureInvariant));

        static string Tail(string folded, PageText.Hit h) => folded[h.Index..Math.Min(folded.Length, h.Index + h.Length + 30)];
    }
}
