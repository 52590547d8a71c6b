using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-33ev, set 29's three verdicts above): a follow-up "telah ditindaklanjuti dengan dimasukkannya kegiatan …
/// dalam usulan Renja … 2027" is a plan, not the improvement; a collaboration "sedang dipersiapkan" is not there yet; a
/// record of the vehicles' inventory that names no ICT thing is no Manajemen Aset TIK, though the letterhead names "ASET".
/// Documents adapted from set 29 (X29, X35, X34; retired to tuning) to the test Pemda, each with its near miss.
/// </summary>
public class EvidenceSet29ReadingsTests
{
    const string ProcurementEvaluation = @"            PEMERINTAH KABUPATEN SUKAMAJU
                              BAGIAN PENGADAAN BARANG DAN JASA (UKPBJ)
     Jalan Gajah Mada Nomor 2, Sukamaju 75111
 ----------------------------------------------------------------------

          LAPORAN EVALUASI LAYANAN PENGADAAN BARANG/JASA
          SECARA ELEKTRONIK KABUPATEN SUKAMAJU 2025
                Nomor: 000.3/1932/PBJ/XII/2025

 1. LAYANAN YANG DIEVALUASI
    a. LPSE Kabupaten Sukamaju (SPSE versi 4.5),
       https://lpse.sukamajukab.go.id;
    b. Katalog Elektronik Lokal Kabupaten Sukamaju;
    c. Aplikasi pendukung SIMPEL-BJ (monitoring paket pengadaan)
       milik Bagian Pengadaan Barang dan Jasa.

 2. KAPABILITAS LAYANAN

 Kapabilitas   Fungsi                                    Bukti
 ------------  ----------------------------------------  ---------
 Informasi     Pengumuman paket, statistik tender,       Gambar 1
               rekap pengadaan per Perangkat Daerah
 Interaksi     Pencarian paket; unduh dokumen            Gambar 2
               pemilihan; unggah dokumen penawaran
 Transaksi     Evaluasi penawaran, penetapan pemenang,   Gambar 3
               persetujuan PPK, e-kontrak, e-purchasing
               katalog lokal dengan persetujuan PPK
 Kolaborasi    Data RUP ditarik dari SIRUP LKPP; pagu    Gambar 4,
               dan kode rekening divalidasi dengan SIPD  Gambar 5
               melalui SUKA-HUB; data kontrak dikirim
               ke SIMPEL-BJ dan aplikasi aset BPKAD

 Gambar 1. Beranda LPSE: 1.284 paket Tahun 2025, nilai Rp 2,31 T.
 Gambar 2. Pencarian paket ""rehabilitasi gedung"" dan tombol
           ""Unduh Dokumen Pemilihan"".
 Gambar 3. Riwayat paket 88214: evaluasi Pokja (03-06-2025) ->
           penetapan pemenang (10-06-2025) -> persetujuan PPK dan
           e-kontrak (17-06-2025).
 Gambar 4. Menu ""Sinkron RUP"" dengan status tarik data SIRUP.
 Gambar 5. Diagram integrasi LPSE - SIRUP - SIPD - SIMPEL-BJ -
           aplikasi aset BPKAD melalui SUKA-HUB.

 3. REVIU DAN EVALUASI
    Rapat reviu layanan dilaksanakan 27 November 2025 (undangan
    Nomor 000.3/1840/PBJ, dihadiri UKPBJ, Diskominfo,
    Inspektorat, dan 14 PPK Perangkat Daerah).

                                 -2-

 No Isu/permasalahan                  Rekomendasi
 -- --------------------------------  ------------------------------
 1  Belum ada layanan bantuan bagi    Membentuk helpdesk LPSE
    penyedia di luar jam kerja;       berbasis tiket dan kanal
    312 keluhan via telepon pribadi.  WhatsApp resmi.
 2  Data kontrak tidak otomatis       Integrasi e-kontrak dengan
    masuk ke aplikasi aset untuk      modul penerimaan barang pada
    pencatatan barang.                aplikasi aset BPKAD (dua arah).
 3  Penyedia lokal kesulitan          Pelatihan penyedia lokal dan
    menggunakan katalog lokal.        panduan video.
 4  Perpres perubahan pengadaan       Menyesuaikan SOP pemilihan
    belum diakomodasi SOP UKPBJ.      penyedia.

