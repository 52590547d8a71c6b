using System.Diagnostics;
using System.Globalization;

namespace SpbeBot.Bench;

static partial class RealisticBench
{
    /// <summary>
    /// Every 429 the fake gave, explained from both sides (issue 17, wip-17c): the second before it at the fake — how many
    /// sends it held from each server, how many of those went through the reply reserve, how many were recipients — the
    /// refused send's chat and server, each server's share beats of the three seconds before (want, share, held, reserve
    /// open, the others as read) and the reserve's answers meanwhile, and the answering server's sends of that second
    /// (start → arrival, reserve or share). Needs the servers' SPBEBOT_SENDLOG lines tagged by server (Server.StartAsync).
    /// </summary>
    static IEnumerable<string> TooManyLog(LatencyBotApi fake, long zero)
    {
        var arrivals = fake.Arrivals;
        var why = fake.TooManyWhy;
        static string V(string[] f, string k) => f.First(x => x.StartsWith(k + "=", StringComparison.Ordinal))[(k.Length + 1)..];
        static long L(string s) => long.Parse(s, CultureInfo.InvariantCulture);
        var lines = Server.Timeline.Select(l => l.Split(' ')).Where(f => f.Length > 3 && f.Any(x => x.StartsWith("srv=", StringComparison.Ordinal))).ToList();
        var sends = lines.Where(f => f[2] == "send").Select(f => (Srv: V(f, "srv"), Chat: L(V(f, "chat")), Start: L(V(f, "start")), Answered: L(V(f, "answered")),
            Reserve: f.Any(x => x == "reserve=1"))).ToList();
        var beats = lines.Where(f => f[2] == "share").Select(f => (Srv: V(f, "srv"), Ts: L(f[1]), Text: string.Join(' ', f.Skip(3).Where(x => !x.StartsWith("srv=", StringComparison.Ordinal))))).ToList();
        var grants = lines.Where(f => f[2] == "reserve").Select(f => (Srv: V(f, "srv"), Ts: L(f[1]), Granted: V(f, "granted") == "1", Took: V(f, "took-ms"))).ToList();
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        // An arrival's send: the same server's last start to that chat before it.
        (string Srv, long Chat, long Start, long Answered, bool Reserve)? SendOf((long Ts, long Chat, string Server, bool Accepted) a) =>
            sends.Where(x => x.Srv == a.Server && x.Chat == a.Chat && x.Start <= a.Ts).OrderByDescending(x => x.Start)
                .Cast<(string, long, long, long, bool)?>().FirstOrDefault();
        var refusedIndex = 0;
        foreach (var refused in arrivals.Where(a => !a.Accepted))
        {
            var kind = refusedIndex < why.Count ? why[refusedIndex] : "?";
            refusedIndex++;
            var from = refused.Ts - Stopwatch.Frequency;
            var second = arrivals.Where(a => a.Accepted && a.Ts > from && a.Ts <= refused.Ts).ToList();
            var held = string.Join(", ", second.GroupBy(a => a.Server).OrderBy(g => g.Key).Select(g =>
                $"{g.Key} {g.Count()} ({g.Count(a => a.Chat >= RecipientChat)} recipients, {g.Count(a => SendOf(a) is { Reserve: true })} through the reserve)"));
            var refusedSend = SendOf(refused);
            yield return $"429 at {Ms(refused.Ts - zero) / 1000:+0.000} s: chat {refused.Chat} ({kind}) from {refused.Server}" +
                         $"{(refusedSend is { } rs ? $", {(rs.Reserve ? "through the reserve" : "in its share")}" : "")}; the second before it at the fake held {second.Count}: {held}";
            var replies = second.Where(a => a.Chat < RecipientChat).Append(refused).OrderBy(a => a.Ts);
            yield return "    its non-recipient sends (start → arrival, ms from the refused one): " + string.Join(" · ", replies.Select(a =>
                SendOf(a) is { } s ? $"{a.Server} chat {a.Chat} {Ms(s.Start - refused.Ts):0}→{Ms(a.Ts - refused.Ts):0} {(s.Reserve ? "reserve" : "share")}{(a.Accepted ? "" : " REFUSED")}"
                    : $"{a.Server} chat {a.Chat} ?→{Ms(a.Ts - refused.Ts):0}"));
            foreach (var g in beats.Where(b => b.Ts > refused.Ts - 3 * Stopwatch.Frequency && b.Ts <= refused.Ts + Stopwatch.Frequency / 2).GroupBy(b => b.Srv).OrderBy(g => g.Key))
                yield return $"    {g.Key} beats (ms from the refused one): " + string.Join(" · ", g.Select(b => $"{Ms(b.Ts - refused.Ts):0} {b.Text}"));
            var asks = grants.Where(r => r.Ts > refused.Ts - 3 * Stopwatch.Frequency && r.Ts <= refused.Ts).ToList();
            if (asks.Count > 0)
                yield return "    reserve answers (ms from the refused one, granted, ask took ms): " + string.Join(" · ", asks.Select(r => $"{r.Srv} {Ms(r.Ts - refused.Ts):0} {(r.Granted ? "yes" : "no")} {r.Took}"));
        }
    }

