using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-30ev, set 27's three verdicts above): a feature whose long subject ends in "sedang dalam tahap
/// pengembangan", an integration only explored ("penjajakan"), and one application's post-implementation evaluation —
/// a stage of its own cycle — show no level; nor another region's act quoted in a document that names no instansi. Documents written for these tests (evaluation year 2026), each with its near miss.
/// </summary>
public class EvidenceNotShownYetTests
{
    const string PlanningService =
        "DATA DUKUNG INDIKATOR 32 - LAYANAN PERENCANAAN\nPemerintah Kabupaten Sukamaju - Bappeda\nAplikasi: SIPERDA\n\n" +
        "Gambar 1. Tangkapan layar beranda SIPERDA: menu Beranda | RPJMD | RKPD | Statistik.\n" +
        "Gambar 2. Tabel ringkasan RKPD Tahun 2027 yang ditayangkan sebagai teks.\n\n" +
        "Keterangan operator:\n   SIPERDA menampilkan informasi perencanaan pembangunan daerah\n   kepada publik. {0}\n\n" +
        "                                   Sukamaju, 5 Oktober 2026\n                                   Kepala Bappeda,\n\n" +
        "                                            ttd\n\n                                   RINA KARTIKA, S.E.\n";

    [Fact]
    public void A_feature_whose_long_subject_ends_in_development_is_not_there()
    {
        var developing = Judge(F(PlanningService, "Fitur pengunggahan Renja Perangkat Daerah dan pencarian dokumen daring sedang dalam\n   tahap pengembangan."), 32);
        Assert.Equal(1, developing.Level);
        // Near miss: the same subject, the feature there — level 2.
        Assert.Equal(2, Judge(F(PlanningService, "Fitur pengunggahan Renja Perangkat Daerah dan pencarian dokumen daring sudah digunakan\n   oleh Perangkat Daerah."), 32).Level);
    }

    const string ComplaintService =
        "DATA DUKUNG INDIKATOR 42 - LAYANAN PENGADUAN PELAYANAN PUBLIK\nPemerintah Kabupaten Sukamaju - Diskominfo\nAplikasi: SUKAMAJU MELAPOR\n\n" +
        "Gambar 1. Tangkapan layar formulir pengaduan: pelapor mengunggah foto; sistem memvalidasi nomor telepon\n   melalui kode OTP lalu menerbitkan nomor tiket.\n" +
        "Gambar 2. Panel admin: jawaban wajib disetujui Kepala Perangkat Daerah sebelum tampil.\n" +
        "Gambar 3. Tangkapan layar dasbor analitik: 2.140 laporan, 91% selesai.\n\n" +
        "Keterangan operator:\n   {0}\n\n" +
        "                                   Sukamaju, 13 Oktober 2026\n                                   Kepala Diskominfo,\n\n" +
        "                                            ttd\n\n                                   ANDI PRATAMA, S.Kom.\n";

    [Fact]
    public void An_integration_only_explored_is_no_collaboration()
    {
        var explored = Judge(F(ComplaintService, "Penjajakan integrasi dengan SP4N-LAPOR! nasional sedang berlangsung."), 42);
        Assert.Equal(3, explored.Level);
        // Near miss: the integration running — level 4.
        Assert.Equal(4, Judge(F(ComplaintService, "Integrasi dengan SP4N-LAPOR! nasional sudah berjalan sejak Maret 2026."), 42).Level);
    }

    [Fact]
    public void A_recommendation_item_that_starts_with_tindak_lanjut_does_not_end_the_recommendations()
    {
        // Review of merge30: "2. Tindak lanjut …", an item of the list, had ended the section, and the item after it —
        // a wanted integration — read as the service's own: level 3 as with any other item 2.
        static string Recommended(string item) => F(ComplaintService, "Hasil evaluasi layanan 2026.\n\nREKOMENDASI\n" +
            "1. Notifikasi surel kepada pelapor diperbaiki.\n2. " + item + "\n3. Integrasi dengan SP4N-LAPOR! nasional.");
        Assert.Equal(3, Judge(Recommended("Tindak lanjut pengaduan dipercepat menjadi 3 hari kerja."), 42).Level);
        Assert.Equal(3, Judge(Recommended("Waktu tanggapan pengaduan dipercepat menjadi 3 hari kerja."), 42).Level);
    }

