using SpbeBot.Core.Storage;

namespace SpbeBot.Tests.Storage;

/// <summary>
/// Programs run as another user (PostgreSQL's, under root) through runuser. A preloaded library must reach the program
/// but not runuser: libfaketime loaded into runuser made a semaphore the program could not open, and PostgreSQL
/// sometimes exited at start under `scripts/test-dates` (docs/benchmarks.md, wip-22ts).
/// </summary>
public class ProcessRunnerTests
{
    // ld.so names a library it cannot load once for every program started with it: the count says who was preloaded.
    const string MissingLibrary = "/nonexistent/spbebot-test-preload.so";

    [Fact]
    public void A_program_run_as_another_user_is_preloaded_and_runuser_is_not()
    {
        if (!Environment.IsPrivilegedProcess) return;   // runuser is used only under root
        var result = ProcessRunner.Run("sh", ["-c", "echo \"$LD_PRELOAD|${FAKETIME_SHARED-none}|$USER\""],
            TimeSpan.FromMinutes(1), asUser: "postgres",
            environment: new Dictionary<string, string>
            {
                ["LD_PRELOAD"] = MissingLibrary,
                ["FAKETIME_SHARED"] = "/faketime_sem_1 /faketime_shm_1",
            });

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"{MissingLibrary}|none|postgres", result.StdOut.Trim());
        // Once: the program (sh). Before, runuser was preloaded too (twice), and `env`, which hands the library on, is not.
        Assert.Single(result.StdErr.Split('\n'), line => line.Contains(MissingLibrary, StringComparison.Ordinal));
    }
}
