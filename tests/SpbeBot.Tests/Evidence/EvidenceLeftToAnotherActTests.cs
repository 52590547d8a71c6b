using SpbeBot.Core.Evidence.Checking;
using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-36ev, reverted by m36ev): two rules that wip-36ev wrote for set 31 (Z03's "diatur lebih lanjut dengan
/// Keputusan Gubernur" as a delegated part; Z40's reviu "dilaksanakan pada 27 Mei 2024" in a report of March 2025 as
/// stale) were reverted after review r36a: the delegation rule dropped a domain a Perbup regulates in the same sentence
/// and read a citation of an act in force as a delegation; the reviu-date rule re-dated a fresh reviu by the date of
/// another event (the ministry's evaluation, a provincial meeting, an earlier round) and read the reviu's date differently
/// from the level's stale test. What stays are the base's right behaviours the rules broke: the reviewer's documents,
/// adapted to the test Pemda, each keeping its answer.
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

    /// <summary>Review r36a findings 3–4 (d1, d2, d3): the Perbup regulates both domains in its own words, whatever its
    /// sentence then hands on ("tata cara … diatur lebih lanjut dengan Keputusan") or cites (an act with its number).</summary>
    [Theory]
    [InlineData("Walidata memeriksa kualitas data setiap triwulan terhadap standar kualitas data dan menyelenggarakan interoperabilitas data antar Perangkat Daerah melalui layanan berbagi pakai data, dengan tata cara pemeriksaan dan format pertukaran diatur lebih lanjut dengan Keputusan Kepala Dinas Komunikasi dan Informatika.")]
    [InlineData("Walidata menjamin kualitas data dan interoperabilitas data sesuai prinsip Satu Data Indonesia, sebagaimana dimaksud dan diatur dalam Peraturan Presiden Nomor 39 Tahun 2019.")]
    [InlineData("Walidata memeriksa kualitas data setiap triwulan dan menyelenggarakan interoperabilitas data melalui Sistem Penghubung Layanan, yang standar teknisnya kini diatur dalam Keputusan Bupati Nomor 188.45/22/2024 tentang Standar Data Daerah.")]
    public void A_domain_regulated_in_the_sentence_that_hands_on_its_details_or_cites_an_act_in_force_is_regulated(string pasal4)
    {
        var check = Judge(DataPolicy.Replace("{PASAL4}", "\n                      Pasal 4\n" + pasal4 + "\n"), 3);
        Assert.Equal(4, check.Level);
        Assert.Contains(check.Found, f => f.Element == "kualitas data");
        Assert.Contains(check.Found, f => f.Element == "interoperabilitas data");
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

    /// <summary>Review r36a findings 1, 2 and 5 (r1b, r6, r2b, r1, r2): a report of a reviu held in January 2025 proves the
    /// improvement on 7 December 2026 whatever older event its body dates — the ministry's evaluation the reviu follows up,
    /// a provincial meeting, an earlier round written without "sebelumnya" — and whatever reviu date its heading gives.</summary>
    [Theory]
    [InlineData("", "Reviu dilakukan oleh Bagian Hukum bersama Diskominfo, sebagai tindak lanjut rekomendasi Evaluasi SPBE Kementerian PANRB yang dilaksanakan pada 14 Oktober 2022.")]
    [InlineData("", "Reviu atas layanan JDIH dilaksanakan oleh Bagian Hukum bersama Diskominfo selama bulan Januari 2025. Evaluasi dan rapat koordinasi JDIH tingkat provinsi diselenggarakan pada 12 Maret 2024 di Kantor Gubernur.")]
    [InlineData("", "Reviu tahun 2025 dilaksanakan oleh Bagian Hukum bersama Diskominfo pada minggu keempat Januari. Sebagai pembanding, reviu tahun 2022 dilaksanakan pada 2 Mei 2022.")]
    [InlineData("Tanggal Reviu : 27 Januari 2025", "Reviu dilakukan oleh Bagian Hukum bersama Diskominfo. Reviu ini menindaklanjuti rekomendasi Evaluasi SPBE Kementerian PANRB yang dilaksanakan pada 14 Oktober 2022.")]
    [InlineData("Hari/Tanggal : Senin, 27 Januari 2025", "Rapat reviu dipimpin oleh Kepala Bagian Hukum. Sebagai pembanding, reviu tahun 2022 dilaksanakan pada 2 Mei 2022 dan rekomendasinya telah selesai ditindaklanjuti.")]
    public void A_fresh_reviu_is_not_dated_by_another_events_date_in_its_body(string headLine, string body)
    {
        var text = ServiceReview
            .Replace("Nomor: 100.3.4/088/HKM/III/2025", "Nomor: 100.3.4/088/HKM/II/2025\n          " + headLine)
            .Replace("Reviu dilaksanakan pada {HELD} di Ruang Rapat Bagian\n   Hukum bersama Diskominfo.", body)
            .Replace("Sukamaju, 10 Maret 2025", "Sukamaju, 10 Februari 2025");
        Assert.Contains(body, text);
        var check = Judge(text, 44, asOf: Reference);
        Assert.Equal(5, check.Level);
        Assert.DoesNotContain(EvidenceCheckFlags.Stale, check.Flags);
    }
}
