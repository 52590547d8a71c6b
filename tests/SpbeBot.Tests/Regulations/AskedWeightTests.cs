using SpbeBot.Core.Regulations;
using SpbeBot.Dialogs.Process;

namespace SpbeBot.Tests.Regulations;

/// <summary>
/// The asked-questions field weighs a quarter more than a passage's own text, and the passages of the 3 nearest questions
/// asked before are quoted (measured leaving one author out, docs/benchmarks.md, wip-15pb).
/// </summary>
public class AskedWeightTests
{
    [Fact]
    public void The_shipped_settings_are_the_measured_ones()
    {
        Assert.Equal(1.25, PassageIndex.AskedBoost);
        Assert.Equal(3, ProcessAnswerer.NearestAskedQuoted);
    }
}
