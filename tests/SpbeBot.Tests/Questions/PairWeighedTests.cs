using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;
using SpbeBot.Core.Questions.Learned;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 (wip-27ib): a pair of indicators whose later words no rule reads. The model weighs the two against each other
/// only; a Kebijakan Internal twin with neither policy nor doing words is its implementation member. Phrasings written
/// for these tests, not taken from any question set.
/// </summary>
public class PairWeighedTests
{
    static readonly CriteriaCatalog Catalog = CatalogStore.Get("spbe-2024");
    static readonly QuestionParser RulesOnly = new(Catalog) { Model = null };

    [Fact]
    public void The_model_chooses_between_the_two_even_when_it_leans_to_a_third()
    {
        const string question = "audit infrastruktur vs audit keamanan, yang dari kecamatan kemarin itu masuk mana?";
        Assert.Equal(29, RulesOnly.Parse(question).Indicator);
        // A toy model: the words lean to 40 most, and to 31 far more than to 29.
        var tokens = RulesOnly.CorrectedTokens(question);
        var other = RulesOnly.CorrectedTokens("terima kasih banyak");
        var model = IndicatorModelTrainer.Train("spbe-2024",
            [(tokens, 40), (tokens, 40), (tokens, 40), (tokens, 40), (tokens, 31), (tokens, 31), (other, 29), (other, 29)]);
        Assert.True(model.Score(tokens).Of(31) < 0.5);

        var u = new QuestionParser(Catalog) { Model = model }.Parse(question);

        Assert.Equal(31, u.Indicator);
        Assert.Equal(new[] { 29 }, u.Alternatives);
    }

    [Theory]
    [InlineData("ind 6 vs 17, yang dari kecamatan kemarin itu masuk mana?", 17, 6)]
    [InlineData("indikator 5 sama 16 bedanya apa? yg kemarin ditanya pak camat itu yang mana", 16, 5)]
    public void A_twin_told_by_neither_policy_nor_doing_is_its_implementation_member(string question, int answered, int button)
    {
        var u = RulesOnly.Parse(question);
        Assert.Equal(answered, u.Indicator);
        Assert.Equal(new[] { button }, u.Alternatives);
    }

    [Fact]
    public void A_policy_word_still_chooses_the_policy_member()
    {
        var u = RulesOnly.Parse("ind 6 vs 17, yang perbup dari kecamatan kemarin itu masuk mana?");
        Assert.Equal(6, u.Indicator);
    }
}
