using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2 (wip-15t): described situations placed at the level their criterion supports, one rule at a time;
/// each row is a description and the level it must get (or, undecided, the level whose criterion the reply asks about).
/// </summary>
public class SituationLevelTests
{
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    static Understanding Situation(string question, int indicator)
    {
        var u = Parser.Parse(question);
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.Equal(indicator, u.Indicator);
        return u;
    }

    [Theory]
    // A short account of one's own state, with no question at all, is a described situation.
    [InlineData("kebijakan audit tik kita msh konsep di bagian hukum", 9, 1)]
    [InlineData("manajemen aset tik kita belum ada sama sekali", 24, 1)]
    [InlineData("aplikasi kepegawaian kita cuma bisa unduh data pegawai", 36, 2)]
    public void A_short_account_of_ones_own_state_is_placed(string question, int indicator, int level) =>
        Assert.Equal(level, Situation(question, indicator).Level);

    [Fact]
    public void A_short_account_that_asks_which_indicator_is_not_a_situation() =>
        Assert.NotEqual(QuestionKind.Situation, Parser.Parse("aplikasi kepegawaian kita sdh bisa unduh data, masuk indikator brp?").Kind);
}
