using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-32ev, set 13's H19 in evidence-probe): on a plan's indicator (Keterpaduan Rencana dan Anggaran) a plan's
/// programmes are its content, but an act set as a target for a year after the evaluated one ("Target tahun 2027:
/// dikonsultasikan kepada unit pengelola TIK, berlaku untuk seluruh unit kerja/perangkat daerah") is not done yet. The
/// same words stated as done count. Document adapted from H19 to the test Pemda.
/// </summary>
public class EvidenceLaterTargetTests
{
    const string Notulensi = @"             PEMERINTAH KABUPATEN SUKAMAJU
        DINAS KOMUNIKASI DAN INFORMATIKA

     NOTULENSI RAPAT KONSULTASI RENCANA DAN ANGGARAN SPBE
                  TAHUN ANGGARAN 2027

Hari/tanggal : Selasa, 14 Juli 2026
Tempat       : Ruang Rapat Bidang Aptika
Pimpinan     : Kepala Bidang Aplikasi Informatika
Peserta      : 1. Dinas Kesehatan
               2. Dinas Pendidikan dan Kebudayaan
               3. BKPSDM
               4. Diskominfo (Bidang Aptika, Bidang Infra)

Agenda: konsultasi usulan belanja TIK dalam Renja 2027.

Pembahasan:
1. Dinas Kesehatan mengusulkan pengembangan aplikasi rujukan
   (Rp 350 jt). Diskominfo: wajib memakai SPLP Daerah dan
   ditempatkan di Pusat Data Daerah. Disepakati.
2. Dindikbud mengusulkan sewa hosting swasta (Rp 60 jt).
   Diskominfo: tidak direkomendasikan, gunakan Pusat Data.
3. BKPSDM mengusulkan pengadaan 20 laptop. Spesifikasi
   disesuaikan standar Diskominfo.

{0}

                               Notulis,
                                         ttd
                               FAJAR NUGRAHA, S.Kom.
";

    [Fact]
    public void An_act_targeted_for_a_later_year_is_not_done_on_a_plan_indicator()
    {
        var check = Judge(F(Notulensi, "   Target tahun 2027: dikonsultasikan kepada unit pengelola TIK, berlaku untuk seluruh\n   unit kerja/perangkat daerah."), 13);
        Assert.Equal(2, check.Level);
    }

    [Fact]
    public void The_same_act_stated_as_done_counts()
    {
        var check = Judge(F(Notulensi, "   Pada tahun 2026 usulan dikonsultasikan kepada unit pengelola TIK, berlaku untuk seluruh\n   unit kerja/perangkat daerah."), 13);
        Assert.Equal(3, check.Level);
    }
}
