using SpbeBot.Core.Evidence.Checking;
using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Rules from the misses of the retired evidence sets read in wip-22n (issue 22), each in the Pedoman's terms with the
/// near miss that must stay lower: a policy that says it follows a recent reviu, a reviu record filed inside the policy,
/// the security-management items written as article labels, a "catatan hasil reviu" that is old, a plan carried out, a
/// joint step of several Perangkat Daerah, an operator's "blm ada", another certificate than the auditor's, an improvement
/// "diselesaikan". The documents are written for these tests.
/// </summary>
public class EvidenceNewAuthorsTests
{
    const string Amendment =
        "PERATURAN BUPATI SUKAMAJU\nNOMOR 4 TAHUN 2026\nTENTANG\nPERUBAHAN ATAS PERATURAN BUPATI NOMOR 9 TAHUN 2023\nTENTANG LAYANAN JARINGAN INTRA\n\n" +
        "BUPATI SUKAMAJU,\n\nMenimbang : a. {0}\n\nMEMUTUSKAN:\nMenetapkan : PERATURAN BUPATI TENTANG PERUBAHAN ATAS PERATURAN BUPATI NOMOR 9 TAHUN 2023.\n\n" +
        "Pasal I\n1. Pasal 3 diubah: jaringan intra digunakan oleh seluruh Perangkat Daerah dan terhubung dengan Jaringan Intra Pemerintah.\n{1}\n" +
        "Pasal II\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n\nDitetapkan di Sukamaju\npada tanggal 20 Februari 2026\nBUPATI SUKAMAJU,\n\nttd.\n\nH. ARIFIN SETIAWAN\n";

    [Fact]
    public void An_amendment_following_a_recent_reviu_is_the_follow_up_level_and_an_old_reviu_is_not()
    {
        var cited = Judge(F(Amendment, "bahwa sesuai rekomendasi reviu Inspektorat tanggal 14 Agustus 2025 perlu mengubah Peraturan Bupati Nomor 9 Tahun 2023;", ""), 6);
        Assert.Equal(5, cited.Level);
        var itself = Judge(F(Amendment, "bahwa jaringan intra perlu disesuaikan;",
            "2. Peraturan Bupati ini ditetapkan sebagai tindak lanjut atas hasil reviu Tim Koordinasi SPBE tanggal 3 Oktober 2025.\n"), 6);
        Assert.Equal(5, itself.Level);
        // The reviu it follows is older than two years: no level that needs a reviu.
        var old = Judge(F(Amendment, "bahwa sesuai rekomendasi reviu Inspektorat tanggal 14 Agustus 2023 perlu mengubah Peraturan Bupati Nomor 9 Tahun 2023;", ""), 6);
        Assert.True(old.Level < 4, $"old reviu {old.Level}");
        // An amendment that names no reviu is not shown to follow one.
        var none = Judge(F(Amendment, "bahwa jaringan intra perlu disesuaikan;", ""), 6);
        Assert.True(none.Level < 4, $"no reviu {none.Level}");
    }

    const string Smki =
        "PERATURAN BUPATI SUKAMAJU\nNOMOR 15 TAHUN 2025\nTENTANG\nSISTEM MANAJEMEN KEAMANAN INFORMASI\n\nMEMUTUSKAN:\n" +
        "Pasal 1 Ruang lingkup: seluruh aset informasi Pemerintah Kabupaten.\nPasal 2 Penanggung jawab: Sekretaris Daerah; pelaksana Dinas Kominfo.\n" +
        "Pasal 3 Perencanaan keamanan informasi disusun setiap tahun.\nPasal 4 Dukungan pengoperasian berupa SDM, anggaran dan prosedur.\n" +
        "Pasal 5 Evaluasi kinerja keamanan informasi setiap semester.\nPasal 6 Perbaikan berkelanjutan atas temuan evaluasi.\n" +
        "Pasal 7 Peraturan ini berlaku untuk seluruh Perangkat Daerah.\n\nDitetapkan di Sukamaju\npada tanggal 3 Juni 2025\nBUPATI SUKAMAJU,\n\nttd.\n\nH. ARIFIN SETIAWAN\n\n";

