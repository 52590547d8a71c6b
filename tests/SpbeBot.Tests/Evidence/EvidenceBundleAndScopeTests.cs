using SpbeBot.Core.Criteria;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Tests.Infrastructure;
using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Two rules from the misses of the retired evidence sets (issue 22, wip-22m), each with the near miss that must stay
/// lower: a reviu report filed with the new policy that follows it is the follow-up level ("telah ditindaklanjuti
/// dengan kebijakan baru"); a policy whose own article leaves Perangkat Daerah out does not regulate for all of them.
/// </summary>
public class EvidenceBundleAndScopeTests
{
    const string Report =
        "PEMERINTAH KABUPATEN SUKAMAJU\nBAGIAN HUKUM SEKRETARIAT DAERAH\n\nLAPORAN HASIL REVIU\nPERATURAN BUPATI NOMOR 4 TAHUN 2022 TENTANG JARINGAN INTRA\n\n" +
        "Tanggal pelaksanaan : 3 Maret 2025\n\nA. Permasalahan\n  1. Jaringan intra baru menjangkau kantor di pusat kota.\n  2. Belum ada pengamanan jaringan yang baku.\n" +
        "B. Rekomendasi\n  1. Jaringan intra diwajibkan bagi seluruh Perangkat Daerah.\n  2. Diatur keterhubungan dengan Jaringan Intra Pemerintah.\n\n" +
        "Sukamaju, 3 Maret 2025\nKepala Bagian Hukum,\n\nttd.\n\nSITI RAHMAWATI, S.H.\nNIP. 19800101 200501 2 001\n\n";

    static string Policy(string preamble, string date) =>
        "                 PERATURAN BUPATI SUKAMAJU\n                   NOMOR 7 TAHUN 2026\n                        TENTANG\n" +
        "             LAYANAN JARINGAN INTRA PEMERINTAH DAERAH\n\n                   BUPATI SUKAMAJU,\n\n" +
        "Menimbang : a. " + preamble + "\n\nMEMUTUSKAN:\nMenetapkan : PERATURAN BUPATI TENTANG LAYANAN JARINGAN INTRA.\n\n" +
        "Pasal 1\nSeluruh Perangkat Daerah menggunakan jaringan intra pemerintah daerah.\n\n" +
        "Pasal 2\nJaringan intra pemerintah daerah terhubung dengan Jaringan Intra Pemerintah yang diselenggarakan Kementerian.\n\n" +
        "Pasal 3\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n\n" +
        "                          Ditetapkan di Sukamaju\n                          pada tanggal " + date + "\n                          BUPATI SUKAMAJU,\n\n" +
        "                          ttd.\n\n                          H. ARIFIN SETIAWAN\n";

    [Fact]
    public void A_reviu_report_filed_with_the_new_policy_citing_it_is_the_follow_up_level()
    {
        var bundle = Judge(Report + Policy("bahwa berdasarkan hasil reviu Bagian Hukum tanggal 3 Maret 2025, Peraturan Bupati Nomor 4 Tahun 2022 perlu diganti;", "9 Januari 2026"), 6);
        var alone = Judge(Report, 6);
        Assert.True(bundle.Level > alone.Level, $"bundle {bundle.Level}, report alone {alone.Level}");
        Assert.Contains(bundle.Found, f => f.Quote.Contains("hasil reviu Bagian Hukum", StringComparison.Ordinal));
        // The same policy whose preamble does not cite the reviu is not shown to follow it.
        var uncited = Judge(Report + Policy("bahwa jaringan intra perlu diatur;", "9 Januari 2026"), 6);
        Assert.Equal(alone.Level, uncited.Level);
        // Nor a policy whose penetapan date is left blank.
        var undated = Judge(Report + Policy("bahwa berdasarkan hasil reviu Bagian Hukum, Peraturan Bupati Nomor 4 Tahun 2022 perlu diganti;", "....................."), 6);
        Assert.True(undated.Level <= alone.Level, $"undated {undated.Level}");
    }

    const string Intra =
        "PERATURAN BUPATI SUKAMAJU\nNOMOR 11 TAHUN 2025\nTENTANG\nLAYANAN JARINGAN INTRA PEMERINTAH KABUPATEN SUKAMAJU\n\nBUPATI SUKAMAJU,\n\n" +
        "Menimbang : a. bahwa belum seluruh Perangkat Daerah terhubung dalam satu jaringan tertutup;\n\nMEMUTUSKAN:\n" +
        "Menetapkan : PERATURAN BUPATI TENTANG LAYANAN JARINGAN INTRA.\n\nPasal 1\n(1) Jaringan intra diselenggarakan oleh Dinas Komunikasi dan Informatika.\n" +
        "(2) Setiap Perangkat Daerah pengguna menunjuk seorang admin jaringan.\n{0}\n" +
        "Pasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n\nDitetapkan di Sukamaju\npada tanggal 2 Juni 2025\nBUPATI SUKAMAJU,\n\nttd.\n\nH. ARIFIN SETIAWAN\n";

