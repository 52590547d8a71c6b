using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: Xunit.TestCollectionOrderer("SpbeBot.Tests.Infrastructure.LongestFirst", "SpbeBot.Tests")]

namespace SpbeBot.Tests.Infrastructure;

/// <summary>
/// Starts the longest test classes first. Each class is a test collection, its tests run one after another, and three
/// collections run at a time (xunit.runner.json); in xunit's own order the longest classes started last and alone made
/// the end of the run (the trx of full runs: docs/benchmarks.md, wip-ci2 and wip-ci3). The list is of the slowest classes
/// measured, longest first; every other class keeps xunit's order after them. A renamed class only loses its place.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    // By span in the full run of main at load 27–81 (docs/runs-2026-12-04d/wip-ci3/before-main-2027-01-31-classes.txt);
    // DigestDeliveryTests and EmbeddedClusterKillTests (~200 s each at load 60–130: Hangfire's jobs, two servers on an
    // embedded cluster) were missing and, unlisted, started last (docs/benchmarks.md, wip-20ts).
    static readonly string[] Longest =
    [
        "ReadmeTourTests", "EvidenceBadInputTests", "RoleMatrixTests", "EvidenceCheckSlowTests", "AskedQuestionsTests",
        "EvidenceDurabilityTests", "DigestDeliveryTests", "EmbeddedClusterKillTests",
        "EvidencePrecheckEndToEndTests", "PlanSpreadsheetCliTests", "CatalogImportCliTests", "StorageCliTests",
        "BroadcastDialogTests", "BackupTests", "EvidenceCliTests", "CriteriaCliTests", "TwoServerPacingTests",
        "TeamsTests", "InboxTests", "ChatHardeningTests", "UploadKillTests", "InboxKillTests",
    ];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.Select((collection, i) => (collection, i)).OrderBy(c => Rank(c.collection)).ThenBy(c => c.i).Select(c => c.collection);

    static int Rank(ITestCollection collection)
    {
        var rank = Array.FindIndex(Longest, name => collection.DisplayName.EndsWith("." + name, StringComparison.Ordinal));
        return rank < 0 ? Longest.Length : rank;
    }
}