 4. TINDAK LANJUT
{FOLLOWUP}

 5. KESIMPULAN
    Layanan pengadaan barang/jasa secara elektronik telah
    memiliki kapabilitas informasi, interaksi, transaksi, dan
    kolaborasi dengan layanan SPBE lain, serta telah direviu
    pada Tahun 2025.

                                 Sukamaju, 15 Desember 2025
                                 Kepala Bagian Pengadaan Barang
                                 dan Jasa,

                                             ttd.

                                 RUDI HARTONO, S.T., M.T.
                                 NIP 19770118 200312 1 008
";

    const string SupervisionDocumentation = @"            PEMERINTAH KABUPATEN SUKAMAJU
                        INSPEKTORAT
     Jalan Pangeran Antasari Nomor 9, Sukamaju 75113
 ----------------------------------------------------------------------

         DOKUMENTASI LAYANAN PENGAWASAN INTERNAL BERBASIS
                ELEKTRONIK - SIWAS SUKAMAJU (versi 2.1)
           Bukti Dukung Indikator 39 - Penilaian Mandiri 2026

 Alamat     : https://siwas.sukamajukab.go.id
 Pengelola  : Sekretariat Inspektorat (Subbagian Perencanaan,
              Evaluasi dan Pelaporan)
 Pengguna   : auditor Inspektorat (64 akun) dan operator tindak
              lanjut 38 Perangkat Daerah
 Tanggal    : 5 Oktober 2026

 A. INFORMASI
 Gambar 1. Dasbor SIWAS: jumlah LHP 2026 (52), jumlah temuan
           (318), persentase tindak lanjut selesai (71,4%),
           grafik temuan per Perangkat Daerah.

 B. INTERAKSI
 Gambar 2. Menu ""Arsip LHP"": pencarian berdasarkan tahun dan
           obrik; tombol ""Unduh LHP"" (PDF) bagi Perangkat Daerah
           yang diperiksa.
 Gambar 3. Menu ""Unggah Bukti Tindak Lanjut"" pada akun operator
           Perangkat Daerah.

 C. TRANSAKSI
 Gambar 4. Alur tindak lanjut temuan nomor TM-2026-0147:
           operator Dinas Sosial mengunggah bukti setor
           (12-08-2026) -> auditor memverifikasi dan memberi
           status ""sesuai"" (15-08-2026) -> Inspektur Pembantu
           menyetujui (16-08-2026) -> status temuan ""selesai"".
 Gambar 5. Validasi: bukti tidak dapat diajukan tanpa nomor
           rekomendasi dan nilai setor.
 Gambar 6. Analitik umur temuan (aging) per Perangkat Daerah,
           dihitung otomatis setiap malam.

                                 -2-

 D. RENCANA KOLABORASI
    SIWAS Sukamaju akan diintegrasikan dengan aplikasi perencanaan
    (SIRENA) untuk menarik data program/kegiatan obrik, dengan
    aplikasi keuangan daerah untuk data realisasi anggaran, dan
    dengan e-Kinerja untuk data pejabat penanggung jawab.
    Kebutuhan API telah diajukan kepada Diskominfo melalui surat
    Nomor 700.1/1288/Itkab tanggal 1 September 2026, dan
    pengembangan dijadwalkan pada Tahun Anggaran 2027.

 E. KESIMPULAN
    SIWAS Sukamaju telah menyediakan layanan informasi, interaksi,
    dan transaksi pengawasan internal (verifikasi dan persetujuan
    tindak lanjut, validasi, analitik). {COLLABORATION}

                                 Sukamaju, 5 Oktober 2026
                                 Inspektur Kabupaten Sukamaju,

                                             ttd.

