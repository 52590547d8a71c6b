using SpbeBot.Core.Criteria;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Tests.Infrastructure;
using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-22ub): what a document shows and the checker did not find — a transaction service's interaction level,
/// a screenshot of a service's pages, data exchanged with "layanan … elektronik", an audit's "kertas kerja", the
/// improvement after a reviu reported in a nota dinas, a berita acara or a "TINDAK LANJUT / PERBAIKAN" section, the
/// design stage "rancangan" inside a list of stages, and the whole of the PD in a table's row. Each document is written
/// for these tests, with its near miss that must stay below.
/// </summary>
public class EvidenceServiceLadderTests
{
    const string Service =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KEPENDUDUKAN DAN PENCATATAN SIPIL\n\nDESKRIPSI LAYANAN KEUANGAN ELEKTRONIK SIKEU\n\n" +
        "1. Bendahara mengisi SPP pada SIKEU.\n{0}\n\n                               Sukamaju, 2 Juni 2026\n" +
        "                               Kepala BPKAD,\n                                         ttd\n                               RUDI HARTONO\n";

    [Fact]
    public void A_transaction_service_shown_with_two_functions_has_the_interaction_level_under_it()
    {
        var shown = JudgeText.Judge(F(Service, "2. Sistem memvalidasi ketersediaan anggaran.\n3. Persetujuan SPM berjenjang oleh PPK."), 34);
        Assert.Equal(3, shown.Level);
        Assert.Contains(shown.Found, f => f.Element.StartsWith("layanan interaksi", StringComparison.Ordinal));

        // One function word is not the transaction service described; a document that says the interaction is lacking keeps it
        // lacking; a draft of a service still to be built shows no service.
        Assert.True(JudgeText.Judge(F(Service, "2. Persetujuan SPM berjenjang oleh PPK."), 34).Level is null or 1);
        Assert.Equal(1, JudgeText.Judge(F(Service, "2. Sistem memvalidasi ketersediaan anggaran.\n3. Persetujuan SPM berjenjang oleh PPK.\n4. Fitur unggah dokumen belum tersedia."), 34).Level);
        Assert.True(JudgeText.Judge("KONSEP - BELUM DISAHKAN\n" + F(Service, "2. Sistem memvalidasi ketersediaan anggaran.\n3. Persetujuan SPM berjenjang oleh PPK."), 34).Level is null or < 2);
    }

    [Fact]
    public void Data_taken_from_an_electronic_service_named_in_the_kriteria_words_is_collaboration()
    {
        const string functions = "2. Sistem memvalidasi ketersediaan anggaran.\n3. Persetujuan SPM berjenjang oleh PPK.\n";
        Assert.Equal(4, JudgeText.Judge(F(Service, functions + "4. Data DPA ditarik otomatis dari layanan penganggaran elektronik."), 34).Level);
        Assert.Equal(3, JudgeText.Judge(F(Service, functions + "4. Kendala dikirim ke layanan bantuan BPKAD."), 34).Level);
    }

    const string Screenshot =
        "[{0} - laman arsip.sukamajukab.go.id, 02/11/2026]\n\nDINAS KEARSIPAN KABUPATEN SUKAMAJU\n\nInformasi Kearsipan\n" +
        " - Jadwal Retensi Arsip Kabupaten Sukamaju\n - Alamat depo arsip dan jam layanan\n\nCatatan: pengelolaan surat masih manual.\n";

    [Fact]
    public void A_screenshot_of_the_service_pages_can_be_judged()
    {
        Assert.Equal(1, JudgeText.Judge(F(Screenshot, "SCREENSHOT"), 37).Level);
        Assert.Equal(1, JudgeText.Judge(F(Screenshot, "TANGKAPAN LAYAR"), 37).Level);
        Assert.Null(JudgeText.Judge(F(Screenshot, "CATATAN"), 37).Level);
    }

