using SpbeBot.Core.Evidence.Checking;
using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-28ev, set 25's three verdicts above and its misses below): a circular leaving the units outside a
/// kawasan out regulates for some units only, a step done "dengan berkas fisik" is outside the service, a reviu report
/// cited with its old date is a stale reviu, the next audit's plan says nothing of this one's, a target for the
/// evaluated year is the plan followed, a program kerja "disepakati" is set, a cycle listed over a page break is
/// regulated, the lampiran's "merupakan bagian tidak terpisahkan" is no definition, and a sync through the service
/// connector is collaboration. Documents written for these tests (evaluation year 2026), each with its near miss.
/// </summary>
public class EvidenceScopeAndPlanTests
{
    const string IntranetCircular =
        "PEMERINTAH KABUPATEN SUKAMAJU\nSEKRETARIAT DAERAH\n\n                    Sukamaju, 3 Maret 2026\n\n" +
        "SURAT EDARAN\nNOMOR 500.12/077/SETDA/2026\n\nTENTANG\n\nPENGGUNAAN JARINGAN INTRA PEMERINTAH KABUPATEN\n\n" +
        "1. Ruang Lingkup\n   Surat Edaran ini berlaku bagi {0}.\n\n" +
        "2. Isi Edaran\n   a. Pertukaran data antar Perangkat Daerah wajib menggunakan jaringan intra\n      yang dikelola Dinas Komunikasi dan Informatika.\n" +
        "   b. Diskominfo menetapkan alokasi alamat IP bagi setiap Perangkat Daerah.\n\n" +
        "Demikian Surat Edaran ini untuk dilaksanakan.\n\n                    a.n. BUPATI SUKAMAJU\n                    SEKRETARIS DAERAH,\n\n" +
        "                    ttd.\n\n                    Drs. HERMAN SUTISNA, M.Si.\n                    NIP 19680101 199003 1 004\n";

    [Fact]
    public void A_circular_that_leaves_the_units_outside_its_kawasan_out_regulates_for_some_units()
    {
        // Set 25 T06's shape: no MEMUTUSKAN, an article's own "menetapkan" after the exclusion — level 2.
        var some = Judge(F(IntranetCircular, "10 Perangkat Daerah di Kompleks Perkantoran.\n   Perangkat Daerah di luar Kompleks Perkantoran tetap menggunakan\n   layanan internet masing-masing"), 6);
        Assert.Equal(2, some.Level);
        // Near miss: the same circular for every unit regulates for all of them, level 3.
        var all = Judge(F(IntranetCircular, "seluruh Perangkat Daerah"), 6);
        Assert.Equal(3, all.Level);
    }

    const string FinanceManual =
        "PEMERINTAH KABUPATEN SUKAMAJU\nBADAN KEUANGAN DAERAH\n\nPANDUAN PENGGUNA APLIKASI SIKEUDA - MODUL KEUANGAN\nSeptember 2026\n\n" +
        "1. Pencarian SP2D\n   Menu \"Daftar SP2D\" menampilkan SP2D yang telah diterbitkan. Pengguna dapat\n   mencari berdasarkan nomor SP2D atau tanggal.\n\n" +
        "2. Unduh Dokumen\n   Klik ikon unduh untuk mengunduh salinan SP2D dan Laporan Realisasi Anggaran.\n\n" +
        "3. Unggah SPJ\n   Bendahara dapat mengunggah pindaian dokumen SPJ pada menu \"Arsip SPJ\".\n\n" +
        "4. Catatan\n   {0}\n\n                    Sukamaju, 14 September 2026\n                    Kepala Badan Keuangan Daerah,\n\n" +
        "                    ttd.\n\n                    SRI WAHYUNI, S.E.\n";

    [Fact]
    public void An_approval_done_with_paper_files_is_outside_the_service()
    {
        // Set 25 T30's shape: "dengan berkas fisik" — search, download and upload only, level 2.
        var paper = Judge(F(FinanceManual, "Pengajuan SPM dan persetujuan penerbitan SP2D masih dilakukan dengan\n   berkas fisik yang ditandatangani pejabat berwenang."), 34);
        Assert.Equal(2, paper.Level);
        // Near miss: the approval done in the application is its transaction, level 3.
        var inApp = Judge(F(FinanceManual, "Pengajuan SPM dan persetujuan penerbitan SP2D dilakukan pada menu\n   \"Persetujuan\" oleh pejabat berwenang."), 34);
        Assert.Equal(3, inApp.Level);
    }

