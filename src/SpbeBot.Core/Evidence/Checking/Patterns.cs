using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// The patterns a check runs over a document's folded pages, each built once. A pattern the non-backtracking engine
/// can run (no lookaround) runs there: linear in the page, whatever the page, and without a time-out — a wall-clock
/// time-out fires on a busy machine on a normal document. The few with a lookahead keep the backtracking engine with a
/// bound: past it they find nothing more on that page (the element is then not found, never found where it is not).
/// </summary>
static class Patterns
{
    /// <summary>The bound of a backtracking pattern on one page; generous, since it is wall-clock time.</summary>
    internal static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    static readonly ConcurrentDictionary<string, Regex> Built = new();

    public static Regex Get(string pattern) => Built.GetOrAdd(pattern, Build);

    static Regex Build(string pattern)
    {
        // Matches are used by position and length only: no captures to compute.
        const RegexOptions options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
        try { return new Regex(pattern, options | RegexOptions.NonBacktracking); }
        catch (NotSupportedException) { return new Regex(pattern, options, Bound); }
    }

    /// <summary>The matches on one page; a backtracking pattern past its bound yields what it found before it.</summary>
    public static IReadOnlyList<Match> Matches(Regex regex, string page)
    {
        var found = new List<Match>();
        try
        {
            for (var m = regex.Match(page); m.Success; m = m.NextMatch()) found.Add(m);
        }
        catch (RegexMatchTimeoutException)
        {
            // Past the bound: what was found before it stands.
        }
        return found;
    }
}
