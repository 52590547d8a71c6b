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
    static bool NamesOwnReview(string head, PageText page) =>
        Regex.Matches(head, @"\b(reviu|review|evaluasi)\b", RegexOptions.CultureInvariant).Any(m => !Preparing(head, m) && (!InListEntry(head, m) || ReviewChapter(page)));

    /// <summary>A chapter of the report on its own reviu: "BAB IV REVIU DAN EVALUASI", "B. Hasil Evaluasi".</summary>
    static bool ReviewChapter(PageText page) =>
        page.Find(@"(?:^|\n)[ \t]*(?:bab\s+[ivx\d]+|bagian\s+[a-h\d]|[ivx]+|[a-h])[ \t]+(?:hasil\s+)?(reviu|review|evaluasi)\b") is not null;

    /// <summary>
    /// The word stands in a numbered entry or table row near the top ("1  Reviu kebijakan arsitektur SPBE  Mar  Selesai" in
    /// a programme's realisation table): one item the report lists, not what the report is.
    /// </summary>
    static bool InListEntry(string head, Match m)
    {
        var lineStart = head.LastIndexOf('\n', Math.Max(0, m.Index - 1)) + 1;
        return Regex.IsMatch(head[lineStart..m.Index], @"^[ \t]*(\d{1,2}|[a-z])[ \t]+", RegexOptions.CultureInvariant);
    }

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
            @"\b(terhubung|terintegrasi|terkoneksi|tersambung|terinterkoneksi|diintegrasikan|dihubungkan|dikoneksikan|tersinkronisasi|disinkronkan|integrasi|interkoneksi)\s+(?:\w+\s+){0,3}?(dengan|ke)\s+" + Partner
            // "diteruskan secara otomatis ke SP4N-LAPOR! nasional", "masuk … melalui integrasi antarmuka pemrograman aplikasi".
            + @"|\b(diteruskan|dikirim|diterima|masuk)\s+(?:\w+\s+){0,2}?otomatis\s+(?:\w+\s+){0,2}?(ke|dari|dengan)\s+" + Partner
            + @"|\bmelalui\s+(integrasi|interkoneksi)\s+(api|antarmuka|web\s+service|layanan)\b"
            // Data exchanged through the service connector, whose work is exchange between services: "Sinkronisasi berjalan
            // melalui sistem penghubung layanan Daerah (KR-Link)" under a table of the systems synchronised (set 25 T28).
            + @"|\b(sinkronisasi|pertukaran\s+data|integrasi|interoperabilitas)\s+(?:\w+\s+){0,2}?(melalui|lewat|via)\s+(?:\w+\s+){0,2}?(sistem\s+penghubung\s+layanan|splp)\b";

        /// <summary>Another electronic service or its owner, named after the link.</summary>
        const string Partner =
            @"(?:\w+\s+){0,3}?(aplikasi|sistem|portal|layanan|sp4n|lapor|jdihn|jdih|sipd|srikandi|simpeg|siasn|api|si[a-z]{2,}|e\s+[a-z]{3,}|nasional|provinsi|pemprov|kementerian|kemen[a-z]+)\b";

        /// <summary>
        /// A work programme set before the work it reports ("A. Program Kerja 2026 (ditetapkan rapat pleno 20 Januari 2026)",
        /// "program kerja tahun 2026 telah disahkan", "Program Kerja Tim Koordinasi SPBE Tahun 2025 yang disepakati dalam
        /// rapat pleno", set 25 T21; "… yang disetujui Koordinator", set 27 V22): the plan the practice follows.
        /// </summary>
        const string EnactedProgram =
            @"\bprogram\s+kerja\s+(?:[a-z]+\s+){0,4}?(?:tahun\s+)?(?:\d{4}\s+)?(?:yang\s+)?(?:telah\s+|sudah\s+)?(ditetapkan|disahkan|disepakati|disetujui)\b";

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
            var reviewed = OwnDate(FullDate, page.Head(600));
            if (!reviewed.Success) return null;
            var enacted = page.FindAll(@"\bditetapkan\s+(?:dengan|melalui|berdasarkan)\s+(keputusan|peraturan)\b[^\n]*(?:\n[^\n]*){0,2}?\btanggal\s+\d{1,2}\s+[a-z]+\s+\d{4}\b")
                .FirstOrDefault(h => After(h, recommended) && Counts(h) && DateOf(page.Folded[h.Page - 1].Substring(h.Index, h.Length)) is { } d && d >= MonthOf(reviewed));
            if (enacted is null) return null;
            return page.FindAll(@"\b(pemutakhiran|perubahan|revisi|pembaruan|penyempurnaan)\s+(?:\w+\s+){0,3}?(?:sebagai\s+)?(tindak\s+lanjut|menindaklanjuti|berdasarkan\s+(?:hasil\s+)?(?:ba\s+)?(?:berita\s+acara\s+)?(reviu|review|evaluasi))\b")
                .FirstOrDefault(h => After(h, recommended) && Counts(h) && !Planned(h) && !OnlyAskedPlan(h));
        }

        /// <summary>
        /// A report's section headed as the improvement after its reviu ("BAB III PERBAIKAN SETELAH REVIU", "BAB III PERBAIKAN
        /// PROGRAM KERJA 2026 (tindak lanjut reviu)"), after the reviu's rekomendasi, whose entries say what was done — at least
        /// two of "diaktifkan", "dimuat", "selesai", a month and year — and plan nothing ("akan", "belum", "rencana", "target", "paling lambat").
        /// A heading alone, or a section of plans, is no follow-up.
        /// </summary>
        PageText.Hit? ImprovementHeadingSection()
        {
            if (review.Recommendations is not { } recommended || review.Issues is null) return null;
            // The heading's own line (the match may open with the line break before it): a line in a recommendations section counts not.
            foreach (var h in page.FindAll(ImprovementHeading).Select(h => page.Pages[h.Page - 1][h.Index] == '\n' ? h with { Index = h.Index + 1, Length = h.Length - 1 } : h)
                         .Where(h => After(h, recommended) && Counts(h)))
            {
                var text = page.Pages[h.Page - 1];
                var start = h.Index;
                var lineEnd = text.IndexOf('\n', start);
                var heading = PageText.Fold(text[start..(lineEnd < 0 ? text.Length : lineEnd)]);
                if (Regex.IsMatch(heading, @"\b(rencana|akan|usulan|rekomendasi|saran|direkomendasikan|disarankan|diusulkan|diperlukan)\b", RegexOptions.CultureInvariant) || lineEnd < 0) continue;
                var body = new List<string>();
                // A title wrapped over lines ("LAPORAN PERBAIKAN LAYANAN PENGADAAN BARANG DAN" / "JASA BERBASIS ELEKTRONIK
                // TAHUN 2026") and its lead-in ("Tindak lanjut rekomendasi reviu 2025:") open the section, not end it (set 22 Q30).
                var (title, leadIn) = (true, true);
                foreach (var line in text[(lineEnd + 1)..Math.Min(text.Length, lineEnd + 1 + 1200)].Split('\n'))
                {
                    var t = line.Trim();
                    title = title && t.Length > 0 && !t.StartsWith("BAB", StringComparison.Ordinal) && t.Where(char.IsLetter).All(char.IsUpper);
                    var opens = title || leadIn && t.Length > 0 && t.EndsWith(':');
                    if (!title && t.Length > 0) leadIn = false;
                    if (!opens && EndsSection(line)) break;
                    body.Add(PageText.Fold(line));
                }
                var entries = string.Join("\n", WithoutBeforeColumn(body));
                if (Regex.IsMatch(entries, PlannedEntries, RegexOptions.CultureInvariant)) continue;
                if (Regex.Matches(entries, DoneWords, RegexOptions.CultureInvariant).Count + Regex.Matches(entries, DoneDate, RegexOptions.CultureInvariant).Count >= 2)
                    return h with { Index = start, Quote = page.Quote(h.Page - 1, start, heading.TrimEnd().Length) };
            }
            return null;
        }

        /// <summary>A heading line: a BAB, part, roman or numbered section naming the improvement and the reviu it follows.</summary>
        /// Or one that opens with the improvement ("3. Laporan Perbaikan Layanan JDIH (Agustus 2026)") after the reviu's rekomendasi.
        const string ImprovementHeading =
            @"(?:^|\n)[ \t]*(?:bab\s+[ivx\d]+|bagian\s+[a-h\d]|[ivx]+|\d{1,2}|[a-h])[ \t]+[^\n]{0,60}?\b(perbaikan|pemutakhiran|penyempurnaan|pembaruan|tindak\s+lanjut)\b[^\n]{0,60}?\b(reviu|review|evaluasi|audit)\b[^\n]{0,30}(?=\n|$)"
            // "BAGIAN 3. TINDAK LANJUT / PERBAIKAN", "C. BERITA ACARA SERAH TERIMA PERBAIKAN SIWAS-LS v3.1": the follow-up or
            // the hand-over named before the improvement (wip-22ub).
            + @"|(?:^|\n)[ \t]*(?:bab\s+[ivx\d]+|bagian\s+[a-h\d]|[ivx]+|\d{1,2}|[a-h])[ \t]+(?:(?:laporan|dokumentasi)\s+|berita\s+acara\s+(?:serah\s+terima\s+)?)?(?:tindak\s+lanjut\s+(?:dan\s+)?)?(perbaikan|pemutakhiran|penyempurnaan|pembaruan)\b[^\n]{0,60}(?=\n|$)"
            // A bundle's later record under its own title, no section mark: "LAPORAN PERBAIKAN LAYANAN ADMINDUK ONLINE" after
            // the reviu report it answers (wip-19ea); "DOKUMENTASI PENGEMBANGAN LAYANAN (versi 2.1)" — the Pedoman's evidence
            // for level 5 is "dokumentasi yang menggambarkan … fungsi … telah ditingkatkan/dikembangkan".
            + @"|(?:^|\n)[ \t]*(?:laporan|dokumentasi|berita\s+acara(?:\s+serah\s+terima)?)[ \t]+(?:tindak\s+lanjut\s+(?:dan\s+)?)?(perbaikan|pemutakhiran|penyempurnaan|pembaruan|pengembangan)\b[^\n]{0,60}(?=\n|$)";

        /// <summary>When an entry was done: "16 Desember 2025", "(Juli 2026)".</summary>
        const string DoneDate = @"\b(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\s+(?:19|20)\d{2}\b";

        const string DoneWords =
            @"\b(telah|sudah|selesai|rampung)\b|\bdi(laksanakan|aktifkan|muat|terapkan|tetapkan|perbaiki|perbarui|mutakhirkan|lengkapi|sesuaikan|pasang|tambahkan|bangun|rilis|luncurkan|operasikan|libatkan|bentuk)\b";

        static int MonthOf(Match date) =>
            int.Parse(date.Groups[2].Value, CultureInfo.InvariantCulture) * 12 + Array.IndexOf(MonthNames, date.Groups[1].Value);

        static int? DateOf(string text) => FullDate.Match(text) is { Success: true } m ? MonthOf(m) : null;

        static readonly string[] MonthNames = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"];
    }
}
