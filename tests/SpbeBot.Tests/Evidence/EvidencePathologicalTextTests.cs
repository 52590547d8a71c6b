using SpbeBot.Core.Criteria;
using SpbeBot.Core.Evidence.Checking;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// A check never fails for time (issue 22): the document facts run over the whole text with the non-backtracking
/// engine, so text that makes a backtracking pattern take seconds — here lines of 20,000 spaces and tabs, as a text
/// layer with a broken layout can hold, after a heading, after "tanggal" and before a signature title — is read in
/// linear time. The old patterns (a 2 s time-out) threw <see cref="System.Text.RegularExpressions.RegexMatchTimeoutException"/>
/// on this text: the draft-marker line alone takes seconds on one 20,000-space line.
/// </summary>
public class EvidencePathologicalTextTests
{
    static readonly string Blank = new(' ', 20_000);
    static readonly string Tabs = string.Concat(Enumerable.Repeat(" \t", 10_000));

    static string Page(int n) =>
        $"Pasal {n}\n{Blank}\nPerangkat Daerah melaksanakan arsitektur SPBE yang memuat proses bisnis dan data.\n" +
        $"tanggal{Tabs}\nKepala{Blank}\n" + string.Concat(Enumerable.Repeat("Nomor " + Blank[..200] + "\n", 20));

    static readonly string[] Pages =
    [
        "PERATURAN BUPATI SUKAMAJU\nNOMOR 12 TAHUN 2025\nTENTANG ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\n" + Blank + "\n",
        .. Enumerable.Range(1, 18).Select(Page),
        "Ditetapkan di Sukamaju\npada tanggal 14 Maret 2025\nBUPATI SUKAMAJU,\n\nH. ARIFIN SETIAWAN\n",
    ];

    [Fact]
    public void Document_facts_of_a_text_with_lines_of_thousands_of_blanks_are_read_without_a_time_out()
    {
        var facts = DocumentFactsReader.Read(new PageText(Pages));
        Assert.Equal("Peraturan Bupati", facts.Kind);
        Assert.Equal("12", facts.Number);
        Assert.Equal(2025, facts.Year);
        Assert.Equal(new DateOnly(2025, 3, 14), facts.Date);
        Assert.True(facts.Signed);
        Assert.False(facts.Draft);
        Assert.Equal("Kabupaten Sukamaju", facts.Instansi);
    }

    [Fact]
    public void The_whole_check_of_that_text_gives_a_verdict()
    {
        var check = EvidenceChecker.Judge(new EvidenceCheckRequest("x.pdf", "x.pdf", "spbe-2024", 1, null, 2026, AllowOcr: false),
            new DocumentText(Pages, Pages.Length, false, false, []), CatalogStore.Shipped("spbe-2024"), "Kabupaten Sukamaju");
        Assert.True(check.Level >= 1, $"level {check.Level}");
        Assert.Empty(check.Flags);
    }

    [Theory]
    [InlineData("BUPATI NOMOR 12\nKABUPATEN SUKAMAJU", "Kabupaten Sukamaju")]
    [InlineData("WALI KOTA TENTANG X\ndi Kota Mekarsari", "Kota Mekarsari")]
    [InlineData("Dinas Kota Mekarsari", "Kota Mekarsari")]
    public void An_official_s_title_before_NOMOR_or_TENTANG_names_no_place(string text, string instansi) =>
        Assert.Equal(instansi, DocumentFactsReader.ReadInstansi(text));
}