    /// <summary>
    /// What could let a 429 through even when none came (wip-17c), per server from its SPBEBOT_SENDLOG lines: its beats,
    /// the longest gap between two, and the beats that read no other server (the other then counts as gone, and its share
    /// can be taken); the reserve's answers (granted, how long the ask took: p50/p99/max); the reserve sends' spacing by
    /// their starts (the shortest, how many under 1.05 s and under 1.15 s).
    /// </summary>
    static IEnumerable<string> ShareHealth(long from)
    {
        var lines = Server.Timeline.Select(l => l.Split(' ')).Where(f => f.Length > 3 && long.Parse(f[1], CultureInfo.InvariantCulture) >= from
            && f.Any(x => x.StartsWith("srv=", StringComparison.Ordinal))).ToList();
        static string Srv(string[] f) => f.First(x => x.StartsWith("srv=", StringComparison.Ordinal))[4..];
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        foreach (var server in lines.GroupBy(Srv).OrderBy(g => g.Key))
        {
            var beats = server.Where(f => f[2] == "share").Select(f => (Ts: long.Parse(f[1], CultureInfo.InvariantCulture), Alone: f.Any(x => x == "others="))).ToList();
            var gaps = beats.Zip(beats.Skip(1)).Select(p => Ms(p.Second.Ts - p.First.Ts)).ToList();
            var asks = server.Where(f => f[2] == "reserve").Select(f => (Granted: f[3] == "granted=1", Took: double.Parse(f[4][8..], CultureInfo.InvariantCulture))).ToList();
            var took = asks.Select(a => a.Took).Order().ToList();
            var reserveStarts = server.Where(f => f[2] == "send" && f.Contains("reserve=1")).Select(f => long.Parse(f[4][6..], CultureInfo.InvariantCulture)).Order().ToList();
            var spacing = reserveStarts.Zip(reserveStarts.Skip(1)).Select(p => Ms(p.Second - p.First)).ToList();
            yield return $"  {server.Key}: {beats.Count} beats, longest gap {(gaps.Count == 0 ? 0 : gaps.Max()):0} ms, {gaps.Count(g => g > 1000)} gaps over 1 s, {beats.Count(b => b.Alone)} beats read no other server; " +
                         $"reserve asked {asks.Count}, granted {asks.Count(a => a.Granted)}, ask took p50/p99/max {(took.Count == 0 ? "—" : $"{took[took.Count / 2]:0.0}/{took[took.Count * 99 / 100]:0.0}/{took[^1]:0.0}")} ms; " +
                         $"{reserveStarts.Count} reserve sends, shortest spacing by start {(spacing.Count == 0 ? 0 : spacing.Min()):0} ms, {spacing.Count(x => x < 1050)} under 1,050 ms, {spacing.Count(x => x < 1150)} under 1,150 ms";
        }
    }

    /// <summary>With SPBEBOT_BENCH_TIMELINE set, the servers' timeline lines are written to that file (for reading a run afterwards).</summary>
    static void DumpTimeline()
    {
        if (Environment.GetEnvironmentVariable("SPBEBOT_BENCH_TIMELINE") is { Length: > 0 } path) File.WriteAllLines(path, Server.Timeline);
    }

    /// <summary>
    /// The closest seconds at the fake, 429 or not: the five shortest spans of 31 consecutive arrivals (under 1,000 ms
    /// is a 429), each with its arrivals per server and how many went through the reply reserve — which sends crowd a
    /// second when one nearly fills.
    /// </summary>
    static IEnumerable<string> ClosestSeconds(LatencyBotApi fake)
    {
        var arrivals = fake.Arrivals.Where(a => a.Accepted).OrderBy(a => a.Ts).ToList();
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        var reserveStarts = Server.Timeline.Select(l => l.Split(' ')).Where(f => f.Length > 3 && f[2] == "send" && f.Contains("reserve=1")
                && f.Any(x => x.StartsWith("srv=", StringComparison.Ordinal)))   // an untagged line names no server (as in TooManyLog)
            .Select(f => (Srv: f.First(x => x.StartsWith("srv=", StringComparison.Ordinal))[4..], Chat: long.Parse(f[3][5..], CultureInfo.InvariantCulture),
                Start: long.Parse(f[4][6..], CultureInfo.InvariantCulture))).ToList();
        // A reply through the reserve: its server's reserve send to that chat started within a second before it arrived.
        bool Reserved((long Ts, long Chat, string Server, bool Accepted) a) =>
            a.Chat < RecipientChat && reserveStarts.Any(r => r.Srv == a.Server && r.Chat == a.Chat && r.Start <= a.Ts && a.Ts - r.Start < Stopwatch.Frequency);
        var spans = Enumerable.Range(0, Math.Max(0, arrivals.Count - 30)).Select(i => (Start: i, Ms: Ms(arrivals[i + 30].Ts - arrivals[i].Ts))).OrderBy(s => s.Ms).ToList();
        var shown = new List<int>();
        foreach (var span in spans)
        {
            if (shown.Count == 5) break;
            if (shown.Any(i => Math.Abs(i - span.Start) < 31)) continue;   // one line per crowded second
            shown.Add(span.Start);
            var window = arrivals.Skip(span.Start).Take(31).ToList();
            yield return $"  31 arrivals in {span.Ms:0.0} ms: " + string.Join(", ", window.GroupBy(a => a.Server).OrderBy(g => g.Key).Select(g =>
                $"{g.Key} {g.Count()} ({g.Count(Reserved)} reserve, {g.Count(a => a.Chat < RecipientChat)} non-recipient)"));
        }
    }
}
