using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Branch wip-19sm: regional Malay negators (Minang "indak", Kupang "sonde", Papua/Maluku "tra", "trada") read as
/// "tidak" / "tidak ada", so what they deny is denied; wip-23sm: Maluku "seng". Rows worded for the test.
/// </summary>
public class RegionalNegatorTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    [Theory]
    [InlineData("indak bisa daftar", "tidak bisa daftar")]
    [InlineData("SOP sonde ada", "sop tidak ada")]
    [InlineData("trada reviu", "tidak ada reviu")]
    [InlineData("seng ditandatangani", "tidak ditandatangani")]
    public void Regional_negators_read_as_tidak(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', TextNormalizer.Tokenize(text)));

    [Fact]
    public void A_service_that_only_informs_and_cannot_register_is_level_1() =>
        Assert.Equal(1, Reader.Place(46, "aplikasi antrian puskesmas kami cuma info jadwal dokter, pasien indak bisa daftar", service: true).Level);

    [Fact]
    public void A_draft_the_head_has_not_signed_is_level_1() =>
        Assert.Equal(1, Reader.Place(1, "rancangan Perbup arsitektur SPBE kami sudah lengkap, tapi Bupati seng tandatangan. level berapa?", service: false).Level);
}