    const string PermitReport =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU\n\n" +
        "LAPORAN PENERAPAN LAYANAN PERIZINAN BERBASIS ELEKTRONIK \"SIPANDU\"\n\n" +
        "I. GAMBARAN LAYANAN\n   Gambar 1. Pemohon mencari jenis izin, mengunduh formulir, dan mengunggah persyaratan.\n" +
        "   Gambar 2. Alur transaksi: verifikasi berkas oleh petugas, persetujuan Kepala Dinas,\n      penerbitan izin bertanda tangan elektronik.\n" +
        "   Gambar 3. Integrasi: NIK pemohon diverifikasi ke layanan Dukcapil melalui SPLP nasional.\n\n" +
        "II. EVALUASI LAYANAN\n   Evaluasi layanan dilaksanakan bersama Inspektorat, dituangkan dalam Laporan Evaluasi\n" +
        "   Layanan Perizinan Elektronik Nomor 500.16/LEV-02/DPMPTSP/{0} tanggal 30 Juli {0}.\n" +
        "   Isu/permasalahan: (1) izin terbit rata-rata 9 hari; (2) pemohon tidak mendapat notifikasi.\n" +
        "   Rekomendasi: (1) menerapkan tanda tangan elektronik; (2) menambah notifikasi SMS.\n\n" +
        "III. PERBAIKAN YANG TELAH DILAKSANAKAN\n\n No  Rekomendasi              Perbaikan                      Selesai\n" +
        " --  -----------------------  -----------------------------  ----------\n" +
        "  1  Tanda tangan elektronik  TTE tersertifikasi BSrE        17-03-2026\n" +
        "  2  Notifikasi status        Notifikasi SMS otomatis        05-06-2026\n\n" +
        "                    Sukamaju, 30 September 2026\n                    Kepala Dinas,\n\n                    ttd.\n\n                    BUDI SANTOSO, S.E.\n";

    [Fact]
    public void A_reviu_report_cited_with_its_old_date_is_a_stale_reviu()
    {
        // Set 25 T39's shape: the improvements follow an evaluation of 2024 — stale, level 4.
        var old = Judge(F(PermitReport, 2024), 45);
        Assert.Equal(4, old.Level);
        Assert.Contains(EvidenceCheckFlags.Stale, old.Flags);
        // Near miss: the same report citing an evaluation of 2025 shows the improvement, level 5.
        var recent = Judge(F(PermitReport, 2025), 45);
        Assert.Equal(5, recent.Level);
        Assert.DoesNotContain(EvidenceCheckFlags.Stale, recent.Flags);
    }

    const string AuditReport =
        "PEMERINTAH KABUPATEN SUKAMAJU\nINSPEKTORAT DAERAH\n\nLAPORAN HASIL AUDIT INFRASTRUKTUR SPBE TAHUN 2026\n\n" +
        "1. Dasar audit\n   a. Peraturan Bupati Nomor 3 Tahun 2025 tentang Peta Rencana SPBE, program\n      \"Audit Infrastruktur SPBE\" dengan jadwal pelaksanaan Tahun 2026.\n" +
        "2. Standar: pedoman audit infrastruktur SPBE nasional.\n3. Tim auditor: auditor TIK internal Inspektorat Daerah.\n\n" +
        "HASIL AUDIT\n1. Manajemen kapasitas belum terdokumentasi; direkomendasikan menyusun rencana kapasitas.\n\n" +
        "PENUTUP\n{0}\n\n                    Sukamaju, 30 September 2026\n                    Inspektur Daerah,\n\n                    ttd.\n\n                    Ir. SITI AMINAH, M.Si.\n";

