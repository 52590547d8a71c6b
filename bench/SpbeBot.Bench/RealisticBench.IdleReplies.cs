using System.Diagnostics;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Broadcasts;
using SpbeBot.Core.People;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Bench;

static partial class RealisticBench
{
    /// <summary>
    /// Issue 17 point 3 with two servers: one server sends a broadcast while the other, which sends nothing else, answers
    /// questions posted to its webhook (2 a second). Its replies must not wait for room next to the broadcast (≤ 1 s).
    /// </summary>
    static async Task<string> IdleServerReplies(BenchDatabase bench, TimeSpan l, int n)
    {
        await LinkRecipientsAsync(bench, n);
        await using var fake = await LatencyBotApi.StartAsync(l);
        var servers = new List<(Server Server, HttpClient Http)>();
        try
        {
            for (var i = 0; i < 2; i++)
            {
                var port = FreePort.BelowEphemeralRange();
                var server = await Server.StartAsync(bench, fake, waitForPoll: false, webhookPort: port, tag: $"s{i + 1}");
                var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
                servers.Add((server, http));
                await WaitFor(() => Listening(http), "the webhook server up", TimeSpan.FromMinutes(3));
            }
            var next = 0;
            async Task Post(HttpClient http)
            {
                var i = next++;
                var update = fake.Question(QuestionChat + i * 7 % 200, Questions[i % Questions.Length]);
                if (l > TimeSpan.Zero) await Task.Delay(l / 2);
                using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = new StringContent(update.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
                request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", WebhookSecret);
                using var response = await http.SendAsync(request);
                if (response.StatusCode != System.Net.HttpStatusCode.OK) throw new InvalidOperationException($"webhook answered {(int)response.StatusCode}");
            }
            // Both servers warmed up (JIT, caches): 20 questions each.
            var warm = fake.Expect(40);
            for (var i = 0; i < 40; i++) await Post(servers[i % 2].Http);
            await warm.WaitAsync(TimeSpan.FromMinutes(2));
            fake.ResetCounters();

            var store = new BroadcastStore(bench.Connections);
            var broadcast = await store.CreateAsync(new Audience("role", Role: PersonRole.Operator), $"Rapat koordinasi SPBE ({n}, {l.TotalMilliseconds} ms, idle2)",
                Actor.System("bench"), DateOnly.FromDateTime(DateTime.UtcNow));
            // The sender is known once it has claimed rows; the questions go to the other server.
            var sw = Stopwatch.StartNew();
            int? senderPid = null;
            while (fake.RecipientsReached < 60 || (senderPid = await SenderPidAsync(bench)) is null)
            {
                if (sw.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException("no server started sending");
                await Task.Delay(50);
            }
            var idle = servers.Single(s => s.Server.Pid != senderPid).Http;
            var from = Stopwatch.GetTimestamp();
            _ = fake.Expect(100_000);   // never reached: every answer from here is timed
            var asked = 0;
            await using var sampler = new ShareSampler(bench);
            var askedFor = Stopwatch.StartNew();
            while ((await store.StatusAsync(broadcast.Id))!.FinishedAt is null)
            {
                if (sw.Elapsed > TimeSpan.FromMinutes(15)) throw new TimeoutException("the broadcast did not finish in 15 minutes");
                await Post(idle);
                asked++;
                await Task.Delay(500);
            }
            var askedSeconds = askedFor.Elapsed.TotalSeconds;
            var shares = await sampler.ReportAsync(servers.ToDictionary(s => s.Server.Pid, s => s.Server.Pid == senderPid ? "sender" : "answering"));
            await Task.Delay(TimeSpan.FromSeconds(3));   // the last answers
            var delays = fake.Timed.Where(t => t.Enqueued >= from).Select(t => t.Ms).ToList();
            var seconds = (fake.LastRecipientAt - fake.FirstRecipientAt).TotalSeconds;
            var duplicates = fake.RecipientCounts.Values.Sum(v => v - 1);
            var p50 = delays.Count == 0 ? double.NaN : QuestionsBench.Percentile(delays, 50);
            var p99 = delays.Count == 0 ? double.NaN : QuestionsBench.Percentile(delays, 99);
            var max = delays.Count == 0 ? double.NaN : delays.Max();
            var over = delays.Count(d => d > 1000);
            Console.WriteLine($"L={l.TotalMilliseconds} idle2: broadcast {n} by one server, first to last {seconds:0.0} s = {(n - 1) / seconds:0.0}/s; 429s {fake.TooManyRequests}, duplicates {duplicates}, " +
                              $"lost {n - fake.RecipientCounts.Count}; questions to the other server {asked}, answered {delays.Count}: p50 {p50:0} ms, p99 {p99:0} ms, max {max:0} ms, over 1 s {over}");
            Console.WriteLine($"  questions {asked / askedSeconds:0.00}/s; shares sampled every 250 ms (send_pacer, send_reserve):{Environment.NewLine}{shares}");
            // Each 429 from both sides, and the seconds that came closest (wip-17c).
            foreach (var line in TooManyLog(fake, from)) Console.WriteLine("  " + line);
            Console.WriteLine("  " + Closeness(fake));
            foreach (var line in ClosestSeconds(fake)) Console.WriteLine(line);
            foreach (var line in ShareHealth(from)) Console.WriteLine(line);
            DumpTimeline();
            Console.WriteLine($"  load {Machine().Load:0.0}");
            return $"| {l.TotalMilliseconds} ms | broadcast to {n:N0} by one server, 2 questions/s answered by the other | replies p50 {p50:0} ms, p99 {p99:0} ms, max {max:0} ms, {over} over 1 s " +
                   $"({delays.Count} of {asked} answered); broadcast {(n - 1) / seconds:0.0} msg/s, {fake.TooManyRequests} × 429, {duplicates} duplicates | p99 {p99 / 1000:0.00}× of 1 s |";
        }
        finally
        {
            foreach (var (server, http) in servers)
            {
                server.Dispose();
                http.Dispose();
            }
        }
    }
}
