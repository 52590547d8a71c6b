using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15, branch wip-26ib. Short forms people make of the lexicon's words: a blend of two words' first letters
/// ("jarintra", "manaset", "arsispbe") and a word written without its vowels ("kbjkn", "jrngn", "mgmt") name the indicator
/// the full words name. Acronyms with a vowel ("skp", "sop"), three letters without one ("spp", "dmn") and real words
/// ("internet") stay as written. Phrasings written for these tests, not taken from any question set.
/// </summary>
public class ShortFormsTests
{
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    [Theory]
    [InlineData("jarintra kami udah lvl 3, syarat lvl 4 apa?", 17, 4)]
    [InlineData("manaset tik kami level 2, buktinya apa aja", 24, 2)]
    [InlineData("arsispbe lvl 4", 11, 4)]
    [InlineData("kbjkn arsitektur lvl 2 apa", 1, 2)]
    [InlineData("jrngn intra kami lvl 2", 17, 2)]
    [InlineData("change mgmt level 3 apa", 27, 3)]
    public void A_short_form_names_the_indicator_of_its_words(string question, int indicator, int level)
    {
        var u = Parser.Parse(question);
        Assert.Equal((indicator, (int?)level), (u.Indicator, u.Level));
    }

    [Theory]
    [InlineData("jarintra", "jaringan intra")]
    [InlineData("manaset", "manajemen aset")]
    [InlineData("kbjkn", "kebijakan")]
    [InlineData("mgmt", "management")]
    [InlineData("skp", "skp")]
    [InlineData("sop", "sop")]
    [InlineData("spp", "spp")]
    [InlineData("dmn", "dmn")]
    [InlineData("internet", "internet")]
    public void A_short_form_is_read_as_its_words_and_an_acronym_stays(string written, string read)
    {
        Assert.Equal(read, string.Join(" ", Parser.CorrectedTokens(written)));
    }
}
