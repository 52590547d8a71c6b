using SpbeBot.Core.Criteria;

namespace SpbeBot.Tests.Criteria;

/// <summary>
/// Cells checked by hand against the Pedoman, across all four domains, the first and last indicator,
/// page breaks inside a cell, numbered lists in both styles ("1." and "1)") and the label variants.
/// </summary>
public class Catalog2024SpotCheckTests
{
    static IndicatorLevel Level(int indicator, int level) => PedomanReference.Shipped.FindIndicator(indicator)!.Level(level)!;

    [Fact]
    public void Indicator_1_level_1_criterion_and_single_evidence_paragraph()
    {
        Assert.Equal("Konsep kebijakan internal terkait Arsitektur SPBE Instansi Pusat/Pemerintah Daerah belum atau telah tersedia.", Level(1, 1).Criterion);
        Assert.Equal(
            ["Instansi Pusat/Pemerintah Daerah belum atau sudah memiliki konsep kebijakan internal Arsitektur SPBE dimaksud atau masih dalam proses pengesahan."],
            Level(1, 1).Fulfilment);
        Assert.Single(Level(1, 1).Evidence);
        Assert.StartsWith("Draf kebijakan berupa rancangan Peraturan atau rancangan Keputusan", Level(1, 1).Evidence[0]);
    }

    [Fact]
    public void Indicator_1_level_4_evidence_has_four_numbered_items_across_a_page_break()
    {
        var evidence = Level(1, 4).Evidence;
        Assert.Equal(4, evidence.Count);
        Assert.StartsWith("Konteks pengaturan/norma untuk menyelaraskan penyusunan Arsitektur SPBE", evidence[0]);
        Assert.Equal("Bukti undangan rapat evaluasi kebijakan internal Arsitektur SPBE, dan/atau dokumentasi aktivitas-aktivitas evaluasi kebijakan internal Arsitektur SPBE (opsional).", evidence[3]);
        // Level 4's fulfilment starts on a new page right after the Kriteria Level cell.
        Assert.Equal(
            ["Instansi Pusat/Pemerintah Daerah sudah memiliki arah kebijakan internal yang mengatur Arsitektur SPBE sebagai pedoman integrasi penerapan SPBE pada Instansi Pusat/Pemerintah Daerah."],
            Level(1, 4).Fulfilment);
    }

    [Fact]
    public void Indicator_5_level_2_fulfilment_continues_after_a_page_break_below_its_label()
    {
        Assert.Equal(
            ["Instansi Pusat/Pemerintah Daerah sudah memiliki kebijakan internal Layanan Pusat Data yang telah ditetapkan dan mengatur penggunaannya pada sebagian unit kerja/perangkat daerah."],
            Level(5, 2).Fulfilment);
    }

    [Fact]
    public void Indicator_5_level_5_fulfilment_keeps_its_lettered_subitems_in_one_entry()
    {
        var fulfilment = Assert.Single(Level(5, 5).Fulfilment);
        Assert.StartsWith("Instansi Pusat/Pemerintah Daerah telah menindaklanjuti hasil reviu dan/atau evaluasi kebijakan Layanan Pusat Data", fulfilment);
        Assert.Contains("lingkungan dan teknologi. Tingkat kematangan level 5 (lima) dapat dipertahankan: a) dengan melakukan reviu terhadap kebijakan internal Layanan Pusat Data;", fulfilment);
        Assert.EndsWith("b) dengan melakukan tindak lanjut atas hasil reviu berupa penyempurnaan terhadap kebijakan internal Layanan Pusat Data dengan menetapkan kebijakan baru dan/atau turunan kebijakan (SK, SE, SOP, dan lain sebagainya), dan kebijakan lainnya sesuai hasil reviu.", fulfilment);
    }

