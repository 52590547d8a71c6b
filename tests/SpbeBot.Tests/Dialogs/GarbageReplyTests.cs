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
    [InlineData("%00%0d DELETE FROM personnel WHERE 1; <i>y</i>")]
    [InlineData("9 OR 9=9")]
    [InlineData("' OR 'q'='q' --")]
    [InlineData("DROP TABLE persons; --")]
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

    // Markup alone holds no words once its tags (and a script's content) go: the reply asks for a question, as to an empty message.
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    public void Markup_alone_gets_the_empty_message_reply(string input)
    {
        var answer = CriteriaAnswerer.Answer(input);
        Assert.False(answer.Answered);
        Assert.StartsWith(CriteriaTexts.Id.Empty, answer.Reply.Text);
        Assert.Equal(CriteriaAnswerer.Answer("").Reply.Text, answer.Reply.Text);   // word for word what an empty message gets
        Assert.Empty(answer.Reply.Buttons);
    }

    [Theory]
    // Not understood, with letters of another script: the reply says to write in Latin letters, not just "not found".
    [InlineData("Привет мир 你好")]
    [InlineData("indeks SPBE кита 你好 مرحبا brp?")]
    [InlineData("ءاي 什么 ok")]
    public void Words_in_another_script_not_understood_get_a_clear_reply(string input)
    {
        var answer = CriteriaAnswerer.Answer(input);
        Assert.False(answer.Answered);
        Assert.Contains(CriteriaTexts.Id.OtherScript, answer.Reply.Text);
        Assert.Empty(answer.Reply.Buttons);
    }

    [Theory]
    [InlineData("Café résumé naïve", false)]
    [InlineData("Ｌｅｖｅｌ ４", false)]
    [InlineData("indeks 🙏 brp", false)]
    [InlineData("кита", true)]
    [InlineData("你好", true)]
    [InlineData("مرحبا", true)]
    [InlineData("𠀀", true)]
    public void Other_scripts_are_letters_outside_Latin(string text, bool other) =>
        Assert.Equal(other, QuestionParser.HasOtherScript(text));

    [Theory]
    // Something real next to the noise still gets its answer.
    [InlineData("<b>indikator 32</b> %00 level 4", 32)]
    [InlineData("qpzmxw manajemen risiko level 3", 21)]
    [InlineData("<p>syarat level 4 indikator 12</p>", 12)]
    [InlineData("indikator 32 level 4 что 什么", 32)]
    [InlineData("20%dari OPD sudah pakai aplikasi umum, indikator 15 level berapa?", 15)]
    public void Something_real_in_the_noise_is_still_answered(string input, int indicator) =>
        Assert.Equal(indicator, QuestionParser.For("spbe-2024").Parse(input).Indicator);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0000\u0001\u0002")]
    public void Empty_or_control_only_gets_a_clear_reply(string input)
    {
        var answer = CriteriaAnswerer.Answer(input);
        Assert.False(answer.Answered);
        Assert.False(string.IsNullOrWhiteSpace(answer.Reply.Text));
        Assert.DoesNotContain("Exception", answer.Reply.Text);
        Assert.Empty(answer.Reply.Buttons);
    }

    [Fact]
    public void Ten_kilobytes_get_a_clear_reply_without_buttons()
    {
        var input = string.Concat(Enumerable.Repeat("indikator 32 level 4 ", 500));
        var answer = CriteriaAnswerer.Answer(input);
        Assert.False(answer.Answered);
        Assert.DoesNotContain("Exception", answer.Reply.Text);
        Assert.Empty(answer.Reply.Buttons);
    }
}