    [Fact]
    public void The_next_audits_plan_says_nothing_of_whether_this_one_followed_its_plan()
    {
        // Set 25 T26's shape: the next audit "direncanakan … sesuai Peta Rencana SPBE" — this one followed its plan and
        // the pedoman, level 3.
        var next = Judge(F(AuditReport, "Audit infrastruktur berikutnya pada Tahun 2028 direncanakan menggunakan auditor\neksternal bersertifikat sesuai Peta Rencana SPBE."), 29);
        Assert.Equal(3, next.Level);
        // Near miss: this audit said to be outside the plan stays below it, level 1.
        var unplanned = Judge(F(AuditReport, "Audit ini tidak termasuk dalam Peta Rencana SPBE dan dilaksanakan atas permintaan Bupati."), 29);
        Assert.Equal(1, unplanned.Level);
    }

    const string TrainingReport =
        "PEMERINTAH KABUPATEN SUKAMAJU\nBADAN KEPEGAWAIAN DAERAH\n\nLAPORAN PELAKSANAAN PENGEMBANGAN KOMPETENSI\nSUMBER DAYA MANUSIA SPBE TAHUN 2026\n\n" +
        "A. DASAR PELAKSANAAN\n   1. Peraturan Bupati Nomor 3 Tahun 2025 tentang Peta Rencana SPBE, program\n      \"Peningkatan Kompetensi SDM SPBE\" dengan target {0}: 80 ASN mengikuti pelatihan.\n\n" +
        "B. PELAKSANAAN PELATIHAN\n   1. Keamanan SPBE: penanganan insiden siber, 24 peserta.\n   2. Aplikasi SPBE: pengembangan aplikasi web, 30 peserta.\n\n" +
        "C. CAPAIAN\n   Bidang kompetensi arsitektur SPBE belum dilaksanakan.\n\n" +
        "                    Sukamaju, 30 Oktober 2026\n                    Kepala BKD,\n\n                    ttd.\n\n                    YULI ASTUTI, S.Sos.\n";

    [Fact]
    public void A_target_for_the_evaluated_year_is_the_plan_the_record_followed()
    {
        // Set 25 T24's shape: the Peta Rencana's programme "dengan target 2026" above a 2026 report — level 2.
        var thisYear = Judge(F(TrainingReport, 2026), 25);
        Assert.Equal(2, thisYear.Level);
        // Near miss: a target for a later year is still a plan, level 1.
        var later = Judge(F(TrainingReport, 2027), 25);
        Assert.Equal(1, later.Level);
    }

    const string TeamReport =
        "PEMERINTAH KABUPATEN SUKAMAJU\nTIM KOORDINASI SPBE\n\nLAPORAN PELAKSANAAN PROGRAM KERJA TIM KOORDINASI SPBE TAHUN 2026\n\n" +
        "I. DASAR\n   1. Keputusan Bupati Nomor 18 Tahun 2025 tentang Tim Koordinasi SPBE.\n" +
        "   2. Program Kerja Tim Koordinasi SPBE Tahun 2026 yang {0} dalam rapat pleno\n      tanggal 20 Februari 2026.\n\n" +
        "II. PELAKSANAAN\n   1. Penyusunan Arsitektur SPBE: selesai 11 Agustus 2026.\n   2. Rapat pleno semesteran: selesai 15 Juli 2026.\n\n" +
        "   Seluruh program kerja Tahun 2026 telah dilaksanakan.\n\n" +
        "                    Sukamaju, 20 November 2026\n                    Ketua Tim Koordinasi SPBE,\n\n                    ttd.\n\n                    AGUS WIJAYA, S.Kom.\n";

    [Fact]
    public void A_program_kerja_agreed_in_the_plenary_is_the_plan_followed()
    {
        // Set 25 T21's shape: "Program Kerja … yang disepakati dalam rapat pleno" — planned, done in full, level 3.
        var agreed = Judge(F(TeamReport, "disepakati"), 19);
        Assert.Equal(3, agreed.Level);
        // Near miss: one only proposed there is no plan, level 1.
        var proposed = Judge(F(TeamReport, "diusulkan"), 19);
        Assert.Equal(1, proposed.Level);
        // Set 27 V22's shape: the programme approved ("disetujui") by the Koordinator is the plan as well, level 3.
        Assert.Equal(3, Judge(F(TeamReport, "disetujui Koordinator"), 19).Level);
    }

