using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// What the question tests share: the spbe-2024 parser, and the check most of them make — the kind, indicator and
/// level a question is read as. <c>using static SpbeBot.Tests.Questions.Reading;</c> brings both in.
/// </summary>
static class Reading
{
    public static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    /// <summary>Parses the question, asserts what it was read as and returns the reading for the checks a test adds.</summary>
    public static Understanding Read(string question, QuestionKind kind, int indicator, int? level)
    {
        var u = Parser.Parse(question);
        Assert.Equal(kind, u.Kind);
        Assert.Equal(indicator, u.Indicator);
        Assert.Equal(level, u.Level);
        return u;
    }
}