    [Fact]
    public void Another_regions_act_quoted_in_a_document_naming_no_instansi_is_not_the_pemdas_own()
    {
        // The screenshot page names no Pemda of its own (only "Dinas Komunikasi dan Informatika"): the checker's own Pemda
        // (Kabupaten Sukamaju) decides whose act is quoted (evidence-probe's instansi-lain).
        static string NoPemda(string text) => text.Replace("Pemerintah Kabupaten Sukamaju - Diskominfo", "Dinas Komunikasi dan Informatika", StringComparison.Ordinal);
        var quoted = Judge(NoPemda(F(ComplaintService, "Kutipan Peraturan Gubernur Jawa Tengah Nomor 12 Tahun 2023: di lingkungan Pemerintah Provinsi\n   Jawa Tengah layanan pengaduan telah terintegrasi dengan SP4N-LAPOR! nasional.")), 42);
        Assert.Null(quoted.Document.Instansi);
        Assert.Equal(3, quoted.Level);
        // Near miss: the Pemda's own act says it — level 4.
        Assert.Equal(4, Judge(NoPemda(F(ComplaintService, "Kutipan Peraturan Bupati Sukamaju Nomor 7 Tahun 2025: di lingkungan Pemerintah Kabupaten\n   Sukamaju layanan pengaduan telah terintegrasi dengan SP4N-LAPOR! nasional.")), 42).Level);
    }

    const string AppReport =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS PERHUBUNGAN\n\nLAPORAN AKHIR PEMBANGUNAN APLIKASI SIPARKIR\nNomor 550/112/DISHUB/2026\n\n" +
        "1. Tahapan Siklus Pembangunan\n   Analisis kebutuhan (Maret 2025), perancangan (April 2025), implementasi (Juli 2025),\n" +
        "   pengujian (Oktober 2025) dan pemeliharaan (sejak November 2025).\n\n" +
        "2. Konsultasi dengan Dinas Komunikasi dan Informatika\n   Dinas Perhubungan telah berkonsultasi dengan Diskominfo pada 18 Maret 2025\n" +
        "   (Berita Acara Konsultasi Nomor 555/071/Diskominfo/2025).\n\n" +
        "3. {0}\n   a. Permohonan yang diproses: 214 permohonan.\n   b. Kendala: notifikasi surel sering terlambat.\n" +
        "   c. Rekomendasi: perlu fitur notifikasi melalui aplikasi pesan.\n\n" +
        "                                   Sukamaju, 27 Februari 2026\n                                   Kepala Dinas Perhubungan,\n\n" +
        "                                            ttd\n\n                                   Ir. JOKO SANTOSO, M.T.\n";

    [Fact]
    public void One_applications_post_implementation_evaluation_is_a_stage_of_its_cycle_not_the_periodic_review()
    {
        var stage = Judge(F(AppReport, "Hasil Evaluasi Pasca Implementasi (Desember 2025 - Januari 2026)"), 15);
        Assert.Equal(3, stage.Level);
        // Near miss: the development reviewed as such — level 4.
        Assert.Equal(4, Judge(F(AppReport, "Hasil Reviu Pembangunan Aplikasi yang dilaksanakan pada 20 Januari 2026"), 15).Level);
    }

    [Fact]
    public void A_periodic_evaluation_of_all_applications_after_implementation_is_the_periodic_review()
    {
        // The reviewer's shape (merge30): "berkala … seluruh aplikasi … setiap tahun" is the practice level 4 asks for,
        // not one application's cycle stage, even where it says "Pasca Implementasi".
        Assert.Equal(4, Judge(F(AppReport, "Hasil Evaluasi Berkala Seluruh Aplikasi Pasca Implementasi yang dilaksanakan setiap tahun, terakhir 20 Januari 2026"), 15).Level);
        Assert.Equal(4, Judge(F(AppReport, "Hasil Evaluasi Berkala Seluruh Aplikasi yang dilaksanakan setiap tahun, terakhir 20 Januari 2026"), 15).Level);
        // Near miss: this application's own evaluation after it went live stays its cycle stage — level 3.
        Assert.Equal(3, Judge(F(AppReport, "Hasil Evaluasi Pasca Implementasi Aplikasi SIPARKIR (Desember 2025 - Januari 2026)"), 15).Level);
    }
}
