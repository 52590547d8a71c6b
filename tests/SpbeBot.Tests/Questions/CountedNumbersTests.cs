using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15, branch wip-29ib: a number that counts something in a described situation is no indicator number — "N
/// perangkat daerah (dari M)", a classifier ("20 buah", Banjar "buting"), recommendations or findings counted, steps cut
/// "from 12 to 7", Sundanese "ti" (from) between two numbers. Phrasings written for these tests, not taken from any
/// question set.
/// </summary>
public class CountedNumbersTests
{
    // The rules alone: the model would overrule most of these numbers too (BareNumberOverruledTests), not all.
    static readonly QuestionParser Parser = new(CatalogStore.Get("spbe-2024")) { Model = null };

    [Theory]
    [InlineData("Perwal layanan pusat data mewajibkan 12 perangkat daerah (dari 30) memakai pusat data Diskominfo. Level berapa?", 30)]
    [InlineData("kebijakan jaringan intra sudah ada perbupnya, berlaku untuk 20 buah OPD. level berapa?", 20)]
    [InlineData("perbup jaringan intra mengatur seluruh kantor, 28 buting. level berapa kebijakannya?", 28)]
    [InlineData("aplikasi pengaduan kami sudah direviu, ada 8 rekomendasi dan semuanya sudah ditindaklanjuti. level berapa?", 8)]
    [InlineData("The audit left 9 findings and all of them were followed up. What level is our complaint service?", 9)]
    [InlineData("We simplified the licensing process (steps cut from 12 to 7) and mapped it, but it still runs on paper. What level is our business process innovation?", 12)]
    [InlineData("We simplified the licensing process (steps cut from 12 to 7) and mapped it, but it still runs on paper. What level is our business process innovation?", 7)]
    [InlineData("jaringan intra urang nembe nyambung ka 20 ti 38 OPD. level sabaraha?", 20)]
    public void A_counted_number_is_not_the_indicator(string question, int counted)
    {
        var u = Parser.Parse(question);
        Assert.NotNull(u.Indicator);
        Assert.NotEqual(counted, u.Indicator);
    }

    // Issue 15 review of wip-29ib: after "dari" a count noun counts only with a second number aimed at; "ti" between two
    // numbers counts only with a count noun by them.
    [Theory]
    [InlineData("beda tahapan dari 28 dan 29 apa?", 28)]
    [InlineData("langkah audit dari 28 itu apa saja?", 28)]
    [InlineData("kebijakan 5 ti 41 apa bedanya?", 5)]
    public void A_number_after_dari_or_before_ti_alone_is_the_indicator(string question, int expected) =>
        Assert.Equal(expected, Parser.Parse(question).Indicator);
}
