using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-31ev, set 28's misses): a follow-up section whose heading says its entries were carried out ("TINDAK
/// LANJUT YANG TELAH DILAKSANAKAN", lettered "D." and with a period "(JANUARI - JUNI 2026)"), an item denied only in the
/// document's own list of isu after its body showed it applied, a capacity "68% dari 312 TB" that is no share of the
/// units, and an application's function documentation that names the filed service beside another topic's word.
/// Documents adapted from set 28 (W19, W23, W29, W39; retired to tuning) to the test Pemda, each with its near miss.
/// </summary>
public class EvidenceSet28ReadingsTests
{
    const string KinerjaReport = @"                    PEMERINTAH KABUPATEN SUKAMAJU
                    BADAN KEPEGAWAIAN DAERAH
   Jalan Sultan Babullah Nomor 9, Sukamaju 97713, Telp. (0921) 3124060
======================================================================

        LAPORAN EVALUASI DAN PENGEMBANGAN LAYANAN KINERJA PEGAWAI
                  APLIKASI SiKERJA SUKAMAJU
               Nomor: 800.1.13/1390/BKD/VIII/2026

1. KAPABILITAS LAYANAN
   a. Informasi: dasbor capaian SKP per pegawai dan per Perangkat
      Daerah.
   b. Interaksi: pencarian dan unduh dokumen SKP serta hasil
      penilaian; unggah bukti dukung kinerja.
   c. Transaksi: penyusunan SKP dan persetujuan oleh atasan,
      penilaian periodik, validasi otomatis keselarasan rencana
      hasil kerja dengan indikator atasan.
   d. Kolaborasi: (1) menarik pohon kinerja dan indikator kinerja
      Perangkat Daerah dari e-SAKIP melalui SALINA (API
      cascading-kinerja/v1); (2) mengirim nilai kinerja bulanan ke
      SiKeuDa untuk perhitungan Tambahan Penghasilan Pegawai (API
      nilai-tpp/v1).

2. EVALUASI LAYANAN
   Evaluasi dilaksanakan oleh BKD bersama Diskominfosp dan BPKAD
   melalui rapat evaluasi tanggal 18 November 2025 (undangan Nomor
   005/1288/BKD) dan survei kepada 1.120 pengguna.
   Isu/permasalahan:
   a. Fitur umpan balik berkelanjutan belum tersedia sesuai
      ketentuan manajemen kinerja ASN yang berlaku.
   b. 27% pengguna kesulitan mengakses dari lapangan; belum ada
      aplikasi seluler.
   c. Keluhan pengguna hanya melalui grup percakapan, tanpa
      pencatatan.
   Rekomendasi:
   a. Menambah modul umpan balik berkelanjutan dan dialog kinerja.
   b. Mengembangkan aplikasi seluler SiKerja.
   c. Membentuk layanan bantuan (helpdesk) bertiket.

                               - 2 -

3. TINDAK LANJUT YANG TELAH DILAKSANAKAN
+---+--------------------------+------------------------------+-------+
|No | Rekomendasi              | Realisasi                    | Waktu |
+---+--------------------------+------------------------------+-------+
| a | Modul umpan balik        | SiKerja v3.0: menu ""Dialog   | Mar   |
|   | berkelanjutan            | Kinerja"" dan catatan umpan   | 2026  |
|   |                          | balik atasan per bulan       |       |
| b | Aplikasi seluler         | SiKerja Mobile (Android) di  | Mei   |
|   |                          | Play Store, 6.430 pengguna   | 2026  |
| c | Helpdesk bertiket        | helpdesk.sukamajukab.go.id  | Apr   |
|   |                          | kategori ""SiKerja""; Keputusan| 2026  |
|   |                          | Kepala BKD tentang petugas   |       |
|   |                          | helpdesk                     |       |
+---+--------------------------+------------------------------+-------+

4. TANGKAPAN LAYAR
   Gambar 1. Menu ""Dialog Kinerja"" SiKerja v3.0 berisi catatan umpan
   balik atasan bulan Juni 2026.
   Gambar 2. SiKerja Mobile: halaman persetujuan SKP bawahan.
   Gambar 3. Log SALINA: ""cascading-kinerja/v1 - 200 OK"" dan
   ""nilai-tpp/v1 - 200 OK - 9.803 records"" tanggal 1 Juli 2026.
   Gambar 4. Dasbor helpdesk: 212 tiket SiKerja, 198 selesai.

                                  Sukamaju, 10 Agustus 2026
                                  Kepala Badan Kepegawaian Daerah,

                                            ttd.

