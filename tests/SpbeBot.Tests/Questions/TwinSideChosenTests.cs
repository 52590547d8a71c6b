using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15, branch wip-26ib. A Kebijakan Internal twin with both sides named ("kebijakan sama dokumen", "kebijakan dan
/// penerapan", "kebijakan sama layanan"), then "yang" with one side: that side is the indicator asked about. Phrasings
/// written for these tests, not taken from any question set.
/// </summary>
public class TwinSideChosenTests
{
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    [Theory]
    [InlineData("peta rencana itu ada dua kan, kebijakan sama dokumen. yg dokumen level 4 apa syaratnya?", 12, 4)]
    [InlineData("manajemen data ada dua ya, kebijakan dan penerapan. yang kebijakan level 3 apa?", 3, 3)]
    [InlineData("pusat data ada kebijakan sama layanan, yg layanan lvl 2 apa", 16, 2)]
    public void The_side_named_after_yang_is_the_indicator(string question, int indicator, int level)
    {
        var u = Parser.Parse(question);
        Assert.Equal(((int?)indicator, (int?)level), (u.Indicator, u.Level));
    }
}
