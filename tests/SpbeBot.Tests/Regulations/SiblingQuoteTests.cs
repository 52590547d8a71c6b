using SpbeBot.Dialogs.Criteria;
using SpbeBot.Dialogs.Process;

namespace SpbeBot.Tests.Regulations;

/// <summary>
/// Issue 15 point 1, wip-15g: a long section is cut into several passages and the answer often runs on into the chunk next
/// to the one that matched best, so that section's other chunks scoring close to the best are quoted with it (beyond the
/// usual three), verbatim. The phrasing is our own.
/// </summary>
public class SiblingQuoteTests
{
    [Fact]
    public void The_best_passages_section_chunks_that_score_close_are_quoted_with_it()
    {
        var answer = CriteriaAnswerer.Answer("bagaimana contoh memberi nama berkas bukti dukung?");

        Assert.Equal("process", answer.Process?.Kind);
        var quoted = answer.Process!.Quoted;
        Assert.True(quoted.Count > ProcessAnswerer.MaxQuoted);
        var section = quoted[0].Id.Split('#')[0];
        Assert.All(quoted.Skip(ProcessAnswerer.MaxQuoted), p => Assert.StartsWith(section + "#", p.Id, StringComparison.Ordinal));
        Assert.All(quoted, p => Assert.Contains($"“{p.Text}”", answer.Reply.Text, StringComparison.Ordinal));
    }
}
