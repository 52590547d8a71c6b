using SpbeBot.Core.Criteria;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Tests.Infrastructure;
using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Elements present in other words than the Kriteria's (issue 22, wip-22k): a section heading that says the improvement
/// was made, an audit firm as the external auditor, an Inspektorat's PKPT as the audit plan, "pemeriksaan" for audit and
/// SNI ISO/IEC 27001's chapter names for the Manajemen Keamanan Informasi items — each with the verdict it must get, and
/// the near miss that must stay lower.
/// </summary>
public class EvidenceOwnWordsTests
{
    static IEnumerable<string> Found(EvidenceCheck c) => c.Found.Select(f => f.Element);

    const string ComplaintReport =
        "LAPORAN HASIL EVALUASI DAN PENGEMBANGAN LAYANAN PENGADUAN\nDINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUKAMAJU\n\n" +
        "I. LAYANAN PENGADUAN BERBASIS ELEKTRONIK\n   1. aplikasi menampilkan informasi statistik pengaduan dan status aduan;\n" +
        "   2. pelapor melakukan pencarian aduan, mengunggah foto bukti dan mengunduh jawaban;\n" +
        "   3. petugas melakukan verifikasi dan persetujuan jawaban secara berjenjang; dasbor analitik tersedia;\n" +
        "   4. aplikasi terintegrasi dengan SP4N-LAPOR! melalui API.\n\n" +
        "II. HASIL EVALUASI SEMESTER II 2025\n   Evaluasi oleh Dinas (Berita Acara Evaluasi tanggal 12 Desember 2025) menemukan permasalahan:\n" +
        "   a. pelapor tidak menerima pemberitahuan status;\n   b. aduan lewat WhatsApp dicatat manual.\n" +
        "{0}\n" +
        " No Permasalahan              Perbaikan                        Tanggal aktif\n" +
        " 1  Status tidak diketahui    Notifikasi otomatis surel        2 Februari 2026\n" +
        " 2  Pencatatan manual         Chatbot membuat tiket di sistem  4 Mei 2026\n\n" +
        "                                 Sukamaju, 14 Oktober 2026\n                                 KEPALA DINAS,\n\n                                 ttd.\n\n                                 Ir. RATNA DEWI\n";

