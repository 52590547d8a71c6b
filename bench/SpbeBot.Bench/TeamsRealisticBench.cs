using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using SpbeBot.Core.Demo;
using SpbeBot.Tests.Infrastructure;
using SpbeBot.Tests.Teams;

namespace SpbeBot.Bench;

/// <summary>
/// Issue 17, Bot Framework (Teams) under the network's latency with Teams' limits enforced: the real server out of
/// process (this program's "teams-server", as in teams-kill), the fake Connector adds L to every call (half each way)
/// and refuses with 429 + Retry-After whatever goes over Teams' documented limits (<see cref="TeamsConnectorLimits"/>).
/// Per L:
///   burst   N activities from N conversations posted at once (up to 40 requests in flight, as a channel would) →
///           activities answered per second until the last first reply, against Teams' 50/s per app;
///   steady  R activities/s for S seconds from 200 conversations → p50/p99 from posting the activity to its first reply
///           reaching the Connector.
/// Every activity is "/bantuan" from a person the bot does not know (no directory needed), so each gets its answer.
/// Usage: teams-realistic [--latencies 150,300] [--burst 300] [--rate 20] [--seconds 20]
/// </summary>
static class TeamsRealisticBench
{
    public static async Task<int> Run(string[] args)
    {
        var latencies = (args.SkipWhile(a => a != "--latencies").Skip(1).FirstOrDefault() ?? "150,300").Split(',').Select(int.Parse).ToList();
        var burst = BenchArgs.Int(args, "--burst", 300);
        var rate = BenchArgs.Int(args, "--rate", 20);
        var seconds = BenchArgs.Int(args, "--seconds", 20);
        await using var bench = await BenchDatabase.StartAsync("teams-realistic");
        await DemoData.EnsureAsync(bench.Connections, DateOnly.FromDateTime(DateTime.UtcNow));
        var rows = new List<string>();
        foreach (var latency in latencies)
        {
            await using var bf = await FakeBotFramework.StartAsync();
            var limits = new TeamsConnectorLimits();
            bf.SendDelay = TimeSpan.FromMilliseconds(latency);
            bf.Admit = limits.Admit;
            var port = FreePort.BelowEphemeralRange();
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(2) };
            using var server = TeamsKillBench.Start(bench, bf, port);
            try
            {
                await TeamsKillBench.WaitAsync(() => TeamsKillBench.Listening(http), "the server up", TimeSpan.FromMinutes(2));
                // Warm-up (JIT, pools, token keys), then the figures.
                await AskAsync(http, bf, limits, Activities(bf, $"warm-{latency}", 40, 40), null, TimeSpan.FromMinutes(2));
                var sent0 = limits.Accepted;
                var refused0 = bf.TooManyRequests;
                var sw = Stopwatch.StartNew();
                await AskAsync(http, bf, limits, Activities(bf, $"burst-{latency}", burst, burst), null, TimeSpan.FromMinutes(10));
                var perSecond = burst / sw.Elapsed.TotalSeconds;
                var messages = (limits.Accepted - sent0) / sw.Elapsed.TotalSeconds;
                var burst429 = bf.TooManyRequests - refused0;
                Console.WriteLine($"L={latency} burst: {burst} activities from {burst} conversations answered in {sw.Elapsed.TotalSeconds:0.0} s = {perSecond:0.0}/s " +
                                  $"({messages:0.0} Connector sends/s); 429s {burst429}");
                rows.Add($"| {latency} ms | {burst} activities from {burst} conversations at once | {perSecond:0.0} activities/s, {messages:0.0} sends/s ({burst429} × 429) | {messages / 50:0.00}× of 50/s per app |");

                refused0 = bf.TooManyRequests;
                var times = await AskAsync(http, bf, limits, Activities(bf, $"steady-{latency}", rate * seconds, 200), rate, TimeSpan.FromMinutes(5));
                var (p50, p99) = (QuestionsBench.Percentile(times, 50), QuestionsBench.Percentile(times, 99));
                var steady429 = bf.TooManyRequests - refused0;
                Console.WriteLine($"L={latency} steady: {rate} activities/s for {seconds} s: p50 {p50:0} ms, p99 {p99:0} ms, max {times.Max():0} ms; 429s {steady429}");
                rows.Add($"| {latency} ms | {rate} activities/s for {seconds} s, p50 / p99 | {p50:0} / {p99:0} ms ({steady429} × 429) | p99 {p99 / latency:0.0}× L |");
            }
            finally
            {
                if (!server.HasExited) server.Kill();
                await server.WaitForExitAsync();
            }
        }
        Console.WriteLine();
        Console.WriteLine("| L | scenario | figure | ratio |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var row in rows) Console.WriteLine(row);
        return 0;
    }

    static List<JsonObject> Activities(FakeBotFramework bf, string tag, int n, int conversations) =>
        Enumerable.Range(0, n).Select(k => bf.Message("/bantuan", userId: $"aad-{tag}-{k % conversations}", conversationId: $"conv-{tag}-{k % conversations}")).ToList();

    /// <summary>
    /// Posts the activities (all at once with up to 40 in flight, or <paramref name="rate"/> a second) and waits until
    /// each has its first reply at the Connector; the milliseconds from posting to that reply.
    /// </summary>
    static async Task<List<double>> AskAsync(HttpClient http, FakeBotFramework bf, TeamsConnectorLimits limits, List<JsonObject> activities, int? rate, TimeSpan timeout)
    {
        var postedAt = new double[activities.Count];
        using var inFlight = new SemaphoreSlim(40);
        var started = Stopwatch.StartNew();
        var posts = new List<Task>();
        for (var i = 0; i < activities.Count; i++)
        {
            if (rate is { } r)
            {
                var due = TimeSpan.FromSeconds(i / (double)r) - started.Elapsed;
                if (due > TimeSpan.Zero) await Task.Delay(due);
            }
            await inFlight.WaitAsync();
            var index = i;
            postedAt[index] = limits.Now;
            posts.Add(Task.Run(async () =>
            {
                try
                {
                    using var answer = await TeamsKillBench.PostAsync(http, activities[index], bf.Token());
                    if (answer.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"activity refused: {(int)answer.StatusCode}");
                }
                finally { inFlight.Release(); }
            }));
        }
        await Task.WhenAll(posts);
        await TeamsKillBench.WaitAsync(() => activities.All(a => limits.AcceptedAt((string)a["id"]!) is not null), "every activity answered", timeout);
        return activities.Select((a, i) => (limits.AcceptedAt((string)a["id"]!)!.Value - postedAt[i]) * 1000).ToList();
    }
}
