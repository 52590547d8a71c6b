using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15, branch wip-22ib: a topic's indicators listed as bare numbers right after its words ("SPL ada 7 &amp; 18",
/// "audit TIK ada 29, 30, 31"), then a sentence that says which one is asked about: that one is answered, the others offered
/// as buttons. Phrasings written for these tests, not taken from any question set.
/// </summary>
public class TopicListedNumbersTests
{
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    [Theory]
    [InlineData("jaringan intra ada 6 & 17. kalau jaringannya sudah dipakai semua OPD itu nilai yang mana?", 17, 6)]
    [InlineData("pusat data ada 5 & 16. yang perwal-nya yang mana?", 5, 16)]
    [InlineData("manajemen keamanan informasi ada 8 dan 22. SOC dan firewall yang sudah dipasang di OPD masuk yang mana?", 22, 8)]
    public void Two_numbers_of_the_named_topic_then_which_one_answers_that_one(string question, int indicator, int other)
    {
        var u = Parser.Parse(question);
        Assert.Equal(indicator, u.Indicator);
        Assert.Contains(other, u.Alternatives);
    }

    [Theory]
    [InlineData("audit TIK ada 29, 30, 31. kalo audit aplikasi itu masuk yg mana?", 30, new[] { 29, 31 })]
    [InlineData("audit ada 9, 29, 30, 31 ya. yang perbup audit TIK itu yang mana?", 9, new[] { 29, 30, 31 })]
    public void A_list_of_the_named_topic_then_which_one_answers_that_one(string question, int indicator, int[] others)
    {
        var u = Parser.Parse(question);
        Assert.Equal(indicator, u.Indicator);
        Assert.All(others, o => Assert.Contains(o, u.Alternatives));
    }
}