                                 Dra. SITI AMINAH, M.Ak.
                                 NIP 19680822 199303 2 003
";

    const string AssetScreenshots = @"            PEMERINTAH KABUPATEN SUKAMAJU
        BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH
                     BIDANG ASET DAERAH
     Jalan Gajah Mada Nomor 8, Sukamaju 75111
 ----------------------------------------------------------------------

          TANGKAPAN LAYAR APLIKASI SISTEM INFORMASI MANAJEMEN
             BARANG MILIK DAERAH (SIMBADA) - MODUL KENDARAAN
                          Diambil: 18 September 2026

 Alamat   : https://simbada.sukamajukab.go.id
 Pengelola: Bidang Aset Daerah, BPKAD

 Gambar 1. Halaman ""Kartu Inventaris Barang B - Alat Angkutan"".
 [Tabel 612 unit kendaraan dinas roda dua dan roda empat milik
  Pemerintah Kabupaten: kode barang, merek, nomor polisi, tahun
  perolehan, nilai perolehan, Perangkat Daerah pemakai, kondisi
  (baik/rusak ringan/rusak berat).]

 Gambar 2. Halaman detail kendaraan DE 1047 SK.
 [Toyota Innova 2019, pemakai Biro Umum; riwayat pemeliharaan
  (servis berkala 2025-2026); dokumen BPKB dan STNK terunggah.]

 Gambar 3. Menu ""Usulan Penghapusan"".
 [Daftar 37 kendaraan rusak berat yang diusulkan dihapuskan
  Tahun 2026; status usulan: ""Diverifikasi Bidang Aset"" ->
  ""Menunggu persetujuan Sekretaris Daerah selaku Pengelola
  Barang"".]

 Gambar 4. Menu ""Laporan"".
 [Tombol unduh Laporan Barang Milik Daerah Semester I 2026 dan
  rekapitulasi kendaraan per Perangkat Daerah (XLSX).]

 Keterangan:
 SIMBADA digunakan BPKAD dan pengurus barang 38 Perangkat Daerah
 untuk penatausahaan barang milik daerah, termasuk kendaraan
 {SCOPE}


                                 Sukamaju, 18 September 2026
                                 Kepala Bidang Aset Daerah BPKAD,

                                             ttd.

                                 BAMBANG SETIAWAN, S.E., M.M.
                                 NIP 19801112 200604 1 007
";

    [Fact]
    public void A_follow_up_put_into_next_year_s_proposed_work_plan_is_no_improvement()
    {
        var check = Judge(ProcurementEvaluation.Replace("{FOLLOWUP}", """
    Seluruh rekomendasi hasil reviu telah ditindaklanjuti dengan
    dimasukkannya kegiatan "Pengembangan Helpdesk dan Integrasi
    Layanan Pengadaan" dalam usulan Renja Bagian Pengadaan Barang
    dan Jasa Tahun Anggaran 2027. Pelatihan penyedia lokal dan
    penyesuaian SOP dijadwalkan pada Triwulan II 2027.
"""), 35);
        Assert.Equal(4, check.Level);
    }

    [Fact]
    public void A_follow_up_carried_out_is_the_improvement()
    {
        var check = Judge(ProcurementEvaluation.Replace("{FOLLOWUP}", """
    Seluruh rekomendasi hasil reviu telah ditindaklanjuti: helpdesk
    LPSE berbasis tiket telah dioperasikan sejak 8 Desember 2025 dan
    SOP pemilihan penyedia telah disesuaikan pada 12 Desember 2025.
"""), 35);
        Assert.Equal(5, check.Level);
    }

    [Fact]
    public void A_collaboration_being_prepared_is_not_there_yet()
    {
        var check = Judge(SupervisionDocumentation.Replace("{COLLABORATION}", "Layanan kolaborasi dengan\n    layanan SPBE lain sedang dipersiapkan."), 39);
        Assert.Equal(3, check.Level);
    }

