using SpbeBot.Core.Evidence.Checking;
using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-34ew, set 30's Y16, a level below): a Peta Rencana whose seven contents are listed in two columns, the
/// last wrapped inside the right column ("g. audit teknologi informasi dan" over "komunikasi."), is read column by column,
/// so the seventh content is found. Adapted to the test Pemda, with its near miss (a seventh item that is no audit).
/// </summary>
public class EvidenceTwoColumnListTests
{
    const string Roadmap = @"                         BUPATI SUKAMAJU

                   PERATURAN BUPATI SUKAMAJU
                         NOMOR 8 TAHUN 2025
                              TENTANG
         PETA RENCANA SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK
              KABUPATEN SUKAMAJU TAHUN 2025-2029

                 DENGAN RAHMAT TUHAN YANG MAHA ESA
                          BUPATI SUKAMAJU,

Menimbang : a. bahwa Peta Rencana SPBE perlu disesuaikan dengan
               Peta Rencana SPBE Nasional;

                             MEMUTUSKAN:
Menetapkan : PERATURAN BUPATI TENTANG PETA RENCANA SISTEM
             PEMERINTAHAN BERBASIS ELEKTRONIK KABUPATEN SUKAMAJU
             TAHUN 2025-2029.

                              Pasal 2
(1) Peta Rencana SPBE Tahun 2025-2029 memuat:
    a. tata kelola SPBE;       e. aplikasi SPBE;
    b. manajemen SPBE;         f. keamanan SPBE; dan
    c. layanan SPBE;           g. {SEVENTH} dan
    d. infrastruktur SPBE;        komunikasi.
(2) Rincian program dan kegiatan setiap muatan tercantum dalam
    Lampiran yang merupakan bagian tidak terpisahkan dari
    Peraturan Bupati ini.

                                   Ditetapkan di Sukamaju
                                   pada tanggal 17 Maret 2025
                                   BUPATI SUKAMAJU,
                                             ttd.
                                   H. ZULKARNAIN ARSYAD
";

    [Fact]
    public void A_list_in_two_columns_is_read_column_by_column_in_the_same_length()
    {
        var text = "(1) memuat:\n    a. satu;       c. tiga;\n    b. dua;        d. empat yang\n                      panjang.\nPasal 3";
        var read = PageText.ReadColumns(text);
        Assert.Equal(text.Length, read.Length);
        Assert.Contains("c. tiga;\nd. empat yang\n   panjang.", read);
        Assert.StartsWith("(1) memuat:\n    a. satu;", read);
        Assert.EndsWith("\nPasal 3", read);
    }

    [Fact]
    public void A_content_wrapped_inside_the_right_column_is_found()
    {
        var check = Judge(Roadmap.Replace("{SEVENTH}", "audit teknologi informasi"), 2);
        Assert.Contains(check.Found, f => f.Element == "Audit TIK");
        Assert.Equal(3, check.Level);
    }

    [Fact]
    public void A_seventh_item_that_is_no_audit_still_lacks_the_audit()
    {
        var check = Judge(Roadmap.Replace("{SEVENTH}", "pemantauan teknologi informasi"), 2);
        Assert.DoesNotContain(check.Found, f => f.Element == "Audit TIK");
        Assert.Equal(2, check.Level);
    }
}
