using SpbeBot.Core.Evidence.Checking;
using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-34ew; set 30's Y15, set 25's T07 and set 27's V13, flags missed when fresh): under a policy indicator, a
/// record that names no policy, regulation or draft of one at all is the practice's record — off-topic, with the
/// practice of the same topic — even where its title names the topic. Adapted from Y15 to the test Pemda, with its near
/// miss (the same report citing the Perbup it carries out is not flagged off-topic). Mended at the review (r34c findings
/// 5, 6 and 8, m35ev): the near misses in the phrasings the rule did not accept — a notulen of a Ranperbup's
/// harmonisation (the Pedoman's level-1 evidence) keeps level 1; the report citing its policy as "SK Bupati", "Kepbup"
/// or an SE/Instruksi Bupati, and the Instruksi itself, are not "naming no policy".
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

    [Theory]
    [InlineData("Migrasi dilaksanakan sesuai SK Bupati Sukamaju Nomor 188.45/112/KPTS/2023 tentang Pengelolaan Pusat Data.")]
    [InlineData("Migrasi dilaksanakan sesuai Kepbup Nomor 100.3.3.2/45/2025 tentang Pengelolaan Pusat Data.")]
    [InlineData("Migrasi dilaksanakan sesuai SE Bupati Nomor 3 Tahun 2025 tentang Penempatan Aplikasi.")]
    [InlineData("Migrasi dilaksanakan sesuai Instruksi Bupati Nomor 3 Tahun 2025 tentang Pemanfaatan Pusat Data Daerah.")]
    public void The_same_record_citing_its_policy_by_a_short_name_is_not_flagged_off_topic(string basis)
    {
        var check = Judge(Migration.Replace("{BASIS}", "\n     " + basis), 5);
        Assert.DoesNotContain(EvidenceCheckFlags.OffTopic, check.Flags);
    }

    const string Harmonisation = @"PEMERINTAH KABUPATEN SUKAMAJU
DINAS KOMUNIKASI DAN INFORMATIKA
Jalan Gajah Mada Nomor 7, Sukamaju 75111

NOTULEN RAPAT
{TITLE} PENYELENGGARAAN PUSAT DATA DAERAH

Hari/Tanggal : Kamis, 13 Agustus 2026
Tempat       : Ruang Rapat Diskominfo
Pimpinan     : Sekretaris Dinas Kominfo
Peserta      : Bagian Hukum Setda, Bidang Aptika, Bidang Persandian, Bappeda

Jalannya rapat:
1. Bagian Hukum menyampaikan hasil {ACT} {DRAFT} Pusat Data Daerah dengan Kanwil Kemenkumham;
   Pasal 5 tentang kewajiban Perangkat Daerah menempatkan aplikasi di Pusat Data Daerah disesuaikan redaksinya.
2. {DRAFT} disepakati untuk diajukan kepada Bupati melalui Sekretaris Daerah paling lambat September 2026.

Tindak lanjut:
- Bidang Aptika memperbaiki batang tubuh Pasal 5 s.d. Pasal 9.

Sukamaju, 13 Agustus 2026
Notulis,

ttd

Rina Marlina, S.Kom
NIP 199003122015032004
";

    [Theory]
    [InlineData("HARMONISASI RANPERBUP", "harmonisasi", "Ranperbup")]
    [InlineData("RAPAT RAPERBUP", "pembahasan", "Raperbup")]
    [InlineData("RAPAT RANPERDA", "telaah", "Ranperda")]
    public void A_notulen_of_a_draft_regulations_harmonisation_keeps_level_one(string title, string act, string draft)
    {
        var check = Judge(Harmonisation.Replace("{TITLE}", title).Replace("{ACT}", act).Replace("{DRAFT}", draft), 5);
        Assert.DoesNotContain(EvidenceCheckFlags.OffTopic, check.Flags);
        Assert.Equal(1, check.Level);
    }

    [Fact]
    public void The_head_of_regions_instruction_is_read_as_a_policy_not_a_record()
    {
        const string instruction = @"BUPATI SUKAMAJU

INSTRUKSI BUPATI SUKAMAJU
NOMOR 3 TAHUN 2026

TENTANG

PEMANFAATAN PUSAT DATA DAERAH OLEH PERANGKAT DAERAH

BUPATI SUKAMAJU,

Dalam rangka efisiensi belanja infrastruktur teknologi informasi dan komunikasi di lingkungan Pemerintah Kabupaten
Sukamaju, dengan ini menginstruksikan:

Kepada : 1. Sekretaris Daerah;
         2. Kepala Perangkat Daerah.

Untuk   :
KESATU  : Menempatkan seluruh aplikasi dan basis data Perangkat Daerah pada Pusat Data Daerah yang dikelola Dinas
          Komunikasi dan Informatika paling lambat 31 Desember 2026.
KEDUA   : Instruksi ini mulai berlaku pada tanggal dikeluarkan.

Dikeluarkan di Sukamaju
pada tanggal 10 Februari 2026

BUPATI SUKAMAJU,

ttd

H. AHMAD USMAN
";
        var check = Judge(instruction, 5);
        Assert.DoesNotContain(EvidenceCheckFlags.OffTopic, check.Flags);
        Assert.Equal("Instruksi Bupati", check.Document.Kind);
    }

    /// <summary>
    /// The Pedoman writes indicator 38's topic "Layanan Pengelolaan BMN/BMD" and the application is E-BMD: a features
    /// document that writes only "BMD" (under the BKAD's letterhead, no "barang", no "pengelolaan") is on the topic.
    /// </summary>
    [Fact]
    public void An_e_bmd_features_document_naming_only_bmd_is_on_the_asset_service_topic()
    {
        const string ebmd = @"PEMERINTAH KABUPATEN SUKAMAJU
BADAN KEUANGAN DAN ASET DAERAH
Jalan Gajah Mada Nomor 9, Sukamaju

DOKUMEN FITUR APLIKASI E-BMD KABUPATEN SUKAMAJU
(PENATAUSAHAAN BMD BERBASIS ELEKTRONIK)

Aplikasi E-BMD digunakan Pengurus BMD pada 38 Perangkat Daerah sejak Januari 2025 melalui
https://ebmd.sukamajukab.go.id untuk penatausahaan BMD.

Fitur:
1. Pencatatan dan pencarian aset per Kartu Inventaris (KIB A s.d. KIB F) dan per Perangkat Daerah.
2. Pengurus Aset mengunggah foto dan dokumen kepemilikan aset (sertifikat, BPKB).
3. Usulan mutasi dan penghapusan aset diverifikasi dan diberi persetujuan oleh Bidang Aset BKAD.

Sukamaju, 2 Oktober 2026
Kepala Bidang Aset,

ttd

Hendra Saputra, S.E., M.Ak.
NIP 198001122005011002
";
        var check = Judge(ebmd, 38);
        Assert.DoesNotContain(EvidenceCheckFlags.OffTopic, check.Flags);
        Assert.True(check.Level >= 2, $"level {check.Level}");
    }
}
