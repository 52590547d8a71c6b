using System.Diagnostics;
using System.Globalization;

namespace SpbeBot.Core.Observability;

/// <summary>
/// Step-by-step diagnostics for the realistic bench: with SPBEBOT_TIMELINE=1 each step writes one line to standard error
/// — the monotonic timestamp (comparable across processes on one machine), the step, the process's total GC pause so
/// far and its gen-2 collections. Off (and free) otherwise. Written by the scan path (receipt → queue → job → page
/// rendering → OCR: what slows other chats while a scan is read) and by the inbox workers (claim → handled → sent →
/// complete: which server did what to a chat that went wrong).
/// </summary>
public static class Timeline
{
    public static bool Enabled { get; } = Environment.GetEnvironmentVariable("SPBEBOT_TIMELINE") == "1";

    public static void Mark(string step)
    {
        if (!Enabled) return;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"timeline {Stopwatch.GetTimestamp()} {step} gc-pause-ms={GC.GetTotalPauseDuration().TotalMilliseconds:0} gen2={GC.CollectionCount(2)} heap-mb={GC.GetTotalMemory(false) / 1048576.0:0}"));
    }
}