                                  MARTHEN L. TAMPILANG, S.Sos., M.AP.
                                  NIP 19730808 199903 1 006
";

    [Fact]
    public void A_follow_up_heading_that_says_done_shows_the_improvement()
    {
        Assert.Equal(5, Judge(KinerjaReport, 41).Level);
        // Near miss: the same entries under a heading that only proposes them — level 4.
        Assert.Equal(4, Judge(KinerjaReport.Replace("3. TINDAK LANJUT YANG TELAH DILAKSANAKAN", "3. TINDAK LANJUT YANG DIUSULKAN", StringComparison.Ordinal), 41).Level);
    }

    [Fact]
    public void A_scans_section_numeral_read_with_a_U_is_still_a_heading()
    {
        // Tesseract read "III." as "UI." (set 28 W40): repaired in OCR text, the section is the follow-up it heads.
        var misread = KinerjaReport.Replace("3. TINDAK LANJUT YANG TELAH DILAKSANAKAN", "UI. TINDAK LANJUT YANG TELAH DILAKSANAKAN", StringComparison.Ordinal);
        Assert.Equal(5, Judge(misread, 41, ocr: true).Level);
        // Near miss: a text layer says what its author typed — "UI." opens no section there.
        Assert.Equal(4, Judge(misread, 41).Level);
    }

    const string DataReport = @"                    PEMERINTAH KABUPATEN SUKAMAJU
                FORUM SATU DATA KABUPATEN SUKAMAJU
  Sekretariat: Bappeda, Jalan Kie Raha Nomor 3, Sukamaju 97711
======================================================================

         LAPORAN EVALUASI DAN TINDAK LANJUT PENERAPAN MANAJEMEN DATA
                  PEMERINTAH KABUPATEN SUKAMAJU
              Nomor: 000.8/702/Bappeda/VII/2026

A. PERENCANAAN DAN DASAR PELAKSANAAN
   1. Program ""Penguatan Manajemen Data"" tercantum dalam Peta
      Rencana SPBE 2025-2029 (Perbup 7/2025, muatan Manajemen SPBE)
      dan dilaksanakan setiap tahun.
   2. Pelaksanaan mengacu pada pedoman Manajemen Data SPBE dan
      Perbup Nomor 30 Tahun 2022 tentang Satu Data Kabupaten
      Sukamaju, selaras dengan Perpres 39/2019 tentang Satu Data
      Indonesia (standar data, metadata, interoperabilitas, kode
      referensi, dan data induk).
   3. Strategi Pengelolaan Data Kabupaten Sukamaju 2025-2027
      ditetapkan oleh Koordinator Forum Satu Data dengan Keputusan
      Nomor 000.8/45/Bappeda/2025 tanggal 3 Maret 2025 dan berlaku
      bagi seluruh 38 Perangkat Daerah.

B. PENERAPAN SELURUH PROSES MANAJEMEN DATA (2025)
+---+------------------------+-------------------------------------+
|No | Proses                 | Keluaran                            |
+---+------------------------+-------------------------------------+
| 1 | Arsitektur data        | Katalog 1.236 data dan alur data    |
|   |                        | antar PD (bagian Arsitektur SPBE)   |
| 2 | Data induk             | 58 data induk ditetapkan, 38 PD     |
| 3 | Data referensi         | 41 kode referensi nasional dipakai  |
| 4 | Basis data             | 97 basis data di Pusat Data Prov.   |
| 5 | Kualitas data          | Pemeriksaan data oleh Walidata      |
|   |                        | sebelum rilis (manual)              |
| 6 | Interoperabilitas data | 36 layanan berbagi data via SALINA  |
+---+------------------------+-------------------------------------+

C. HASIL EVALUASI (rapat evaluasi 22 Oktober 2025, undangan Nomor
   005/988/Bappeda tanggal 16 Oktober 2025)
   Isu/permasalahan:
   1. Pemeriksaan kualitas data masih manual; 23% dataset yang
      dirilis memiliki metadata tidak lengkap.
   2. 9 Perangkat Daerah belum menunjuk Walidata Pendukung.
   3. Data induk bidang sosial belum dipadankan dengan NIK.
   Rekomendasi:
   1. Menerapkan alat validasi kualitas data otomatis.
   2. Menetapkan Walidata Pendukung di seluruh Perangkat Daerah.
   3. Memadankan data induk sosial dengan data kependudukan.

