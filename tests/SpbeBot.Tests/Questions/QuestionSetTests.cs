using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Identification accuracy on the labelled sets in Data/ (see Data/README.md). The issue asks ≥ 97 % correct
/// indicator and level on the project's own set; the hold-out set is never used for tuning and only guarded
/// against regressions.
/// </summary>
public class QuestionSetTests
{
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    [Theory]
    [InlineData("questions.tsv", 180, 0.97)]
    [InlineData("questions-holdout.tsv", 70, 0.95)]
    public void Identifies_indicator_and_level(string file, int minimumSize, double minimumAccuracy)
    {
        var set = QuestionSet.Load(Path.Combine(AppContext.BaseDirectory, "Data", file));
        Assert.True(set.Count >= minimumSize, $"{file} has only {set.Count} questions");

        var misses = set.Where(q => !q.IsCorrect(Parser.Parse(q.Question))).ToList();
        var accuracy = 1.0 - (double)misses.Count / set.Count;
        Assert.True(accuracy >= minimumAccuracy,
            $"{file}: {accuracy:P1} correct; misses:\n" + string.Join("\n", misses.Select(m => $"line {m.Line}: {m.Question}")));
    }

    [Fact]
    public void The_scoring_itself_rejects_wrong_answers()
    {
        var level = new LabelledQuestion(1, "q", "32", "4", "level", "");
        Assert.True(level.IsCorrect(new Understanding { Framework = "spbe-2024", Kind = QuestionKind.Level, Indicator = 32, Level = 4 }));
        Assert.False(level.IsCorrect(new Understanding { Framework = "spbe-2024", Kind = QuestionKind.Level, Indicator = 32, Level = 3 }));
        Assert.False(level.IsCorrect(new Understanding { Framework = "spbe-2024", Kind = QuestionKind.Level, Indicator = 33, Level = 4 }));

        var ambiguous = new LabelledQuestion(2, "q", "?", "-", "ambiguous", "ambiguous:5,16");
        Assert.True(ambiguous.IsCorrect(new Understanding { Framework = "spbe-2024", Kind = QuestionKind.Ambiguous, Candidates = [5, 16] }));
        Assert.False(ambiguous.IsCorrect(new Understanding { Framework = "spbe-2024", Kind = QuestionKind.Ambiguous, Candidates = [5] }));
        Assert.False(ambiguous.IsCorrect(new Understanding { Framework = "spbe-2024", Kind = QuestionKind.Level, Indicator = 16 }));

        var none = new LabelledQuestion(3, "q", "-", "-", "notfound", "");
        Assert.False(none.IsCorrect(new Understanding { Framework = "spbe-2024", Kind = QuestionKind.Level, Indicator = 1, Level = 1 }));
    }
}
