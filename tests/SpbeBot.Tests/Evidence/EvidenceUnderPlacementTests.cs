using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-22s): documents read up to the level their text states — an amendment filed after the reviu record it
/// follows, a follow-up chapter headed with its status date, a cycle's design stage written "rancangan", a service that
/// sends its records to another instansi's system, an audit firm's own report, a check's condition that is no denial,
/// and the Peta Rencana's "Audit TIK" for its "Audit Teknologi SPBE". Each document is written for these tests, with its
/// near miss that must stay below.
/// </summary>
public class EvidenceUnderPlacementTests
{
    const string Policy =
        "                 PERATURAN BUPATI SUKAMAJU\n                   NOMOR 8 TAHUN 2024\n\n                        TENTANG\n" +
        "        PENGGUNAAN SISTEM PENGHUBUNG LAYANAN PEMERINTAH\n\n                   BUPATI SUKAMAJU,\n\n" +
        "Menimbang : bahwa pertukaran data antar aplikasi memerlukan Sistem Penghubung Layanan;\n\n                       MEMUTUSKAN:\n" +
        "                        Pasal 1\nSeluruh Perangkat Daerah wajib menggunakan Sistem Penghubung Layanan Daerah.\n" +
        "                        Pasal 2\nSistem Penghubung Layanan Daerah terhubung dengan Sistem Penghubung Layanan Pemerintah.\n" +
        "                               Ditetapkan di Sukamaju\n                               pada tanggal 4 Maret 2024\n" +
        "                               BUPATI SUKAMAJU,\n                                         ttd\n                               HARTONO\n\n" +
        "        NOTULENSI REVIU KEBIJAKAN SISTEM PENGHUBUNG LAYANAN\n\nHari/tanggal : Selasa, 10 Februari 2026\nPeserta : Diskominfo, Bagian Hukum, Bappeda\n\n" +
        "Isu/permasalahan:\n1. Belum ada katalog layanan API.\nRekomendasi:\n1. Mengubah Perbup 8/2024 dengan menambah pasal katalog layanan API.\n\n" +
        "                               Notulis,\n                                         ttd\n                               SITI AMINAH\n\n{0}";

    const string Amendment =
        "                 PERATURAN BUPATI SUKAMAJU\n                   NOMOR 5 TAHUN 2026\n                        TENTANG\n" +
        "     PERUBAHAN ATAS PERATURAN BUPATI NOMOR 8 TAHUN 2024\n\n" +
        "Menimbang : bahwa sesuai rekomendasi notulensi reviu tanggal 10 Februari 2026 perlu mengubah Perbup 8/2024;\n\n" +
        "                        Pasal I\nDi antara Pasal 1 dan Pasal 2 disisipkan Pasal 1A: Layanan API didaftarkan dalam katalog layanan API Daerah.\n" +
        "                        Pasal II\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n" +
        "                               Ditetapkan di Sukamaju\n                               pada tanggal {0}\n" +
        "                               BUPATI SUKAMAJU,\n                                         ttd\n                               HARTONO\n";

    [Fact]
    public void A_policy_filed_with_its_reviu_record_and_the_amendment_that_follows_it_is_level_5()
    {
        var followed = JudgeText.Judge(F(Policy, F(Amendment, "14 April 2026")), 7);
        Assert.Equal(5, followed.Level);
        Assert.Contains(followed.Found, f => f.Element == "kebijakan baru menindaklanjuti hasil reviu/evaluasi" && f.Quote.Contains("rekomendasi", StringComparison.Ordinal));

        // The reviu record alone only recommends the amendment; an "amendment" dated before the reviu does not follow it;
        // a draft amendment (its title opens with RANCANGAN) is not ditetapkan.
        Assert.Equal(4, JudgeText.Judge(F(Policy, ""), 7).Level);
        Assert.Equal(4, JudgeText.Judge(F(Policy, F(Amendment, "14 Januari 2026")), 7).Level);
        Assert.True(JudgeText.Judge(F(Policy, "RANCANGAN " + F(Amendment, "14 April 2026").TrimStart()), 7).Level is < 5);
    }

