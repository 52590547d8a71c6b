using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-33ev, wip-32ev's mention probe): on a plan indicator a target or deadline is the plan's content, but an
/// improvement set for a later year ("Target tahun 2027: perbaikan dan pemutakhiran sebagai tindak lanjut hasil reviu",
/// "… diselesaikan paling lambat Desember 2027") is not made yet: it lifted a reviu report judged valid to the day (set
/// 28's W18, adapted to the test Pemda) from 4 to 5.
/// </summary>
public class EvidenceLaterImprovementTests
{
    const string ReviewReport = @"                    PEMERINTAH KABUPATEN SUKAMAJU
            BADAN PERENCANAAN PEMBANGUNAN DAERAH
   Jalan Merdeka Nomor 3, Sukamaju 97711, Telp. (0921) 3121002
======================================================================

                    LAPORAN HASIL REVIU
        KETERPADUAN RENCANA DAN ANGGARAN SPBE TAHUN ANGGARAN 2025
          Nomor: 000.8/1174/Bappeda/XII/2024

1. DASAR
   a. Peraturan Bupati Nomor 9 Tahun 2023 tentang Penyelenggaraan
      SPBE, Pasal 14 (rencana dan anggaran SPBE terpadu);
   b. Keputusan Sekretaris Daerah Nomor 000.8/77/Setda/2024 tentang
      Standar Operasional Prosedur Penyusunan Rencana dan Anggaran
      SPBE Terpadu.

2. GAMBARAN PROSES RENCANA DAN ANGGARAN SPBE TA 2025
   a. Seluruh usulan belanja SPBE Perangkat Daerah diajukan melalui
      modul Kliring Belanja TIK pada aplikasi e-Renbang Sukamaju.
   b. Diskominfosp selaku unit pengelola TIK memberikan
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
   | Perangkat Daerah pengusul     | 38        | seluruh PD           |
   | Usulan kegiatan SPBE          | 214       |                      |
   | Usulan dikonsultasikan        | 214 (100%)| pertimbangan teknis  |
   | Usulan disetujui              | 171       | Rp 48,72 miliar      |
   | Usulan ditolak/digabung       | 43        | duplikasi/tdk sesuai |
   +-------------------------------+-----------+----------------------+

3. METODE REVIU
   Penelaahan dokumen RKA-SKPD dan DPA-SKPD TA 2025 serta rapat
   evaluasi tanggal 11 Desember 2024 (undangan Nomor 005/1130/
   Bappeda) dengan Diskominfosp, BPKAD, dan 12 Perangkat Daerah
   sampel.

                               - 2 -

4. ISU DAN PERMASALAHAN
   a. Sebanyak 9 kegiatan SPBE bernilai Rp 2,1 miliar tercantum di
      DPA-SKPD dengan nomenklatur non-TIK sehingga lolos dari
      kliring; ditemukan saat penelaahan DPA.
   b. Pertimbangan teknis belum memuat estimasi biaya operasional
      dan pemeliharaan tahun berikutnya.
   c. Kode kegiatan Peta Rencana SPBE belum ditautkan ke kode
      sub-kegiatan pada SIPD, sehingga pelacakan capaian sulit.

5. REKOMENDASI
   a. Menambahkan kata kunci dan kode rekening belanja TIK pada
      modul kliring agar usulan tidak lolos.
   b. Mewajibkan lampiran estimasi biaya operasional dan
      pemeliharaan pada setiap usulan.
   c. Menautkan kode program Peta Rencana SPBE dengan kode
      sub-kegiatan SIPD.

6. TINDAK LANJUT
   Rekomendasi akan diterapkan pada siklus penyusunan RKA-SKPD
   Tahun Anggaran 2026 melalui perubahan SOP dan pembaruan modul
   Kliring Belanja TIK.{0}

                                  Sukamaju, 16 Desember 2024

   Kepala Bidang Perencanaan,           Kepala Bappeda
   Pengendalian dan Evaluasi,           Kabupaten Sukamaju,

        ttd.                                  ttd.

   Ir. AGUS PRASETYO, M.T.          Dr. HENDRA WIJAYA, S.E.,
   NIP 19750219 200312 1 003            M.Si.
                                        NIP 19710306 199803 1 005

Tembusan: Sekretaris Daerah selaku Koordinator Tim Koordinasi SPBE;
          Kepala Diskominfosp; Kepala BPKAD.
";

    static readonly DateOnly ReferenceDate = new(2026, 12, 7);

    [Fact]
    public void The_report_as_written_is_level_4()
    {
        Assert.Equal(4, Judge(F(ReviewReport, ""), 13, asOf: ReferenceDate).Level);
    }

    [Theory]
    [InlineData("\n   Target tahun 2027: perbaikan dan pemutakhiran sebagai tindak lanjut hasil reviu.")]
    [InlineData("\n   Kegiatan perbaikan dan pemutakhiran sebagai tindak lanjut hasil reviu\n   diselesaikan paling lambat Desember 2027.")]
    public void An_improvement_set_for_a_later_year_is_not_made(string sentence)
    {
        Assert.Equal(4, Judge(F(ReviewReport, sentence), 13, asOf: ReferenceDate).Level);
    }
}