    const string AppPolicy =
        "PERATURAN BUPATI SUKAMAJU\nNOMOR 17 TAHUN 2026\n\nTENTANG\n\nPEDOMAN PEMBANGUNAN DAN PENGEMBANGAN APLIKASI SPBE\n\n" +
        "DENGAN RAHMAT TUHAN YANG MAHA ESA\n\nBUPATI SUKAMAJU,\n\nMenimbang : bahwa perlu menetapkan pedoman pembangunan aplikasi;\n\n" +
        "MEMUTUSKAN:\n\nMenetapkan : PERATURAN BUPATI TENTANG PEDOMAN PEMBANGUNAN APLIKASI SPBE.\n\n" +
        "Pasal 1\n(1) Pembangunan dan pengembangan Aplikasi SPBE dilaksanakan melalui siklus:\n" +
        "    a. analisis kebutuhan;\n    b. perencanaan;\n    c. rancang bangun;\n    d. implementasi;\n\f{0}\n" +
        "Pasal 2\nSetiap Perangkat Daerah wajib berkonsultasi dengan Dinas Komunikasi dan Informatika pada tahap\nanalisis kebutuhan dan rancang bangun.\n\n" +
        "Pasal 3\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n\n" +
        "                    Ditetapkan di Sukamaju\n                    pada tanggal 2 Juni 2026\n                    BUPATI SUKAMAJU,\n\n" +
        "                    ttd.\n\n                    H. ASEP SUHERMAN\n";

    [Fact]
    public void A_cycle_listed_over_a_page_break_is_regulated()
    {
        // Set 25 T04's shape: "e. pemeliharaan" is the next page's first line — the cycle, then konsultasi: level 3.
        var overBreak = Judge(F(AppPolicy, "    e. pengujian;\n    f. pemeliharaan; dan\n    g. evaluasi.\n"), 4);
        Assert.Equal(3, overBreak.Level);
        // Near miss: a cycle without pemeliharaan is not the Kriteria's, level 1.
        var partial = Judge(F(AppPolicy, "    e. pengujian; dan\n    f. evaluasi.\n"), 4);
        Assert.Equal(1, partial.Level);
    }

    const string RoadmapPolicy =
        "PERATURAN BUPATI SUKAMAJU\nNOMOR 3 TAHUN 2026\n\nTENTANG\n\nPETA RENCANA SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\n\n" +
        "BUPATI SUKAMAJU,\n\nMenimbang : bahwa perlu menetapkan Peta Rencana SPBE;\n\nMEMUTUSKAN:\n\n" +
        "Menetapkan : PERATURAN BUPATI TENTANG PETA RENCANA SPBE.\n\n" +
        "Pasal 1\nPeta Rencana SPBE Daerah memuat:\na. tata kelola SPBE;\nb. manajemen SPBE;\nc. layanan SPBE;\nd. infrastruktur SPBE;\n" +
        "e. aplikasi SPBE;\nf. keamanan SPBE; dan\n{0},\nsebagaimana tercantum dalam Lampiran yang merupakan bagian tidak\n\fterpisahkan dari Peraturan Bupati ini.\n\n" +
        "Pasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n\n" +
        "                    Ditetapkan di Sukamaju\n                    pada tanggal 27 Januari 2026\n                    BUPATI SUKAMAJU,\n\n" +
        "                    ttd.\n\n                    H. ASEP SUHERMAN\n";

    [Fact]
    public void The_lampirans_formula_closing_a_list_is_no_definition()
    {
        // Set 25 T12's shape: the seventh muatan before "… yang merupakan bagian tidak terpisahkan …", the page cut after
        // "tidak" — every muatan, level 3.
        var all = Judge(F(RoadmapPolicy, "g. audit teknologi informasi dan komunikasi"), 2);
        Assert.Equal(3, all.Level);
        // Near miss: the list without the audit is short of the Kriteria's muatan, level 2.
        var short6 = Judge(F(RoadmapPolicy, "g. sumber daya manusia SPBE"), 2);
        Assert.Equal(2, short6.Level);
    }