    const string ServiceReport =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\nLAPORAN EVALUASI MANAJEMEN LAYANAN SPBE TAHUN 2025\n\n" +
        "BAB I PELAKSANAAN\n1. Perencanaan: Rencana Manajemen Layanan SPBE 2025 ditetapkan Kepala Dinas.\n" +
        "2. Pelayanan pengguna: permintaan dan insiden diterima melalui aplikasi service desk SIGAP dengan SLA.\n" +
        "3. Pengoperasian layanan: pemantauan server dan pemeliharaan terjadwal dicatat di aplikasi SIGAP.\n\n" +
        "BAB II REVIU DAN EVALUASI (tanggal 12 Januari 2026)\nIsu:\n1. 25% tiket melewati SLA.\nRekomendasi:\n1. Menerapkan SLA bertingkat.\n2. Memutakhirkan katalog layanan.\n\n" +
        "BAB III TINDAK LANJUT (status 30 Juni 2026)\n{0}\n\n" +
        "                               Sukamaju, 30 Juni 2026\n                               Kepala Dinas Kominfo,\n                                         ttd\n                               DEWI LESTARI\n";

    [Fact]
    public void A_follow_up_chapter_headed_with_its_status_date_is_the_improvement()
    {
        var done = JudgeText.Judge(F(ServiceReport, "1. SLA bertingkat telah diterapkan sejak 1 April 2026.\n2. Katalog layanan dimutakhirkan: 24 layanan."), 28);
        Assert.Equal(5, done.Level);

        // The same chapter listing what is still to come is no improvement.
        var planned = JudgeText.Judge(F(ServiceReport, "1. SLA bertingkat akan diterapkan pada triwulan IV.\n2. Katalog layanan belum dimutakhirkan."), 28);
        Assert.Equal(4, planned.Level);
    }

    [Fact]
    public void A_follow_up_chapter_headed_with_the_release_that_made_it_is_the_improvement()
    {
        // Set 27 V39's shape: "3. Tindak Lanjut (Rilis Portal Versi 2.1, 15 Juni 2026)" after the recommendations, over
        // entries done, level 5 (the numbered heading ends the recommendations; the release names what made it).
        static string Released(string entries) => F(ServiceReport, entries)
            .Replace("BAB III TINDAK LANJUT (status 30 Juni 2026)", "3. Tindak Lanjut (Rilis SIGAP Versi 2.1, 15 Juni 2026)", StringComparison.Ordinal);
        Assert.Equal(5, JudgeText.Judge(Released("1. SLA bertingkat: selesai.\n2. Katalog layanan dimutakhirkan: 24 layanan, selesai."), 28).Level);
        // Near miss: the release's entries still to come — level 4.
        Assert.Equal(4, JudgeText.Judge(Released("1. SLA bertingkat akan diterapkan pada triwulan IV.\n2. Katalog layanan belum dimutakhirkan."), 28).Level);
    }

    const string Circular =
        "PEMERINTAH KABUPATEN SUKAMAJU\n\nSURAT EDARAN BUPATI SUKAMAJU\nNOMOR 500.12/0311/2026\n\nTENTANG\nTATA CARA PEMBANGUNAN APLIKASI SPBE\n\n" +
        "Yth. Kepala Perangkat Daerah se-Kabupaten Sukamaju\n\nA. Ketentuan\n   1. Pembangunan aplikasi dilaksanakan mengikuti siklus:\n" +
        "      a. analisis kebutuhan;\n      b. perencanaan;\n{0}      d. implementasi;\n      e. pemeliharaan.\n" +
        "{1}\n" +
        "B. Penutup\n   Surat Edaran ini berlaku sejak tanggal ditetapkan.\n\n                               Ditetapkan di Sukamaju\n" +
        "                               pada tanggal 2 Februari 2026\n                               BUPATI SUKAMAJU,\n                                         ttd\n                               HARTONO\n";

