using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15, branch wip-26ib. Regional own words and "sudah" before a level say where the asker stands (Malay "kite dah
/// level 3", Minang "ambo alah level 2"), so a rise asked with no level named aims one higher; Malay "nak level 3" aims at
/// that level. Phrasings written for these tests, not taken from any question set.
/// </summary>
public class RegionalStandingAndAimTests
{
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    [Theory]
    [InlineData("kite dah level 3 di manajemen risiko, camne naiknya?", 21, 4)]
    [InlineData("ambo alah level 2 di audit aplikasi, baa caronyo naiak?", 30, 3)]
    public void A_regional_own_word_stands_at_the_level_so_the_rise_aims_one_higher(string question, int indicator, int level)
    {
        var u = Parser.Parse(question);
        Assert.Equal((QuestionKind.MoveUp, (int?)indicator, (int?)level), (u.Kind, u.Indicator, u.Level));
    }

    [Fact]
    public void Malay_nak_before_a_level_aims_at_it()
    {
        var u = Parser.Parse("manajemen risiko kami baru jalan di setengah OPD. nak level 3?");
        Assert.Equal((QuestionKind.MoveUp, (int?)21, (int?)3), (u.Kind, u.Indicator, u.Level));
    }
}
