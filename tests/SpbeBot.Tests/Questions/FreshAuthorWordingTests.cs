using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15, branch wip-20ib: a level written with its enclitic ("lvl 3nya"), and the short form "KM" when which indicator is
/// asked. Phrasings written for these tests, not
/// taken from any question set.
/// </summary>
public class FreshAuthorWordingTests
{
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    [Theory]
    [InlineData("sistem penghubung layanan itu ind 18 ya? lvl 2nya gimana", 18, 2)]
    [InlineData("audit aplikasi, level 4nya apa aja?", 30, 4)]
    public void A_level_with_its_enclitic_is_the_level(string question, int indicator, int level)
    {
        var u = Parser.Parse(question);
        Assert.Equal(indicator, u.Indicator);
        Assert.Equal(level, u.Level);
    }

    [Fact]
    public void Both_written_as_dua2nya_stays_one_word()
    {
        Assert.Equal(["dua2nya"], TextNormalizer.Tokenize("dua2nya"));
        Assert.Equal(["level", "3", "nya"], TextNormalizer.Tokenize("level 3nya"));
    }

    [Theory]
    [InlineData("KM SPBE itu dinilai di ind brp?")]
    [InlineData("km spbe masuk mana ya")]
    public void KM_asked_which_indicator_is_knowledge_management(string question)
    {
        Assert.Equal(26, Parser.Parse(question).Indicator);
    }

    [Fact]
    public void KM_as_kami_in_chat_stays_chat()
    {
        Assert.NotEqual(26, Parser.Parse("km bisa bantu apa aja?").Indicator);
    }
}
