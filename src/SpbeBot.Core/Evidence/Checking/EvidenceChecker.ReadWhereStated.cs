using System.Text.RegularExpressions;
using SpbeBot.Core.Criteria.Elements;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// Elements a document states in its own form, which the general patterns missed (issue 22, wip-22s): the design stage of
/// a cycle written "c. rancangan;", a service that sends its records to another instansi's system ("naskah keluar dikirim
/// langsung ke SRIKANDI instansi lain", "tersinkron ke aplikasi e-Kinerja"), an audit report issued by the audit firm
/// itself, "berkonsultasi" for konsultasi, a check's condition ("menolak unggahan bila … tidak sesuai data referensi")
/// that is no denial, and one missing service function that denies no other — while a function done outside the
/// portal, or named under a heading of plans, is none.
/// </summary>
public sealed partial class EvidenceChecker
{
    sealed partial class LevelJudge
    {
        /// <summary>
        /// The design stage as an entry of the cycle's list: "c. rancangan;", "3. rancangan aplikasi" — the one word alone on
        /// its list line (a "Rancangan Peraturan" title or a "rancangan" in a sentence is not the stage).
        /// </summary>
        const string DesignStage = @"(?:^|\n)[ \t]*(?:[a-z]|\d{1,2})[ \t]+rancangan(?:[ \t]+(?:aplikasi|sistem|perangkat[ \t]+lunak))?[ \t]*(?:dan[ \t]*)?(?=\n|$)";

        /// <summary>
        /// A service sending or synchronising its records to a named other service or instansi: "dikirim langsung ke SRIKANDI
        /// instansi lain", "tersinkron ke aplikasi e-Kinerja", "diteruskan ke SP4N-LAPOR!". The partner must be named (a
        /// national or provincial system, another instansi, an e-… application): "dikirim ke sistem" alone is not it.
        /// </summary>
        const string SentToNamed =
            @"\b(dikirim|dikirimkan|terkirim|tersinkron|tersinkronkan|diteruskan|disalurkan)\s+(?:\w+\s+){0,3}?(ke|dengan)\s+(?:\w+\s+){0,2}?"
            + @"(sp4n|lapor|jdihn|sipd|srikandi|simpeg|siasn|e\s+[a-z]{3,}|instansi\s+lain|pemda\s+lain|(?:pemerintah\s+)?daerah\s+lain|nasional|provinsi|pemprov|kementerian|kemen[a-z]+)\b";

        /// <summary>
        /// The work done by a technical guide, the standard an Inspektorat writes for itself: "diaudit menurut Petunjuk
        /// Teknis Audit Aplikasi yang diterbitkan Inspektorat", "berpedoman pada juknis …" (not a guide still being drafted:
        /// the clause reads "menurut/sesuai/mengacu/berdasarkan").
        /// </summary>
        const string TechnicalGuide =
            @"\b(menurut|sesuai|mengacu\s+pada|berdasarkan|berpedoman\s+pada|mengikuti)\s+(?:dengan\s+)?(petunjuk\s+teknis|juknis|petunjuk\s+pelaksanaan|juklak)\b";

        /// <summary>
        /// The report is the audit firm's own: its first line names a company ("PT ANDALAN AUDIT SISTEM INFORMASI", "KAP …",
        /// "Kantor Akuntan Publik …") and the report says who engaged it ("Pemberi tugas", "Kontrak", "SPK") — the Kriteria's
        /// auditor eksternal, written as a letterhead instead of the word.
        /// </summary>
        IEnumerable<PageText.Hit> AuditFirm()
        {
            if (page.Folded.Count == 0) yield break;
            var first = Regex.Match(page.Folded[0], @"^\s*(pt|kap|kantor\s+akuntan\s+publik|kantor\s+konsultan)\s+[a-z]+(?:\s+[a-z]+){0,5}", RegexOptions.CultureInvariant);
            if (!first.Success || !Regex.IsMatch(page.Head(600), @"\b(audit|auditor)\b", RegexOptions.CultureInvariant)) yield break;
            if (page.Find(@"\b(pemberi\s+tugas|kontrak|spk|surat\s+perintah\s+kerja|perjanjian\s+kerja)\b") is null) yield break;
            var start = first.Value.Length - first.Value.TrimStart().Length;
            yield return new PageText.Hit(1, start, first.Length - start, page.Quote(0, start, first.Length - start));
        }

