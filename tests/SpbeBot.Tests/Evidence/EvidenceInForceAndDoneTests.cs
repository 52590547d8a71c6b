using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-27ev, set 24's two verdicts above and five below): a dashboard alone is no transaction service where the
/// transactions are elsewhere, an SOP nobody signed is not yet formal documentation, a follow-up table dated where it
/// says the work is done shows the improvement, a reached share "N Perangkat Daerah (100%)" is all of them, a list under
/// a "Dasar" heading is what the work followed, and a reviu record reads on over its page break. Documents written for
/// these tests (evaluation year 2026), each with its near miss.
/// </summary>
public class EvidenceInForceAndDoneTests
{
    const string AssetScreens =
        "PEMERINTAH KABUPATEN SUKAMAJU\nBADAN KEUANGAN DAN ASET DAERAH\n\n" +
        "TANGKAPAN LAYAR APLIKASI SIBARANG (Sistem Informasi Barang Milik Daerah)\nDiambil tanggal 2 Oktober 2026\n\n" +
        "Gambar 1. Halaman Dasbor. Ringkasan nilai aset per golongan KIB\n   per 30 September 2026.\n\n" +
        "Gambar 2. Menu \"Cari Barang\": pencarian menurut kode barang dan\n   tahun perolehan.\n\n" +
        "Gambar 3. Menu \"Dokumen\": unggah bukti kepemilikan dan unduh\n   Kartu Inventaris Ruangan.\n\n" +
        "Gambar 4. {0}\n\n" +
        "                    Sukamaju, 2 Oktober 2026\n                    Kepala Bidang Aset,\n\n                    ttd.\n\n" +
        "                    DEDI SUPRIATNA, S.E.\n";

    [Fact]
    public void A_dashboard_alone_in_a_service_whose_transactions_are_elsewhere_is_no_transaction_service()
    {
        // Set 24 S23's shape: a summary dashboard is the only transaction word, and the disposal feature is not there
        // yet (proposals go by letter) — information, search, upload: level 2.
        var elsewhere = Judge(F(AssetScreens, "Menu \"Usulan Penghapusan\": pesan \"Fitur belum tersedia. Usulan\n   disampaikan melalui surat kepada Bupati.\""), 38);
        Assert.Equal(2, elsewhere.Level);
        // Near miss: the same dashboard in a service that says nothing is missing stays its analytics, level 3.
        var analytics = Judge(F(AssetScreens, "Menu \"Laporan\": cetak daftar barang per ruangan."), 38);
        Assert.Equal(3, analytics.Level);
    }

    const string DataCentreSop =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\n" +
        "| Nomor SOP          | SOP/DISKOMINFO/INFRA/02/2026          |\n| Tanggal Pembuatan  | 5 Maret 2026                          |\n" +
        "| Disahkan oleh      | {0} |\n| Nama SOP           | PENGGUNAAN LAYANAN PUSAT DATA DAERAH  |\n\n" +
        "URAIAN PROSEDUR\n1. Operator Perangkat Daerah mengajukan permohonan ruang server virtual.\n" +
        "2. Admin Pusat Data memverifikasi kapasitas yang tersedia.\n3. Admin Pusat Data membuat mesin virtual dan akses VPN.\n" +
        "4. Admin menyerahkan akses kepada operator Perangkat Daerah.\n{1}";

    [Fact]
    public void An_SOP_nobody_signed_is_not_yet_formal_documentation()
    {
        // Set 24 S17's shape: "Disahkan oleh: -", no signature — the SOP is level 1's evidence only.
        var unsigned = Judge(F(DataCentreSop, "-                                     ", ""), 16);
        Assert.Equal(1, unsigned.Level);
        // Near miss: the same SOP signed by the head of the Dinas applies to the units that use the service, level 2.
        var signed = Judge(F(DataCentreSop, "Kepala Dinas Komunikasi dan Informatika",
            "\n                    Ditetapkan di Sukamaju\n                    pada tanggal 5 Maret 2026\n" +
            "                    KEPALA DINAS KOMUNIKASI DAN INFORMATIKA,\n\n                    ttd.\n\n" +
            "                    AGUS WIJAYA, S.Kom.\n                    NIP 19750101 200003 1 002\n"), 16);
        Assert.Equal(2, signed.Level);
    }