    [Fact]
    public void A_collaboration_running_counts()
    {
        var check = Judge(SupervisionDocumentation.Replace("{COLLABORATION}", "Layanan kolaborasi dengan\n    aplikasi keuangan daerah telah berjalan melalui API."), 39);
        Assert.Equal(4, check.Level);
    }

    [Fact]
    public void An_inventory_of_vehicles_is_no_ict_asset_record()
    {
        var check = Judge(AssetScreenshots.Replace("{SCOPE}", "dinas, mulai dari pencatatan, pemeliharaan, hingga usulan\n penghapusan."), 24);
        Assert.Contains("off-topic", check.Flags);
        Assert.Equal(0, check.Level);
    }

    [Fact]
    public void The_same_screenshots_naming_the_ict_assets_are_on_topic()
    {
        var check = Judge(AssetScreenshots.Replace("{SCOPE}", "dinas dan aset TIK (laptop, server, perangkat jaringan), mulai\n dari pencatatan, pemeliharaan, hingga usulan penghapusan."), 24);
        Assert.DoesNotContain("off-topic", check.Flags);
    }

    // m33ev: the reviewer's cases on merge33 (set 29's documents with one sentence changed), each with its near miss.

    /// <summary>A follow-up done, then a later year or a proposal word in the same sentence: still done (was 4).</summary>
    [Theory]
    [InlineData("Rekomendasi hasil reviu telah ditindaklanjuti pada Desember\n    2025 sehingga paket Tahun Anggaran 2027 sudah memakai SOP yang baru.")]
    [InlineData("Rekomendasi hasil reviu telah ditindaklanjuti pada Desember\n    2025 sesuai usulan Inspektorat.")]
    public void A_follow_up_done_stays_done_before_a_later_year_or_a_proposal_word(string followUp)
    {
        var check = Judge(ProcurementEvaluation.Replace(" 4. TINDAK LANJUT", " 4. CATATAN").Replace("{FOLLOWUP}", "    " + followUp), 35);
        Assert.Equal(5, check.Level);
    }

    [Fact]
    public void A_follow_up_put_into_the_proposed_work_plan_outside_a_follow_up_section_is_no_improvement()
    {
        var check = Judge(ProcurementEvaluation.Replace(" 4. TINDAK LANJUT", " 4. CATATAN").Replace("{FOLLOWUP}",
            "    Rekomendasi hasil reviu telah ditindaklanjuti dengan dimasukkannya\n    kegiatan helpdesk dalam usulan Renja Tahun Anggaran 2027."), 35);
        Assert.Equal(4, check.Level);
    }

    /// <summary>
    /// m34ev: a follow-up put into next year's plan by a link word other than "dengan", or into a later year, outside a
    /// follow-up section: a plan (m33ev read them as done, 5 where 4). The done near misses are the theory above.
    /// </summary>
    [Theory]
    [InlineData("Rekomendasi hasil reviu telah ditindaklanjuti dalam usulan Renja\n    Tahun Anggaran 2027.")]
    [InlineData("Rekomendasi hasil reviu telah ditindaklanjuti melalui usulan\n    kegiatan helpdesk dalam Renja Tahun Anggaran 2027.")]
    [InlineData("Rekomendasi hasil reviu telah ditindaklanjuti dan dianggarkan\n    pada Tahun Anggaran 2027.")]
    [InlineData("Rekomendasi hasil reviu telah ditindaklanjuti pada Tahun\n    Anggaran 2027.")]
    public void A_follow_up_put_into_a_later_year_s_plan_is_no_improvement(string followUp)
    {
        var check = Judge(ProcurementEvaluation.Replace(" 4. TINDAK LANJUT", " 4. CATATAN").Replace("{FOLLOWUP}", "    " + followUp), 35);
        Assert.Equal(4, check.Level);
    }

