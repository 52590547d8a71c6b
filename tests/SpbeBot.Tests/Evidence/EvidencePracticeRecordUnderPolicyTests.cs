using SpbeBot.Core.Evidence.Checking;
using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-34ew; set 30's Y15, set 25's T07 and set 27's V13, flags missed when fresh): under a policy indicator, a
/// record that names no policy, regulation or draft of one at all is the practice's record — off-topic, with the
/// practice of the same topic — even where its title names the topic. Adapted from Y15 to the test Pemda, with its near
/// miss (the same report citing the Perbup it carries out is not flagged off-topic).
/// </summary>
public class EvidencePracticeRecordUnderPolicyTests
{
    const string Migration = @"             PEMERINTAH KABUPATEN SUKAMAJU
     DINAS KOMUNIKASI DAN INFORMATIKA
     Jalan Gajah Mada Nomor 7, Sukamaju 75111

                         LAPORAN KEGIATAN
       MIGRASI APLIKASI PERANGKAT DAERAH KE PUSAT DATA KABUPATEN
                      TRIWULAN III TAHUN 2026

I.   PENDAHULUAN
     Kegiatan migrasi merupakan bagian dari Sub Kegiatan Pengelolaan
     Pusat Data Pemerintah Daerah Tahun Anggaran 2026.{BASIS} Laporan ini
     menyajikan realisasi migrasi pada bulan Juli sampai dengan
     September 2026.

II.  PELAKSANAAN
     1. Inventarisasi server Perangkat Daerah pada 5-16 Juli 2026.
     2. Migrasi virtual server dan basis data pada 20 Juli - 19
        September 2026 oleh Tim Infrastruktur TIK.
     3. Uji fungsi bersama Perangkat Daerah pemilik aplikasi.

III. HASIL
     Utilisasi Pusat Data per 30 September 2026:
     - vCPU terpakai 612 dari 960 (63,8%)
     - penyimpanan terpakai 148 TB dari 240 TB (61,7%)

IV.  KENDALA DAN TINDAK LANJUT
     1. Aplikasi Dinas PUPR memerlukan penyesuaian versi basis data.
     2. Migrasi 5 Perangkat Daerah lainnya dilanjutkan Triwulan IV.

                                   Sukamaju, 12 Oktober 2026
                                   Kepala Bidang Infrastruktur TIK,

                                             ttd.

                                   FIRMANSYAH, S.T.
                                   NIP 19810726 200701 1 002
";

    [Fact]
    public void A_practice_record_naming_no_policy_is_off_topic_under_the_policy_indicator()
    {
        var check = Judge(Migration.Replace("{BASIS}", ""), 5);
        Assert.Contains(EvidenceCheckFlags.OffTopic, check.Flags);
        Assert.Equal(0, check.Level);
    }

    [Fact]
    public void The_same_record_citing_the_policy_it_carries_out_is_not_flagged_off_topic()
    {
        var check = Judge(Migration.Replace("{BASIS}", "\n     Migrasi dilaksanakan sesuai Peraturan Bupati Nomor 3 Tahun 2025\n     tentang Layanan Pusat Data."), 5);
        Assert.DoesNotContain(EvidenceCheckFlags.OffTopic, check.Flags);
    }
}
