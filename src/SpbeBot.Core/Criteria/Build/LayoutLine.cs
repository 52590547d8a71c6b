namespace SpbeBot.Core.Criteria.Build;

/// <summary>One line of a right-hand text column, with its 1-based line number in the source (for warnings).</summary>
public sealed record LayoutLine(int LineNumber, string Text);
