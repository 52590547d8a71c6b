namespace SpbeBot.Tests.Infrastructure;

/// <summary>
/// Waits for a condition instead of sleeping or hand-writing a polling loop: checks it every few milliseconds until
/// it holds, and fails the test with the description of what was awaited when the time is up.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);
    static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    /// <param name="diagnose">What to add to the failure message (the state that explains it: logs, database rows).</param>
    public static async Task HoldsAsync(Func<bool> condition, string what, TimeSpan? timeout = null, Func<string>? diagnose = null)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();   // a duration: the monotonic clock, whatever the date
        while (!condition())
        {
            if (waited.Elapsed > (timeout ?? DefaultTimeout)) Assert.Fail($"Timed out after {(timeout ?? DefaultTimeout).TotalSeconds:0.#} s waiting for: {what}"
                + (diagnose is null ? "" : "\n" + diagnose()));
            await Task.Delay(PollInterval);
        }
    }
}
