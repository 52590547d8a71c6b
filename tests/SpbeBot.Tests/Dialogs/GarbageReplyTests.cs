using SpbeBot.Core.Questions;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Tests.Dialogs;

/// <summary>
/// Garbage (control characters, markup, SQL, a random string) gets the polite "belum menemukan" ("could not find" in English) with nothing suggested:
/// the nearest indicators are offered only when something real in the message matched. Inputs written for these tests.
/// </summary>
public class GarbageReplyTests
{
    [Theory]
    [InlineData("%01%7f%1b")]
    [InlineData("\u0001\u0003\u001b[0m \u0007")]
    [InlineData("<span class=\"k\"><em>zz</em></span>")]
    [InlineData("UPDATE accounts SET balance = NULL; --")]
    [InlineData("SELECT password FROM users WHERE name LIKE 'x%'")]
    [InlineData("qpzmxw vbtrk lqnsd")]
    [InlineData("Lorem ipsum dolor sit amet")]
    public void Garbage_gets_not_found_without_buttons(string input)
    {
        var u = QuestionParser.For("spbe-2024").Parse(input);
        Assert.Equal(QuestionKind.NotFound, u.Kind);
        Assert.Empty(u.Candidates);
        var answer = CriteriaAnswerer.Answer(input);
        Assert.False(answer.Answered);
        Assert.Matches("belum menemukan|could not find", answer.Reply.Text);
        Assert.Empty(answer.Reply.Buttons);
    }

    [Theory]
    // Something real next to the noise still gets its answer.
    [InlineData("<b>indikator 32</b> %00 level 4", 32)]
    [InlineData("qpzmxw manajemen risiko level 3", 21)]
    public void Something_real_in_the_noise_is_still_answered(string input, int indicator) =>
        Assert.Equal(indicator, QuestionParser.For("spbe-2024").Parse(input).Indicator);
}