    [Fact]
    public void A_cycle_whose_design_stage_is_the_list_entry_rancangan_names_the_whole_cycle()
    {
        var cycle = JudgeText.Judge(F(Circular, "      c. rancangan;\n", ""), 4);
        Assert.Equal(2, cycle.Level);
        Assert.Contains(cycle.Found, f => f.Element == "siklus pembangunan aplikasi");

        // Without the design stage the cycle is not complete: the policy stays below level 2.
        Assert.Equal(1, JudgeText.Judge(F(Circular, "", ""), 4).Level);
    }

    [Fact]
    public void Konsultasi_is_also_read_in_the_verb_a_policy_writes_it_with()
    {
        Assert.Equal(3, JudgeText.Judge(F(Circular, "      c. rancangan;\n", "   2. Perangkat Daerah wajib berkonsultasi dengan Diskominfo sebelum tahap perencanaan."), 4).Level);
        Assert.Equal(3, JudgeText.Judge(F(Circular, "      c. rancangan;\n", "   2. Rencana aplikasi dikonsultasikan kepada Diskominfo sebelum tahap perencanaan."), 4).Level);

        // A sentence that names no consultation stays at level 2.
        Assert.Equal(2, JudgeText.Judge(F(Circular, "      c. rancangan;\n", "   2. Perangkat Daerah melapor kepada Diskominfo setelah aplikasi selesai."), 4).Level);
    }

    const string Team =
        "                 KEPUTUSAN BUPATI SUKAMAJU\n                NOMOR 000.8/21 TAHUN 2025\n\n                         TENTANG\n" +
        "            TIM KOORDINASI SPBE KABUPATEN SUKAMAJU\n\n                   BUPATI SUKAMAJU,\n\n                       MEMUTUSKAN:\n" +
        "KESATU   : Membentuk Tim Koordinasi SPBE diketuai Sekretaris Daerah.\n" +
        "KEDUA    : Tim Koordinasi SPBE mengoordinasikan penerapan SPBE pada seluruh Perangkat Daerah dan integrasi layanan SPBE\n" +
        "           antar Instansi Pusat dan antar Pemerintah Daerah.\n" +
        "                               Ditetapkan di Sukamaju\n                               pada tanggal 10 Februari 2025\n" +
        "                               BUPATI SUKAMAJU,\n                                         ttd\n                               HARTONO\n\n" +
        "           BERITA ACARA REVIU KEBIJAKAN TIM KOORDINASI SPBE\n\n" +
        "Pada hari Rabu tanggal dua puluh dua bulan Juli tahun dua ribu dua puluh enam{0}, telah dilaksanakan reviu.\n\n" +
        "Hasil reviu:\n{1}\nRekomendasi:\n1. Menambah Disdukcapil sebagai anggota.\n\n                               Notulis,\n                                         ttd\n                               SITI AMINAH\n";

    [Fact]
    public void A_berita_acara_dated_in_words_and_figures_with_its_findings_under_Hasil_reviu_is_a_recent_reviu()
    {
        const string Findings = "1. Keanggotaan belum memuat Dinas Dukcapil.\n2. Pembagian pokja belum jelas.";
        Assert.Equal(4, JudgeText.Judge(F(Team, " (22-07-2026)", Findings), 10).Level);

        // Dated only in words, the reviu's age cannot be read; a result that finds nothing wanting names no isu;
        // figures of a reviu more than two years old are stale.
        Assert.Equal(3, JudgeText.Judge(F(Team, "", Findings), 10).Level);
        Assert.Equal(3, JudgeText.Judge(F(Team, " (22-07-2026)", "1. Seluruh ketentuan sudah sesuai."), 10).Level);
        Assert.Equal(3, JudgeText.Judge(F(Team, " (22-07-2023)", Findings), 10).Level);
    }

    const string Archive =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KEARSIPAN DAN PERPUSTAKAAN\n\nLAPORAN LAYANAN KEARSIPAN DINAMIS BERBASIS ELEKTRONIK TAHUN 2026\n\n" +
        "1. Kondisi layanan\n   a. Informasi: pedoman tata naskah dinas dapat diakses di portal.\n   b. Interaksi: pencarian arsip, unggah dan unduh naskah.\n" +
        "   c. Transaksi: verifikasi berjenjang, tanda tangan elektronik, disposisi.\n   d. Kolaborasi: {0}\n\n" +
        "                               Sukamaju, 1 September 2026\n                               Kepala Dinas,\n                                         ttd\n                               RUDI HARTANTO\n";