    [Fact]
    public void Indicator_11_level_5_evidence_has_three_items()
    {
        Assert.Equal(
            [
                "Terdapat notulensi/catatan/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut Arsitektur SPBE, yang dilengkapi dengan bukti undangan rapat pembahasan penyempurnaan Arsitektur SPBE, dan/atau dokumentasi aktivitas-aktivitas analisis komparasi atau penyempurnaan Arsitektur SPBE;",
                "Dokumen Arsitektur SPBE as-is Instansi Pusat/Pemerintah Daerah yang berlaku; dan",
                "Dokumen Arsitektur SPBE Instansi Pusat/Pemerintah Daerah to-be atau penyempurnaan yang telah diberlakukan. .",
            ],
            Level(11, 5).Evidence);
    }

    [Fact]
    public void Indicator_16_level_4_criterion_and_evidence()
    {
        Assert.Equal(
            "Kriteria tingkat 3 telah terpenuhi dan terdapat interkoneksi Layanan Pusat Data dengan Pusat Data Nasional/Pusat Data Instansi Pusat/Pusat Data Pemerintah Daerah lain dan/atau penggunaan Layanan Pusat Data Nasional. Selain itu, penggunaan Layanan Pusat Data di Instansi Pusat/Pemerintah Daerah telah direviu dan dievaluasi secara periodik.",
            Level(16, 4).Criterion);
        Assert.Equal(4, Level(16, 4).Evidence.Count);
        Assert.Equal("Terdapat notulensi/catatan/laporan hasil evaluasi/reviu terkait Layanan Pusat Data yang masih berlaku (<2 tahun);", Level(16, 4).Evidence[1]);
    }

    [Fact]
    public void Indicator_21_level_4_evidence_has_five_items()
    {
        var evidence = Level(21, 4).Evidence;
        Assert.Equal(5, evidence.Count);
        Assert.Equal("Terdapat dokumentasi formal arah kebijakan strategis Manajemen Risiko SPBE yang ditetapkan oleh Komite Manajemen Risiko SPBE/Tim Koordinasi SPBE kepada seluruh unit kerja/perangkat daerah.", evidence[1]);
        Assert.Equal("Hasil evaluasi/reviu yang berisi konten isu/permasalahan dan rekomendasi perbaikan yang aktual.", evidence[3]);
    }

    [Fact]
    public void Indicator_24_level_3_evidence_is_numbered_with_dots()
    {
        Assert.Equal(
            [
                "Konteks pengendalian Manajemen Aset TIK yang selaras dengan arah dan perencanaan programnya dan terdokumentasi secara formal, dan pelaksanaannya sudah mengacu pada pedoman Manajemen Aset TIK yang menggambarkan output seluruh proses mulai dari perencanaan, pengadaan, pengelolaan, dan penghapusan aset TIK.",
                "Melampirkan dokumen pedoman Manajemen Aset TIK yang digunakan, jika belum terdapat pedoman nasional yang sudah ditetapkan.",
            ],
            Level(24, 3).Evidence);
    }

    [Fact]
    public void Indicator_31_level_5_evidence_has_two_items()
    {
        Assert.Equal(2, Level(31, 5).Evidence.Count);
        Assert.Equal("Dokumentasi penerapan Keamanan SPBE yang sebelumnya dan yang berisi penyempurnaan penerapan Keamanan SPBE.", Level(31, 5).Evidence[1]);
    }

    [Fact]
    public void Indicator_32_level_4_criterion_and_level_5_numbered_fulfilment()
    {
        Assert.StartsWith(
            "Kriteria tingkat 3 telah terpenuhi dan Layanan Perencanaan Berbasis Elektronik memberikan layanan kolaborasi",
            Level(32, 4).Criterion);
        Assert.EndsWith("layanan SPBE Instansi Pusat/Pemerintah Daerah lain.", Level(32, 4).Criterion);

        var fulfilment = Level(32, 5).Fulfilment;
        Assert.Equal(3, fulfilment.Count);
        Assert.EndsWith("dan/atau memiliki layanan yang terkonsolidasi di dalam satu portal pelayanan administrasi pemerintahan Instansi Pusat/Pemerintah Daerah.", fulfilment[0]);
        Assert.Equal("Optimalisasi dapat dilakukan melalui penguatan kebijakan layanan, perbaikan tata kelola layanan, dan penerapan manajemen dari layanan (help desk) sesuai dengan hasil reviu/evaluasi.", fulfilment[1]);
        Assert.StartsWith("Tingkat kematangan level 5 (lima) dapat dipertahankan: a. dengan melakukan reviu kapabilitas fungsi dan/atau penerapan layanan; dan b. dengan", fulfilment[2]);
        Assert.Equal(4, Level(32, 5).Evidence.Count);
    }

