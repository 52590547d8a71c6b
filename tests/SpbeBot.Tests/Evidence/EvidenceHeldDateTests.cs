using SpbeBot.Core.Evidence.Checking;
using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-37ev): a report's own reviu is as old as the day it was held, read once (review r36a findings 1, 2 and
/// 5; set 31 Z40's cause). The reviewer's r5, r7, r3 and r4 — a reviu held 27 Mei 2024, reported 10 Maret 2025 — are
/// stale on 7 December 2026 whatever the layout: the day only in the body, a heading that dates the report, "pada hari
/// Senin,", a date range, a later presentation of its results. Stale, the reviu credits neither level 4's periodic reviu
/// nor level 5's improvement. The near misses — the reviu's day in the heading, another round or event dated in the
/// body — are <see cref="EvidenceLeftToAnotherActTests"/>' r1, r1b, r2, r2b and r6, which keep 5 with no flag.
/// </summary>
public class EvidenceHeldDateTests
{
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

    [Theory]
    [InlineData("", "Reviu dilaksanakan pada 27 Mei 2024 di Ruang Rapat Bagian\n   Hukum bersama Diskominfo.")]
    [InlineData("Tanggal : 10 Maret 2025", "Reviu dilaksanakan pada 27 Mei 2024 di Ruang Rapat Bagian\n   Hukum bersama Diskominfo.")]
    [InlineData("", "Reviu dilaksanakan pada hari Senin, 27 Mei 2024 di Ruang Rapat\n   Bagian Hukum bersama Diskominfo.")]
    [InlineData("", "Reviu dilaksanakan pada tanggal 27 s.d. 28 Mei 2024 di Ruang Rapat\n   Bagian Hukum bersama Diskominfo.")]
    [InlineData("", "Reviu dilaksanakan pada 27 Mei 2024 di Ruang Rapat Bagian Hukum\n   bersama Diskominfo. Paparan hasil reviu kepada Sekretaris Daerah\n   dilaksanakan pada 20 Februari 2025.")]
    [InlineData("", "Reviu atas layanan JDIH dilakukan oleh Bagian Hukum bersama Diskominfo\n   pada 27 Mei 2024.")]
    public void A_report_of_a_reviu_held_over_two_years_ago_is_stale_and_proves_no_improvement(string headLine, string body)
    {
        var text = ServiceReview
            .Replace("Nomor: 100.3.4/088/HKM/III/2025", "Nomor: 100.3.4/088/HKM/III/2025\n          " + headLine)
            .Replace("Reviu dilaksanakan pada {HELD} di Ruang Rapat Bagian\n   Hukum bersama Diskominfo.", body);
        Assert.Contains(body, text);
        var check = Judge(text, 44, asOf: Reference);
        Assert.Equal(4, check.Level);
        Assert.Contains(EvidenceCheckFlags.Stale, check.Flags);
    }

    /// <summary>The reviewer's r5 layout: the reviu's sentence under a heading line that names the reviu too.</summary>
    [Fact]
    public void A_reviu_dated_under_a_heading_that_names_it_is_dated_by_its_sentence()
    {
        var text = ServiceReview.Replace("2. REVIU LAYANAN\n   Reviu dilaksanakan pada {HELD}", "II. PELAKSANAAN REVIU\n   Reviu dilaksanakan pada 27 Mei 2024");
        Assert.Contains("II. PELAKSANAAN REVIU", text);
        var check = Judge(text, 44, asOf: Reference);
        Assert.Equal(4, check.Level);
        Assert.Contains(EvidenceCheckFlags.Stale, check.Flags);
    }

    [Theory]
    [InlineData("", "Rapat reviu dipimpin Kepala Bagian Hukum. Reviu dilaksanakan pada\n   27 Januari 2025; reviu sebelumnya dilaksanakan pada 27 Mei 2022.")]
    [InlineData("", "Reviu dilaksanakan pada 27 Januari 2025. Pada Rapat Koordinasi, Evaluasi\n   Provinsi yang dilaksanakan pada 27 Mei 2023 dibahas kembali.")]
    public void The_reviu_held_within_two_years_keeps_its_level_whatever_else_is_dated(string headLine, string body)
    {
        var text = ServiceReview
            .Replace("Nomor: 100.3.4/088/HKM/III/2025", "Nomor: 100.3.4/088/HKM/III/2025\n          " + headLine)
            .Replace("Reviu dilaksanakan pada {HELD} di Ruang Rapat Bagian\n   Hukum bersama Diskominfo.", body);
        Assert.Contains(body, text);
        var check = Judge(text, 44, asOf: Reference);
        Assert.Equal(5, check.Level);
        Assert.DoesNotContain(EvidenceCheckFlags.Stale, check.Flags);
    }
}