                               - 2 -

D. TINDAK LANJUT YANG TELAH DILAKSANAKAN (JANUARI - JUNI 2026)
+---+-------------------------------+----------------------+---------+
|No | Rekomendasi                   | Tindak lanjut        | Status  |
+---+-------------------------------+----------------------+---------+
| 1 | Validasi kualitas data        | Modul VALIDATA pada  | Selesai |
|   | otomatis                      | Portal Satu Data     | Mar 2026|
|   |                               | memeriksa kelengkapan|         |
|   |                               | metadata dan format  |         |
| 2 | Walidata Pendukung seluruh PD | 38 PD telah menunjuk | Selesai |
|   |                               | (Keputusan Koordina- | Feb 2026|
|   |                               | tor Forum 000.8/12/  |         |
|   |                               | Bappeda/2026)        |         |
| 3 | Pemadanan data induk sosial   | 97,4% data padan NIK | Selesai |
|   |                               | melalui layanan      | Mei 2026|
|   |                               | Dukcapil via SALINA  |         |
+---+-------------------------------+----------------------+---------+

   Dampak: dataset dengan metadata tidak lengkap turun dari 23%
   menjadi 4% (posisi 30 Juni 2026).

E. DOKUMENTASI
   Gambar 1. Tangkapan layar modul VALIDATA (data.sukamajukab.go.id
   /validata) menampilkan hasil pemeriksaan dataset ""Jumlah Fasilitas
   Kesehatan 2025"" dengan status ""Lolos - metadata lengkap"".
   Gambar 2. Foto rapat evaluasi Forum Satu Data 22 Oktober 2025.

                                  Sukamaju, 15 Juli 2026

   Walidata,                            Koordinator Forum Satu Data,
   Kepala Diskominfosp                  Kepala Bappeda

        ttd.                                  ttd.

   FADLI HAMZAH UMASUGI, S.Kom., M.T.   Dr. JOHANIS R. TALAKUA, S.E.,
                                        M.Si.
";

    [Fact]
    public void An_item_shown_applied_then_listed_among_the_isu_is_not_denied()
    {
        Assert.Equal(5, Judge(DataReport, 23).Level);
        // Near miss: without the table row that shows it applied, the isu's "belum" is the only word on data induk besides
        // a regulation's contents — level 3 is not shown.
        Assert.Equal(2, Judge(DataReport.Replace("| 2 | Data induk             | 58 data induk ditetapkan, 38 PD     |\n", "", StringComparison.Ordinal), 23).Level);
    }

    const string DataCentreReport = @"                    PEMERINTAH KABUPATEN SUKAMAJU
             DINAS KOMUNIKASI DAN INFORMATIKA

              LAPORAN PEMANFAATAN LAYANAN PUSAT DATA
                 SEMESTER I TAHUN 2026

1. Pengoperasian Pusat Data dilaksanakan berdasarkan Keputusan
   Kepala Dinas Nomor 12 Tahun 2025 tentang Standar Operasional
   Prosedur Pengoperasian Pusat Data.
2. Capaian per 30 Juni 2026: 31 Perangkat Daerah (100%) telah
   menempatkan aplikasi pada Pusat Data.
   | Perangkat Daerah pengguna      | 31 / 31 | 100%            |
   | Kapasitas penyimpanan terpakai | 212 TB  | 68% dari 312 TB |

                                   Sukamaju, 10 Juli 2026
                                   Kepala Dinas Komunikasi dan Informatika,

                                            ttd

                                   ANDI PRATAMA, S.Kom.
";

    [Fact]
    public void A_capacity_share_is_not_a_share_of_the_units()
    {
        Assert.Equal(3, Judge(DataCentreReport, 16).Level);
        // Near miss: a share of the Perangkat Daerah — level 2.
        Assert.Equal(2, Judge(DataCentreReport.Replace("31 Perangkat Daerah (100%) telah", "25 dari 31 Perangkat Daerah telah", StringComparison.Ordinal)
            .Replace("| 31 / 31 | 100%", "| 25 / 31 | 81% ", StringComparison.Ordinal), 16).Level);
    }

    const string FinanceFunctions = @"                    PEMERINTAH KABUPATEN SUKAMAJU
             BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH

             DOKUMEN ARSITEKTUR DAN FUNGSI APLIKASI
          SISTEM INFORMASI KEUANGAN DAERAH (SIKEUDA)

1. GAMBARAN UMUM
   SIKEUDA digunakan oleh BPKAD dan 31 Perangkat Daerah untuk
   penatausahaan keuangan daerah.
2. KAPABILITAS FUNGSI
   | Informasi  | Dasbor realisasi belanja dan saldo kas           |
   | Interaksi  | Pencarian SP2D; unggah bukti SPJ                 |
   | Transaksi  | Pengajuan SPP, verifikasi, penerbitan SP2D       |

                                   Sukamaju, 31 Mei 2026
                                   Kepala BPKAD,

