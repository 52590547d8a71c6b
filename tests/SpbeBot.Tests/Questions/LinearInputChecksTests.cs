using System.Reflection;
using System.Text.RegularExpressions;
using SpbeBot.Core.Questions;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15, bad input: the checks on the asker's raw text (markup, SQL, escapes, percent, arrows) cannot throw on a
/// starved server. They run on the non-backtracking engine with no timeout, so there is no timeout to fire; the inputs
/// that cost a backtracking engine most (an opening never closed, a statement never finished) get a clear reply.
/// Inputs written for these tests.
/// </summary>
public class LinearInputChecksTests
{
    public static TheoryData<string> ParserChecks() =>
        [.. typeof(QuestionParser).GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
            .Where(f => f.FieldType == typeof(Regex)).Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(ParserChecks))]
    public void Each_check_on_the_raw_text_is_linear_and_has_no_timeout(string field)
    {
        var regex = (Regex)typeof(QuestionParser).GetField(field, BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)!.GetValue(null)!;
        Assert.True(regex.Options.HasFlag(RegexOptions.NonBacktracking), field);
        Assert.Equal(Regex.InfiniteMatchTimeout, regex.MatchTimeout);
    }

    [Fact]
    public void The_parser_has_the_three_checks_the_test_above_covers() =>
        Assert.True(ParserChecks().Count >= 3);

    [Theory]
    // ChatIntents.AsksLevel ("… lvl?", "nilai 4", "Level for indicator 42?") reads every chat message before anything else.
    [InlineData("LevelAsked")]
    [InlineData("LevelNamed")]
    public void The_chat_reader_asks_level_linearly_with_no_timeout(string field)
    {
        var regex = (Regex)typeof(ChatIntents).GetField(field, BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;
        Assert.True(regex.Options.HasFlag(RegexOptions.NonBacktracking), field);
        Assert.Equal(Regex.InfiniteMatchTimeout, regex.MatchTimeout);
    }

    [Theory]
    // The look-arounds the non-backtracking engine lacks are checked in code ("target level?" is the plan's: see ChatIntentsSharedCausesTests).
    [InlineData("lvl 2 cukup?", "none")]
    [InlineData("biar dpt nilai 4", "none")]
    public void A_level_asked_is_a_criteria_question_unless_it_is_the_targets(string text, string intent) =>
        Assert.Equal(intent, ChatIntents.Read(text, neighbours: ChatNeighbours.Empty).Label);

    [Theory]
    [InlineData("select")]          // "select … from" never closed
    [InlineData("<a")]              // a tag never closed
    [InlineData("/*")]              // a comment never closed
    [InlineData("' or ")]           // a tautology never finished
    public void An_opening_never_closed_over_the_whole_message_gets_a_clear_reply(string opening)
    {
        var input = opening + string.Concat(Enumerable.Repeat(" indikator 32 level 4 x", 40));
        Assert.True(input.Length <= QuestionParser.MaxLength);
        var answer = CriteriaAnswerer.Answer(input);
        Assert.False(string.IsNullOrWhiteSpace(answer.Reply.Text));
        Assert.DoesNotContain("Exception", answer.Reply.Text);
    }

    [Theory]
    [InlineData("nilai SDI kami 68,75 jadi nilai indikator berapa", 68.75)]
    [InlineData("satu data indonesia kami 70 itu level berapa", 70)]
    public void The_external_index_value_is_still_read(string question, double value) =>
        Assert.Equal((decimal)value, FrameworkRouting.ExternalIndexValue(question, ["SDI"])?.Value);
}
