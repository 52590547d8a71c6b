using Microsoft.Extensions.Time.Testing;
using SpbeBot.Core.Questions;
using SpbeBot.Dialogs.Criteria;
using SpbeBot.Host.Hosting;

namespace SpbeBot.Tests.Telegram;

/// <summary>
/// The idle server's warm-up (wip-17y, after wip-17x's start-up one): it goes through each part of the answer path a
/// question can take — if a question of it stopped taking its path (a routing change), the part it stands for would be
/// left cold and a standby server's first such question slow again — and it runs only on a server that answered
/// nothing <see cref="AnswerPathWarmUp.After"/> after it started.
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

    [Theory]
    [InlineData(false, true)]    // answered nothing: warmed, and only after the delay
    [InlineData(true, false)]    // answered a question meanwhile: skipped
    public async Task It_runs_after_the_delay_only_on_a_server_that_answered_nothing(bool used, bool expected)
    {
        var clock = new FakeTimeProvider();
        using var warmUp = new AnswerPathWarmUp(clock);
        await warmUp.StartAsync(default);
        clock.Advance(AnswerPathWarmUp.After - TimeSpan.FromMilliseconds(1));
        await Task.Yield();
        Assert.False(warmUp.Ran.IsCompleted);
        if (used) warmUp.Used();
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(expected, await warmUp.Ran.WaitAsync(TimeSpan.FromMinutes(1)));
        await warmUp.StopAsync(default);
    }
}