    const string Audit =
        "PEMERINTAH KABUPATEN SUKAMAJU\nINSPEKTORAT DAERAH\n\nDESKRIPSI APLIKASI SIWAS\n\nSIWAS melayani pengawasan:\n - {0}\n";

    [Fact]
    public void An_audits_working_papers_are_no_paper_form()
    {
        Assert.Equal(2, JudgeText.Judge(F(Audit, "pencarian dan unggah kertas kerja audit;"), 39).Level);
        Assert.True(JudgeText.Judge(F(Audit, "pencarian dan unggah masih dengan formulir kertas;"), 39).Level is null or < 2);
    }

    const string Reviewed =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KEARSIPAN\n\nLAPORAN EVALUASI LAYANAN KEARSIPAN DINAMIS BERBASIS ELEKTRONIK\nTanggal: 13 April 2026\n\n" +
        "BAB I GAMBARAN LAYANAN\n1. Interaksi: pencarian arsip, unggah/unduh naskah.\n2. Transaksi: disposisi, persetujuan, validasi klasifikasi.\n" +
        "3. Kolaborasi: SRIKANDI terhubung dengan SRIKANDI nasional.\n\nBAB II ISU/PERMASALAHAN\n1. Disposisi tertahan lebih dari 3 hari.\n2. Helpdesk belum tersedia.\n\n" +
        "BAB III REKOMENDASI\n1. Sertifikat elektronik bagi pejabat.\n2. Pembentukan helpdesk.\n                               Kepala Dinas,\n                                  ttd.\n" +
        "                               SITI AMINAH\n\n{0}";

    const string Letter =
        "                      NOTA DINAS\nNomor : 000.4/233/DISARSIP/2026\nKepada: Sekretaris Daerah\nHal   : Laporan tindak lanjut evaluasi SRIKANDI\n\n" +
        "Dengan hormat, menindaklanjuti rekomendasi evaluasi tanggal 13 April 2026, dilaporkan:\n{0}\nDemikian untuk menjadi maklum.\n" +
        "                               Kepala Dinas,\n                                  ttd.\n                               SITI AMINAH\n";

    [Fact]
    public void A_nota_dinas_reporting_what_was_done_after_the_evaluation_is_the_improvement()
    {
        Assert.Equal(5, JudgeText.Judge(F(Reviewed, F(Letter, "1. 212 pejabat telah memiliki sertifikat elektronik (Juli 2026).\n2. Helpdesk dibentuk dengan Keputusan Kepala Dinas.")), 37).Level);
        Assert.Equal(4, JudgeText.Judge(F(Reviewed, F(Letter, "1. Sertifikat elektronik akan diterbitkan pada Juli 2026.\n2. Helpdesk direncanakan dibentuk tahun 2027.")), 37).Level);
        Assert.Equal(4, JudgeText.Judge(F(Reviewed, ""), 37).Level);
    }

    [Fact]
    public void A_development_handed_over_as_the_follow_up_of_the_reviu_is_the_improvement()
    {
        const string handover = "BERITA ACARA SERAH TERIMA PENGEMBANGAN APLIKASI\n\nPada hari ini telah {0} pengembangan SRIKANDI versi 3.0 sebagai tindak lanjut Laporan Evaluasi tanggal 13 April 2026.\n";
        Assert.Equal(5, JudgeText.Judge(F(Reviewed, F(handover, "diserahterimakan")), 37).Level);
        Assert.Equal(4, JudgeText.Judge(F(Reviewed, F(handover, "disepakati rencana")), 37).Level);
    }

    [Theory]
    [InlineData("BAGIAN 3. TINDAK LANJUT / PERBAIKAN\n - Rilis versi 2.4 (1 Agustus 2026): sertifikat elektronik (rekomendasi 1).\n - Helpdesk dibuka (September 2026) (rekomendasi 2).\n", 5)]
    [InlineData("C. BERITA ACARA SERAH TERIMA PERBAIKAN SRIKANDI v3.1\n Nomor: 027/BAST/IX/2026, tanggal 18 September 2026\n 1. Modul disposisi disesuaikan.\n 2. Helpdesk daring.\n", 5)]
    [InlineData("BAGIAN 3. TINDAK LANJUT / PERBAIKAN\n - Rilis versi 2.4 direncanakan Agustus 2027 (rekomendasi 1).\n - Helpdesk dibuka (September 2027) (rekomendasi 2).\n", 4)]
    public void A_follow_up_or_hand_over_section_of_dated_improvements_is_the_improvement(string section, int level) =>
        Assert.Equal(level, JudgeText.Judge(F(Reviewed, section), 37).Level);