        /// <summary>
        /// A one-word criterion phrase also as the verb a policy writes it with: "konsultasi" in "Perangkat Daerah wajib
        /// berkonsultasi dengan Diskominfo", "dikonsultasikan", "mengkonsultasikan".
        /// </summary>
        static string VerbForms(string word) => @"\b(?:ber|di|meng|ter)?" + Regex.Escape(word) + @"\w*";

        /// <summary>
        /// A service level's words are each a function of their own (the Kriteria's "seperti transaksi basis data, validasi
        /// data, mekanisme persetujuan, dan analitik data"): a document saying one is lacking ("Belum ada dasbor analitik")
        /// denies that one, not the validation and approval it shows. Only a denial of the level's own word ("layanan
        /// transaksi belum tersedia") denies them all.
        /// </summary>
        static bool SeparateFunctions(ElementGroup group, IEnumerable<CriterionElement> denied) =>
            group.Elements.All(IsServiceFunction)
            && !denied.Any(e => e.Terms.Any(t => PageText.Fold(t).Trim() is "transaksi" or "interaksi" or "kolaborasi"));

        /// <summary>
        /// A heading line of a section of plans: "C. Rencana triwulan IV", "Rencana pengembangan 2027", "Usulan", "Target 2027".
        /// </summary>
        static readonly Regex PlanHeading = new(
            @"(?:^|\n)[ \t]*(?:bab\s+[ivx\d]+[ \t]+|[ivx]+[ \t]+|\d{1,2}[ \t]+|[a-h][ \t]+)?(rencana|usulan|target)\b[^\n]{0,50}(?=\n)", RegexOptions.CultureInvariant);

        /// <summary>
        /// A service function named under a heading of plans ("C. Rencana triwulan IV / - Penyusunan modul verifikasi dataset"):
        /// what the service will have, not what it offers — up to the next heading, closing or signature.
        /// </summary>
        /// <summary>
        /// The plan word opens a heading as written: capitalised, and not the tail of a hyphenated name ("e-Rencana") or a
        /// wrapped line's first word ("… dengan validasi / target, persetujuan Kepala PD" continues a sentence).
        /// </summary>
        static bool HeadingWord(string text, int index) =>
            char.IsUpper(text[index]) && (index == 0 || text[index - 1] != '-');

        bool UnderPlanHeading(PageText.Hit hit)
        {
            var folded = page.Folded[hit.Page - 1];
            var text = page.Pages[hit.Page - 1];
            var heading = PlanHeading.Matches(folded[..hit.Index]).LastOrDefault(m => HeadingWord(text, m.Groups[1].Index));
            if (heading is null) return false;
            var from = folded.IndexOf('\n', heading.Index + (folded[heading.Index] == '\n' ? 1 : 0));
            if (from < 0 || from >= hit.Index) return false;
            var lineStart = text.LastIndexOf('\n', Math.Max(0, hit.Index - 1)) + 1;
            return from + 1 > lineStart || !text[(from + 1)..lineStart].Split('\n').Any(EndsSection);
        }

        /// <summary>
        /// A negator in a condition that says when the service acts ("menolak unggahan bila kolom … tidak sesuai data
        /// referensi (validasi otomatis)"): "bila/jika/apabila … tidak sesuai/valid/lengkap/benar" describes the check, not
        /// a function the service lacks.
        /// </summary>
        static bool ConditionalMismatch(string before, Match negator) =>
            Regex.IsMatch(before[(negator.Index + negator.Length)..], @"^\s+(sesuai|valid|lengkap|benar|cocok|memenuhi|terisi)\b", RegexOptions.CultureInvariant)
            && Regex.IsMatch(before[..negator.Index], @"\b(bila|jika|apabila|bilamana|jikalau|kalau|manakala)\b", RegexOptions.CultureInvariant);
    }
}
