using System.Text;
using SpbeBot.Core.Evidence;

namespace SpbeBot.Tests.Evidence;

public class FileNamesTests
{
    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\boot.ini", "boot.ini")]
    [InlineData("..\\..\\etc\\passwd", "passwd")]
    [InlineData("/abs/x.pdf", "x.pdf")]
    [InlineData("C:\\Users\\rina\\Documents\\Notulen Rapat.docx", "Notulen Rapat.docx")]
    public void Only_the_last_path_segment_is_kept(string name, string expected) =>
        Assert.Equal(expected, FileNames.Sanitize(name, "berkas"));

    [Theory]
    [InlineData("laporan\u202Efdp.exe", "laporanfdp.exe")]
    [InlineData("lap\u2066oran\u2069.pdf", "laporan.pdf")]
    [InlineData("lap\u0000or\u0007an\u007F\u0085.pdf", "laporan.pdf")]
    [InlineData("notulen\r\nrapat\t.pdf", "notulen rapat .pdf")]
    public void Control_and_bidi_characters_are_removed(string name, string expected) =>
        Assert.Equal(expected, FileNames.Sanitize(name, "berkas"));

    [Theory]
    [InlineData("a<b>c:d\"e|f?g*h.pdf", "a_b_c_d_e_f_g_h.pdf")]
    [InlineData("  laporan    akhir   2024 .pdf  ", "laporan akhir 2024 .pdf")]
    [InlineData("...laporan.pdf...", "laporan.pdf")]
    [InlineData(".bashrc", "bashrc")]
    public void Windows_illegal_characters_dots_and_spaces_are_cleaned(string name, string expected) =>
        Assert.Equal(expected, FileNames.Sanitize(name, "berkas"));

    [Theory]
    [InlineData("CON.pdf", "_CON.pdf")]
    [InlineData("nul", "_nul")]
    [InlineData("Com1.tar.gz", "_Com1.tar.gz")]
    [InlineData("LPT9.docx", "_LPT9.docx")]
    [InlineData("CONTOH.pdf", "CONTOH.pdf")]
    [InlineData("COM10.pdf", "COM10.pdf")]
    public void Reserved_windows_names_get_a_prefix(string name, string expected) =>
        Assert.Equal(expected, FileNames.Sanitize(name, "berkas"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("...")]
    [InlineData("../..")]
    [InlineData("dir/")]
    [InlineData("\u202E\u0000")]
    public void Nothing_left_gives_the_fallback(string? name) =>
        Assert.Equal("berkas.pdf", FileNames.Sanitize(name, "berkas.pdf"));

    [Fact]
    public void An_empty_fallback_still_gives_a_name() => Assert.Equal("file", FileNames.Sanitize("..", ""));

    [Fact]
    public void Very_long_names_keep_their_extension()
    {
        var result = FileNames.Sanitize(new string('a', 300) + ".docx", "berkas");
        Assert.Equal(120, result.Length);
        Assert.EndsWith("a.docx", result);
    }

    [Fact]
    public void Truncation_does_not_split_a_surrogate_pair()
    {
        var result = FileNames.Sanitize(new string('a', 114) + "😀😀😀😀😀.pdf", "berkas");
        Assert.True(result.Length <= 120);
        Assert.EndsWith(".pdf", result);
        Assert.Equal(result, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(result))); // no lone surrogate
    }

    [Fact]
    public void Names_are_normalised_to_nfc()
    {
        var decomposed = "Kebijakan Pe\u0301merintah.pdf"; // e + combining acute
        Assert.Equal("Kebijakan P\u00E9merintah.pdf", FileNames.Sanitize(decomposed, "berkas"));
    }

    [Fact]
    public void A_lone_surrogate_does_not_throw() => Assert.Equal("ab.pdf", FileNames.Sanitize("a\uD800b.pdf", "berkas"));

    [Theory]
    [InlineData("scan.PDF", ".pdf", "scan.pdf")]
    [InlineData("foto", ".jpg", "foto.jpg")]
    [InlineData("laporan.final.docx", ".pdf", "laporan.final.pdf")]
    [InlineData("v1.2 laporan", ".pdf", "v1.2 laporan.pdf")]
    [InlineData("data", "xlsx", "data.xlsx")]
    public void With_extension_replaces_the_extension(string name, string extension, string expected) =>
        Assert.Equal(expected, FileNames.WithExtension(name, extension));

    [Theory]
    [InlineData("Notulen Reviu (final) 2024", "Notulen-Reviu-final-2024")]
    [InlineData("Laporan Kegiatan Diskominfo – Triwulan III", "Laporan-Kegiatan-Diskominfo-Triwulan-III")]
    [InlineData("SK_Tim_Koordinasi_SPBE", "SK_Tim_Koordinasi_SPBE")]
    [InlineData("  --Rencana   Aksi!!  ", "Rencana-Aksi")]
    [InlineData("Café Société", "Cafe-Societe")]
    [InlineData("!!! ??? ...", "")]
    [InlineData("", "")]
    [InlineData("数据", "")]
    public void Slug_keeps_ascii_words_joined_by_hyphens(string text, string expected) =>
        Assert.Equal(expected, FileNames.Slug(text));

    [Fact]
    public void Slug_is_cut_at_a_word_boundary()
    {
        var slug = FileNames.Slug("Dokumen Arsitektur SPBE Pemerintah Kabupaten Sukamaju Tahun Anggaran 2024 sampai 2026");
        Assert.Equal("Dokumen-Arsitektur-SPBE-Pemerintah-Kabupaten-Sukamaju-Tahun", slug);
        Assert.True(slug.Length <= 60);
        Assert.Equal("Notulen", FileNames.Slug("Notulen Reviu", 10));
        Assert.Equal("Abcdefghij", FileNames.Slug("Abcdefghijklmnop", 10)); // one long word is cut hard
    }
}
