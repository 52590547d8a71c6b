using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-24ev, set 21's P13): a scan's OCR may glue a stray comma to a kind's first word ("KEPUTUSAN, BUPATI
/// SUKAMAJU"); the heading is still a Keputusan, read as the text layer reads it. A document written for this test.
/// </summary>
public class EvidenceOcrKindTests
{
    const string Team =
        "                  BUPATI SUKAMAJU\n\n          KEPUTUSAN{0} BUPATI SUKAMAJU\n        NOMOR 000.8/31/KPTS/2025\n\n" +
        "                       TENTANG\n     TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\n\n              BUPATI SUKAMAJU,\n\n" +
        "Menimbang : bahwa perlu membentuk Tim Koordinasi SPBE.\nMengingat : Peraturan Presiden Nomor 95 Tahun 2018.\n\n" +
        "                      MEMUTUSKAN:\nKESATU  : Membentuk Tim Koordinasi SPBE Kabupaten Sukamaju.\n" +
        "KEDUA   : Tim Koordinasi SPBE bertugas:\n          a. menyusun kebijakan dan program SPBE Daerah;\n" +
        "          b. mengoordinasikan penerapan SPBE pada seluruh Perangkat Daerah; dan\n" +
        "          c. melaporkan pelaksanaan tugas kepada Bupati.\nKETIGA  : Keputusan ini mulai berlaku pada tanggal ditetapkan.\n\n" +
        "                        Ditetapkan di Sukamaju\n                        pada tanggal 17 Maret 2025\n" +
        "                        BUPATI SUKAMAJU,\n\n                        ttd.\n\n                        BUDI SANTOSO\n";

    [Fact]
    public void A_stray_comma_after_the_kinds_first_word_keeps_the_kind()
    {
        var clean = Judge(F(Team, ""), 10, ocr: true);
        var comma = Judge(F(Team, ","), 10, ocr: true);
        Assert.True(clean.Level >= 2, $"level {clean.Level}");
        Assert.Equal(clean.Level, comma.Level);
    }
}