    static string Minutes(string date, string recommendations) =>
        "NOTULENSI RAPAT REVIU PERATURAN BUPATI NOMOR 15 TAHUN 2025\nHari/tanggal : Senin, " + date + "\nPeserta : Tim Koordinasi SPBE, Inspektorat\n" +
        "Permasalahan:\n1. Belum ada batas waktu pelaporan insiden.\n" + recommendations + "Pimpinan rapat,\n\nttd\n\nDEWI ANGGRAINI\n";

    [Fact]
    public void A_reviu_record_filed_inside_the_policy_gives_the_reviu_level_when_recent_and_complete()
    {
        var policy = Judge(Smki, 8);
        Assert.Equal(3, policy.Level);
        Assert.Contains(policy.Found, f => f.Element == "penetapan ruang lingkup" && f.Quote.Contains("Ruang lingkup:", StringComparison.Ordinal));
        Assert.Contains(policy.Found, f => f.Element == "penetapan penanggung jawab");
        var withMinutes = Judge(Smki + Minutes("9 Maret 2026", "Rekomendasi:\n1. Menambah ketentuan pelaporan insiden.\n"), 8);
        Assert.Equal(4, withMinutes.Level);
        Assert.Contains(withMinutes.Found, f => f.Quote.Contains("NOTULENSI RAPAT REVIU", StringComparison.Ordinal));
        // Older than two years, or without its rekomendasi: the reviu does not count.
        var old = Judge(Smki + Minutes("9 Maret 2024", "Rekomendasi:\n1. Menambah ketentuan pelaporan insiden.\n"), 8);
        Assert.Equal(3, old.Level);
        Assert.Contains(EvidenceCheckFlags.Stale, old.Flags);
        Assert.DoesNotContain(EvidenceCheckFlags.Stale, withMinutes.Flags);
        Assert.Equal(3, Judge(Smki + Minutes("9 Maret 2026", "Disepakati dibahas lagi bulan depan.\n"), 8).Level);
    }

    [Fact]
    public void Labels_that_only_name_a_word_of_the_item_do_not_set_it()
    {
        // "Lingkup kerja" and "jawab" alone are not the ruang lingkup and penanggung jawab the Kriteria name.
        var partial = Judge(Smki.Replace("Pasal 1 Ruang lingkup:", "Pasal 1 Lingkup kerja:", StringComparison.Ordinal)
            .Replace("Pasal 2 Penanggung jawab:", "Pasal 2 Pelaksana:", StringComparison.Ordinal), 8);
        Assert.True(partial.Level < 3, $"partial {partial.Level}");
    }

    [Fact]
    public void An_old_catatan_hasil_reviu_is_a_stale_reviu_record()
    {
        var notes = Judge("PEMERINTAH KABUPATEN SUKAMAJU\nBAPPEDA\n\nCATATAN HASIL REVIU PETA RENCANA SPBE\nTanggal: 7 Juli 2023\n\n" +
                          "Isu:\n1. Muatan audit TIK belum ada.\nRekomendasi:\n1. Melengkapi muatan.\n\nNotulis,\nttd\nANDI SAPUTRA\n", 2);
        Assert.Equal("Notulensi", notes.Document.Kind);
        Assert.Contains(EvidenceCheckFlags.Stale, notes.Flags);
        Assert.Equal(0, notes.Level);
    }

    const string Change =
        "PEMERINTAH KABUPATEN SUKAMAJU\nBAGIAN ORGANISASI\n\nLAPORAN KEGIATAN MANAJEMEN PERUBAHAN SPBE 2026\nTanggal: 2 November 2026\n\n" +
        "1. Kegiatan manajemen perubahan SPBE {0} oleh 12 Perangkat Daerah.\n2. Sosialisasi aplikasi e-kinerja.\n\nKepala Bagian Organisasi,\nttd\nNURHAYATI\n";

    [Fact]
    public void A_plan_carried_out_is_implementation_according_to_plan_and_a_plan_still_to_do_is_not()
    {
        var done = Judge(F(Change, "direncanakan dalam Rencana Aksi 2026 dan telah dilaksanakan"), 27);
        Assert.True(done.Level >= 2, $"done {done.Level}");
        var todo = Judge(F(Change, "direncanakan dalam Rencana Aksi 2027 dan akan dilaksanakan"), 27);
        Assert.Equal(1, todo.Level);
    }

