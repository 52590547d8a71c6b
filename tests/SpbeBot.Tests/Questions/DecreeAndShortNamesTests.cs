using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15, branch wip-23ib. A regent's, mayor's or governor's decree (Kepbup, Kepwal, Kepgub) is a policy document as a
/// Perbup is: named on a Kebijakan Internal twin it asks about the policy, named as what established a body ("dibentuk
/// dengan Kepbup") it does not. "jar intra" (jaringan intra) and "ISMS" (the English name of SMKI) are short names several
/// authors wrote. Phrasings written for these tests, not taken from any question set.
/// </summary>
public class DecreeAndShortNamesTests
{
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    [Theory]
    [InlineData("Kepwal tim koordinasi SPBE kami masih level 2, apa syarat level 3?", 10, 3)]
    [InlineData("what does our kepgub on the coordination team need for level 4?", 10, 4)]
    [InlineData("penerapan jar intra level 3 apa saja?", 17, 3)]
    [InlineData("kebijakan jar intra level 2 syaratnya apa?", 6, 2)]
    public void The_decree_or_short_name_picks_the_indicator(string question, int indicator, int level)
    {
        var u = Parser.Parse(question);
        Assert.Equal((indicator, level), (u.Indicator, u.Level));
    }

    [Fact]
    public void A_body_established_by_a_decree_stays_the_implementation()
    {
        var u = Parser.Parse("Tim koordinasi SPBE dibentuk dengan Kepbup, rapat rutin tiap bulan sesuai program kerja. Level berapa?");
        Assert.Equal(19, u.Indicator);
    }

    [Fact]
    public void Isms_names_information_security_management()
    {
        Assert.Equal(22, Parser.Parse("Where is the ISMS assessed?").Indicator);
    }
}
