using SpbeBot.Dialogs.Conversation;

namespace SpbeBot.Tests.Dialogs;

/// <summary>
/// The own-data headers name whose plan with "of": "all OPDs" (the coordinator's view) or one OPD, never "all OPDs's" nor
/// a sentence starting with "all" (the walk-through of wip-20cc).
/// </summary>
public class WhoseInEnglishTests
{
    public static TheoryData<string> Headers()
    {
        var x = ChatIntentTexts.For("en");
        return
        [
            x.DeadlinesHeader(x.AllOpds, 2026), x.OverdueHeader(x.AllOpds), x.NothingOpen(x.AllOpds), x.NothingOverdue(x.AllOpds),
            x.DeadlinesHeader("Bappeda", 2026), x.OverdueHeader("Bappeda"),
        ];
    }

    [Theory]
    [MemberData(nameof(Headers))]
    public void Whose_plan_reads_as_english(string header)
    {
        Assert.DoesNotContain("s's", header);
        Assert.True(char.IsUpper(header[0]), header);
    }

    [Fact]
    public void Overdue_count_agrees_in_number()
    {
        var x = ChatIntentTexts.For("en");
        Assert.Equal("1 item is overdue.", x.OverdueCount(1));
        Assert.Equal("2 items are overdue.", x.OverdueCount(2));
        Assert.Equal("2 butir sudah lewat tenggat.", ChatIntentTexts.For("id").OverdueCount(2));
    }
}
