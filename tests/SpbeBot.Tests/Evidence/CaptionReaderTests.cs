using SpbeBot.Core.Criteria;
using SpbeBot.Core.Evidence;

namespace SpbeBot.Tests.Evidence;

public class CaptionReaderTests
{
    static readonly CriteriaCatalog Catalog = CatalogStore.Get("spbe-2024");

    [Theory]
    [InlineData("bukti 32 L4", 32, 4, 1)]
    [InlineData("ind 12 lvl 4", 12, 4, null)]
    [InlineData("ind 11 lvl 4 notulen reviu", 11, 4, 2)]
    [InlineData("11 4 butir 3", 11, 4, 3)]
    [InlineData("Bukti Indikator 11 Level IV lainnya", 11, 4, 0)]
    [InlineData("data dukung indikator 32 tingkat 4", 32, 4, 1)]
    [InlineData("bukti 32", 32, null, null)]
    [InlineData("", null, null, null)]
    [InlineData("notulen rapat tim", null, null, null)]
    public void Reads_indicator_level_and_item(string caption, int? indicator, int? level, int? item)
    {
        var intent = CaptionReader.Read(caption, Catalog);
        Assert.False(intent.IsInvalid);
        Assert.Equal((indicator, level, item), (intent.Indicator, intent.Level, intent.Item));
    }

    [Fact]
    public void Reports_invalid_numbers_instead_of_guessing()
    {
        Assert.Equal(99, CaptionReader.Read("bukti 99 L4", Catalog).InvalidIndicator);
        Assert.Equal(7, CaptionReader.Read("bukti 32 L7", Catalog).InvalidLevel);
        Assert.Equal(5, CaptionReader.Read("bukti 32 L4 butir 5", Catalog).InvalidItem);
    }

    [Fact]
    public void Reads_the_opd_after_the_word_opd()
    {
        var intent = CaptionReader.Read("bukti 32 L4 opd Bag. Hukum", Catalog);
        Assert.Equal((32, 4, "Bag. Hukum"), (intent.Indicator!.Value, intent.Level!.Value, intent.OpdText));
    }
}
