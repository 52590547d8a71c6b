using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-21eb): a fresh author's ways of writing what the criteria ask — a step said to be done "bukan pada
/// layanan ini", the improvement after an evaluation under "DOKUMENTASI PENGEMBANGAN/PERBAIKAN LAYANAN" (the Pedoman's
/// "dokumentasi … telah ditingkatkan/dikembangkan"), an SOP dated by its "Tanggal efektif". Documents written for these
/// tests, each rule with its near miss.
/// </summary>
public class EvidenceFreshAuthorTests
{
    const string Footer = "\n\n                    KEPALA DINAS KOMUNIKASI DAN INFORMATIKA,\n\n                    BUDI SANTOSO, S.Kom.\n";

    const string ProcurementPages =
        "DOKUMENTASI LAYANAN PENGADAAN BARANG DAN JASA\nPEMERINTAH KABUPATEN SUKAMAJU\nBagian Pengadaan Barang/Jasa Setda, 20 Oktober 2026\n\n" +
        "[Tangkapan layar 1] Halaman \"Informasi Pengadaan\": daftar Rencana Umum Pengadaan 2026\n  dan pengumuman paket yang telah selesai.\n\n" +
        "Catatan: proses tender, unggah dokumen penawaran dan e-purchasing\ndilakukan pada aplikasi nasional, {0} layanan ini.\n" + Footer;

    [Fact]
    public void A_step_said_to_be_done_not_on_this_service_is_not_its_function()
    {
        Assert.Equal(1, Judge(F(ProcurementPages, "bukan pada"), 35).Level);
        // Near miss: the same step done on this service is its interaction.
        Assert.Equal(2, Judge(F(ProcurementPages, "dan juga pada"), 35).Level);
    }

    const string EvaluatedService =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KESEHATAN\n\nLAPORAN EVALUASI LAYANAN PENDAFTARAN PUSKESMAS DARING TAHUN 2026\nSukamaju, 12 Mei 2026\n\n" +
        "1. Kapabilitas: informasi jadwal poli; pencarian puskesmas; pendaftaran dan antrean\n   daring dengan validasi NIK; integrasi dengan layanan kependudukan (Disdukcapil).\n" +
        "2. Evaluasi (rapat 5 Mei 2026):\n   Isu: antrean ganda saat jaringan putus; belum ada help desk.\n   Rekomendasi: mode luring tersinkron; help desk.\n\n" +
        "   DOKUMENTASI PENGEMBANGAN LAYANAN (versi 2.1, Oktober 2026)\n1. Mode luring dengan sinkronisasi otomatis {0}.\n" +
        "2. Help desk 24 jam {1}.\n" + Footer;

    [Fact]
    public void A_documented_development_after_the_evaluation_is_its_improvement()
    {
        Assert.Equal(5, Judge(F(EvaluatedService, "diterapkan (rilis 2 September 2026)", "aktif sejak 1 Oktober 2026"), 46).Level);
        // Near miss: the same section of things still to come is no improvement.
        Assert.Equal(4, Judge(F(EvaluatedService, "akan diterapkan tahun 2027", "direncanakan 2027"), 46).Level);
    }

    const string Sop =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\nSTANDAR OPERASIONAL PROSEDUR (SOP)\nPENANGANAN PENGADUAN PELAYANAN PUBLIK\n" +
        "Nomor SOP : 000.9/SOP-07/DISKOMINFO/2026\nTanggal pembuatan : 4 Mei 2026\nTanggal efektif   : {0}\n\n" +
        "No  Kegiatan                                   Pelaksana\n1   Menerima aduan melalui SP4N-LAPOR!          Admin\n2   Meneruskan aduan ke Perangkat Daerah       Admin\n" + Footer;

    [Fact]
    public void An_sop_dated_by_its_effective_date_and_signed_by_name_is_signed()
    {
        Assert.DoesNotContain("unsigned", Judge(F(Sop, "1 Juni 2026"), 42).Flags);
        // Near miss: the effective date left blank dates nothing.
        Assert.Contains("unsigned", Judge(F(Sop, ""), 42).Flags);
    }
}
