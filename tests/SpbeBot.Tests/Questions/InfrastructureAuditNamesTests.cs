using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15, branch wip-22ib: "infra audit" and "audit infrastructure", the English word orders several authors wrote for
/// Audit Infrastruktur SPBE (indicator 29), name it as "audit infra" and "infrastructure audit" do, instead of leaving the
/// four audit indicators to ask among. Phrasings written for these tests, not taken from any question set.
/// </summary>
public class InfrastructureAuditNamesTests
{
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    [Theory]
    [InlineData("What does the infra audit need at level 2?", 2)]
    [InlineData("Which documents prove an audit infrastructure at level 3?", 3)]
    public void The_english_word_orders_name_the_infrastructure_audit(string question, int level)
    {
        var u = Parser.Parse(question);
        Assert.Equal((29, level), (u.Indicator, u.Level));
    }
}
