using System.Diagnostics;
using System.Globalization;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// Diagnostics of the scan path (receipt → queue → job → page rendering → OCR): with SPBEBOT_TIMELINE=1 each step writes
/// one line to standard error — the monotonic timestamp (comparable across processes on one machine), the step, the
/// process's total GC pause so far and its gen-2 collections. Off (and free) otherwise. Used by the realistic bench's
/// scan scenario to locate what slows other chats while a scan is read.
/// </summary>
public static class ReadingTimeline
{
    public static bool Enabled { get; } = Environment.GetEnvironmentVariable("SPBEBOT_TIMELINE") == "1";

    public static void Mark(string step)
    {
        if (!Enabled) return;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"timeline {Stopwatch.GetTimestamp()} {step} gc-pause-ms={GC.GetTotalPauseDuration().TotalMilliseconds:0} gen2={GC.CollectionCount(2)} heap-mb={GC.GetTotalMemory(false) / 1048576.0:0}"));
    }
}
