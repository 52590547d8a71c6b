using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-22va): a service function the document says is out of order ("sedang dalam perbaikan", "dinonaktifkan")
/// offers nothing, so it is no evidence of the level that names it. Written for these tests, each with its near miss.
/// </summary>
public class EvidenceOutOfOrderTests
{
    const string Jdih =
        "PEMERINTAH KABUPATEN SUKAMAJU\nBAGIAN HUKUM SETDA\n\nTANGKAPAN LAYAR LAMAN JDIH KABUPATEN SUKAMAJU\n\n[Beranda]\n" +
        "Daftar peraturan bupati terbaru beserta judul dan tanggal penetapan.\n{0}\n\n" +
        "                               Sukamaju, 2 November 2026\n                               Kepala Bagian Hukum,\n" +
        "                                         ttd\n                               DEWI LESTARI\n";

    static int? Level(string functions) => JudgeText.Judge(F(Jdih, functions), 44).Level;

    [Fact]
    public void A_function_under_repair_or_disabled_is_not_offered()
    {
        Assert.Equal(1, Level("Menu pencarian dan unduh dokumen sedang dalam perbaikan sejak pemindahan server."));
        Assert.Equal(1, Level("Fitur unduh dokumen dinonaktifkan; pencarian menunggu aktif kembali."));
        Assert.Equal(2, Level("Pengunjung dapat melakukan pencarian dan unduh dokumen dalam format PDF."));
    }
}
