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

    /// <summary>
    /// With SPBEBOT_SENDLOG=1 (the realistic bench's broadcasts), one line per answered send — its chat, when the pacer
    /// counted its start, when its answer's headers came (monotonic timestamps) and the pacer's shortest round trip and
    /// slack — so a 429 can be laid beside the pacer's own window (issue 17, wip-17w).
    /// </summary>
    public static bool SendsEnabled { get; } = Environment.GetEnvironmentVariable("SPBEBOT_SENDLOG") == "1";

    /// <summary>One answered send (see <see cref="SendsEnabled"/>); times in the limiter's clock, written as monotonic timestamps.</summary>
    public static void Send(string chat, DateTimeOffset start, DateTimeOffset answered, DateTimeOffset now, TimeSpan minRoundTrip, TimeSpan slack, bool reserved = false)
    {
        if (!SendsEnabled) return;
        var ts = Stopwatch.GetTimestamp();
        long At(DateTimeOffset t) => ts - (long)((now - t).TotalSeconds * Stopwatch.Frequency);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"timeline {ts} send chat={chat} start={At(start)} answered={At(answered)} min-rtt-ms={minRoundTrip.TotalMilliseconds:0.0} slack-ms={slack.TotalMilliseconds:0.0} reserve={(reserved ? 1 : 0)}"));
    }

    /// <summary>
    /// One beat of the send share (see <see cref="SendsEnabled"/>): what this server wanted, the share it may use, the
    /// share it publishes as held, whether its replies may take the reserve, and the others' wants and held shares as read.
    /// </summary>
    public static void Share(int want, int share, int held, bool reserveOpen, IEnumerable<(int Want, int Held)> others)
    {
        if (!SendsEnabled) return;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"timeline {Stopwatch.GetTimestamp()} share want={want} share={share} held={held} open={(reserveOpen ? 1 : 0)} others={string.Join(',', others.Select(o => $"{o.Want}:{o.Held}"))}"));
    }

    /// <summary>The reply reserve's answer (see <see cref="SendsEnabled"/>): granted or not, and how long the ask took.</summary>
    public static void Reserve(bool granted, TimeSpan took)
    {
        if (!SendsEnabled) return;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"timeline {Stopwatch.GetTimestamp()} reserve granted={(granted ? 1 : 0)} took-ms={took.TotalMilliseconds:0.0}"));
    }

    public static void Mark(string step)
    {
        if (!Enabled) return;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"timeline {Stopwatch.GetTimestamp()} {step} gc-pause-ms={GC.GetTotalPauseDuration().TotalMilliseconds:0} gen2={GC.CollectionCount(2)} heap-mb={GC.GetTotalMemory(false) / 1048576.0:0}"));
    }
}
