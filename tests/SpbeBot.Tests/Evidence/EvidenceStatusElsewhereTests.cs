using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-37ev; set 32 C40, its verdict above): a feature table's row whose only cell after the function is a
/// pointer to a note, or "N/A", shows no function — the note says whether the service offers it. Here the note says the
/// integration is only planned for a later year and the metadata sent by hand: the collaboration level is not met (3,
/// not 4). Near misses: the same row with a status and a note saying the integration runs, and a row whose note pointer
/// stands beside a status ("Kolaborasi   (lihat catatan)").
/// </summary>
public class EvidenceStatusElsewhereTests
{
    const string Documentation = @"          PEMERINTAH KABUPATEN SUKAMAJU
             BAGIAN HUKUM SEKRETARIAT DAERAH

         DOKUMENTASI LAYANAN JDIH BERBASIS ELEKTRONIK
                 ""JDIH SUKAMAJU""
                 Tanggal 11 September 2026

1. Alamat: https://jdih.sukamajukab.go.id

2. Fitur layanan
No  Fitur                                     Jenis layanan
--  ----------------------------------------  --------------------
1   Daftar peraturan terbaru, statistik       Informasi
    produk hukum per jenis dan tahun
2   Pencarian peraturan (jenis, nomor,        Interaksi
    tahun, kata kunci); unduh PDF dan
    abstrak; unggah oleh pengelola
3   Alur verifikasi metadata (operator -      Transaksi
    Kasubbag Dokumentasi - Kepala Bagian);
    validasi kelengkapan metadata; analitik
    dokumen paling banyak diunduh
4   Integrasi dengan JDIH Nasional            {STATUS}

3. Tangkapan layar
Gambar 1. Pencarian ""Peraturan Bupati 2025"": 41 hasil,
tombol ""Unduh"" dan ""Abstrak"".
Gambar 2. Antrean verifikasi: Perbup Nomor 17 Tahun 2026
berstatus ""Disetujui Kasubbag - menunggu Kepala Bagian"".
Gambar 3. Pesan validasi ""Status peraturan wajib diisi"".
Gambar 4. Dasbor analitik unduhan per bulan 2026.

4. Catatan
   {NOTE}

                              Kepala Bagian Hukum,
                                        ttd.
                              MUSTIKA RANI, S.H., M.H.
";

    const string Planned = @"Integrasi JDIH Sukamaju dengan JDIH Nasional
   (sinkronisasi metadata otomatis) telah direncanakan dan
   dianggarkan pada TA 2027. Saat ini metadata dikirim
   dengan mengisi formulir daring secara manual.";

    static int? Level(string status, string note) =>
        Judge(Documentation.Replace("{STATUS}", status).Replace("{NOTE}", note), 44).Level;

    [Theory]
    [InlineData("(lihat catatan)")]
    [InlineData("N/A")]
    public void A_row_whose_status_is_a_note_pointer_or_not_available_shows_no_function(string status) =>
        Assert.Equal(3, Level(status, Planned));

    [Fact]
    public void A_row_with_its_status_still_shows_the_function() =>
        Assert.Equal(4, Level("Kolaborasi", "Metadata dikirim otomatis ke JDIH Nasional setiap hari."));

    [Fact]
    public void A_note_pointer_beside_a_status_is_no_missing_status() =>
        Assert.Equal(4, Level("Kolaborasi   (lihat catatan)", "Sinkronisasi metadata dengan JDIH Nasional berjalan setiap hari."));
}
