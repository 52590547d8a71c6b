using SpbeBot.Core.Questions;
using static SpbeBot.Tests.Questions.Reading;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 3: a move up told as a difference from where the asker stands, an arrow between two levels, what a
/// level adds set against the one below, and a rise asked from the level where one stands. Phrasings written for these
/// tests, not taken from any question set.
/// </summary>
public class MoveUpFromWhereTheyStandTests
{

    [Theory]
    // An arrow between two levels is "ke".
    [InlineData("manajemen risiko lvl 2 -> 3 apa bedanya?", 21, 3)]
    [InlineData("indikator 24 level 3 → 4 bedanya apa", 24, 4)]
    // What a level adds, however it is compared.
    [InlineData("For the data management indicator 23, what does level 4 add when compared with level 3?", 23, 4)]
    // The lower of two adjacent levels is where the asker stands.
    [InlineData("Pusat data kami level 3, apa bedanya dengan level 4?", 16, 4)]
    [InlineData("indikator 28 kita sudah lvl 2, beda dgn lvl 3 apa?", 28, 3)]
    // A rise asked with no level to rise to starts from where they stand.
    [InlineData("Audit aplikasi kami masih di level 3, apa yang harus ditingkatkan supaya naik?", 30, 4)]
    public void The_target_level_is_answered(string question, int indicator, int level)
    {
        Read(question, QuestionKind.MoveUp, indicator, level);
    }

    [Theory]
    // Nobody says where they stand: a comparison stays a comparison.
    [InlineData("apa bedanya level 3 dan level 4 indikator 16?")]
    [InlineData("indikator 16: bedanya di level 3 dan level 4 apa?")]
    public void A_plain_comparison_stays_a_comparison(string question)
    {
        var u = Parser.Parse(question);
        Assert.Equal(QuestionKind.Compare, u.Kind);
        Assert.Equal(3, u.Level);
        Assert.Equal(4, u.OtherLevel);
    }
}