    const string PlanningScreens =
        "PEMERINTAH KABUPATEN SUKAMAJU\nBADAN PERENCANAAN PEMBANGUNAN DAERAH\n\n" +
        "DOKUMENTASI TANGKAPAN LAYAR LAYANAN PERENCANAAN BERBASIS ELEKTRONIK \"e-RENCANA\"\n\n" +
        "Gambar 1. Menu \"Dokumen Perencanaan\": kolom pencarian, tombol \"Unggah Renja\" dan \"Unduh\".\n\n" +
        "Gambar 2. Menu \"Verifikasi Usulan Kegiatan\": tombol \"Setujui\" dan \"Kembalikan\";\n   riwayat persetujuan tercatat per pengguna.\n\n" +
        "Gambar 3. Menu \"Integrasi\": daftar sistem tujuan SIPD RI dan SIKEUDA.\n   {0}\n\n" +
        "                    Sukamaju, 12 Oktober 2026\n                    Kepala Bappeda,\n\n                    ttd.\n\n                    HENDRA GUNAWAN, S.T.\n";

    [Fact]
    public void A_sync_through_the_service_connector_is_collaboration()
    {
        // Set 25 T28's shape: "Sinkronisasi berjalan melalui sistem penghubung layanan" — level 4.
        var synced = Judge(F(PlanningScreens, "Sinkronisasi berjalan melalui sistem penghubung layanan Daerah setiap hari."), 32);
        Assert.Equal(4, synced.Level);
        // Near misses: the menu alone, nothing said to run through it, level 3; the sync only a target for the year, 3.
        var menuOnly = Judge(F(PlanningScreens, "Menu ini hanya dapat dibuka oleh administrator."), 32);
        Assert.Equal(3, menuOnly.Level);
        var target = Judge(F(PlanningScreens, "Target 2026: sinkronisasi berjalan melalui sistem penghubung layanan Daerah."), 32);
        Assert.Equal(3, target.Level);
    }

    [Fact]
    public void A_sync_that_does_not_yet_run_through_SPLP_is_no_collaboration()
    {
        // Review of issue 22: a negator among the words the pattern lets between "sinkronisasi" and "melalui" — level 3.
        var notYet = Judge(F(PlanningScreens, "Sinkronisasi belum berjalan melalui SPLP."), 32);
        Assert.Equal(3, notYet.Level);
        // Near miss: the sync that runs through SPLP collaborates, level 4.
        var runs = Judge(F(PlanningScreens, "Sinkronisasi berjalan melalui SPLP."), 32);
        Assert.Equal(4, runs.Level);
    }

    [Theory]
    [InlineData("Program Kerja belum disepakati dalam rapat pleno", 1)]
    [InlineData("Program kerja tim belum ditetapkan", 1)]
    [InlineData("Program kerja tidak disahkan", 1)]
    // Near miss: the same words with no negator are the plan followed, level 3.
    [InlineData("Program kerja tim telah ditetapkan", 3)]
    public void A_program_kerja_not_yet_agreed_is_no_plan(string line, int level)
    {
        // Review of issue 22: "belum/tidak" among the words between "program kerja" and "disepakati".
        var report = F(TeamReport, "disepakati").Replace("Program Kerja Tim Koordinasi SPBE Tahun 2026 yang disepakati dalam rapat pleno", line);
        Assert.Equal(level, Judge(report, 19).Level);
    }

    [Theory]
    [InlineData("Dari seluruh 8 kegiatan, baru 5 yang telah dilaksanakan.", 2)]
    [InlineData("Seluruh 8 kegiatan direncanakan; 5 kegiatan telah dilaksanakan.", 2)]
    // Near misses: the whole counted and done, level 3 (set 25 T21's shape).
    [InlineData("Seluruh 8 (delapan) program kerja Tahun 2026 telah dilaksanakan.", 3)]
    [InlineData("Semua 12 kegiatan telah selesai.", 3)]
    public void Only_the_whole_counted_and_then_done_is_all_done(string line, int level)
    {
        // Review of issue 22: "seluruh 8 kegiatan" with a done word elsewhere in its clause is not the whole done.
        var report = F(TeamReport, "disepakati").Replace("Seluruh program kerja Tahun 2026 telah dilaksanakan.", line);
        Assert.Equal(level, Judge(report, 19).Level);
    }
}
