using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 review leftovers: a typo correction never makes a question, number or topic word out of a common word, and
/// "bkn" is the agency BKN where its systems or a link to it are named, "bukan" elsewhere. Phrasings written for these
/// tests, not taken from any question set.
/// </summary>
public class TypoGuardAndAgencyTests
{
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    [Theory]
    [InlineData("masalah", "manakah")]
    [InlineData("langkah", "manakah")]
    [InlineData("berupa", "berapa")]
    [InlineData("that", "what")]
    [InlineData("give", "five")]
    [InlineData("there", "three")]
    [InlineData("done", "one")]
    [InlineData("tempat", "empat")]
    [InlineData("berada", "berapa")]
    [InlineData("sempat", "empat")]
    public void A_common_word_is_not_turned_into_a_question_or_number_word(string word, string notThis)
    {
        var corrected = Parser.CorrectedTokens($"kami ada {word} di sini");
        Assert.Contains(word, corrected);
        Assert.DoesNotContain(notThis, corrected);
    }

    [Theory]
    [InlineData("arsitektr", "arsitektur")]
    [InlineData("bagaimna", "bagaimana")]
    [InlineData("brapa", "berapa")]
    public void A_real_typo_is_still_corrected(string typo, string word) =>
        Assert.Contains(word, Parser.CorrectedTokens($"{typo} level 3"));

    [Fact]
    public void Give_is_not_five_in_an_english_question()
    {
        var u = Parser.Parse("Please give me the level 2 criteria for the SPBE architecture document.");
        Assert.Equal(11, u.Indicator);
        Assert.Equal(2, u.Level);
    }

    [Theory]
    [InlineData("aplikasi simpeg kami sudah integrasi ke BKN")]
    [InlineData("data kepegawaian kita ditarik dari bkn tiap bulan")]
    [InlineData("SIASN BKN dipakai semua OPD")]
    public void Bkn_next_to_its_systems_or_a_link_is_the_agency(string text)
    {
        var tokens = TextNormalizer.Tokenize(text);
        Assert.Contains("bkn", tokens);
        Assert.DoesNotContain("bukan", tokens);
    }

    [Theory]
    [InlineData("itu bkn level 3 ya?")]
    [InlineData("bkn gitu maksud sy")]
    public void Bkn_elsewhere_is_bukan(string text)
    {
        var tokens = TextNormalizer.Tokenize(text);
        Assert.Contains("bukan", tokens);
        Assert.DoesNotContain("bkn", tokens);
    }

    [Fact]
    public void Bukan_does_not_name_the_personnel_indicator()
    {
        var u = Parser.Parse("itu bukan level 3 ya?");
        Assert.NotEqual(36, u.Indicator);
    }

    [Fact]
    public void The_agency_still_names_the_personnel_indicator()
    {
        var u = Parser.Parse("layanan kepegawaian kami terintegrasi dengan BKN, level berapa?");
        Assert.Equal(36, u.Indicator);
    }
}