                                            ttd

                                   SITI RAHMAH, S.E.
";

    [Fact]
    public void An_applications_function_documentation_is_its_services_evidence()
    {
        var check = Judge(FinanceFunctions, 34);
        Assert.DoesNotContain("off-topic", check.Flags);
        Assert.Equal(3, check.Level);
        // Near miss: an architecture document of the application, no functions in its heading — Arsitektur's, off-topic.
        Assert.Contains("off-topic", Judge(FinanceFunctions.Replace("DOKUMEN ARSITEKTUR DAN FUNGSI APLIKASI", "DOKUMEN ARSITEKTUR APLIKASI", StringComparison.Ordinal), 34).Flags);
    }

    // Review of wip-31ev (branch m31ev): each exception lifted a verdict the text did not support.

    const string DataInduk58 = "| 2 | Data induk             | 58 data induk ditetapkan, 38 PD     |";

    [Fact]
    public void An_item_only_scheduled_or_prepared_in_the_body_is_not_shown_applied_before_its_isu()
    {
        var denied = DataReport.Replace("3. Data induk bidang sosial belum dipadankan dengan NIK.", "3. Data induk belum ditetapkan.", StringComparison.Ordinal);
        Assert.Equal(2, Judge(denied.Replace(DataInduk58, "| 2 | Data induk             | Dijadwalkan tahun 2026              |", StringComparison.Ordinal), 23).Level);
        Assert.Equal(2, Judge(denied.Replace(DataInduk58, "| 2 | Data induk             | Inventarisasi calon data induk      |", StringComparison.Ordinal), 23).Level);
        // Near miss: the row that shows the item done still keeps it against its isu.
        Assert.Equal(5, Judge(DataReport, 23).Level);
    }

    static string FollowUpSection(string heading, string body)
    {
        var start = KinerjaReport.IndexOf("3. TINDAK LANJUT YANG TELAH DILAKSANAKAN", StringComparison.Ordinal);
        var end = KinerjaReport.IndexOf("4. TANGKAPAN LAYAR", StringComparison.Ordinal);
        return KinerjaReport[..start] + heading + "\n" + body + "\n\n" + KinerjaReport[end..];
    }

    [Fact]
    public void A_done_follow_up_heading_over_a_section_that_did_nothing_shows_no_improvement()
    {
        const string nothing = "   Pada periode ini tidak ada rekomendasi yang ditindaklanjuti.\n   Ketiga rekomendasi dijadwalkan dalam anggaran perubahan 2027.";
        Assert.Equal(4, Judge(FollowUpSection("3. TINDAK LANJUT YANG TELAH DILAKSANAKAN", nothing), 41).Level);
        Assert.Equal(4, Judge(FollowUpSection("C. TINDAK LANJUT YANG TELAH DILAKSANAKAN (JANUARI - JUNI 2026)", nothing), 41).Level);
        Assert.Equal(4, Judge(FollowUpSection("3. TINDAK LANJUT YANG TELAH DILAKSANAKAN", "   Nihil."), 41).Level);
        // Near miss: the same heading over the entries carried out — level 5 (A_follow_up_heading_that_says_done_shows_the_improvement).
        Assert.Equal(5, Judge(KinerjaReport, 41).Level);
    }

    [Fact]
    public void Only_a_document_of_the_functions_and_only_against_Arsitektur_is_the_services_evidence()
    {
        foreach (var other in new[] { "LAPORAN AUDIT TIK ATAS FUNGSI APLIKASI", "PETA RENCANA PENGEMBANGAN FITUR APLIKASI", "LAPORAN AUDIT KEAMANAN FUNGSI SISTEM" })
            Assert.Contains("off-topic", Judge(FinanceFunctions.Replace("DOKUMEN ARSITEKTUR DAN FUNGSI APLIKASI", other, StringComparison.Ordinal), 34).Flags);
        // Near miss: the function documentation itself stays on the service's topic at level 3.
        Assert.Equal(3, Judge(FinanceFunctions, 34).Level);
    }

    [Fact]
    public void A_line_of_isu_and_a_long_run_of_blanks_is_read_in_linear_time()
    {
        // "Isu" and 200,000 blanks before another word: the label's old pattern split the run between two quantifiers
        // (quadratic, 21.7 s at 120,000); the verdict must come as it does without the line.
        var padded = DataReport.Replace("   Isu/permasalahan:", "   Isu" + new string(' ', 200_000) + "lain\n   Isu/permasalahan:", StringComparison.Ordinal);
        Assert.True(padded.Length > 200_000);
        Assert.Equal(5, Judge(padded, 23).Level);
    }
}