    [Fact]
    public void A_service_that_sends_its_records_to_another_instansis_system_collaborates()
    {
        var sent = JudgeText.Judge(F(Archive, "naskah keluar dikirim langsung ke SRIKANDI instansi lain (Pemprov, kementerian)."), 37);
        Assert.Equal(4, sent.Level);
        var synced = JudgeText.Judge(F(Archive, "nomor naskah tersinkron ke aplikasi e-Kinerja sebagai bukti kinerja pegawai."), 37);
        Assert.Equal(4, synced.Level);

        // Sent to a person is no collaboration; nor a link not made yet.
        Assert.Equal(3, JudgeText.Judge(F(Archive, "naskah dikirim ke pimpinan untuk paraf."), 37).Level);
        Assert.Equal(3, JudgeText.Judge(F(Archive, "naskah belum dikirim ke SRIKANDI instansi lain."), 37).Level);
    }

    const string ArchiveImproved =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KEARSIPAN DAN PERPUSTAKAAN\n\nLAPORAN LAYANAN KEARSIPAN DINAMIS BERBASIS ELEKTRONIK DAN TINDAK LANJUT EVALUASI\n\n" +
        "BAB I FITUR LAYANAN\n1. Informasi: klasifikasi arsip di portal.\n2. Interaksi: pencarian, unggah dan unduh naskah.\n" +
        "3. Transaksi: disposisi, tanda tangan elektronik, dasbor statistik.\n4. Kolaborasi: integrasi dengan aplikasi e-Kinerja daerah.\n\n" +
        "BAB II REVIU DAN EVALUASI (September 2025)\nIsu: disposisi lambat; jadwal retensi arsip belum terpasang.\nRekomendasi: aktifkan notifikasi; unggah JRA.\n\n" +
        "BAB III PERBAIKAN SETELAH REVIU\n1. Notifikasi disposisi diaktifkan 16 Desember 2025.\n2. {0}\n\n" +
        "                               Sukamaju, 2 Maret 2026\n                               Kepala Dinas,\n                                         ttd\n                               RUDI HARTANTO\n";

    [Fact]
    public void An_improvement_entry_naming_the_Jadwal_Retensi_Arsip_it_loaded_plans_nothing()
    {
        Assert.Equal(5, JudgeText.Judge(F(ArchiveImproved, "Jadwal Retensi Arsip (Perbup 28/2025) dimuat ke aplikasi pada 10 Februari 2026."), 37).Level);

        // An entry with a schedule still to meet is a plan.
        Assert.Equal(4, JudgeText.Judge(F(ArchiveImproved, "Pengunggahan JRA sesuai jadwal penyelesaian Juni 2026."), 37).Level);
    }

    const string AuditReport =
        "{0}\n\n     LAPORAN HASIL AUDIT INFRASTRUKTUR SPBE\n     PEMERINTAH KABUPATEN SUKAMAJU TAHUN 2026\n\n{1}" +
        "Tim auditor   : Budi Santoso, CISA (ketua)\n\n1. Dasar\n   Audit dilaksanakan sesuai Rencana Audit TIK 2025-2027 dan berpedoman pada\n" +
        "   Peraturan BSSN tentang Standar dan Tata Cara Pelaksanaan Audit Infrastruktur SPBE.\n\n" +
        "2. Temuan\n   T-1 Firmware switch belum diperbarui.\n3. Rekomendasi\n   R-1 Pemutakhiran firmware triwulanan.\n\n" +
        "                               Sukamaju, 15 Mei 2026\n                               Ketua Tim Auditor,\n                                         ttd\n                               BUDI SANTOSO, CISA\n";

