using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-24ev, set 19's N27): a follow-up letter whose entries are done and dated may set a rule with a time limit
/// ("paling lambat 3 (tiga) hari kerja setelah …") — the rule in force, not a plan; a deadline for the work itself
/// ("paling lambat Desember 2026") still plans it. A document written for this test, with its near miss.
/// </summary>
public class EvidenceDeadlineTests
{
    const string EvaluationThenLetter =
        "PEMERINTAH KABUPATEN SUKAMAJU\nSEKRETARIAT DAERAH\n\nLAPORAN EVALUASI LAYANAN PENGADAAN BARANG/JASA BERBASIS ELEKTRONIK\n" +
        "Nomor: 000.3/041/UKPBJ/2026\n\nTanggal rapat evaluasi : 10 Maret 2026\nPeserta : UKPBJ, Diskominfo, BPKAD, Inspektorat\n\n" +
        "A. Kapabilitas layanan yang dievaluasi\n   1. Informasi: pengumuman rencana umum pengadaan pada LPSE.\n" +
        "   2. Interaksi: pencarian paket, unggah/unduh dokumen pemilihan.\n" +
        "   3. Transaksi: e-tendering, evaluasi penawaran, validasi kualifikasi dan persetujuan pemenang secara elektronik.\n" +
        "   4. Kolaborasi: aplikasi pengadaan terintegrasi dengan aplikasi keuangan BPKAD dan SPSE nasional LKPP.\n\n" +
        "B. Isu/permasalahan\n   1. Tidak ada layanan bantuan bagi penyedia.\n   2. Belum ada batas waktu unggah dokumen kontrak.\n\n" +
        "C. Rekomendasi\n   1. Membentuk help desk layanan pengadaan.\n   2. Menerbitkan Surat Edaran tentang batas waktu unggah.\n\n" +
        "                                  Kepala Bagian PBJ,\n                                  SITI AMINAH, S.T.\n" +
        "               PEMERINTAH KABUPATEN SUKAMAJU\n                    SEKRETARIAT DAERAH\n\n                       SURAT EDARAN\n" +
        "                 NOMOR 000.3/090/SE/2026\n\nYth. Kepala Perangkat Daerah se-Kabupaten Sukamaju\n\n" +
        "Menindaklanjuti Laporan Evaluasi Layanan Pengadaan Barang/Jasa tanggal 10 Maret 2026, bersama ini disampaikan:\n" +
        "1. Sejak 2 Mei 2026 telah beroperasi Help Desk Layanan Pengadaan dengan sistem tiket.\n" +
        "2. Sejak 1 Juni 2026 data kontrak otomatis dikirim ke aplikasi keuangan BPKAD.\n" +
        "3. PPK wajib mengunggah dokumen kontrak {0}.\n\nDemikian untuk dilaksanakan.\n\n" +
        "                                  Ditetapkan di Sukamaju\n                                  pada tanggal 8 Juni 2026\n" +
        "                                  SEKRETARIS DAERAH,\n\n                                  BUDI SANTOSO\n";

    [Fact]
    public void A_rules_time_limit_in_a_follow_up_letter_is_no_plan()
    {
        var limit = Judge(F(EvaluationThenLetter, "paling lambat 3 (tiga) hari kerja setelah penandatanganan"), 35);
        Assert.Equal(5, limit.Level);
        // Near miss: a deadline for the work itself is a plan; the letter then shows no improvement done in full.
        var deadline = Judge(F(EvaluationThenLetter, "pada aplikasi baru yang selesai dibangun paling lambat Desember 2026"), 35);
        Assert.True(deadline.Level < 5, $"level {deadline.Level}");
    }
}