    [Fact]
    public void A_joint_step_of_several_Perangkat_Daerah_is_a_collaboration_record()
    {
        var meeting = Judge("PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\nSukamaju, 5 Oktober 2026\nNomor : 005/90/Aptika\nHal : Undangan Rapat\n\n" +
                            "Kepada Yth. Kepala Dinas Kesehatan; Kepala Dinas Sosial\n\nSehubungan dengan data pasien yang tidak cocok antara aplikasi puskesmas dan data bansos, " +
                            "kami mengundang Bapak/Ibu membahas langkah bersama penanganannya.\nRapat ini mendadak dan belum terjadwal.\n\n" +
                            "Kepala Dinas Komunikasi dan Informatika,\nttd\nIR. DEDI KURNIADI\n", 20);
        Assert.DoesNotContain(EvidenceCheckFlags.OffTopic, meeting.Flags);
        Assert.Equal(1, meeting.Level);
    }

    [Fact]
    public void An_operators_blm_ada_denies_the_function()
    {
        const string Screen = "PEMERINTAH KABUPATEN SUKAMAJU\nBAGIAN ORGANISASI\nTANGKAPAN LAYAR HALAMAN AKUNTABILITAS KINERJA\nDiambil: 2 Mei 2026\n\n" +
                              "[1] Halaman web SAKIP menampilkan ringkasan capaian kinerja tahun 2025.\n{0}\nKepala Bagian Organisasi,\nttd\nNURHAYATI\n";
        Assert.Equal(1, Judge(F(Screen, "Catatan operator: fitur unggah/unduh blm ada, rencana 2027."), 40).Level);
        Assert.True(Judge(F(Screen, "[2] Fitur unggah dan unduh dokumen LKjIP tersedia."), 40).Level >= 2);
    }

    [Fact]
    public void Another_certificate_in_a_finding_does_not_deny_the_certified_auditor()
    {
        const string Audit =
            "LAPORAN AUDIT KEAMANAN SPBE PEMERINTAH KABUPATEN SUKAMAJU\nNomor: AK/12/2026\nTanggal: 3 Maret 2026\n\n" +
            "1. Dasar: Program Audit Keamanan SPBE 2025-2027 dan standar SNI ISO/IEC 27001.\n2. Auditor eksternal {0}: Rina Kartika (Lead Auditor).\n" +
            "3. Temuan: 2 aplikasi tanpa TLS.\n4. Rekomendasi: penerapan TLS.\n\nTINDAK LANJUT\nNo Temuan               Tindak lanjut           Status\n" +
            "1  2 aplikasi tanpa TLS Sertifikat TLS dipasang Selesai\n\nKetua Tim Auditor,\nttd\nRINA KARTIKA\n";
        var certified = Judge(F(Audit, "bersertifikat"), 31);
        Assert.Contains(certified.Found, f => f.Element == "auditor bersertifikat");
        var uncertified = Judge(F(Audit, "yang belum bersertifikat"), 31);
        Assert.DoesNotContain(uncertified.Found, f => f.Element == "auditor bersertifikat");
        Assert.True(uncertified.Level < certified.Level, $"uncertified {uncertified.Level}, certified {certified.Level}");
    }

