using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Bench;

/// <summary>PostgreSQL full-text search (indonesian configuration, ts_rank) over the same catalog and questions.</summary>
static class FullTextComparison
{
    public static Task Run(CriteriaCatalog catalog, IReadOnlyList<LabelledQuestion> dev, IReadOnlyList<LabelledQuestion> holdout, string[] args)
    {
        Console.WriteLine("\n(PostgreSQL full-text comparison: pending the embedded cluster)");
        return Task.CompletedTask;
    }
}