    const string ComplaintReview =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\n" +
        "LAPORAN REVIU DAN OPTIMALISASI LAYANAN PENGADUAN PELAYANAN PUBLIK\n\n" +
        "I.  KAPABILITAS LAYANAN\n    1. Informasi : statistik aduan per kategori.\n    2. Interaksi : pencarian aduan, unggah berkas pendukung.\n" +
        "    3. Transaksi : verifikasi aduan, disposisi, persetujuan jawaban.\n    4. Kolaborasi: terintegrasi dengan SP4N-LAPOR! melalui API.\n\n" +
        "II. REVIU LAYANAN\n    Reviu dilaksanakan tanggal 10 Maret 2026.\n    Isu/permasalahan:\n    1. aduan lambat ditindaklanjuti;\n" +
        "    2. pelapor tidak menerima notifikasi.\n    Rekomendasi:\n    1. menerapkan eskalasi otomatis;\n    2. menambah notifikasi SMS.\n\n" +
        "III. {0}\n\n  No  Rekomendasi     Tindak lanjut                   {1}\n  --  --------------  ------------------------------  ----------\n" +
        "  1   Eskalasi        Modul eskalasi rilis v2.1       4 Mei 2026\n  2   Notifikasi      Notifikasi SMS aktif            8 Jun 2026\n\n" +
        "IV. PENUTUP\n    Demikian laporan ini.\n\n                    Sukamaju, 14 September 2026\n                    Kepala Dinas,\n\n" +
        "                    ttd.\n\n                    AGUS WIJAYA, S.Kom.\n";

    [Fact]
    public void A_follow_up_table_dated_where_it_says_done_shows_the_improvement()
    {
        // Set 24 S26's shape: the heading says the follow-up was carried out, each entry dated — level 5.
        var doneHeading = Judge(F(ComplaintReview, "TINDAK LANJUT (OPTIMALISASI) YANG TELAH DILAKSANAKAN", "Tanggal"), 42);
        Assert.Equal(5, doneHeading.Level);
        // Set 24 S18's shape: a plain heading, the table's last column "Selesai" — level 5.
        var doneColumn = Judge(F(ComplaintReview, "TINDAK LANJUT DAN HASIL OPTIMALISASI", "Selesai"), 42);
        Assert.Equal(5, doneColumn.Level);
        // Near miss: the same dates as targets ("Target selesai") plan the work — level 4.
        var targets = Judge(F(ComplaintReview, "TINDAK LANJUT DAN HASIL OPTIMALISASI", "Target selesai"), 42);
        Assert.Equal(4, targets.Level);
    }

    const string LinkUsage =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\nLAPORAN PEMANFAATAN SISTEM PENGHUBUNG LAYANAN \"SILANG\"\n\n" +
        "1. Standar\n   Integrasi layanan mengacu pada SOP Integrasi Layanan yang disahkan\n   Kepala Dinas tanggal 2 Juni 2025.\n\n" +
        "2. Cakupan pemanfaatan\n   Target cakupan TA 2026: 31 Perangkat Daerah (100%).\n   Capaian 30 Juni 2026 : {0} telah memiliki\n" +
        "   akun pada SILANG.\n\n                    Sukamaju, 15 Juli 2026\n                    Kepala Dinas,\n\n                    ttd.\n\n" +
        "                    AGUS WIJAYA, S.Kom.\n";

    [Fact]
    public void A_reached_share_of_all_units_is_the_whole_scope()
    {
        // Set 24 S20's shape: "Capaian …: 31 Perangkat Daerah (100%)" against the target — every unit, level 3.
        var reached = Judge(F(LinkUsage, "31 Perangkat Daerah (100%)"), 18);
        Assert.Equal(3, reached.Level);
        // Near miss: the target line alone says 100%; the reached share is part of them — level 2.
        var part = Judge(F(LinkUsage, "22 Perangkat Daerah (71%)"), 18);
        Assert.Equal(2, part.Level);
    }

