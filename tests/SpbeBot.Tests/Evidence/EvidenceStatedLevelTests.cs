using System.Globalization;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-20ea): levels and flags read where the text states them — the whole programme done as a share, a
/// before/after table of improvements, a reviu the text dates itself two years back, an application said not to exist
/// yet, a "KONSEP / DRAF" marker, a numbered "Standar" heading, Manajemen Aset TIK's level 2 without its pedoman.
/// Documents written for these tests, each rule with its near miss.
/// </summary>
public class EvidenceStatedLevelTests
{
    static string F(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    const string Footer = "\n\n                       Sukamaju, 30 September 2026\n                       Kepala Dinas,\n\n                       ttd.\n                       BUDI SANTOSO\n";

    const string TeamReport =
        "PEMERINTAH KABUPATEN SUKAMAJU\nTIM KOORDINASI SPBE KABUPATEN SUKAMAJU\n\nLAPORAN PELAKSANAAN PROGRAM KERJA TIM KOORDINASI SPBE\nNomor: 000.8/19/TK-SPBE/2026\n\n" +
        "I. PROGRAM KERJA\n   Program kerja 2026 ditetapkan Ketua Tim pada 15 Januari 2026 dan memuat 8 (delapan) kegiatan.\n" +
        "II. REALISASI\n   {0}\n" + Footer;

    [Fact]
    public void The_whole_programme_done_as_a_share_is_done_entirely()
    {
        int? Level(string realisation) => JudgeText.Judge(F(TeamReport, realisation), 19).Level;
        Assert.Equal(3, Level("Seluruh (8 dari 8) kegiatan telah dilaksanakan."));
        Assert.Equal(2, Level("Sebanyak 6 dari 8 kegiatan telah dilaksanakan."));
        Assert.Equal(2, Level("Sebanyak 8 dari 8 kegiatan direncanakan pada semester kedua."));
    }

    const string AuditAndRepairs =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\nLAPORAN HASIL AUDIT KEAMANAN SPBE DAN TINDAK LANJUTNYA\nNomor: 480/720/DKI/2026\n\n" +
        "BAGIAN A. AUDIT (Oktober 2025)\n   Perencanaan : Rencana Audit TIK 2025-2027.\n   Standar     : SNI ISO/IEC 27001:2022.\n" +
        "   Pelaksana   : auditor eksternal bersertifikat ISO 27001 Lead Auditor.\n" +
        "BAGIAN B. REVIU/EVALUASI (3 Desember 2025)\n   Isu: temuan kritis belum ditutup.\n   Rekomendasi: perbaikan kode; pemasangan WAF.\n" +
        "BAGIAN C. PERBAIKAN PENERAPAN KEAMANAN SPBE (s.d. Mei 2026)\n   Kondisi sebelum            Kondisi sesudah\n" +
        "   Aplikasi rentan SQLi       kode diperbaiki, uji ulang\n                              12 Maret 2026 bersih\n" +
        "   Belum ada WAF              {0}\n" + Footer;

    [Fact]
    public void A_before_column_of_wants_is_no_plan_of_the_improvement()
    {
        int? Level(string after) => JudgeText.Judge(F(AuditAndRepairs, after), 31).Level;
        Assert.Equal(5, Level("WAF aktif sejak 2 April 2026"));
        // The after column still says what is planned.
        Assert.Equal(4, Level("WAF belum dipasang"));
    }

    const string ServiceReport =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KESEHATAN\n\nLAPORAN LAYANAN PUBLIK SEKTORAL BERBASIS ELEKTRONIK\nNomor: 440/2291/DINKES/2026\n\n" +
        "1. Informasi : jadwal dokter, ketersediaan tempat tidur.\n2. Interaksi : pencarian fasilitas kesehatan, unggah dokumen rujukan.\n" +
        "3. Transaksi : pendaftaran rujukan daring dengan validasi NIK.\n4. Kolaborasi: terhubung dengan SATUSEHAT Kementerian Kesehatan.\n" +
        "5. Reviu dan perbaikan\n   Reviu terakhir dilaksanakan {0} (isu: antrian tidak real-time; rekomendasi: notifikasi otomatis).\n" +
        "   Notifikasi otomatis telah diperbaiki berdasarkan hasil reviu tersebut.\n" + Footer;

    [Fact]
    public void A_reviu_the_text_dates_two_years_back_is_stale_and_supports_no_improvement()
    {
        var old = JudgeText.Judge(F(ServiceReport, "6 Juni 2023"), 46);
        Assert.Contains("stale", old.Flags);
        Assert.Equal(4, old.Level);
        var recent = JudgeText.Judge(F(ServiceReport, "6 Juni 2025"), 46);
        Assert.DoesNotContain("stale", recent.Flags);
        Assert.Equal(5, recent.Level);
    }

    const string PreparationNotes =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\nNOTULENSI RAPAT\nPERSIAPAN PORTAL DATA TERBUKA DAERAH\n\n" +
        "Hari/Tanggal : Rabu, 15 April 2026\n\nPembahasan:\n1. {0}\n2. Dataset masih dikumpulkan dalam bentuk lembar kerja.\n" + Footer;

    [Fact]
    public void An_application_said_not_to_exist_yet_is_level_0_not_cannot_judge()
    {
        Assert.Equal(0, JudgeText.Judge(F(PreparationNotes, "Portal data terbuka Daerah belum tersedia; pengadaan direncanakan 2027."), 43).Level);
        Assert.Null(JudgeText.Judge(F(PreparationNotes, "Walidata pendukung di PD ditunjuk bulan ini."), 43).Level);
    }

    const string ArchitectureDraft =
        "PEMERINTAH KABUPATEN SUKAMAJU\n\n{0}\nDOKUMEN ARSITEKTUR SPBE KABUPATEN SUKAMAJU 2026-2030\n\nBAB I PENDAHULUAN\n" +
        "Dokumen ini disusun sebagai bahan Tim Koordinasi SPBE.\n\nCatatan rapat tim penyusun, 2 Oktober 2026:\n- pengesahan melalui Keputusan Bupati 2027.\n";

    [Fact]
    public void Two_draft_words_on_their_own_line_mark_a_draft()
    {
        Assert.Contains("draft", JudgeText.Judge(F(ArchitectureDraft, "KONSEP / DRAF"), 11).Flags);
        Assert.DoesNotContain("draft", JudgeText.Judge(F(ArchitectureDraft, "Konsep dan draf dibahas tim."), 11).Flags);
    }

    const string AuditReport =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\nLAPORAN PELAKSANAAN AUDIT KEAMANAN SPBE\nNomor: 480/611/DKI/2026\n\n" +
        "1. Perencanaan\nAudit Keamanan SPBE merupakan bagian Rencana Audit TIK 2025-2027.\n\n{0}\n\n" +
        "3. Hasil\n12 temuan (2 tinggi, 6 sedang, 4 rendah).\n" + Footer;

    [Fact]
    public void A_numbered_heading_of_the_standard_names_the_one_used()
    {
        int? Level(string section) => JudgeText.Judge(F(AuditReport, section), 31, ocr: true).Level;
        Assert.Equal(3, Level("2. Standar/Pedoman\n\nSNI ISO/IEC 27001:2022 dan Peraturan BSSN tentang Audit Keamanan SPBE."));
        Assert.Equal(2, Level("2. Standar keamanan aplikasi dibahas\n\nbersama perangkat daerah."));
    }

    const string AssetReport =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\nLAPORAN KEGIATAN MANAJEMEN ASET TIK 2026\nNomor: 027/502/DKI/2026\n\n" +
        "1. {0}\n2. Realisasi: inventarisasi 2.314 perangkat keras di 41 PD (selesai).\n" +
        "3. Catatan: pedoman Manajemen Aset TIK belum ditetapkan.\n" + Footer;

    [Fact]
    public void Asset_management_level_2_is_a_planned_programme_without_its_pedoman()
    {
        int? Level(string plan) => JudgeText.Judge(F(AssetReport, plan), 24).Level;
        Assert.Equal(2, Level("Rencana kerja Manajemen Aset TIK 2026 disusun Januari 2026."));
        Assert.Equal(1, Level("Kegiatan dimulai Januari 2026."));
    }
}
