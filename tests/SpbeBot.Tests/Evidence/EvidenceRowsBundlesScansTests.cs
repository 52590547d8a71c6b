using System.Globalization;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-19ea): a table row's cells, a bundle's later document, a heading of plans and two OCR shapes. Documents
/// written for these tests, each rule with its near miss.
/// </summary>
public class EvidenceRowsBundlesScansTests
{
    static string F(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    const string Architecture =
        "PEMERINTAH KABUPATEN SUKAMAJU\n\nDOKUMEN ARSITEKTUR SPBE KABUPATEN SUKAMAJU TAHUN 2026\n\n" +
        "BAB I PENDAHULUAN\nArsitektur SPBE Kabupaten Sukamaju disusun dengan berpedoman pada Arsitektur SPBE Nasional dan memakai " +
        "referensi arsitektur yang sama.\n\nBAB II DOMAIN\nNo | Domain | Keadaan\n" +
        "1 | Domain proses bisnis | memuat 180 proses bisnis\n2 | Domain data dan informasi | memuat 40 kelompok data\n" +
        "3 | Domain layanan | memuat 52 layanan elektronik\n4 | {0}\n" +
        "5 | Domain infrastruktur | memuat pusat data dan jaringan intra\n6 | Domain keamanan | memuat pengendalian keamanan informasi\n\n" +
        "                               Sukamaju, 20 Agustus 2026\n                               Kepala Dinas Kominfo,\n" +
        "                                         ttd\n                               BUDI SANTOSO\n";

    [Fact]
    public void A_negator_in_an_earlier_cell_of_the_row_does_not_deny_the_next_cell()
    {
        int? Level(string row) => JudgeText.Judge(F(Architecture, row), 11).Level;
        var full = Level("Domain aplikasi | memuat 96 aplikasi umum dan khusus");
        Assert.True(full >= 3, $"level {full}");
        Assert.Equal(full, Level("Hapus aplikasi tidak aktif | Domain aplikasi diperbarui: 96 aplikasi"));
        // A status cell after the item still denies it; so does a negator in the item's own cell.
        Assert.True(Level("Domain aplikasi | belum disusun") < full);
        Assert.True(Level("Hapus aplikasi | Domain aplikasi belum disusun") < full);
    }

    const string Screenshot =
        "   [Tangkapan layar - halaman web]\n   URL: https://bappeda.sukamajukab.go.id/perencanaan\n\n" +
        "   +-----------------------------------------------------+\n" +
        "   | BAPPEDA KABUPATEN SUKAMAJU                          |\n" +
        "   | Beranda | Profil | Perencanaan | Berita | Kontak    |\n" +
        "   +-----------------------------------------------------+\n" +
        "   | INFORMASI PERENCANAAN PEMBANGUNAN                   |\n" +
        "   | - Jadwal Musrenbang Kecamatan 2026: 2-20 Februari   |\n" +
        "   |                                                     |\n" +
        "   | {0}|\n   | {1}|\n" +
        "   +-----------------------------------------------------+\n\n" +
        "   Keterangan operator: layanan perencanaan elektronik di website Bappeda.\n   Diambil tanggal 4 Agustus 2026.\n";

    [Fact]
    public void A_box_drawn_around_a_screenshot_has_no_cells_so_its_denial_holds_across_lines()
    {
        int? Level(string first, string second) => JudgeText.Judge(F(Screenshot, first.PadRight(52), second.PadRight(52)), 32).Level;
        Assert.True(Level("(halaman statis; tidak ada fitur login, unggah,", " unduh dokumen maupun pencarian)") <= 1);
        Assert.True(Level("Fitur: pencarian dokumen, unggah usulan,", " unduh dokumen RKPD") >= 2);
    }

    const string PolicyAndNotes =
        "PERATURAN BUPATI SUKAMAJU\nNOMOR 9 TAHUN 2025\nTENTANG\nPETA RENCANA SPBE TAHUN 2025-2029\n\nMEMUTUSKAN:\nPasal 1\n" +
        "Peta Rencana SPBE Daerah disusun selaras dengan Peta Rencana SPBE Nasional.\nPasal 2\nPeta Rencana SPBE Daerah memuat:\n" +
        "a. Tata Kelola SPBE;\nb. Manajemen SPBE;\nc. Layanan SPBE;\nd. Infrastruktur SPBE;\ne. Aplikasi SPBE;\nf. Keamanan SPBE; dan\ng. Audit TIK.\n\n" +
        "Ditetapkan di Sukamaju\npada tanggal 3 Maret 2025\nBUPATI SUKAMAJU,\nttd\nHENDRA WIJAYA\n\n" +
        "PEMERINTAH KABUPATEN SUKAMAJU\n\n          NOTULENSI\n   {0}\n\nHari/Tanggal : Selasa, 18 November 2025\n" +
        "Isu/permasalahan:\n1. Target Keamanan SPBE 2026 belum dianggarkan.\nRekomendasi:\n1. Bappeda memasukkan kegiatan CSIRT pada Renja 2027.\n\n" +
        "Notulis,\nttd\nSITI AMINAH\n";

    [Fact]
    public void A_reviu_record_titled_on_two_lines_is_the_reviu_of_the_policy_before_it()
    {
        int? Level(string title) => JudgeText.Judge(F(PolicyAndNotes, title), 2).Level;
        Assert.Equal(4, Level("RAPAT REVIU KEBIJAKAN PETA RENCANA SPBE 2025"));
        Assert.Equal(3, Level("RAPAT KOORDINASI PETA RENCANA SPBE 2025"));
    }

    const string EvaluationAndDecree =
        "PEMERINTAH KABUPATEN SUKAMAJU\nSEKRETARIAT DAERAH\n\nLAPORAN EVALUASI KEPUTUSAN BUPATI TENTANG TIM KOORDINASI SPBE\n\n" +
        "Dasar: Keputusan Bupati Nomor 100/21/2024 tentang Tim Koordinasi SPBE\n(ditetapkan 4 Maret 2024).\nPelaksanaan: {0}, Ruang Rapat Sekda.\n\n" +
        "Hasil evaluasi / isu:\n1. Tim belum diberi tugas koordinasi dengan Pemerintah Provinsi dan Instansi Pusat.\n" +
        "Rekomendasi:\n1. Menetapkan Keputusan baru yang menambah tugas koordinasi antar instansi.\n\n" +
        "Sukamaju, {0}\nSekretaris Daerah,\nttd\nDrs. AHMAD FAUZI\n\n" +
        "BUPATI SUKAMAJU\nKEPUTUSAN BUPATI SUKAMAJU\nNOMOR 100/5/2026\nTENTANG\nTIM KOORDINASI SPBE KABUPATEN SUKAMAJU\n\n" +
        "Menimbang : bahwa sesuai rekomendasi Laporan Evaluasi Tim Koordinasi SPBE perlu menetapkan kembali Tim Koordinasi SPBE;\n\n" +
        "MEMUTUSKAN:\nKESATU : Membentuk Tim Koordinasi SPBE.\nKEDUA : Tim bertugas:\n a. mengoordinasikan penerapan SPBE pada seluruh Perangkat Daerah;\n" +
        " b. melakukan koordinasi penerapan SPBE dengan Pemerintah Provinsi dan Instansi Pusat.\n\n" +
        "Ditetapkan di Sukamaju\npada tanggal 12 Januari 2026\nBUPATI SUKAMAJU,\nttd\nHENDRA WIJAYA\n";

    [Fact]
    public void A_reports_date_is_its_own_not_the_penetapan_of_the_policy_it_cites()
    {
        var recent = JudgeText.Judge(F(EvaluationAndDecree, "3 September 2025"), 10);
        Assert.DoesNotContain("stale", recent.Flags);
        Assert.Equal(5, recent.Level);
        var old = JudgeText.Judge(F(EvaluationAndDecree, "3 September 2023"), 10);
        Assert.Contains("stale", old.Flags);
        Assert.True(old.Level < 5, $"level {old.Level}");
    }

    const string ReviewAndRepairs =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KEPENDUDUKAN DAN PENCATATAN SIPIL\n\nLAPORAN REVIU LAYANAN ADMINDUK DARING\nApril 2026\n\n" +
        "1. Kapabilitas: informasi persyaratan; unggah berkas dan unduh dokumen; transaksi permohonan dengan validasi NIK\n" +
        "   dan persetujuan petugas; kolaborasi dengan SIAK Terpusat.\n2. Isu: permohonan akta kematian belum tersedia daring.\n" +
        "3. Rekomendasi: tambah layanan akta kematian; perbarui SOP layanan.\n\nSukamaju, 15 April 2026\nKepala Disdukcapil,\nttd\nRINA MARLINA\n\n" +
        "LAPORAN PERBAIKAN LAYANAN ADMINDUK DARING\nOktober 2026\n\n{0}\n\nSukamaju, 5 Oktober 2026\nKepala Disdukcapil,\nttd\nRINA MARLINA\n";

    [Fact]
    public void A_later_record_under_its_own_title_is_the_improvement_after_the_reviu()
    {
        int? Level(string entries) => JudgeText.Judge(F(ReviewAndRepairs, entries), 47).Level;
        Assert.Equal(5, Level("1. Layanan akta kematian daring aktif sejak 1 Agustus 2026.\n2. SOP layanan diperbarui (Keputusan Kadis Nomor 470/12/2026)."));
        Assert.Equal(4, Level("1. Layanan akta kematian daring akan dibuka Desember 2026.\n2. SOP layanan direncanakan diperbarui tahun 2027."));
    }

    const string Documentation =
        "        DOKUMENTASI LAYANAN AKUNTABILITAS KINERJA \"e-SAKIP\"\n               BAGIAN ORGANISASI SETDA SUKAMAJU\n\n" +
        "[Screenshot 1] Informasi dokumen Renstra, IKU, LKjIP.\n[Screenshot 2] Unggah Perjanjian Kinerja dan unduh LKjIP.\n" +
        "[Screenshot 3] Entri capaian kinerja triwulan dengan validasi\n  target, persetujuan Kepala PD, dan dashboard analitik.\n{0}" +
        "[Screenshot 4] Integrasi: indikator kinerja ditarik dari\n  e-Rencana (Bappeda) melalui API SPLP Daerah.\n\n" +
        "                              Sukamaju, 1 Oktober 2026\n                              Kabag Organisasi,\n" +
        "                                        ttd\n                              NURUL HIKMAH\n";

    [Fact]
    public void A_wrapped_line_or_a_hyphenated_name_opens_no_heading_of_plans()
    {
        Assert.Equal(4, JudgeText.Judge(F(Documentation, ""), 40).Level);
        Assert.Equal(3, JudgeText.Judge(F(Documentation, "\nRencana pengembangan 2027:\n"), 40).Level);
    }

    const string Roadmap =
        "PEMERINTAH KABUPATEN SUKAMAJU\n\nDOKUMEN PETA RENCANA SPBE TAHUN 2025-2029\n(Lampiran Peraturan Bupati Nomor 9 Tahun 2025)\n\n" +
        "BABI PENDAHULUAN\nBAB III PETA RENCANA\n3.1 Tata Kelola SPBE : pemutakhiran Arsitektur (2026)\n{0} : manajemen risiko, data, aset (2025-27)\n" +
        "3.3 Layanan SPBE : portal layanan terpadu (2026)\n3.4 Infrastruktur SPBE : perluasan jaringan intra (2025-28)\n" +
        "3.5 Aplikasi SPBE : konsolidasi aplikasi (2027)\n3.6 Keamanan SPBE : CSIRT (2026)\n" +
        "3.7 Audit Teknologi SPBE dan Audit TIK: audit aplikasi (2026)\nBAB IV PENUTUP\n\nSukamaju, 3 Maret 2025\nBUPATI SUKAMAJU,\nttd\nHENDRA WIJAYA\n";

    [Fact]
    public void A_list_number_the_OCR_glued_to_its_heading_is_read_apart_in_a_scan_only()
    {
        var typed = JudgeText.Judge(F(Roadmap, "3.2 Manajemen SPBE"), 12).Level;
        Assert.True(typed >= 3, $"level {typed}");
        Assert.Equal(typed, JudgeText.Judge(F(Roadmap, "'3.2Manajemen SPBE"), 12, ocr: true).Level);
        // A text layer says what its author typed: nothing is repaired there.
        Assert.True(JudgeText.Judge(F(Roadmap, "'3.2Manajemen SPBE"), 12).Level < typed);
    }

    const string TeamAndReview =
        "BUPATI SUKAMAJU\nKEPUTUSAN BUPATI SUKAMAJU\nNOMOR 100.3.3.2/77/KPTS/2025\nTENTANG\nTIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\n" +
        "KABUPATEN SUKAMAJU\n\nMenimbang : bahwa untuk meningkatkan keterpaduan penerapan SPBE\nperlu membentuk Tim Koordinasi SPBE Daerah;\n\n" +
        "MEMUTUSKAN:\nKESATU : Membentuk Tim Koordinasi SPBE Kabupaten Sukamaju\ndengan susunan sebagaimana tercantum dalam Lampiran.\n" +
        "KEDUA : Tim Koordinasi SPBE bertugas:\na. mengoordinasikan penerapan SPBE pada seluruh\nperangkat daerah, kecamatan dan kelurahan;\n" +
        "b. memantau dan mengevaluasi penerapan SPBE di\nseluruh perangkat daerah;\nc. {0}\nd. melaporkan pelaksanaan tugas kepada Bupati.\n" +
        "KETIGA : Tugas Tim direviu setiap tahun.\n\nDitetapkan di Sukamaju\npada tanggal{1}7 Januari 2025\nBUPATI SUKAMAJU,\nttd\nHENDRA WIJAYA\n\n" +
        "NOTULENSI RAPAT REVIU SK TIM KOORDINASI SPBE\nHari/tanggal : Rabu, 14 Januari 2026\nTempat : Ruang Rapat Sekda\n\n" +
        "Hasil reviu:{2}\n1. Keanggotaan belum memuat Dinas Kependudukan dan Pencatatan Sipil.\n2. Pembagian tugas pokja belum jelas.\n" +
        "Rekomendasi:\n1. Menambah Disdukcapil sebagai anggota.\n2. Revisi SK paling lambat triwulan II 2026.\n\nNotulis,\nttd\nRahmat Hidayat, S.Kom.\n";

    const string Coordination = "melaksanakan koordinasi dan kerja sama penerapan\nSPBE dengan Instansi Pusat, Pemerintah Provinsi\ndan Pemerintah Daerah lain;";

    [Fact]
    public void A_team_directed_to_coordinate_with_other_instansi_meets_the_way_its_criterion_names()
    {
        Assert.Equal(4, JudgeText.Judge(F(TeamAndReview, Coordination, " ", ""), 10).Level);
        // The team's own name beside another instansi directs nothing.
        Assert.Equal(3, JudgeText.Judge(F(TeamAndReview, "menyampaikan laporan Tim Koordinasi SPBE\nkepada Bupati dan Sekretaris Daerah;", " ", ""), 10).Level);
    }

    [Fact]
    public void A_dot_before_the_penetapan_date_and_a_stray_figure_after_the_findings_heading_are_OCR_shapes()
    {
        var scan = JudgeText.Judge(F(TeamAndReview, Coordination, ".", " 2\n"), 10, ocr: true);
        Assert.Equal(4, scan.Level);
        Assert.DoesNotContain("unsigned", scan.Flags);
        // In a text layer the dots after "pada tanggal" stay a date left blank.
        Assert.Contains("unsigned", JudgeText.Judge(F(TeamAndReview, Coordination, ".", ""), 10).Flags);
    }
}
