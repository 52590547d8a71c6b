using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Branch wip-19sm: one reading of the level where the asker stands (QuestionParser.StandingLevel.cs) serves a rise
/// ("next?") and a difference of two adjacent levels alike; one list of the words that aim at a level
/// (<c>IntentWords.Aim</c>). Each row is worded for the test, not copied from a set.
/// </summary>
public class StandingLevelTests
{
    static readonly QuestionParser Parser = new(CatalogStore.Get("spbe-2024"));

    [Theory]
    // Stuck at a level, then the difference to the next: what the next level adds.
    [InlineData("aplikasi kearsipan kami mentok lvl 3, apa bedanya dengan lvl 4? ind 37", 37, 4, 3)]
    // A level in parentheses labels where one stands, for a difference as for a rise.
    [InlineData("Indicator 16: all OPDs already use the data centre (level 3). What is the difference with level 4?", 16, 4, 3)]
    public void The_level_where_the_asker_stands_makes_a_difference_a_move_up(string question, int indicator, int target, int from)
    {
        var u = Parser.Parse(question);
        Assert.Equal(QuestionKind.MoveUp, u.Kind);
        Assert.Equal(indicator, u.Indicator);
        Assert.Equal(target, u.Level);
        Assert.Equal(from, u.FromLevel);
    }

    [Fact]
    public void A_level_wanted_is_not_where_the_asker_stands()
    {
        // "mau level 3": wanted, so "beda level 2 dan 3" stays a comparison of the two.
        var u = Parser.Parse("kita mau level 3, beda level 2 dan 3 di indikator 37 apa?");
        Assert.NotEqual(2, u.FromLevel);
    }
}
