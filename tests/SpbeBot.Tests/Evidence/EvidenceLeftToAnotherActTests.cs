using SpbeBot.Core.Evidence.Checking;
using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-36ev): two causes that recur across the fresh sets' verdicts above, each read from the Pedoman's
/// criteria rather than from one row. (1) A part a policy leaves to another act is not regulated by it — set 23 R06 ("…
/// akan ditetapkan tersendiri") and set 31 Z03 ("Ketentuan mengenai standar kualitas data dan interoperabilitas data diatur
/// lebih lanjut dengan Keputusan Gubernur"): Manajemen Data level 4 needs "seluruh rangkaian proses". (2) A reviu
/// report's age is its reviu's — set 31 Z40 (a report signed in March 2025 of a reviu "dilaksanakan pada 27 Mei 2024"),
/// the cause of sets 5, 9 and 25's stale verdicts above. Both adapted to the test Pemda, with their near misses.
/// </summary>
public class EvidenceLeftToAnotherActTests
{
    const string DataPolicy = @"                 BUPATI SUKAMAJU

            PERATURAN BUPATI SUKAMAJU
                NOMOR 9 TAHUN 2025

                     TENTANG

       PENGELOLAAN DATA DAN BASIS DATA PERANGKAT DAERAH

          DENGAN RAHMAT TUHAN YANG MAHA ESA

                 BUPATI SUKAMAJU,

Menimbang : a. bahwa data Perangkat Daerah perlu dikelola secara
               terarah;

Mengingat : 1. Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu
               Data Indonesia;

                    MEMUTUSKAN:

Menetapkan : PERATURAN BUPATI TENTANG PENGELOLAAN DATA DAN BASIS
             DATA PERANGKAT DAERAH.

                      Pasal 1
(1) Walidata menyusun Arsitektur Data Daerah yang memuat
    klasifikasi data dan pemilik data.
(2) Arsitektur Data Daerah dimutakhirkan setiap tahun.

                      Pasal 2
(1) Data Induk Daerah meliputi data induk pegawai dan data induk
    barang milik daerah.
(2) Perangkat Daerah wajib menggunakan Data Referensi yang
    ditetapkan oleh Instansi Pusat pembina data.

                      Pasal 3
(1) Basis Data Perangkat Daerah disimpan pada Pusat Data
    Pemerintah Daerah yang dikelola oleh Walidata.
(2) Walidata melakukan pencadangan Basis Data secara harian.
{PASAL4}
                      Pasal 5
Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.

                              Ditetapkan di Sukamaju
                              pada tanggal 10 Maret 2025

                              BUPATI SUKAMAJU,

                                     ttd.

                              AHMAD SURYADI
";

    const string Delegated = @"
                      Pasal 4
Ketentuan mengenai standar kualitas data dan interoperabilitas
data diatur lebih lanjut dengan Keputusan Bupati.
";

    const string RegulatedThenDetailed = @"
                      Pasal 4
(1) Walidata memeriksa kualitas data setiap triwulan terhadap
    standar kualitas data yang berlaku.
(2) Interoperabilitas data antar Perangkat Daerah dilaksanakan
    melalui layanan berbagi pakai data Walidata.
(3) Ketentuan lebih lanjut mengenai kualitas data dan
    interoperabilitas data diatur dengan Keputusan Bupati.
";

    [Fact]
    public void A_part_the_policy_leaves_to_another_act_is_not_regulated()
    {
        var check = Judge(DataPolicy.Replace("{PASAL4}", Delegated), 3);
        Assert.Equal(3, check.Level);
        Assert.DoesNotContain(check.Found, f => f.Element == "kualitas data");
    }

    [Fact]
    public void A_part_regulated_in_articles_then_left_in_detail_to_another_act_is_regulated()
    {
        var check = Judge(DataPolicy.Replace("{PASAL4}", RegulatedThenDetailed), 3);
        Assert.Equal(4, check.Level);
    }

    [Fact]
    public void A_part_cited_as_regulated_by_a_regulation_in_force_is_not_a_delegation()
    {
        var check = Judge(DataPolicy.Replace("{PASAL4}", @"
                      Pasal 4
Walidata menjamin kualitas data dan interoperabilitas data
sebagaimana diatur dalam Peraturan Presiden Nomor 39 Tahun 2019.
"), 3);
        Assert.Equal(4, check.Level);
    }

    const string ServiceReview = @"           PEMERINTAH KABUPATEN SUKAMAJU
                 SEKRETARIAT DAERAH
                   BAGIAN HUKUM
=====================================================================

      LAPORAN REVIU DAN TINDAK LANJUT LAYANAN JARINGAN
       DOKUMENTASI DAN INFORMASI HUKUM (JDIH) KABUPATEN
          Nomor: 100.3.4/088/HKM/III/2025

1. KAPABILITAS LAYANAN JDIH
   a. Informasi: daftar produk hukum terbaru dan berita hukum;
   b. Interaksi: pencarian berdasarkan jenis, nomor, tahun, dan
      kata kunci; unduh naskah PDF;
   c. Transaksi: pengelola Perangkat Daerah mengunggah naskah,
      verifikator Bagian Hukum memvalidasi metadata dan
      menyetujui publikasi;
   d. Kolaborasi: metadata produk hukum tersinkron otomatis ke
      JDIH Nasional (jdihn.go.id) melalui layanan web.

2. REVIU LAYANAN
   Reviu dilaksanakan pada {HELD} di Ruang Rapat Bagian
   Hukum bersama Diskominfo.

   No  Isu/Permasalahan                  Rekomendasi
   1   Status dicabut tidak otomatis     Tambahkan relasi antar
       tertaut ke peraturan pengganti.   peraturan.
   2   Tampilan tidak ramah seluler.     Terapkan desain responsif.

3. TINDAK LANJUT YANG TELAH DILAKSANAKAN
   1   Fitur relasi peraturan dirilis (versi 4.0).
   2   Tampilan responsif diterapkan.

4. PENUTUP
   Seluruh rekomendasi reviu telah ditindaklanjuti. Reviu
   layanan berikutnya direncanakan pada Tahun 2026.

                              Sukamaju, 10 Maret 2025

                              KEPALA BAGIAN HUKUM,

                                     ttd.

                              RINA MARLINA, S.H.
";

    static readonly DateOnly Reference = new(2026, 12, 7);

    [Fact]
    public void A_report_signed_recently_of_a_reviu_held_over_two_years_ago_is_stale()
    {
        var check = Judge(ServiceReview.Replace("{HELD}", "27 Mei 2024"), 44, asOf: Reference);
        Assert.Equal(4, check.Level);
        Assert.Contains(EvidenceCheckFlags.Stale, check.Flags);
    }

    [Fact]
    public void A_report_of_a_reviu_held_within_two_years_proves_the_improvement()
    {
        var check = Judge(ServiceReview.Replace("{HELD}", "27 Januari 2025"), 44, asOf: Reference);
        Assert.Equal(5, check.Level);
        Assert.DoesNotContain(EvidenceCheckFlags.Stale, check.Flags);
    }

    [Fact]
    public void A_previous_rounds_date_does_not_date_the_reported_reviu()
    {
        var check = Judge(ServiceReview.Replace("{HELD}", "27 Januari 2025 (reviu sebelumnya dilaksanakan pada 2 Mei 2022)"), 44, asOf: Reference);
        Assert.Equal(5, check.Level);
        Assert.DoesNotContain(EvidenceCheckFlags.Stale, check.Flags);
    }
}