    [Fact]
    public void A_policy_leaving_some_Perangkat_Daerah_out_does_not_regulate_for_all()
    {
        var all = Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Intra, "(3) Jaringan intra digunakan oleh seluruh Perangkat Daerah."), 6);
        var some = Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Intra,
            "(3) Jaringan intra digunakan oleh Perangkat Daerah di Gedung Terpadu.\n(4) Perangkat Daerah di luar Gedung Terpadu memakai internet masing-masing."), 6);
        Assert.True(some.Level < all.Level, $"some {some.Level}, all {all.Level}");
        Assert.Contains(some.Missing, m => m.Contains("di luar Gedung Terpadu", StringComparison.Ordinal));
        // "belum seluruh Perangkat Daerah" in the preamble says why the policy is made, not what it leaves out.
        Assert.DoesNotContain(all.Missing, m => m.Contains("belum seluruh", StringComparison.Ordinal));
    }

    const string Complaints =
        "LAPORAN PENYEMPURNAAN LAYANAN PENGADUAN\nDINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUKAMAJU\n\n" +
        "1. Layanan pengaduan berbasis elektronik\n   a. aplikasi menampilkan informasi statistik pengaduan dan status aduan;\n" +
        "   b. pelapor melakukan pencarian aduan, mengunggah foto bukti dan mengunduh jawaban;\n" +
        "   c. petugas melakukan verifikasi dan persetujuan jawaban secara berjenjang; dasbor analitik tersedia;\n" +
        "   d. aplikasi terintegrasi dengan SP4N-LAPOR! melalui API.\n\n" +
        "2. Evaluasi layanan 2025\n   Evaluasi oleh Dinas bersama Ombudsman tanggal 10 November 2025 menyimpulkan bahwa jawaban\n" +
        "   sering terlambat dan pelapor tidak diberi tahu status aduannya.\n\n" +
        "3. Perbaikan yang telah dilaksanakan tahun 2026\n   No | {0,-26} | Perbaikan                      | Selesai\n" +
        "   1  | Jawaban terlambat          | Eskalasi otomatis ke pimpinan  | Mar 2026\n" +
        "   2  | Status tidak diketahui     | Notifikasi surel dan SMS       | Apr 2026\n\n" +
        "                                 Sukamaju, 2 Oktober 2026\n                                 KEPALA DINAS,\n\n                                 ttd.\n\n                                 Ir. DEWI LESTARI\n";

    [Fact]
    public void An_improvement_section_naming_the_evaluation_result_it_answers_gives_the_improvement_level()
    {
        var answered = Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Complaints, "Hasil evaluasi 2025"), 42);
        var unnamed = Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Complaints, "Keadaan sebelumnya"), 42);
        Assert.True(answered.Level > unnamed.Level, $"answered {answered.Level}, unnamed {unnamed.Level}");
        Assert.Contains(answered.Found, f => f.Quote.Contains("Perbaikan yang telah dilaksanakan", StringComparison.Ordinal));
    }

    static string SharedData(string subject) =>
        "KEPUTUSAN BUPATI SUKAMAJU\nNOMOR 100.3.3.2/88/KPTS/2025\n\nTENTANG\n\nPENGGUNAAN BERSAMA DATA INDUK DAN " + subject + "\n\nBUPATI SUKAMAJU,\n\n" +
        "MEMUTUSKAN:\nMenetapkan :\nKESATU : Data induk kependudukan dan data pegawai digunakan bersama oleh Perangkat Daerah.\n" +
        "KEDUA  : " + subject.ToLowerInvariant() + " digunakan dalam setiap aplikasi Perangkat Daerah.\n\n" +
        "Ditetapkan di Sukamaju\npada tanggal 4 Februari 2025\nBUPATI SUKAMAJU,\n\nttd.\n\nH. ARIFIN SETIAWAN\n";

    [Fact]
    public void Satu_Data_s_kode_referensi_is_the_data_referensi_the_Manajemen_Data_criteria_name()
    {
        var codes = Judge(SharedData("KODE REFERENSI WILAYAH"), 3);
        Assert.DoesNotContain(EvidenceCheckFlags.OffTopic, codes.Flags);
        Assert.Contains("data referensi", codes.Found.Select(f => f.Element));
        // One item alone, without the topic's name, is not shown to be about Manajemen Data.
        var phones = Judge(SharedData("NOMOR TELEPON DARURAT"), 3);
        Assert.Contains(EvidenceCheckFlags.OffTopic, phones.Flags);
    }
}
