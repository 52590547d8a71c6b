using SpbeBot.Tests.Conversation;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Storage;

/// <summary>
/// Each test run first removes the clusters of runs that were killed ("spbebot-test-&lt;guid&gt;" in the temp folder).
/// The evidence roots of running tests ("spbebot-test-evidence/…") share that prefix and must survive it: several runs
/// share a machine, and a run starting must not take the files from under another one.
/// </summary>
[Trait("Kind", "Slow")]   // may stop a leftover cluster (pg_ctl)
public class TestPostgresCleanupTests
{
    [Fact]
    public void Cleaning_leftover_clusters_leaves_the_evidence_roots_of_running_tests_alone()
    {
        var root = ConversationDriver.NewEvidenceRoot();
        Directory.CreateDirectory(root);
        try
        {
            TestPostgres.CleanLeftovers();
            Assert.True(Directory.Exists(root), root + " was removed");
        }
        finally
        {
            TestPostgres.TryDelete(root);
        }
    }

    [Fact]
    public void The_evidence_roots_of_one_run_lie_in_a_folder_named_by_its_process()
    {
        var first = ConversationDriver.NewEvidenceRoot();
        var second = ConversationDriver.NewEvidenceRoot();
        var run = Path.GetFileName(Path.GetDirectoryName(first))!;
        Assert.Equal(Path.GetDirectoryName(first), Path.GetDirectoryName(second));
        Assert.StartsWith(Environment.ProcessId + "-", run);
    }
}
