using System.Globalization;
using System.Text.RegularExpressions;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// The reviu, its follow-up and a service's collaboration where the text states them (issue 22, wip-22q): a record that
/// only prepares for the SPBE evaluation is no reviu report; an audit's findings closed in a follow-up table are its
/// follow-up; a document bundled after a reviu that was ditetapkan later as its pemutakhiran is the improvement; a
/// service "terhubung dua arah dengan SP4N-LAPOR!" collaborates. A mention (a plan, a request, a draft) states none of them.
/// </summary>
public sealed partial class EvidenceChecker
{
    /// <summary>
    /// The heading's reviu/evaluasi word names the record's own reviu — not a meeting that prepares for the national SPBE
    /// evaluation ("Agenda: Persiapan evaluasi SPBE 2026", "pengisian evaluasi mandiri").
    /// </summary>
    static bool NamesOwnReview(string head) =>
        Regex.Matches(head, @"\b(reviu|review|evaluasi)\b", RegexOptions.CultureInvariant).Any(m => !Preparing(head, m));

    static bool Preparing(string head, Match m)
    {
        var before = head[Math.Max(0, m.Index - 40)..m.Index];
        var after = head[(m.Index + m.Length)..Math.Min(head.Length, m.Index + m.Length + 12)];
        return Regex.IsMatch(before, @"\b(persiapan|menghadapi|menjelang|jelang|pengisian|sosialisasi|bimtek|bimbingan\s+teknis|pendampingan)\s+(?:\w+\s+)?$", RegexOptions.CultureInvariant)
               || Regex.IsMatch(after, @"^\s+mandiri\b", RegexOptions.CultureInvariant);
    }

    sealed partial class LevelJudge
    {
        /// <summary>
        /// A follow-up may answer an audit's findings as well as a reviu's rekomendasi: "LAPORAN TINDAK LANJUT HASIL AUDIT …"
        /// with each temuan "Selesai".
        /// </summary>
        bool HasResultToFollow() =>
            review.Recommendations is not null
            || review.Issues is { } i && Regex.IsMatch(page.Folded[i.Page - 1].Substring(i.Index, i.Length), @"\btemuan\b", RegexOptions.CultureInvariant)
               && page.Find(@"\b(audit|reviu|review|evaluasi)\b") is not null;

        /// <summary>
        /// Service-to-service links with words between the verb and its partner: "terhubung dua arah dengan SP4N-LAPOR!",
        /// "terintegrasi secara otomatis dengan SIPD", "tersambung melalui API ke …" — as the Kriteria's "layanan kolaborasi".
        /// </summary>
        const string LinkedWith =
            @"\b(terhubung|terintegrasi|terkoneksi|tersambung|terinterkoneksi|diintegrasikan|dihubungkan|dikoneksikan|tersinkronisasi|disinkronkan)\s+(?:\w+\s+){0,3}?(dengan|ke)\s+" + Partner
            // "diteruskan secara otomatis ke SP4N-LAPOR! nasional", "masuk … melalui integrasi antarmuka pemrograman aplikasi".
            + @"|\b(diteruskan|dikirim|diterima|masuk)\s+(?:\w+\s+){0,2}?otomatis\s+(?:\w+\s+){0,2}?(ke|dari|dengan)\s+" + Partner
            + @"|\bmelalui\s+(integrasi|interkoneksi)\s+(api|antarmuka|web\s+service|layanan)\b";

        /// <summary>Another electronic service or its owner, named after the link.</summary>
        const string Partner =
            @"(?:\w+\s+){0,3}?(aplikasi|sistem|portal|layanan|sp4n|lapor|jdihn|jdih|sipd|srikandi|simpeg|siasn|api|si[a-z]{2,}|e\s+[a-z]{3,}|nasional|provinsi|pemprov|kementerian|kemen[a-z]+)\b";

        /// <summary>
        /// A plan word asked for or still a draft ("minta minggu depan udh ada draf rencana kerja"): no plan the practice followed.
        /// </summary>
        bool OnlyAskedPlan(PageText.Hit hit)
        {
            var (start, end) = Clause(hit);
            return Regex.IsMatch(page.Folded[hit.Page - 1][start..end], @"\b(draf|draft|rancangan|konsep|minta|meminta|diminta|agar\s+disusun|segera\s+disusun)\b", RegexOptions.CultureInvariant);
        }

        /// <summary>
        /// A file that holds a recent reviu record (isu, rekomendasi) and, after it, the reviewed document's new version
        /// ditetapkan after the reviu and saying it is the pemutakhiran following it: "Versi 2.0 (Pemutakhiran) Ditetapkan
        /// dengan Keputusan Bupati … tanggal 14 Agustus 2026", "2.0 2026-08 Pemutakhiran tindak lanjut BA reviu". The
        /// Kriteria's "telah dilakukan pemutakhiran sebagai tindak lanjut hasil reviu dan evaluasi". A recommendation to
        /// update ("Pemutakhiran dokumen menjadi Versi 2.0 paling lambat Agustus 2026") is not it; nor an undated or
        /// earlier penetapan.
        /// </summary>
        PageText.Hit? EnclosedUpdate()
        {
            if (!review.Complete || facts.Draft || review.Recommendations is not { } recommended) return null;
            var reviewed = FullDate.Match(page.Head(600));
            if (!reviewed.Success) return null;
            var enacted = page.FindAll(@"\bditetapkan\s+(?:dengan|melalui|berdasarkan)\s+(keputusan|peraturan)\b[^\n]*(?:\n[^\n]*){0,2}?\btanggal\s+\d{1,2}\s+[a-z]+\s+\d{4}\b")
                .FirstOrDefault(h => After(h, recommended) && Counts(h) && DateOf(page.Folded[h.Page - 1].Substring(h.Index, h.Length)) is { } d && d >= MonthOf(reviewed));
            if (enacted is null) return null;
            return page.FindAll(@"\b(pemutakhiran|perubahan|revisi|pembaruan|penyempurnaan)\s+(?:\w+\s+){0,3}?(?:sebagai\s+)?(tindak\s+lanjut|menindaklanjuti|berdasarkan\s+(?:hasil\s+)?(?:ba\s+)?(?:berita\s+acara\s+)?(reviu|review|evaluasi))\b")
                .FirstOrDefault(h => After(h, recommended) && Counts(h) && !Planned(h) && !OnlyAskedPlan(h));
        }

        static int MonthOf(Match date) =>
            int.Parse(date.Groups[2].Value, CultureInfo.InvariantCulture) * 12 + Array.IndexOf(MonthNames, date.Groups[1].Value);

        static int? DateOf(string text) => FullDate.Match(text) is { Success: true } m ? MonthOf(m) : null;

        static readonly string[] MonthNames = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"];
    }
}