    [Fact]
    public void Indicator_35_level_3_criterion()
    {
        Assert.Equal(
            "Kriteria tingkat 2 telah terpenuhi dan Layanan Pengadaan Barang dan Jasa Berbasis Elektronik memberikan layanan transaksi kepada pengguna terkait pengadaan barang dan jasa seperti transaksi basis data, validasi data, mekanisme persetujuan, dan analitik data.",
            Level(35, 3).Criterion);
    }

    [Fact]
    public void Indicator_43_level_1_evidence_behind_the_spaced_out_label()
    {
        // Indicator 43 writes the label as "Kriteria   Bukti".
        Assert.Equal(
            ["Dokumentasi yang menggambarkan adanya informasi data terbuka pada Instansi Pusat/Pemerintah Daerah yang ditayangkan oleh sistem aplikasi."],
            Level(43, 1).Evidence);
    }

    [Fact]
    public void Indicator_44_level_1_is_quoted_with_its_typos()
    {
        Assert.Equal("Layanan Jaringan Dokumentasi dan Informasi Hukum Berbasis Elektronik hanya memberikan layanan informasi terkait jaringan dokumentasi dan informasi hukum.", Level(44, 1).Criterion);
        Assert.EndsWith("seperti informasi laporan atau statistik dokumentasi dam informasi hukum.", Assert.Single(Level(44, 1).Fulfilment));
    }

    [Fact]
    public void Indicator_47_level_5_ends_the_chapter_with_all_its_items()
    {
        var level = Level(47, 5);
        Assert.Equal(3, level.Fulfilment.Count);
        Assert.EndsWith("sesuai dengan hasil reviu; atau", level.Fulfilment[2]);
        Assert.Equal(4, level.Evidence.Count);
        Assert.Equal("Bukti undangan rapat evaluasi layanan publik sektor, dan/atau dokumentasi aktivitas-aktivitas evaluasi layanan publik sektor (opsional).", level.Evidence[3]);
        Assert.Equal("Layanan Publik Sektoral Berbasis Elektronik hanya memberikan layanan informasi terkait Publik Sektoral kegiatan pemerintah.", Level(47, 1).Criterion);
    }

    [Fact]
    public void Indicator_headers_question_description_rules_and_examples()
    {
        var first = PedomanReference.Shipped.FindIndicator(1)!;
        Assert.Equal("Tingkat Kematangan Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah.", first.Question);
        Assert.StartsWith("a. Arsitektur SPBE adalah kerangka dasar", first.Description);
        Assert.EndsWith("5. Domain Arsitektur Infrastruktur SPBE; dan, 6. Domain Arsitektur Keamanan SPBE.", first.Description);
        Assert.Equal("Penilaian dilakukan terhadap pengaturan/norma yang memenuhi keselarasan referensi Arsitektur SPBE Nasional dan 6 (enam) Domain Arsitektur SPBE melalui kebijakan yang telah ditetapkan.", first.AssessmentRules);
        Assert.StartsWith("Peraturan Menteri/Kepala Badan/Lembaga/Daerah/Gubernur/Bupati/Walikota atau Keputusan Pimpinan", first.EvidenceExamples);

        var planning = PedomanReference.Shipped.FindIndicator(32)!;
        Assert.Equal("Tingkat Kematangan Layanan Perencanaan.", planning.Question);
        Assert.EndsWith("dan bukti terkait lainnya. Data Pendukung dapat disampaikan lebih dari 1 (satu) jenis dokumen.", planning.EvidenceExamples);
    }
}
