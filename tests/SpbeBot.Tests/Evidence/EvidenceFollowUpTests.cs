using SpbeBot.Core.Evidence.Checking;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-22q): the reviu, its follow-up, a level-1 practice and a service's collaboration read where the text
/// states them, never from a mention. Each document is written for these tests, with its near miss.
/// </summary>
public class EvidenceFollowUpTests
{
    const string Meeting =
        "PEMERINTAH KABUPATEN SUKAMAJU\nSEKRETARIAT DAERAH\n\nNOTULENSI RAPAT TIM KOORDINASI SPBE\nTanggal : 9 Februari 2026\n" +
        "Peserta : Sekda, Diskominfo, Bappeda\n\nAgenda  : {0}\n\nCatatan:\n - Tim Koordinasi SPBE sudah dibentuk dengan SK Bupati.\n" +
        " - {1}\n\n                              Notulis,\n                                ttd\n                              Andi Saputra, S.Kom.\n";

    static string MeetingWith(string agenda, string note) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Meeting, agenda, note);

    [Fact]
    public void A_meeting_that_prepares_for_the_SPBE_evaluation_is_no_reviu_report()
    {
        // Level 1 of a practice ("dilaksanakan tanpa perencanaan"): the team exists, works only when asked from outside.
        var preparing = JudgeText.Judge(MeetingWith("Persiapan evaluasi SPBE 2026",
            "Kegiatan selama ini dilakukan bila ada surat dari pusat, Sekda minta minggu depan sudah ada draf rencana kerja."), 19);
        Assert.Equal(1, preparing.Level);
        Assert.DoesNotContain(preparing.Found, f => f.Element == "dilaksanakan sesuai perencanaan");

        // Its own reviu without isu and rekomendasi still supports nothing; a plan it followed is level 2.
        var review = JudgeText.Judge(MeetingWith("Evaluasi pelaksanaan tugas Tim Koordinasi SPBE 2025", "Kegiatan berjalan."), 19);
        Assert.Equal(0, review.Level);
        var planned = JudgeText.Judge(MeetingWith("Persiapan evaluasi SPBE 2026", "Kegiatan tim dilaksanakan sesuai rencana kerja 2026."), 19);
        Assert.Equal(2, planned.Level);
    }

    const string Audit =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\nLAPORAN HASIL AUDIT KEAMANAN SPBE TAHUN 2025\nTanggal: 10 November 2025\n\n" +
        "Dasar   : Rencana Audit Keamanan 2025-2027; standar SNI ISO/IEC 27001 dan pedoman audit keamanan SPBE.\n" +
        "Auditor : lembaga audit eksternal, ketua tim bersertifikat ISO 27001 Lead Auditor.\n" +
        "Temuan  : 1. Portal PPID rentan XSS (tinggi).\n          2. Tidak ada cadangan di luar lokasi (sedang).\n\n" +
        "LAPORAN TINDAK LANJUT HASIL AUDIT KEAMANAN SPBE\nTanggal: 2 Mei 2026\n\n" +
        "No Temuan              Tindak lanjut                 Status\n1  XSS portal PPID      input disaring, WAF dipasang  {0}\n" +
        "2  Cadangan luar lokasi cadangan harian ke PDN        {0}\n\n" +
        "                              Kepala Dinas Kominfo,\n                                    ttd\n                              Rina Wulandari, S.T.\n";

    [Fact]
    public void An_audit_whose_findings_are_closed_in_a_follow_up_table_is_followed_up()
    {
        var closed = JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Audit, "Selesai"), 31);
        Assert.Equal(5, closed.Level);

        var open = JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Audit, "Belum"), 31);
        Assert.Equal(4, open.Level);
    }

    const string Bundle =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\nBERITA ACARA REVIU DAN EVALUASI DOKUMEN ARSITEKTUR SPBE\n" +
        "Nomor: 800/112/DISKOMINFO/IV/2026\n\nPada hari Senin, 13 April 2026 Tim Koordinasi SPBE melakukan reviu dan evaluasi Dokumen\n" +
        "Arsitektur SPBE Versi 1.0 (2024), yang memuat referensi arsitektur dan enam domain (Proses Bisnis,\n" +
        "Data dan Informasi, Infrastruktur, Aplikasi, Keamanan, Layanan) dan berpedoman pada Arsitektur SPBE Nasional.\n\n" +
        "Isu:\n 1. Peta aplikasi belum memuat 6 aplikasi baru.\n 2. Arsitektur data belum memuat data prioritas.\n" +
        "Rekomendasi:\n 1. Pemutakhiran dokumen menjadi Versi 2.0 paling lambat Juli 2026.\n\n" +
        "Ketua Tim Koordinasi SPBE,        Sekretaris Tim,\n        ttd                              ttd\nDrs. Hadi Prasetyo               Maya Lestari\n\n{0}";

    const string NewVersion =
        "            DOKUMEN ARSITEKTUR SPBE KABUPATEN SUKAMAJU\n                 Versi 2.0 (Pemutakhiran)\n" +
        "     Ditetapkan dengan Keputusan Bupati Nomor 100.3/210/KEP/2026 tanggal {0}\n\nRIWAYAT PERUBAHAN\n" +
        "Versi  Tanggal      Keterangan\n1.0    2024-10      Versi awal enam domain\n" +
        "2.0    2026-07      Pemutakhiran tindak lanjut BA reviu 800/112/DISKOMINFO/IV/2026\n\n" +
        "DAFTAR ISI\nBAB I   Referensi Arsitektur\nBAB II  Arsitektur Proses Bisnis\nBAB III Arsitektur Data dan Informasi\n";

    static string BundleWith(string second) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Bundle, second);

    [Fact]
    public void A_reviu_bundled_with_the_new_version_ditetapkan_after_it_is_followed_up()
    {
        var updated = JudgeText.Judge(BundleWith(string.Format(System.Globalization.CultureInfo.InvariantCulture, NewVersion, "20 Juli 2026")), 11);
        Assert.Equal(5, updated.Level);
        Assert.Contains(updated.Found, f => f.Element.StartsWith("perbaikan/pemutakhiran", StringComparison.Ordinal) && f.Quote.Contains("tindak lanjut", StringComparison.OrdinalIgnoreCase));

        // The reviu alone only recommends the update; a version ditetapkan before the reviu does not follow it.
        Assert.Equal(4, JudgeText.Judge(BundleWith(""), 11).Level);
        Assert.Equal(4, JudgeText.Judge(BundleWith(string.Format(System.Globalization.CultureInfo.InvariantCulture, NewVersion, "2 Maret 2026")), 11).Level);
    }

    const string Complaints =
        "PEMERINTAH KABUPATEN SUKAMAJU\nBAGIAN ORGANISASI SETDA\n\nLAPORAN PENGELOLAAN PENGADUAN PELAYANAN PUBLIK\nBERBASIS ELEKTRONIK SEMESTER I 2026\n" +
        "Tanggal: 10 Juli 2026\n\n1. Kanal pengaduan: aplikasi LAPOR-SKM.\n2. Fitur: informasi tata cara, pencarian status aduan, unggah lampiran, unduh tanggapan.\n" +
        "3. Transaksi: aduan diverifikasi admin dan didisposisikan ke OPD; dashboard analitik aduan per OPD.\n" +
        "4. Kolaborasi: aduan LAPOR-SKM {0} dengan SP4N-LAPOR! nasional.\n5. Statistik: 210 aduan, 198 selesai.\n\n" +
        "                              Kepala Bagian Organisasi,\n                                    ttd\n                              Siti Rahma, S.H.\n";

    [Theory]
    [InlineData("aduan LAPOR-SKM terhubung dua arah dengan SP4N-LAPOR! nasional", 4)]
    [InlineData("aduan LAPOR-SKM tersinkronisasi otomatis dengan SP4N-LAPOR! nasional", 4)]
    [InlineData("aduan kewenangan instansi lain diteruskan secara otomatis ke SP4N-LAPOR! nasional", 4)]
    [InlineData("integrasi dua arah dengan SP4N-LAPOR! nasional", 4)]
    [InlineData("aduan LAPOR-SKM akan terhubung dua arah dengan SP4N-LAPOR! nasional", 3)]
    [InlineData("aduan kewenangan instansi lain diteruskan manual oleh admin lewat surel", 3)]
    public void A_service_linked_with_a_national_service_collaborates(string link, int level) =>
        Assert.Equal(level, JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Complaints, link), 42).Level);

    const string Evaluated =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\nLAPORAN EVALUASI DAN PENYEMPURNAAN LAYANAN PENGADUAN PELAYANAN PUBLIK\n" +
        "Tanggal : 20 November 2026\n\nBAGIAN A. KONDISI LAYANAN\nMasyarakat dapat membaca informasi tata cara, mencari pengaduan dan mengunggah foto;\n" +
        "pengaduan diverifikasi administrator dan disetujui pejabat pengelola; dasbor analitik menampilkan kategori;\n" +
        "pengaduan terintegrasi dengan SP4N-LAPOR! nasional.\n\nBAGIAN B. HASIL EVALUASI 2025\nEvaluasi pada 3 Desember 2025:\n" +
        " - isu 1: pelapor tidak dapat menilai jawaban;\n - isu 2: kanal WhatsApp tidak tercatat di dasbor.\n\n" +
        "BAGIAN C. {0}\n No  Isu   Penyempurnaan                         Berlaku\n 1   1     Fitur penilaian jawaban               Maret 2026\n" +
        " 2   2     Kanal WhatsApp masuk basis data tiket  Juli 2026\n\nSukamaju, 20 November 2026\nKEPALA DINAS KOMUNIKASI DAN INFORMATIKA,\n\nttd.\n\nIr. BUDI SANTOSO\n";

    [Theory]
    [InlineData("PENYEMPURNAAN YANG TELAH DILAKUKAN (2026)", 5)]
    [InlineData("USULAN PENYEMPURNAAN 2027", 4)]
    public void A_part_headed_as_the_improvements_made_after_the_evaluation_is_the_follow_up(string heading, int level) =>
        Assert.Equal(level, JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Evaluated, heading), 42).Level);

    const string Invitation =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\nNomor   : 005/88/DISKOMINFO/VI/2026        Sukamaju, 2 Juni 2026\n" +
        "Sifat   : Segera\nPerihal : Undangan {0}\n\nYth. Kepala OPD pemilik website\ndi - Tempat\n\nDengan hormat,\n{1}\n" +
        "  Hari/Tanggal : Kamis, 4 Juni 2026\n  Tempat       : Ruang Server Diskominfo\nMohon kehadiran admin website masing-masing.\n\n" +
        "                              Kepala Dinas Kominfo,\n                                    ttd\n                              Rina Wulandari, S.T.\n";

    [Fact]
    public void An_incidental_vulnerability_test_is_a_level_one_security_audit()
    {
        var test = JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Invitation, "Uji Kerentanan Website",
            "Menindaklanjuti peretasan website minggu lalu, kami akan melakukan uji kerentanan (vulnerability assessment) mendadak terhadap website OPD pada:"), 31);
        Assert.DoesNotContain(EvidenceCheckFlags.OffTopic, test.Flags);
        Assert.Equal(1, test.Level);

        var training = JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Invitation, "Pelatihan Pengelola Website",
            "Dalam rangka peningkatan kapasitas, kami mengundang admin website OPD untuk pelatihan pengelolaan konten pada:"), 31);
        Assert.Contains(EvidenceCheckFlags.OffTopic, training.Flags);
    }
    const string Reviewed =
        "PEMERINTAH KABUPATEN SUKAMAJU\nBAGIAN ORGANISASI SETDA\n\nLAPORAN LAYANAN PENGADUAN PELAYANAN PUBLIK DAN TINDAK LANJUT REVIU\n\n" +
        "BAB I  FITUR LAYANAN\n1. Informasi: tata cara pengaduan di portal.\n2. Interaksi: pencarian status, unggah dan unduh dokumen.\n" +
        "3. Transaksi: verifikasi aduan, disposisi, persetujuan jawaban, dasbor analitik.\n4. Kolaborasi: terintegrasi dengan SP4N-LAPOR! nasional.\n\n" +
        "BAB II REVIU DAN EVALUASI (Oktober 2025)\nIsu: 1) jawaban lambat; 2) kanal WhatsApp tidak tercatat.\n" +
        "Rekomendasi: notifikasi batas waktu; kanal WhatsApp masuk basis data.\n\n{0}\n" +
        "                         Sukamaju, 3 Maret 2026\n                         Kepala Bagian Organisasi,\n                                  ttd\n" +
        "                         Siti Rahma, S.H.\n";

    [Theory]
    [InlineData("BAB III PERBAIKAN SETELAH REVIU\n1. Notifikasi batas waktu diaktifkan 16 Desember 2025.\n2. Kanal WhatsApp dimuat ke basis data pada 10 Februari 2026.\n", 5)]
    [InlineData("BAB III PERBAIKAN SETELAH REVIU\n1. Notifikasi batas waktu akan diaktifkan pada 2026.\n2. Kanal WhatsApp belum masuk basis data.\n", 4)]
    [InlineData("BAB III PERBAIKAN SETELAH REVIU\n", 4)]
    [InlineData("3. Laporan Perbaikan Layanan (Februari 2026)\n - Notifikasi batas waktu diaktifkan (Desember 2025).\n - Kanal WhatsApp dimuat ke basis data (Januari 2026).\n", 5)]
    [InlineData("3. Laporan Perbaikan Layanan\n - Notifikasi batas waktu: target Desember 2026.\n - Kanal WhatsApp dimuat ke basis data paling lambat Juni 2026.\n", 4)]
    public void A_chapter_headed_as_the_improvement_after_the_reviu_counts_where_its_entries_say_what_was_done(string chapter, int level) =>
        Assert.Equal(level, JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Reviewed, chapter), 42).Level);

    const string Programme =
        "PEMERINTAH KABUPATEN SUKAMAJU\nTIM KOORDINASI SPBE\n\nLAPORAN PELAKSANAAN PROGRAM KERJA TIM KOORDINASI SPBE\nSEMESTER I TAHUN 2026\n\n" +
        "A. Program Kerja 2026 {0}\nNo Program                           Target   Realisasi  Status\n" +
        "1  Reviu kebijakan arsitektur SPBE   Mar      Mar        Selesai\n2  Bimtek SPBE bagi operator PD      Mei      -          Tertunda\n\n" +
        "                              Sukamaju, 10 Juli 2026\n                              Sekretaris Tim Koordinasi SPBE,\n" +
        "                                      ttd\n                              Andika Pratama\n";

    [Theory]
    [InlineData("(ditetapkan rapat pleno 20 Januari 2026)", 2)]
    [InlineData("(belum ditetapkan)", 1)]
    // With a chapter on its own reviu (isu, rekomendasi) the report is the reviu record, as before.
    [InlineData("(ditetapkan rapat pleno 20 Januari 2026)\n\nB. REVIU DAN EVALUASI\nIsu: monitoring hanya setahun sekali.\nRekomendasi: monitoring per semester.\n", 4)]
    public void A_programme_report_with_a_reviu_in_its_table_is_judged_on_its_programme(string programme, int level) =>
        Assert.Equal(level, JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Programme, programme), 19).Level);
}
