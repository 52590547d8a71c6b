using SpbeBot.Core.Regulations;
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
        const string question = "bagaimana contoh memberi nama berkas bukti dukung?";
        var answer = CriteriaAnswerer.Answer(question);

        Assert.Equal("process", answer.Process?.Kind);
        var quoted = answer.Process!.Quoted;
        Assert.True(quoted.Count > ProcessAnswerer.MaxQuoted);
        var section = quoted[0].Id.Split('#')[0];
        // Beyond the best three: the passages of the nearest questions asked before (first, wip-19pc), then the best
        // passage's own section's chunks, as many as fit one message.
        var index = PassageIndex.Shipped;
        var nearest = index.NearestAskedPassages(question, ProcessAnswerer.NearestAskedQuoted).Select(n => index.Passages[n].Id).ToHashSet();
        Assert.All(quoted.Skip(ProcessAnswerer.MaxQuoted), p => Assert.True(nearest.Contains(p.Id) || p.Id.StartsWith(section + "#", StringComparison.Ordinal), p.Id));
        Assert.All(quoted, p => Assert.Contains($"“{p.Text}”", answer.Reply.Text, StringComparison.Ordinal));
    }
}
