using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-32ev, "cannot judge" for ambiguous text): a record that names the elements only in the title of the
/// regulation it cites as its basis ("Dasar : Peraturan Bupati … Nomor 5 Tahun 2024 tentang Konsultasi Rencana dan
/// Anggaran SPBE kepada unit pengelola TIK bagi seluruh perangkat daerah") shows nothing done; the same words as the
/// record's own statement count.
/// </summary>
public class EvidenceLegalBasisTests
{
    const string Report = @"             PEMERINTAH KABUPATEN SUKAMAJU
        DINAS KOMUNIKASI DAN INFORMATIKA

     LAPORAN KEGIATAN RAPAT PERENCANAAN SPBE TAHUN 2026

{0}

Pembahasan:
1. Dinas Kesehatan mengusulkan pengembangan aplikasi rujukan.
2. Dindikbud mengusulkan sewa hosting swasta.

                               Sukamaju, 14 Juli 2026
                               Kepala Dinas,
                                         ttd
                               FAJAR NUGRAHA, S.Kom.
";

    [Fact]
    public void Elements_named_in_the_cited_basis_title_show_nothing()
    {
        var check = Judge(F(Report, "Dasar : Peraturan Bupati Sukamaju Nomor 5 Tahun 2024 tentang Konsultasi\n        Rencana dan Anggaran SPBE kepada unit pengelola TIK bagi seluruh\n        perangkat daerah."), 13);
        Assert.True(check.Level <= 1, $"level {check.Level}");
    }

    [Fact]
    public void The_same_words_as_the_record_s_own_statement_count()
    {
        var check = Judge(F(Report, "Rencana dan anggaran SPBE tahun 2026 telah dikonsultasikan kepada unit\n        pengelola TIK bagi seluruh perangkat daerah."), 13);
        Assert.Equal(3, check.Level);
    }

    /// <summary>A "Dasar :" line without its full stop ends at the line that states something: the statement below it counts (m32ev).</summary>
    [Fact]
    public void A_basis_without_a_full_stop_ends_at_the_next_statement()
    {
        var check = Judge(F(Report, "Dasar : Peraturan Bupati Sukamaju Nomor 5 Tahun 2024 tentang Tata Kelola SPBE\nRencana dan anggaran SPBE tahun 2026 telah dikonsultasikan kepada unit\n pengelola TIK bagi seluruh perangkat daerah."), 13);
        Assert.Equal(3, check.Level);
    }
    /// <summary>A numbered "Mengingat :" list: the splitter ends a sentence at "1." and ";", yet the items are the basis (wip-33ev).</summary>
    [Fact]
    public void Elements_named_in_a_numbered_basis_list_show_nothing()
    {
        var check = Judge(F(Report, "Mengingat : 1. Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan\n               Berbasis Elektronik;\n            2. Peraturan Bupati Sukamaju Nomor 5 Tahun 2024 tentang Konsultasi\n               Rencana dan Anggaran SPBE kepada unit pengelola TIK bagi seluruh\n               perangkat daerah."), 13);
        Assert.True(check.Level <= 1, $"level {check.Level}");
    }

    /// <summary>A numbered list after the basis that states what was done is the record's own: it counts.</summary>
    [Fact]
    public void A_numbered_statement_after_the_basis_counts()
    {
        var check = Judge(F(Report, "Mengingat : 1. Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan\n               Berbasis Elektronik.\n\nHasil:\n1. Rencana dan anggaran SPBE tahun 2026 telah dikonsultasikan kepada unit\n   pengelola TIK bagi seluruh perangkat daerah."), 13);
        Assert.Equal(3, check.Level);
    }

    const string ServiceSop = @"                         PEMERINTAH KABUPATEN SUKAMAJU
                   DINAS KOMUNIKASI DAN INFORMATIKA

