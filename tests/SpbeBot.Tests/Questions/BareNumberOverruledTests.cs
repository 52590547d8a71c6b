using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;
using SpbeBot.Core.Questions.Learned;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15, branch wip-29ib: a bare number no word marks as an indicator ("the other 15 are …", "7 poin") is read as
/// the indicator only when the model does not overrule it — sure of another indicator by the words and the number's
/// indicator below RuleBelow, as it overrules the rules' words. A number marked "indikator N" is never overruled.
/// Phrasings written for these tests, not taken from any question set.
/// </summary>
public class BareNumberOverruledTests
{
    static readonly QuestionParser WithModel = QuestionParser.For("spbe-2024");
    static readonly QuestionParser RulesOnly = new(CatalogStore.Get("spbe-2024")) { Model = null };

    [Theory]
    [InlineData("jaringan intra: fiber sudah sampai ke kantor dinas, 12 lainnya masih pakai internet biasa, belum tersambung ke jaringan intra pemerintah pusat. level berapa?", 12, 17)]
    [InlineData("aplikasi pengaduan kami sudah terhubung ke SP4N-LAPOR, reviunya menghasilkan 7 poin perbaikan dan semuanya sudah dikerjakan. level berapa?", 7, 42)]
    public void A_bare_number_the_model_finds_improbable_is_not_the_indicator(string question, int number, int expected)
    {
        Assert.Equal(number, RulesOnly.Parse(question).Indicator);
        Assert.Equal(expected, WithModel.Parse(question).Indicator);
    }

    [Theory]
    [InlineData("indikator 12 level 3 syaratnya apa?", 12)]
    [InlineData("pengaduan itu masuk indikator 7 ya?", 7)]
    public void A_number_marked_as_an_indicator_stays(string question, int expected) =>
        Assert.Equal(expected, WithModel.Parse(question).Indicator);

    // Issue 15 review of wip-29ib: a number directly followed by "level N" (or after "tanya", "nomor") names the indicator.
    [Theory]
    [InlineData("aplikasi pengaduan kami sudah terhubung ke SP4N-LAPOR. Sekarang mau tanya 12 level 3 syaratnya apa?", 12)]
    [InlineData("jaringan intra sudah sampai ke semua kantor dinas. lalu 12 level 3 syaratnya apa?", 12)]
    [InlineData("proses bisnis 21 level 3 syaratnya?", 21)]
    public void A_number_followed_by_a_level_is_not_overruled(string question, int expected)
    {
        var understood = WithModel.Parse(question);
        Assert.Equal(expected, understood.Indicator);
        Assert.Equal(3, understood.Level);
    }

    [Fact]
    public void An_overruled_number_is_offered_as_a_button()
    {
        var understood = WithModel.Parse("jaringan intra: fiber sudah sampai ke kantor dinas, 12 lainnya masih pakai internet biasa, belum tersambung ke jaringan intra pemerintah pusat. level berapa?");
        Assert.Equal(17, understood.Indicator);
        Assert.Contains(12, understood.Alternatives);
    }

    static IndicatorModel.Guess Guess(int top, double p, int number, double numberP) =>
        new(top, p, number, numberP, 5, new Dictionary<int, double> { [top] = p, [number] = numberP });

    [Fact]
    public void The_model_overrules_a_number_only_when_sure_and_the_number_improbable()
    {
        var policy = LearnedPolicy.Default;
        Assert.True(LearnedChoice.OverrulesNumber(12, Guess(17, 0.999, 12, 1e-9), policy));
        Assert.False(LearnedChoice.OverrulesNumber(12, Guess(17, 0.95, 12, 1e-9), policy));
        Assert.False(LearnedChoice.OverrulesNumber(12, Guess(17, 0.999, 12, 1e-5), policy));
        Assert.False(LearnedChoice.OverrulesNumber(17, Guess(17, 0.999, 12, 1e-9), policy));
        Assert.False(LearnedChoice.OverrulesNumber(12, Guess(IndicatorModel.None, 0.999, 12, 1e-9), policy));
        Assert.False(LearnedChoice.OverrulesNumber(12, Guess(17, 0.999, 12, 1e-9), LearnedPolicy.Off));
    }
}
