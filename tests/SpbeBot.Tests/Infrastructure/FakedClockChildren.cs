using System.Runtime.CompilerServices;

namespace SpbeBot.Tests.Infrastructure;

/// <summary>
/// Under <c>scripts/test-dates</c> (libfaketime 0.9.10 preloaded into the test host) every process the host starts —
/// spbebot, PostgreSQL, pdftoppm, tesseract, the browser — inherited FAKETIME_SHARED, which libfaketime sets to name ONE
/// POSIX semaphore that all of them take around every stat() call (<c>lock_for_stat</c>). A child the tests kill on
/// purpose (the kill tests, a chat ended in a finally) while it held that semaphore left it taken for good, and the test
/// host's next stat() waited forever: the stall of 2026-12-06 (gdb on the idle host: three thread-pool threads in
/// <c>lock_for_stat</c> → <c>sem_wait</c> on <c>/dev/shm/sem.faketime_sem_&lt;host pid&gt;</c>; run in
/// docs/runs-2026-12-06b/lead/). Without the variable each child creates its own semaphore, so a killed child can only
/// block itself. The clock is unchanged: FAKETIME is a constant offset ("+N" seconds) every process applies on its own.
/// </summary>
static class FakedClockChildren
{
    [ModuleInitializer]
    internal static void DoNotShareTheSemaphore()
    {
        if (Environment.GetEnvironmentVariable(FakedDateTests.EnvironmentVariable) is not null)
            Environment.SetEnvironmentVariable("FAKETIME_SHARED", null);
    }
}