    const string Cycle =
        "                 PERATURAN BUPATI SUKAMAJU\n                   NOMOR 40 TAHUN 2024\n                        TENTANG\n" +
        "              PEMBANGUNAN APLIKASI SPBE\n\n                  BUPATI SUKAMAJU,\nMenimbang : bahwa perlu keterpaduan pembangunan aplikasi;\n" +
        "                       MEMUTUSKAN:\n                        Pasal 1\nPembangunan Aplikasi SPBE dilaksanakan melalui siklus:\n{0}\n" +
        "                              Ditetapkan di Sukamaju\n                              pada tanggal 2 Desember 2024\n" +
        "                              BUPATI SUKAMAJU,\n                                    ttd.\n                              HARTONO\n";

    [Fact]
    public void The_design_stage_rancangan_between_two_stages_of_the_cycle_is_a_stage()
    {
        Assert.Equal(2, JudgeText.Judge(F(Cycle, "analisis kebutuhan, perencanaan, rancangan, implementasi, uji kelaikan, pemeliharaan, dan evaluasi."), 4).Level);
        Assert.Equal(1, JudgeText.Judge(F(Cycle, "analisis kebutuhan, perencanaan, implementasi, uji kelaikan, pemeliharaan, dan evaluasi.\nRancangan aplikasi dibahas bersama Diskominfo."), 4).Level);
    }

    [Theory]
    [InlineData("PD yang menempatkan layanan/data : 34 (100%)", 3)]
    [InlineData("PD yang menempatkan layanan/data : 20 (59%)", 2)]
    public void All_units_as_a_table_row_of_the_pd(string row, int level)
    {
        var text = "PEMERINTAH KABUPATEN SUKAMAJU\nREKAP PENGGUNA LAYANAN PUSAT DATA (per 30 September 2026)\n\nJumlah Perangkat Daerah : 34\n" + row +
                   "\nPengoperasian mengikuti Standar Operasional Prosedur pengoperasian Pusat Data.\n\nSukamaju, 30 September 2026\nKepala Dinas Kominfo\nttd\n";
        Assert.Equal(level, JudgeText.Judge(text, 16, level: 4).Level);
    }

    [Theory]
    [InlineData("PD yang menempatkan layanan/data : 34 (10076)", true, 3)]
    [InlineData("PD yang menempatkan layanan/data : 34 (10076)", false, 2)]
    [InlineData("PD yang menempatkan layanan/data : 34 (7076)", true, 2)]
    public void A_scans_percent_sign_as_tesseract_reads_it(string row, bool ocr, int level)
    {
        var text = "PEMERINTAH KABUPATEN SUKAMAJU\nREKAP PENGGUNA LAYANAN PUSAT DATA (per 30 September 2026)\n\nJumlah Perangkat Daerah : 34\n" + row +
                   "\nPengoperasian mengikuti Standar Operasional Prosedur pengoperasian Pusat Data.\n\nSukamaju, 30 September 2026\nKepala Dinas Kominfo\nttd\n";
        var pages = DocumentRenderer.Pages(text);
        var check = EvidenceChecker.Judge(new EvidenceCheckRequest("x.pdf", "x.pdf", "spbe-2024", 16, 4, 2026, AllowOcr: true),
            new DocumentText(pages, pages.Count, ocr, false, []), CatalogStore.Shipped("spbe-2024"), "Kabupaten Sukamaju");
        Assert.Equal(level, check.Level);
    }
}