             STANDAR OPERASIONAL PROSEDUR (SOP) MANAJEMEN LAYANAN SPBE
                  BESERTA REKAPITULASI PELAKSANAAN TAHUN 2026

Nomor SOP         : 000.8/SOP-05/Diskominfo/2025
Tanggal pembuatan : 12 Mei 2025
Tanggal revisi    : 6 Januari 2026
Tanggal efektif   : 6 Januari 2026
Disahkan oleh     : Kepala Dinas Komunikasi dan Informatika

Dasar:
1. Peraturan Presiden Nomor 95 Tahun 2018 tentang SPBE;
2. Keputusan Bupati Nomor 050/089/KPTS/2025 {0}

Ruang lingkup: seluruh layanan SPBE yang dikelola Diskominfo (pusat data,
jaringan intra, aplikasi umum Daerah, surel dinas) untuk seluruh
Perangkat Daerah.

BAGIAN A. PELAYANAN PENGGUNA SPBE
1. Pengguna menyampaikan permintaan layanan, keluhan, atau gangguan
   melalui aplikasi Service Desk ""SIGAP SPBE"" (sigap.sukamajukab.go.id),
   telepon 1500-771, atau surel.
2. Petugas service desk mencatat tiket, menetapkan kategori dan
   prioritas, dan meneruskan ke tim teknis.
3. Tim teknis menyelesaikan tiket sesuai tingkat layanan: prioritas
   tinggi 4 jam, sedang 1 hari kerja, rendah 3 hari kerja.
4. Pengguna mengonfirmasi penyelesaian dan memberi penilaian kepuasan.

BAGIAN B. PENGOPERASIAN LAYANAN SPBE
1. Pemantauan ketersediaan layanan pusat data dan jaringan intra
   dilakukan 24 jam melalui dasbor pemantauan.
2. Pengelolaan perubahan konfigurasi dicatat dalam tiket perubahan dan
   disetujui Kepala Bidang.
3. Pencadangan data harian dan uji pemulihan bulanan.
4. Penanganan insiden berulang dianalisis sebagai problem dan dicatat
   dalam basis pengetahuan service desk.

BAGIAN C. REKAPITULASI PELAKSANAAN JANUARI - OKTOBER 2026
(sumber: laporan aplikasi SIGAP SPBE)

Kategori                          Jumlah tiket  Selesai  Sesuai SLA
Permintaan layanan                   1.284       1.270      94,1%
Gangguan aplikasi                      612         605      89,7%
Gangguan jaringan intra                438         436      91,3%
Perubahan konfigurasi                  157         157     100,0%
Jumlah                               2.491       2.468      92,8%

Ketersediaan layanan pusat data: 99,6%
Ketersediaan jaringan intra (rata-rata 31 PD): 98,9%
Indeks kepuasan pengguna: 4,3 dari 5

                                     Sukamaju, 6 November 2026
                                     KEPALA DINAS KOMUNIKASI DAN
                                     INFORMATIKA,

                                                 ttd.

                                     RINA MARLINA, S.Kom., M.T.
                                     NIP 19780412 200212 2 003
";

    /// <summary>
    /// A plan cited in an SOP's numbered basis ("2. Keputusan Bupati … tentang Peta Rencana SPBE …, program Manajemen Layanan
    /// SPBE") is the plan its practice follows, as set 2's author counts it (E25, adapted); another regulation's title is not.
    /// </summary>
    [Fact]
    public void A_plan_cited_in_the_basis_list_is_the_plan_followed()
    {
        Assert.Equal(3, Judge(F(ServiceSop, "tentang Peta Rencana SPBE\n   Kabupaten Sukamaju Tahun 2025-2029, program Manajemen Layanan SPBE."), 28).Level);
        Assert.True(Judge(F(ServiceSop, "tentang Penyelenggaraan Manajemen\n   Layanan SPBE sesuai rencana dan program kerja."), 28).Level <= 1);
    }

    /// <summary>
    /// The same cited plan on one line ("Dasar : Keputusan Bupati … tentang Peta Rencana SPBE …") counts as it does in a
    /// numbered list (m33ev: the exception applied only to the list); another regulation's title on one line still shows nothing.
    /// </summary>
    [Fact]
    public void A_plan_cited_on_a_one_line_basis_is_the_plan_followed()
    {
        var oneLine = ServiceSop.Replace("\r\n", "\n").Replace("Dasar:\n1. Peraturan Presiden Nomor 95 Tahun 2018 tentang SPBE;\n2. Keputusan Bupati", "Dasar : Keputusan Bupati");
        Assert.Contains("Dasar : Keputusan Bupati", oneLine);
        Assert.Equal(3, Judge(F(oneLine, "tentang Peta Rencana SPBE\n   Kabupaten Sukamaju Tahun 2025-2029, program Manajemen Layanan SPBE."), 28).Level);
        Assert.True(Judge(F(oneLine, "tentang Penyelenggaraan Manajemen\n   Layanan SPBE sesuai rencana dan program kerja."), 28).Level <= 1);
    }
}