    const string InfrastructureAudit =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\n" +
        "LAPORAN HASIL AUDIT INFRASTRUKTUR SPBE TAHUN 2026\n\n" +
        "I.  {0}\n    1. Peta Rencana SPBE Kabupaten Sukamaju Tahun 2024-2026 (program\n       Audit TIK: audit infrastruktur 2026);\n" +
        "    2. Peraturan Bupati Nomor 9 Tahun 2025 tentang Pelaksanaan\n       Audit Teknologi Informasi dan Komunikasi (pedoman audit).\n\n" +
        "II. PELAKSANA\n    Pelaksana : auditor internal Dinas Komunikasi dan Informatika.\n\n" +
        "III. HASIL\n    Tata kelola, manajemen, fungsionalitas dan kinerja infrastruktur diperiksa.\n\n" +
        "                    Sukamaju, 8 Oktober 2026\n                    Kepala Dinas,\n\n                    ttd.\n\n" +
        "                    AGUS WIJAYA, S.Kom.\n";

    [Fact]
    public void A_pedoman_listed_under_the_works_basis_is_the_standard_it_followed()
    {
        // Set 24 S34's shape: the Perbup on audit, "(pedoman audit)", listed under "PERENCANAAN DAN DASAR" — level 3's standard.
        var basis = Judge(F(InfrastructureAudit, "PERENCANAAN DAN DASAR"), 29);
        Assert.True(basis.Level >= 3, $"level {basis.Level}");
        // Near miss: the same list under a background heading only names the regulation — level 2.
        var background = Judge(F(InfrastructureAudit, "PERENCANAAN DAN LATAR BELAKANG"), 29);
        Assert.Equal(2, background.Level);
    }

    const string LinkPolicyWithReview =
        "BUPATI SUKAMAJU\n\nPERATURAN BUPATI SUKAMAJU\nNOMOR 6 TAHUN 2025\n\nTENTANG\n\n" +
        "PENGGUNAAN SISTEM PENGHUBUNG LAYANAN PEMERINTAH KABUPATEN SUKAMAJU\n\nBUPATI SUKAMAJU,\n\n" +
        "Menimbang : bahwa untuk integrasi layanan SPBE perlu menetapkan Peraturan Bupati;\n\nMEMUTUSKAN:\n\n" +
        "Menetapkan : PERATURAN BUPATI TENTANG PENGGUNAAN SISTEM PENGHUBUNG LAYANAN PEMERINTAH.\n\n" +
        "                              Pasal 1\nSeluruh Perangkat Daerah wajib menggunakan sistem penghubung layanan Daerah untuk\n" +
        "setiap pertukaran data antar aplikasi SPBE.\n\n                              Pasal 2\n" +
        "Sistem penghubung layanan Daerah terhubung dengan Sistem Penghubung Layanan\nPemerintah yang diselenggarakan secara nasional.\n\n" +
        "                              Pasal 3\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n\n" +
        "                    Ditetapkan di Sukamaju\n                    pada tanggal 3 Maret 2025\n                    BUPATI SUKAMAJU,\n\n" +
        "                              ttd.\n\n                    HENDRA KUSUMA\n\f" +
        "TIM KOORDINASI SPBE KABUPATEN SUKAMAJU\n\nNOTULENSI DAN LAPORAN HASIL REVIU KEBIJAKAN PENGGUNAAN\nSISTEM PENGHUBUNG LAYANAN\n\n" +
        "Hari/tanggal : Rabu, 15 Oktober 2025\nPeserta      : Tim Koordinasi SPBE, Bagian Hukum, Bappeda\n\n" +
        "A. Isu/permasalahan\n   1. Tujuh aplikasi masih bertukar data langsung tanpa sistem penghubung.\n" +
        "   2. Peraturan belum mengatur standar keamanan API.\n\f{0}" +
        "\n                    Sukamaju, 15 Oktober 2025\n                    Notulis,\n\n                    ttd.\n\n                    RINA MARLINA\n";

    [Fact]
    public void A_review_record_reads_on_over_its_page_break()
    {
        // Set 24 S16's shape: the policy's reviu notulensi has its isu on one page and its rekomendasi on the next — level 4.
        var reviewed = Judge(F(LinkPolicyWithReview, "B. Rekomendasi\n   1. Memindahkan tujuh integrasi ke sistem penghubung.\n" +
            "   2. Menyusun perubahan Peraturan Bupati yang memuat standar keamanan API.\n"), 7);
        Assert.Equal(4, reviewed.Level);
        // Near miss: the next page holds no rekomendasi — a reviu without its recommendations proves nothing, level 3.
        var noRecommendation = Judge(F(LinkPolicyWithReview, "B. Daftar hadir terlampir.\n"), 7);
        Assert.Equal(3, noRecommendation.Level);
    }
}
