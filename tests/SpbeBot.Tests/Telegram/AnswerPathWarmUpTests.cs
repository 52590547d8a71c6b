using SpbeBot.Core.Questions;
using SpbeBot.Dialogs.Criteria;
using SpbeBot.Host.Hosting;

namespace SpbeBot.Tests.Telegram;

/// <summary>
/// The start-up warm-up (wip-17x) goes through each part of the answer path a question can take: if a question of it
/// stopped taking its path (a routing change), the part it stands for would be left cold and a restarted server's first
/// such question slow again.
/// </summary>
public class AnswerPathWarmUpTests
{
    [Fact]
    public void Each_warm_up_question_takes_the_path_it_stands_for()
    {
        var q = AnswerPathWarmUp.Questions;
        foreach (var criteria in q[..2])
        {
            var answer = CriteriaAnswerer.Answer(criteria);
            Assert.True(answer.Answered, criteria);
            Assert.Null(answer.Process);
            Assert.NotNull(answer.Indicator);
            Assert.NotNull(answer.Level);
        }
        var process = CriteriaAnswerer.Answer(q[2]);
        Assert.NotNull(process.Process);
        Assert.True(ChatIntents.Read(q[3]).IsSmallTalk);
        Assert.True(ChatIntents.Read(q[4]).IsOwnData);
    }

    [Fact]
    public void The_warm_up_runs_through_without_failing()
    {
        var marks = new List<string>();
        AnswerPathWarmUp.Run(marks.Add);
        Assert.Contains(marks, m => m.StartsWith("host-warm-up-done", StringComparison.Ordinal));
        Assert.DoesNotContain(marks, m => m.StartsWith("host-warm-up-failed", StringComparison.Ordinal));
    }
}
