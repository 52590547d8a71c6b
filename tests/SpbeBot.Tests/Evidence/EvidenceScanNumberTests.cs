using SpbeBot.Core.Evidence.Checking;
using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-20eb): a scan's number read with a dot before it ("NOMOR.21") is the number. The document is written for
/// this test, with its near miss.
/// </summary>
public class EvidenceScanNumberTests
{
    const string Decree =
        "BUPATI SUKAMAJU\n\nPERATURAN BUPATI SUKAMAJU\n{0} TAHUN 2025\n\nTENTANG\nARSITEKTUR SPBE\n\nMenimbang : bahwa perlu menetapkan Arsitektur SPBE;\n\n" +
        "Pasal 1\nArsitektur SPBE memuat domain proses bisnis, data dan informasi, layanan, aplikasi, infrastruktur dan keamanan.\n\n" +
        "Ditetapkan di Sukamaju\npada tanggal 12 Agustus 2025\nBUPATI SUKAMAJU,\nttd.\nH. AHMAD SURYANA\n";

    [Fact]
    public void A_dot_read_between_nomor_and_its_figure_is_a_space_in_a_scan()
    {
        Assert.Equal("21", Judge(F(Decree, "NOMOR.21"), 1, ocr: true).Document.Number);
        // Near miss: a text layer keeps what its author typed.
        Assert.NotEqual("21", Judge(F(Decree, "NOMOR.21"), 1).Document.Number);
    }
}
