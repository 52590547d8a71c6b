using SpbeBot.Core.People;

namespace SpbeBot.Tests.People;

public class OpdNameNormalizerTests
{
    [Theory]
    [InlineData("Bag. Hukum")]
    [InlineData("Bag, Hukum")]
    [InlineData("Bagian Hukum")]
    [InlineData("BAG HUKUM")]
    [InlineData("  bagian   hukum. ")]
    public void Spellings_of_one_OPD_get_one_key(string spelling) =>
        Assert.Equal("bagian hukum", OpdNameNormalizer.Normalize(spelling));

    [Theory]
    [InlineData("Bag. Pengadaan Barang & Jasa", "Bagian Pengadaan Barang dan Jasa")]
    [InlineData("Bag. Pengadaan Barang Jasa", "Bagian Pengadaan Barang dan Jasa")]
    [InlineData("Dis. Kominfo", "Dinas Kominfo")]
    [InlineData("Dinas Perijinan", "Dinas Perizinan")]
    [InlineData("Dinas Komunikasi, Informatika dan Statistik", "DINAS KOMUNIKASI INFORMATIKA & STATISTIK")]
    public void Abbreviations_and_connectors_are_written_out(string a, string b) =>
        Assert.Equal(OpdNameNormalizer.Normalize(a), OpdNameNormalizer.Normalize(b));

    [Fact]
    public void Different_OPDs_stay_different() =>
        Assert.NotEqual(OpdNameNormalizer.Normalize("Bagian Hukum"), OpdNameNormalizer.Normalize("Bagian Organisasi"));

    [Fact]
    public void Acronyms_are_kept_as_they_are() => Assert.Equal("bkpsdm", OpdNameNormalizer.Normalize("BKPSDM"));
}
