namespace SpbeBot.Tests.Infrastructure;

/// <summary>
/// Waits for a condition instead of sleeping or hand-writing a polling loop: checks it every few milliseconds until
/// it holds, and fails the test with the description of what was awaited when the time is up.
/// The time-out only guards against a hang; it is never a bound the test proves. So it is at least
/// <see cref="HangGuard"/>: on a 2-core machine at load 50–100 a wait a quiet machine ends in 1 s can take a minute,
/// and a shorter time-out turned such a wait into a failure (a flake). A test that passes waits no longer for it.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(3);
    static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    /// <param name="timeout">A longer guard than <see cref="HangGuard"/> for work that is long even on a quiet machine (OCR).</param>
    /// <param name="diagnose">What to add to the failure message (the state that explains it: logs, database rows).</param>
    public static async Task HoldsAsync(Func<bool> condition, string what, TimeSpan? timeout = null, Func<string>? diagnose = null)
    {
        var limit = timeout is { } t && t > HangGuard ? t : HangGuard;
        var waited = System.Diagnostics.Stopwatch.StartNew();   // a duration: the monotonic clock, whatever the date
        while (!condition())
        {
            if (waited.Elapsed > limit) Assert.Fail($"Timed out after {limit.TotalSeconds:0.#} s waiting for: {what}"
                + (diagnose is null ? "" : "\n" + diagnose()));
            await Task.Delay(PollInterval);
        }
    }
}
