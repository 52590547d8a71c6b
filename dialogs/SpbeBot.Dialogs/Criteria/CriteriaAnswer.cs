using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Criteria;

/// <summary>A criteria answer: what was identified, whether it could be answered, and the reply to show.</summary>
public sealed record CriteriaAnswer(string Framework, int? Indicator, int? Level, bool Answered, Reply Reply)
{
    /// <summary>Set when the answer came from the regulation passages (a process question), not the catalog.</summary>
    public Process.ProcessQuote? Process { get; init; }

    /// <summary>The reply's language (English when asked in English or chosen), so what shows it around the reply matches.</summary>
    public bool English { get; init; }

    /// <summary>All parts as one text, for the CLI and logs.</summary>
    public string FullText => string.Join("\n\n", new[] { Reply.Text }.Concat(Reply.More));
}
