using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 6: a weight question naming a Kebijakan Internal twin with no policy word answers the implementation
/// member's weight with the policy member as a button, as any other question about the twin does; a policy word still
/// weighs the policy member. Phrasings written for these tests, not taken from any question set.
/// </summary>
public class TwinWeightTests
{
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    [Theory]
    [InlineData("Berapa persen bobot indikator tim koordinasi SPBE?", 19, 10)]
    [InlineData("bobot splp brp ya", 18, 7)]
    [InlineData("How much does the data centre indicator weigh?", 16, 5)]
    public void A_twin_named_bare_weighs_its_implementation_member(string question, int implementation, int policy)
    {
        var u = Parser.Parse(question);
        Assert.Equal(QuestionKind.Weight, u.Kind);
        Assert.Equal(implementation, u.Indicator);
        Assert.Equal([policy], u.Alternatives);
    }

    [Fact]
    public void A_policy_word_weighs_the_policy_member()
    {
        var u = Parser.Parse("Berapa bobot kebijakan internal tim koordinasi SPBE?");
        Assert.Equal(QuestionKind.Weight, u.Kind);
        Assert.Equal(10, u.Indicator);
    }

    [Fact]
    public void Set_to_ask_a_bare_twin_it_asks_between_the_two()
    {
        var asking = new QuestionParser(Core.Criteria.CatalogStore.Get("spbe-2024")) { AnswerLikelyTwin = false };
        var u = asking.Parse("Berapa persen bobot indikator tim koordinasi SPBE?");
        Assert.Equal(QuestionKind.Ambiguous, u.Kind);
        Assert.Equal([10, 19], u.Candidates);
    }
}