    [Fact]
    public void A_section_headed_as_the_improvement_made_after_the_evaluation_gives_the_improvement_level()
    {
        var done = Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, ComplaintReport, "III. PERBAIKAN YANG DILAKUKAN TAHUN 2026"), 42);
        Assert.Equal(5, done.Level);
        Assert.Contains(done.Found, f => f.Quote.Contains("PERBAIKAN YANG DILAKUKAN", StringComparison.Ordinal));
        // A plan is no improvement: the level stays at the collaboration below it.
        var planned = Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, ComplaintReport, "III. PERBAIKAN YANG AKAN DILAKUKAN TAHUN 2027"), 42);
        Assert.Equal(4, planned.Level);
        var notYet = Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, ComplaintReport, "III. PERBAIKAN YANG DILAKUKAN TAHUN 2026 (belum selesai)"), 42);
        Assert.Equal(4, notYet.Level);
    }

    [Fact]
    public void An_audit_firm_is_the_external_auditor_and_the_Inspektorat_s_PKPT_is_the_audit_plan()
    {
        var firm = Judge("LAPORAN AUDIT KEAMANAN SPBE\nKABUPATEN SUKAMAJU\n\n1. Audit keamanan dilakukan oleh PT Sentosa Audit Teknologi, lembaga pelaksana audit\n" +
                         "   yang terakreditasi, sesuai standar BSSN. Tim auditor: Hendra, CISA, ISO/IEC 27001 Lead Auditor.\n", 31);
        Assert.Contains("auditor eksternal", Found(firm));
        var inspektorat = Judge("LAPORAN HASIL AUDIT INFRASTRUKTUR SPBE\nINSPEKTORAT KABUPATEN SUKAMAJU\n\n" +
                                "Audit ini dilaksanakan berdasarkan Program Kerja Pengawasan Tahunan (PKPT) Inspektorat Tahun 2026.\n", 29);
        Assert.Contains("dilaksanakan sesuai perencanaan", Found(inspektorat));
        var unplanned = Judge("LAPORAN HASIL AUDIT INFRASTRUKTUR SPBE\nINSPEKTORAT KABUPATEN SUKAMAJU\n\nAudit ini dilaksanakan atas permintaan mendadak Bupati.\n", 29);
        Assert.DoesNotContain("dilaksanakan sesuai perencanaan", Found(unplanned));
    }

    const string Head = "BUPATI SUKAMAJU\nPERATURAN BUPATI SUKAMAJU\nNOMOR 9 TAHUN 2026\nTENTANG\n{0}\n\nMenimbang : a. bahwa perlu pengaturan;\n\nMEMUTUSKAN:\nMenetapkan : PERATURAN BUPATI TENTANG {0}.\n\n";
    const string Foot = "\nDitetapkan di Sukamaju\npada tanggal 2 Maret 2026\nBUPATI SUKAMAJU,\nttd\nBUDI SANTOSO\n";

    [Fact]
    public void Pemeriksaan_is_audit_and_a_policy_on_two_of_the_three_audits_is_level_2()
    {
        var body = string.Format(System.Globalization.CultureInfo.InvariantCulture, Head, "PEMERIKSAAN TEKNOLOGI INFORMASI DAN KOMUNIKASI") +
                   "Pasal 1\nPemeriksaan teknologi informasi dan komunikasi di Daerah terdiri atas:\na. pemeriksaan aplikasi, yaitu pemeriksaan fungsi aplikasi; dan\n" +
                   "b. pemeriksaan keamanan, yaitu pemeriksaan pengendalian keamanan informasi.\n" + Foot;
        var check = Judge(body, 9);
        Assert.DoesNotContain("off-topic", check.Flags);
        Assert.Equal(2, check.Level);
        Assert.Contains(check.Missing, m => m.Contains("Audit Infrastruktur", StringComparison.Ordinal));
    }

    [Fact]
    public void The_27001_chapter_names_are_the_security_management_items()
    {
        var body = string.Format(System.Globalization.CultureInfo.InvariantCulture, Head, "MANAJEMEN KEAMANAN INFORMASI") +
                   "BAB I\nBATAS CAKUPAN\nPasal 1\nSistem ini mencakup aset informasi pada seluruh Perangkat Daerah.\n\n" +
                   "BAB II\nPEMBAGIAN PERAN\nPasal 2\nSekretaris Daerah mengoordinasikan keamanan informasi.\n\n" +
                   "BAB III\nPERENCANAAN\nPasal 3\nDinas menyusun rencana tahunan.\n\nBAB IV\nDUKUNGAN DAN PENGOPERASIAN\nPasal 4\nDinas menyediakan sumber daya.\n\n" +
                   "BAB V\nPENGUKURAN KINERJA\nPasal 5\nKinerja diukur setiap tahun.\n\nBAB VI\nPENINGKATAN BERKESINAMBUNGAN\nPasal 6\nHasil pengukuran ditindaklanjuti.\n" + Foot;
        var check = Judge(body, 8);
        Assert.Contains("penetapan ruang lingkup", Found(check));
        Assert.Contains("penetapan penanggung jawab", Found(check));
        Assert.Contains("perbaikan berkelanjutan", Found(check));
        Assert.Equal(3, check.Level);
        // Without the chapter on roles level 3 is not reached.
        Assert.Equal(2, Judge(body.Replace("PEMBAGIAN PERAN", "KOORDINASI", StringComparison.Ordinal), 8).Level);
    }

    const string ArchiveNotes =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS PERPUSTAKAAN DAN KEARSIPAN\n\nNOTULA RAPAT\nPEMANFAATAN APLIKASI E-ARSIP\n\n" +
        "1. Aplikasi e-Arsip saat ini menyediakan:\n   a. pencarian arsip berdasarkan nomor dan kata kunci;\n   b. unggah hasil pindai arsip; dan\n   c. unduh salinan arsip.\n" +
        "2. {0}\n" +
        "3. Disepakati usulan pengembangan validasi metadata pada anggaran 2027.\n\n" +
        "                                     Sukamaju, 16 Maret 2026\n                                     Notulis,\n                                         ttd.\n                                     BAYU ANGGORO\n";

    [Fact]
    public void A_function_done_by_hand_or_only_proposed_is_no_electronic_transaction()
    {
        var manual = Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, ArchiveNotes, "Peminjaman arsip masih dengan formulir kertas dan persetujuan langsung."), 37);
        Assert.Equal(2, manual.Level);
        var electronic = Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, ArchiveNotes, "Peminjaman arsip diajukan di aplikasi dan mendapat persetujuan berjenjang."), 37);
        Assert.Equal(3, electronic.Level);
    }
}
