using SpbeBot.Core.Questions;
using static SpbeBot.Tests.Questions.Reading;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15, branch wip-15a: the indicator chosen and the kind of answer — a higher level set apart from the one below,
/// short forms that are chat words too, a choice among three or more listed indicators, "semua" before a rise.
/// Phrasings written for these tests, not taken from any question set.
/// </summary>
public class IndicatorChoiceRulesTests
{

    [Theory]
    [InlineData("Pada indikator 21, apa yang membedakan level 3 dari level 2?", 21, 3, 2)]
    [InlineData("For the open data service, how does level 5 differ from level 4?", 43, 5, 4)]
    [InlineData("audit keamanan: yg membedakan lvl 4 dari lvl 3 apa aja", 31, 4, 3)]
    public void A_higher_level_set_apart_from_the_one_below_is_a_move_up_to_it(string question, int indicator, int target, int from)
    {
        var u = Read(question, QuestionKind.MoveUp, indicator, target);
        Assert.Equal(from, u.FromLevel);
    }

    [Theory]
    // The lower level named first stays a comparison, answered from the lower one.
    [InlineData("Pada indikator 21, apa bedanya level 2 dan level 3?", 21, 2, 3)]
    [InlineData("How is level 3 different from level 4 on indicator 43?", 43, 3, 4)]
    public void Two_levels_compared_lower_first_stay_a_comparison(string question, int indicator, int low, int high)
    {
        var u = Parser.Parse(question);
        Assert.Equal(QuestionKind.Compare, u.Kind);
        Assert.Equal(indicator, u.Indicator);
        Assert.Equal(low, u.Level);
        Assert.Equal(high, u.OtherLevel);
    }

    [Theory]
    [InlineData("syarat km lvl 2 apa aja", 26, 2)]
    [InlineData("contoh bukti KM level 4", 26, 4)]
    [InlineData("dokumen apa utk TKS level 3", 19, 3)]
    public void A_chat_word_short_form_names_its_indicator_when_nothing_else_does(string question, int indicator, int level)
    {
        var u = Parser.Parse(question);
        Assert.Equal(indicator, u.Indicator);
        Assert.Equal(level, u.Level);
    }

    [Fact]
    public void A_chat_word_short_form_beside_a_named_topic_is_not_read_as_a_name()
    {
        // "km" here is "kami": the named topic (manajemen risiko) is the indicator.
        var u = Parser.Parse("manajemen risiko km lvl 2 syaratnya apa");
        Assert.Equal(21, u.Indicator);
        Assert.Equal(2, u.Level);
    }

    [Theory]
    [InlineData("km bisa bantu apa aja buat sy?")]
    [InlineData("makasih tks ya, nanti sy tanya lg")]
    public void A_chat_word_short_form_without_a_criteria_question_names_no_indicator(string question) =>
        Assert.Null(Parser.Parse(question).Indicator);

    [Theory]
    [InlineData("indikator 29, 30 dan 31 itu audit semua. yang audit keamanan yang mana?", 31, new[] { 29, 30 })]
    [InlineData("ind 32 33 34, aplikasi keuangan yg mana ya", 34, new[] { 32, 33 })]
    public void A_choice_among_listed_indicators_answers_the_one_the_words_name(string question, int answered, int[] buttons)
    {
        var u = Parser.Parse(question);
        Assert.Equal(answered, u.Indicator);
        Assert.Equal(buttons, u.Alternatives);
    }

    [Fact]
    public void A_list_whose_words_name_none_of_them_keeps_the_first()
    {
        var u = Parser.Parse("ind 45 46 47 itu maksudnya apa");
        Assert.Equal(45, u.Indicator);
    }

    [Fact]
    public void All_before_a_rise_is_not_every_indicator_at_that_level()
    {
        var u = Parser.Parse("manajemen layanan udh dipakai semua, mau naik lvl 4 gmn?");
        Assert.Equal(QuestionKind.MoveUp, u.Kind);
        Assert.Equal(28, u.Indicator);
        Assert.Equal(4, u.Level);
    }

    [Fact]
    public void A_statement_of_use_in_chat_spelling_is_a_described_situation()
    {
        // "dipake" (chat spelling of "dipakai") tells a state, as "dipakai" does: the statement is placed, not answered with the overview.
        var u = Parser.Parse("layanan jaringan intra dipake 12 dari 40 opd");
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.Equal(17, u.Indicator);
    }
}