    [Fact]
    public void An_audit_report_on_the_letterhead_of_the_engaged_audit_firm_is_by_an_external_auditor()
    {
        var firm = JudgeText.Judge(F(AuditReport, "        PT MITRA AUDIT TEKNOLOGI\n   Jl. Merdeka No. 1, Semarang",
            "Pemberi tugas : Dinas Kominfo Kabupaten Sukamaju\nKontrak       : 027/SPK/Aptika/2026\n"), 29);
        Assert.Equal(4, firm.Level);

        // The Inspektorat's own letterhead, or a company named without the engagement, is no external auditor.
        Assert.Equal(3, JudgeText.Judge(F(AuditReport, "        PEMERINTAH KABUPATEN SUKAMAJU\n        INSPEKTORAT DAERAH", ""), 29).Level);
        Assert.Equal(3, JudgeText.Judge(F(AuditReport, "        PT MITRA AUDIT TEKNOLOGI\n   Jl. Merdeka No. 1, Semarang", ""), 29).Level);
    }

    const string AppAudit =
        "INSPEKTORAT DAERAH KABUPATEN SUKAMAJU\n\nLAPORAN HASIL PEMERIKSAAN APLIKASI SIMPATIK\n\nNomor   : 700/LHP-03/2026\nTanggal : 3 Maret 2026\n\n" +
        "Pemeriksaan ini bagian dari rencana pemeriksaan aplikasi dalam PKPT 2026 {0}\n" +
        "Pemeriksa adalah dua auditor Inspektorat; tidak ada pihak ketiga yang dilibatkan.\n\n" +
        "Temuan: 12 akun pegawai mutasi masih aktif.\nRekomendasi: menonaktifkan akun mutasi.\n\n" +
        "                               Inspektur,\n                                         ttd\n                               YUNI ASTUTI\n";

    [Fact]
    public void An_audit_done_by_a_technical_guide_followed_a_standard()
    {
        Assert.Equal(3, JudgeText.Judge(F(AppAudit, "dan dilaksanakan menurut Petunjuk Teknis Audit Aplikasi Inspektorat Jenderal."), 30).Level);

        // A guide still being written is no standard followed.
        Assert.Equal(2, JudgeText.Judge(F(AppAudit, "dan dilaksanakan oleh Inspektorat. Petunjuk teknis audit aplikasi sedang disusun."), 30).Level);
    }

    const string OpenData =
        "BUKTI DUKUNG LAYANAN DATA TERBUKA\nPortal Satu Data Sukamaju\n\n[Tangkapan layar 1 - Katalog]\nDaftar 300 dataset; kotak pencarian; tombol unduh CSV.\n\n" +
        "[Tangkapan layar 2 - Unggah dataset]\nProdusen data mengisi metadata; {0}\n\n" +
        "Catatan: portal belum terhubung ke Portal Satu Data Indonesia.\n\n                               Sukamaju, 1 November 2026\n" +
        "                               Kepala Bidang Statistik,\n                                         ttd\n                               ANI\n";

    [Fact]
    public void A_check_that_rejects_what_does_not_match_is_validation_not_its_absence()
    {
        var validates = JudgeText.Judge(F(OpenData, "sistem menolak unggahan bila kode wilayah tidak sesuai data referensi (validasi otomatis)."), 43);
        Assert.Equal(3, validates.Level);

        // Validation the portal does not have stays denied.
        Assert.Equal(2, JudgeText.Judge(F(OpenData, "validasi otomatis tidak tersedia; data diperiksa manual."), 43).Level);
    }

    [Fact]
    public void One_missing_service_function_denies_no_other()
    {
        Assert.Equal(3, JudgeText.Judge(F(OpenData, "dataset terbit setelah disetujui Walidata.\nBelum ada dasbor analitik data terbuka."), 43).Level);

        // The missing function alone, or the level's own word denied, shows no transaction service.
        Assert.Equal(2, JudgeText.Judge(F(OpenData, "Belum ada dasbor analitik data terbuka."), 43).Level);
        Assert.Equal(2, JudgeText.Judge(F(OpenData, "dataset terbit setelah disetujui Walidata.\nLayanan transaksi data belum tersedia."), 43).Level);
    }

