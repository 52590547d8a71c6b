using SpbeBot.Core.Criteria;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Tests.Telegram;

/// <summary>The interim conversation plugged into the Telegram channel.</summary>
public class CriteriaConversationHandlerTests
{
    static IncomingMessage Message(string text, IncomingKind kind = IncomingKind.Text, string chat = "1") =>
        new("telegram", chat, "7", "Siti", kind, text);

    [Fact]
    public async Task Questions_and_buttons_get_the_criteria_answer_without_its_further_parts()
    {
        var handler = new CriteriaConversationHandler();
        var question = "apa yang dibutuhkan untuk level 4 indikator 32?";
        var expected = CriteriaAnswerer.Answer(question).Reply;
        foreach (var kind in new[] { IncomingKind.Text, IncomingKind.Button })
        {
            var reply = Assert.Single(await handler.HandleAsync(Message(question, kind), default));
            Assert.Equal(expected.Text, reply.Text);
            Assert.Equal(expected.Buttons, reply.Buttons);
            Assert.Empty(reply.More);
        }
        var asked = Assert.Single(await handler.HandleAsync(Message("/tanya " + question, IncomingKind.Command), default));
        Assert.Equal(expected.Text, asked.Text);
    }

    [Fact]
    public async Task Lanjut_sends_the_held_back_parts_of_the_last_answer_in_that_chat()
    {
        // Comparisons hold back the higher level's fulfilment criteria; find one the real catalog has them for.
        var question = Enumerable.Range(1, 47).SelectMany(i => Enumerable.Range(1, 4).Select(l => $"beda level {l} dan {l + 1} indikator {i}"))
            .FirstOrDefault(q => CriteriaAnswerer.Answer(q).Reply.More.Count > 0);
        Assert.NotNull(question);
        var more = CriteriaAnswerer.Answer(question).Reply.More;
        var handler = new CriteriaConversationHandler();

        Assert.Equal(DoubleTexts.NothingToContinue, Assert.Single(await handler.HandleAsync(Message("/lanjut", IncomingKind.Command), default)).Text);
        await handler.HandleAsync(Message(question), default);
        Assert.Equal(DoubleTexts.NothingToContinue, Assert.Single(await handler.HandleAsync(Message("/lanjut", IncomingKind.Command, chat: "2"), default)).Text);

        var continued = Assert.Single(await handler.HandleAsync(Message("/lanjut", IncomingKind.Button), default));   // the "Selengkapnya" button
        Assert.Equal(more, new[] { continued.Text }.Concat(continued.More));
        Assert.Equal(DoubleTexts.NothingToContinue, Assert.Single(await handler.HandleAsync(Message("/lanjut", IncomingKind.Command), default)).Text);
    }

    [Theory]
    [InlineData("/start", DoubleTexts.Welcome)]
    [InlineData("/bantuan", DoubleTexts.Help)]
    [InlineData("/aksi 32", DoubleTexts.FeatureNotYetAvailable)]
    [InlineData("/entahlah", DoubleTexts.UnknownCommand)]
    public async Task Commands_get_their_texts(string command, string expected)
    {
        var reply = Assert.Single(await new CriteriaConversationHandler().HandleAsync(Message(command, IncomingKind.Command), default));
        Assert.Equal(expected, reply.Text);
    }

    [Fact]
    public async Task Files_are_not_yet_taken()
    {
        var file = new IncomingMessage("telegram", "1", "7", null, IncomingKind.File, "bukti", new IncomingFile("F1", "a.pdf", "application/pdf", 10));
        var reply = Assert.Single(await new CriteriaConversationHandler().HandleAsync(file, default));
        Assert.Contains("belum tersedia", reply.Text);
        Assert.Contains("Bapak/Ibu", reply.Text);
    }

    [Fact]
    public void The_command_menu_is_valid_for_Telegram()
    {
        Assert.All(ChatTexts.Commands, c =>
        {
            Assert.Matches("^[a-z0-9_]{1,32}$", c.Name);
            Assert.InRange(c.DescriptionId.Length, 1, 256);
            Assert.InRange(c.DescriptionEn.Length, 1, 256);
        });
        Assert.NotEmpty(CatalogStore.Available);
    }
}
