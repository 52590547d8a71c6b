using Microsoft.Extensions.Time.Testing;
using SpbeBot.Core.People;
using SpbeBot.Core.Evidence.Checking;
using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-32ev, set 28's W18): the Pedoman's "masih berlaku (&lt;2 tahun)" is a reviu's age, counted to the day
/// where the evaluation's reference date is known — a reviu of 16 December 2024 is valid on 7 December 2026 and stale on
/// 20 December 2026. Without a reference date the age is counted by year, as before. Document adapted from W18.
/// </summary>
public class EvidenceReviewAgeTests
{
    internal const string Reviu = @"                    PEMERINTAH KABUPATEN SUKAMAJU
            BADAN PERENCANAAN PEMBANGUNAN DAERAH
   Jalan Merdeka Nomor 3, Sukamaju 97711, Telp. (0921) 3121002
======================================================================

                    LAPORAN HASIL REVIU
        KETERPADUAN RENCANA DAN ANGGARAN SPBE TAHUN ANGGARAN 2025
          Nomor: 000.8/1174/Bappeda/XII/2024

1. GAMBARAN PROSES RENCANA DAN ANGGARAN SPBE TA 2025
   a. Seluruh usulan belanja SPBE Perangkat Daerah diajukan melalui
      modul Kliring Belanja TIK pada aplikasi e-Renbang Sukamaju.
   b. Diskominfo selaku unit pengelola TIK memberikan
      pertimbangan teknis atas setiap usulan (kesesuaian dengan
      Arsitektur SPBE dan Peta Rencana SPBE, duplikasi aplikasi,
      standar perangkat).
   c. Bappeda selaku perangkat daerah yang menjalankan fungsi
      perencanaan mengendalikan pagu belanja SPBE dan hanya
      meneruskan usulan yang telah mendapat pertimbangan teknis ke
      dalam RKA-SKPD; BPKAD memverifikasi kesesuaian pada DPA-SKPD.

   Tabel 1. Rekapitulasi konsultasi anggaran SPBE TA 2025
   +-------------------------------+-----------+----------------------+
   | Uraian                        | Jumlah    | Keterangan           |
   +-------------------------------+-----------+----------------------+
   | Perangkat Daerah pengusul     | 31        | seluruh PD           |
   | Usulan dikonsultasikan        | 190 (100%)| pertimbangan teknis  |
   +-------------------------------+-----------+----------------------+

2. ISU DAN PERMASALAHAN
   a. Sebanyak 9 kegiatan SPBE tercantum di DPA-SKPD dengan
      nomenklatur non-TIK sehingga lolos dari kliring.
   b. Pertimbangan teknis belum memuat estimasi biaya operasional.

3. REKOMENDASI
   a. Menambahkan kode rekening belanja TIK pada modul kliring.
   b. Mewajibkan lampiran estimasi biaya operasional pada setiap
      usulan.

4. TINDAK LANJUT
   Rekomendasi akan diterapkan pada siklus penyusunan RKA-SKPD
   Tahun Anggaran 2026 melalui perubahan SOP.

                                  Sukamaju, 16 Desember 2024

   Kepala Bappeda
   Kabupaten Sukamaju,

        ttd.

   Dr. JOHANIS R. TALAKUA, S.E., M.Si.
";

    [Fact]
    public void A_reviu_less_than_two_years_old_on_the_reference_date_is_valid()
    {
        var check = Judge(Reviu, 13, asOf: new DateOnly(2026, 12, 7));
        Assert.Equal(4, check.Level);
        Assert.DoesNotContain(EvidenceCheckFlags.Stale, check.Flags);
    }

    [Fact]
    public void The_same_reviu_two_years_old_on_the_reference_date_is_stale()
    {
        var check = Judge(Reviu, 13, asOf: new DateOnly(2026, 12, 16));
        Assert.Contains(EvidenceCheckFlags.Stale, check.Flags);
        Assert.True(check.Level < 4);
    }

    [Fact]
    public void Without_a_reference_date_the_age_is_counted_by_year()
    {
        var check = Judge(Reviu, 13);
        Assert.Contains(EvidenceCheckFlags.Stale, check.Flags);
        Assert.True(check.Level < 4);
    }

    /// <summary>
    /// Two years from 29 February 2024 end on 28 February 2026 (m32ev): exactly two years is stale, a day less is valid. The
    /// old "dated &lt;= asOf − 2 years" took 2026-02-28 back to 2024-02-28 and kept the reviu valid on its second anniversary.
    /// </summary>
    [Theory]
    [InlineData("29 Februari 2024", 2026, 2, 27, false)]
    [InlineData("29 Februari 2024", 2026, 2, 28, true)]
    [InlineData("16 Desember 2024", 2026, 12, 15, false)]
    [InlineData("16 Desember 2024", 2026, 12, 16, true)]
    public void Two_years_to_the_day_are_stale_a_day_less_is_valid(string dated, int year, int month, int day, bool stale)
    {
        var check = Judge(Reviu.Replace("16 Desember 2024", dated), 13, asOf: new DateOnly(year, month, day));
        Assert.Equal(stale, check.Flags.Contains(EvidenceCheckFlags.Stale));
    }

    /// <summary>
    /// The precheck's reference date is today in the Pemda's zone, not UTC's (m32ev): at 00:30 WIB on 7 December the UTC date
    /// is still the 6th; a minute before local midnight it is the 6th; in WIT (UTC+9) the 7th starts at 15:00 UTC. Past
    /// the evaluation year's last local day there is none (by year).
    /// </summary>
    [Theory]
    [InlineData("2026-12-06T17:30:00Z", TimeZones.Wib, "2026-12-07")]
    [InlineData("2026-12-06T16:59:00Z", TimeZones.Wib, "2026-12-06")]
    [InlineData("2026-12-06T15:05:00Z", TimeZones.Wit, "2026-12-07")]
    [InlineData("2026-12-31T17:05:00Z", TimeZones.Wib, null)]
    public void The_precheck_counts_to_the_pemda_s_local_date(string utc, string zone, string? expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            EvidencePrecheck.ReferenceDate(clock, zone, 2026));
    }
}