    const string Architecture =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\nLAPORAN PENERAPAN ARSITEKTUR SPBE KABUPATEN SUKAMAJU TAHUN 2026\n\n" +
        "1. Dokumen Arsitektur SPBE 2025-2029 memuat referensi arsitektur dan domain arsitektur:\n" +
        "   a. domain proses bisnis;\n   b. domain data dan informasi;\n   c. domain layanan;\n   d. domain aplikasi;\n" +
        "   e. domain infrastruktur;\n   f. domain keamanan.\n\n2. Catatan pelaksanaan:\n   {0}\n\n" +
        "                               Sukamaju, 5 Oktober 2026\n                               Kepala Dinas Kominfo,\n                                         ttd\n                               DEWI LESTARI\n";

    [Fact]
    public void A_domain_said_to_lack_a_part_is_there_a_domain_said_missing_is_not()
    {
        Assert.Equal(3, JudgeText.Judge(F(Architecture, "domain infrastruktur belum menggambarkan migrasi ke Pusat Data Nasional."), 11).Level);
        Assert.Equal(3, JudgeText.Judge(F(Architecture, "9 aplikasi baru belum tercantum di domain aplikasi."), 11).Level);

        Assert.Equal(2, JudgeText.Judge(F(Architecture, "domain keamanan belum disusun."), 11).Level);
        Assert.Equal(2, JudgeText.Judge(F(Architecture, "belum ada domain keamanan."), 11).Level);
    }

    [Fact]
    public void A_reviu_record_whose_heading_OCR_joined_is_still_the_record()
    {
        // "BERITAACARA": the scan's OCR text joined the two words (and put a stray mark before the heading).
        var joined = F(Policy, "").Replace("        NOTULENSI REVIU KEBIJAKAN", ": BERITAACARA REVIU KEBIJAKAN", StringComparison.Ordinal);
        Assert.Equal(4, JudgeText.Judge(joined, 7).Level);
        Assert.Equal(3, JudgeText.Judge(joined.Replace("REVIU KEBIJAKAN", "RAPAT KEBIJAKAN", StringComparison.Ordinal), 7).Level);
    }

    [Fact]
    public void A_function_done_outside_the_portal_or_named_under_a_plan_heading_is_not_offered()
    {
        Assert.Equal(3, JudgeText.Judge(F(OpenData, "walidata memverifikasi dataset di portal sebelum terbit."), 43).Level);

        Assert.Equal(2, JudgeText.Judge(F(OpenData, "persetujuan publikasi dilakukan di luar portal melalui surel ke walidata."), 43).Level);
        Assert.Equal(2, JudgeText.Judge(F(OpenData, "dataset langsung terbit.\n\nC. Rencana triwulan IV\n   - Penyusunan modul verifikasi dataset di portal."), 43).Level);
    }

    const string Roadmap =
        "PEMERINTAH KABUPATEN SUKAMAJU\n\nDOKUMEN PETA RENCANA SPBE KABUPATEN SUKAMAJU 2025-2029\n\nLampiran Peraturan Bupati Sukamaju Nomor 3 Tahun 2025\n\n" +
        "BAB III PROGRAM DAN KEGIATAN\n No Muatan           Kegiatan                    Tahun\n 1  Tata Kelola      Penyusunan Arsitektur SPBE  2025\n" +
        " 2  Manajemen SPBE   Manajemen risiko            2025\n 3  Layanan SPBE     Integrasi layanan perizinan 2026\n" +
        " 4  Infrastruktur    Jaringan intra              2026\n 5  Aplikasi SPBE    Aplikasi umum               2025\n" +
        " 6  Keamanan SPBE    Pembentukan CSIRT           2025\n{0}\n                               BUPATI SUKAMAJU,\n                                         ttd\n                               HARTONO\n";

    [Fact]
    public void A_roadmap_with_its_audit_TIK_row_has_every_muatan_of_the_Peta_Rencana()
    {
        Assert.Equal(3, JudgeText.Judge(F(Roadmap, " 7  Audit TIK        Audit infrastruktur SPBE    2026\n"), 12).Level);
        Assert.Equal(2, JudgeText.Judge(F(Roadmap, ""), 12).Level);
    }
}