    /// <summary>A follow-up section whose entries are scheduled in words other than "akan"/"direncanakan": a plan (was 5).</summary>
    [Theory]
    [InlineData("dijadwalkan", "ditargetkan")]
    [InlineData("rencananya", "rencananya")]
    [InlineData("diagendakan", "diagendakan")]
    public void A_follow_up_section_of_scheduled_entries_is_no_improvement(string first, string second)
    {
        var check = Judge(ProcurementEvaluation.Replace("{FOLLOWUP}", $"""
    Helpdesk LPSE {first} diaktifkan pada Januari 2027 dan SOP
    pemilihan penyedia {second} disesuaikan pada Maret 2027.
"""), 35);
        Assert.Equal(4, check.Level);
    }

    /// <summary>Near miss: done entries, then the next round's schedule ("Reviu berikutnya dijadwalkan …", set 4 E28).</summary>
    [Fact]
    public void A_follow_up_section_naming_the_next_review_s_schedule_is_the_improvement()
    {
        var check = Judge(ProcurementEvaluation.Replace("{FOLLOWUP}", """
    Helpdesk LPSE berbasis tiket telah dioperasikan sejak 8 Desember
    2025 dan SOP pemilihan penyedia telah disesuaikan pada 12 Desember
    2025. Reviu berikutnya dijadwalkan Juni 2026.
"""), 35);
        Assert.Equal(5, check.Level);
    }

    /// <summary>The collaboration runs; what is being prepared, past the done verb and "sementara", is the guide (was 3).</summary>
    [Fact]
    public void A_collaboration_running_while_its_guide_is_being_prepared_counts()
    {
        var check = Judge(SupervisionDocumentation.Replace("{COLLABORATION}", "Layanan kolaborasi dengan\n    aplikasi keuangan daerah telah berjalan melalui API, sementara\n    panduan penggunanya sedang disiapkan."), 39);
        Assert.Equal(4, check.Level);
    }

    [Fact]
    public void A_collaboration_not_running_before_a_clause_break_is_still_denied()
    {
        var check = Judge(SupervisionDocumentation.Replace("{COLLABORATION}", "Layanan kolaborasi dengan\n    aplikasi keuangan daerah belum berjalan, sementara panduan\n    penggunanya telah disusun."), 39);
        Assert.Equal(3, check.Level);
    }

    static string UnderDiskominfo(string screenshots) => screenshots
        .Replace("        BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH\n                     BIDANG ASET DAERAH", "        DINAS KOMUNIKASI DAN INFORMATIKA")
        .Replace("\r\n", "\n");

    /// <summary>An ICT-asset record under Diskominfo's letterhead naming its devices, not "TIK" (was off-topic).</summary>
    [Fact]
    public void An_inventory_of_ict_devices_under_the_diskominfo_letterhead_is_on_topic()
    {
        var text = UnderDiskominfo(AssetScreenshots.Replace("\r\n", "\n"))
            .Replace("MODUL KENDARAAN", "MODUL PERALATAN")
            .Replace("[Tabel 612 unit kendaraan dinas roda dua dan roda empat milik", "[Tabel 612 unit PC, router, switch, access point, UPS dan CCTV milik")
            .Replace("rekapitulasi kendaraan per Perangkat Daerah", "rekapitulasi perangkat TI per Perangkat Daerah")
            .Replace("{SCOPE}", "dinas, mulai dari pencatatan, pemeliharaan, hingga usulan\n penghapusan.");
        Assert.Contains("DINAS KOMUNIKASI DAN INFORMATIKA", text);
        var check = Judge(text, 24);
        Assert.DoesNotContain("off-topic", check.Flags);
        Assert.True(check.Level >= 1);
    }

    /// <summary>Near miss: the vehicles' inventory under the same letterhead is still another asset's record.</summary>
    [Fact]
    public void An_inventory_of_vehicles_under_the_diskominfo_letterhead_is_still_off_topic()
    {
        var text = UnderDiskominfo(AssetScreenshots.Replace("\r\n", "\n")).Replace("{SCOPE}", "dinas, mulai dari pencatatan, pemeliharaan, hingga usulan\n penghapusan.");
        Assert.Contains("DINAS KOMUNIKASI DAN INFORMATIKA", text);
        var check = Judge(text, 24);
        Assert.Contains("off-topic", check.Flags);
        Assert.Equal(0, check.Level);
    }
}
