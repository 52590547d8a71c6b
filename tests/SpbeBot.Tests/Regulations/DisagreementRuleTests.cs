using SpbeBot.Core.Regulations;
using SpbeBot.Dialogs.Process;

namespace SpbeBot.Tests.Regulations;

/// <summary>
/// Issue 15 point 1, wip-15w: a process answer that rests on a near tie between the top passages, where none of the passages
/// the nearest questions already asked point at is quoted, becomes "not found" with those sections as buttons.
/// </summary>
public class DisagreementRuleTests
{
    static PassageIndex.Hit Hit(string id, int index, double score) => new(new Passage(id, "t", "Pedoman", ["BAB", id], "teks"), index, score, 1.0);

    static readonly IReadOnlyList<PassageIndex.Hit> Tie = [Hit("t/a", 0, 40), Hit("t/b", 1, 36), Hit("t/c", 2, 10)];

    [Fact]
    public void A_near_tie_that_the_nearest_asked_questions_do_not_back_disagrees()
    {
        Assert.True(ProcessAnswerer.Disagree(Tie, new HashSet<int> { 0, 1 }, [(2, 9.0)], 0.7, acrossSections: false));
    }

    [Fact]
    public void A_clear_first_a_backed_tie_or_no_asked_question_does_not()
    {
        IReadOnlyList<PassageIndex.Hit> clear = [Hit("t/a", 0, 40), Hit("t/b", 1, 20)];
        Assert.False(ProcessAnswerer.Disagree(clear, new HashSet<int> { 0 }, [(2, 9.0)], 0.7, acrossSections: false));
        Assert.False(ProcessAnswerer.Disagree(Tie, new HashSet<int> { 0, 1 }, [(2, 9.0), (1, 8.0)], 0.7, acrossSections: false));
        Assert.False(ProcessAnswerer.Disagree(Tie, new HashSet<int> { 0, 1 }, [], 0.7, acrossSections: false));
        Assert.False(ProcessAnswerer.Disagree([Tie[0]], new HashSet<int> { 0 }, [(2, 9.0)], 0.7, acrossSections: false));
    }

    [Fact]
    public void Across_sections_two_chunks_of_one_section_agree()
    {
        IReadOnlyList<PassageIndex.Hit> chunks = [Hit("t/a#1", 0, 40), Hit("t/a#2", 1, 39)];
        Assert.True(ProcessAnswerer.Disagree(chunks, new HashSet<int> { 0, 1 }, [(2, 9.0)], 0.7, acrossSections: false));
        Assert.False(ProcessAnswerer.Disagree(chunks, new HashSet<int> { 0, 1 }, [(2, 9.0)], 0.7, acrossSections: true));
    }

    /// <summary>
    /// wip-31pr: on 53 tuning authors left out one by one, a second passage at 0.70–0.75 of the first was a tie the rule
    /// refused although the first passage was the right one (7 answers, no wrong quote gained at 0.75).
    /// </summary>
    [Fact]
    public void A_second_passage_below_three_quarters_of_the_first_is_no_tie()
    {
        IReadOnlyList<PassageIndex.Hit> close = [Hit("t/a", 0, 40), Hit("t/b", 1, 29)];
        Assert.False(ProcessAnswerer.Disagree(close, new HashSet<int> { 0 }, [(2, 9.0)], ProcessAnswerer.DisagreeRatio, acrossSections: false));
        Assert.True(ProcessAnswerer.Disagree(close, new HashSet<int> { 0 }, [(2, 9.0)], 0.7, acrossSections: false));
    }

    [Fact]
    public void The_shipped_rule_is_on()
    {
        Assert.True(ProcessAnswerer.DisagreeRatio is > 0 and < 1);
    }
}