    [Fact]
    public void An_improvement_completed_on_an_evaluation_is_the_improvement_level()
    {
        const string Jdih =
            "PEMERINTAH KABUPATEN SUKAMAJU\nBAGIAN HUKUM\nLAPORAN EVALUASI LAYANAN JDIH\nTanggal: 4 Mei 2026\n\n" +
            "Kondisi: JDIH memberikan informasi, pencarian, unggah dan unduh produk hukum, transaksi basis data dengan validasi dan persetujuan publikasi, " +
            "dan terintegrasi dengan JDIH Nasional.\nIsu: tampilan belum ramah disabilitas.\nRekomendasi: aksesibilitas.\n\n{0}\n\nKepala Bagian Hukum,\nttd\nBAMBANG SUTRISNO\n";
        var done = Judge(F(Jdih, "Telah diselesaikan perbaikan berdasarkan evaluasi 4 Mei 2026: fitur pembaca layar."), 44);
        var planned = Judge(F(Jdih, "Perbaikan berdasarkan evaluasi akan dikerjakan tahun 2027."), 44);
        Assert.Equal(5, done.Level);
        Assert.True(planned.Level < 5, $"planned {planned.Level}");
    }
    [Fact]
    public void A_policy_filed_after_an_old_reviu_report_is_judged_on_its_own_text()
    {
        const string OldReport =
            "PEMERINTAH KABUPATEN SUKAMAJU\nBAGIAN HUKUM\n\nLAPORAN HASIL REVIU PERATURAN BUPATI NOMOR 9 TAHUN 2023\nTanggal: 5 Juni 2023\n\n" +
            "Permasalahan: jaringan intra baru menjangkau kantor pusat.\nRekomendasi: jaringan intra bagi seluruh Perangkat Daerah.\n\nKepala Bagian Hukum,\nttd\nSITI RAHMAWATI\n\n";
        var alone = Judge(OldReport, 6);
        Assert.Equal(0, alone.Level);
        var bundle = Judge(OldReport + F(Amendment, "bahwa jaringan intra perlu disesuaikan;", ""), 6);
        Assert.True(bundle.Level >= 2, $"bundle {bundle.Level}");
        // The old reviu it follows supports no reviu level: below 4.
        Assert.True(bundle.Level < 4, $"bundle {bundle.Level}: " + string.Join(" | ", bundle.Found.Select(f => f.Element + " «" + f.Quote + "» p" + f.Page)));
        // A report that only names the policy it reviews (no MEMUTUSKAN, no penetapan) holds no policy.
        var named = Judge(OldReport + "PERATURAN BUPATI SUKAMAJU\nNOMOR 9 TAHUN 2023\nmasih berlaku dan belum diubah.\n", 6);
        Assert.Equal(0, named.Level);
    }
    [Fact]
    public void Interoperabilitas_alone_in_a_data_policy_list_is_the_interoperability_item()
    {
        const string Data =
            "PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2025\nTENTANG\nMANAJEMEN DATA\n\nMEMUTUSKAN:\nPasal 1\nPengelolaan data di Daerah meliputi:\n" +
            "a. penyusunan arsitektur data;\nb. pengelolaan data induk;\nc. pengelolaan data referensi;\nd. pengelolaan basis data;\ne. penjaminan kualitas data; dan\n{0}\n" +
            "Pasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n\nDitetapkan di Sukamaju\npada tanggal 3 Juni 2025\nBUPATI SUKAMAJU,\n\nttd.\n\nH. ARIFIN SETIAWAN\n";
        Assert.Equal(4, Judge(F(Data, "f. pertukaran data antar sistem (interoperabilitas)."), 3).Level);
        Assert.Equal(3, Judge(F(Data, "f. pelaporan data kepada Bupati."), 3).Level);
    }

    [Fact]
    public void A_report_of_the_follow_up_done_on_an_audit_is_the_improvement_level()
    {
        const string Audit =
            "LAPORAN AUDIT KEAMANAN SPBE PEMERINTAH KABUPATEN SUKAMAJU\nNomor: AK/12/2026\nTanggal: 3 Maret 2026\n\n" +
            "1. Dasar: Program Audit Keamanan SPBE 2025-2027 dan standar SNI ISO/IEC 27001.\n2. Auditor eksternal bersertifikat: Rina Kartika (Lead Auditor).\n" +
            "3. Temuan: backup tidak diuji; 2 aplikasi tanpa TLS.\n4. Rekomendasi: uji pemulihan, penerapan TLS.\nKetua Tim Auditor,\nttd\nRINA KARTIKA\n\n" +
            "LAPORAN TINDAK LANJUT HASIL AUDIT KEAMANAN SPBE 2026\nTanggal: 30 September 2026\nNo Temuan               Tindak lanjut          Status\n" +
            "1  Backup tidak diuji    Uji restore triwulanan {0}\n2  Aplikasi tanpa TLS   Sertifikat TLS dipasang {0}\n\nKepala Dinas,\nttd\nHENDRA WIJAYA\n";
        Assert.Equal(5, Judge(F(Audit, "Selesai"), 31).Level);
        Assert.True(Judge(F(Audit, "Akan dikerjakan 2027"), 31).Level < 5);
    }
}
