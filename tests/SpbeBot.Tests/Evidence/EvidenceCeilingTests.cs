using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-34ev, lowering rules): a service function the document lists with a status that says it is not
/// running ("Pengembangan; uji coba direncanakan Januari 2027") is not offered; an act named with another indicator's
/// object ("pengadaan pegawai") under an act-and-object topic (Pengadaan Barang dan Jasa) is that other act's record.
/// Documents adapted from set 30 (Y29, Y30; retired to tuning) to the test Pemda, each with its near miss.
/// </summary>
public class EvidenceCeilingTests
{
    const string FinanceFeatures = @"             PEMERINTAH KABUPATEN SUKAMAJU
     BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH (BPKAD)

         DOKUMENTASI LAYANAN KEUANGAN BERBASIS ELEKTRONIK
                          ""SIKEU""
            URL: https://sikeu.sukamajukab.go.id

Gambar 1. Tangkapan layar halaman publik ""Transparansi Keuangan""
          yang menampilkan ringkasan realisasi pendapatan dan
          belanja APBD per triwulan Tahun 2026.

Gambar 2. Tangkapan layar menu ""Arsip Laporan"" setelah masuk
          (login) sebagai bendahara Dinas Sosial. Tersedia kolom
          pencarian (tahun, Perangkat Daerah, jenis laporan) dan
          tombol ""Unduh"" untuk Laporan Realisasi Anggaran, Neraca,
          dan Catatan atas Laporan Keuangan.

Gambar 3. Tangkapan layar menu ""Unggah SPJ"" yang memungkinkan
          bendahara mengunggah berkas SPJ fungsional bulanan dalam
          format PDF.

Daftar fitur SIKEU per 20 Agustus 2026:
 No Fitur                                    Status
 -- ---------------------------------------  -----------------------
 1  Informasi realisasi APBD per triwulan    Beroperasi
 2  Pencarian dan unduh laporan keuangan     Beroperasi
 3  Unggah SPJ fungsional                    Beroperasi
 4  Pengajuan SPP/SPM dengan persetujuan     {STATUS}
    berjenjang dan penerbitan SP2D daring

                                   Sukamaju, 20 Agustus 2026
                                   Kepala Bidang Perbendaharaan,
                                             ttd.
                                   ARIF BUDIMAN, S.E., M.M.
                                   NIP 19820109 200604 1 012
";

    const string SelectionReport = @"             PEMERINTAH KABUPATEN SUKAMAJU
              BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM
     Jalan Gajah Mada Nomor 21, Sukamaju 75111

                         LAPORAN PELAKSANAAN
        {TITLE}
               Nomor: 800.1.2.2/612/BKPSDM/2026

I.   TAHAPAN
     1. Pengumuman formasi        : 3 Juni 2026
     2. Pendaftaran daring melalui SSCASN (portal nasional BKN):
        4 Juni - 3 Juli 2026
     3. Seleksi administrasi      : 4-18 Juli 2026
     4. Seleksi kompetensi (CAT BKN): 5-16 Agustus 2026

II.  DOKUMENTASI
     Gambar 1. Tangkapan layar portal SSCASN yang menampilkan daftar
               formasi Pemerintah Kabupaten Sukamaju.
     Gambar 2. Tangkapan layar dasbor seleksi administrasi pada akun
               verifikator dengan status ""Memenuhi Syarat"".

                                   Sukamaju, 5 Oktober 2026
                                   Kepala BKPSDM,
                                             ttd.
                                   H. ROSIDIN, S.H., M.H.
                                   NIP 19700817 199503 1 004
";

    [Fact]
    public void A_function_listed_as_in_development_is_not_offered()
    {
        var check = Judge(FinanceFeatures.Replace("{STATUS}", "Pengembangan; uji coba"), 34);
        Assert.Equal(2, check.Level);
    }

    [Theory]
    [InlineData("Rencana 2027")]
    [InlineData("Belum tersedia")]
    public void A_function_listed_as_planned_or_missing_is_not_offered(string status)
    {
        var check = Judge(FinanceFeatures.Replace("{STATUS}", status), 34);
        Assert.Equal(2, check.Level);
    }

    [Fact]
    public void A_function_listed_as_running_counts()
    {
        var check = Judge(FinanceFeatures.Replace("{STATUS}", "Beroperasi"), 34);
        Assert.Equal(3, check.Level);
    }

    [Fact]
    public void A_selection_of_civil_servants_is_no_procurement_of_goods()
    {
        var check = Judge(SelectionReport.Replace("{TITLE}", "SELEKSI PENGADAAN PEGAWAI PEMERINTAH DENGAN PERJANJIAN KERJA"), 35);
        Assert.Contains("off-topic", check.Flags);
        Assert.Equal(0, check.Level);
    }

    [Fact]
    public void The_same_report_on_a_procurement_of_goods_is_on_topic()
    {
        var check = Judge(SelectionReport.Replace("{TITLE}", "PENGADAAN BARANG DAN JASA SECARA ELEKTRONIK TAHUN 2026"), 35);
        Assert.DoesNotContain("off-topic", check.Flags);
    }
}
