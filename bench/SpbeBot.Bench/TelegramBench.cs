using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Demo;
using SpbeBot.Core.People;
using SpbeBot.Core.Storage;
using SpbeBot.Host.Hosting;
using SpbeBot.Tests.Infrastructure;
using Telegram.Bot;

namespace SpbeBot.Bench;

/// <summary>
/// Telegram pipeline end to end: the real server (<see cref="ServerApp"/>, polling mode) against a minimal fake Bot API
/// on loopback, the conversation on a throw-away embedded PostgreSQL with the demo data. Text updates
/// ("level 4 indikator 32" …) come from many Telegram chats linked to the five demo people.
/// (a) throughput: N updates queued at once, until every reply's sendMessage arrived at the fake;
/// (b) latency: a steady rate for some seconds, enqueue → matching sendMessage, p50/p99;
/// (c) the same two figures for a bare Telegram.Bot echo bot against the same fake.
/// Usage: telegram [--updates N] [--chats N] [--rate R] [--seconds S]
/// </summary>
static class TelegramBench
{
    const string Token = "123456:BENCH-token";
    static readonly string[] Questions = ["level 4 indikator 32", "level 3 indikator 5", "indikator 12 level 2", "level 5 indikator 47", "level 1 indikator 20"];

    public static async Task<int> Run(string[] args)
    {
        var n = BenchArgs.Int(args, "--updates", 5_000);
        var chatCount = BenchArgs.Int(args, "--chats", 200);
        var rate = BenchArgs.Int(args, "--rate", 100);
        var seconds = BenchArgs.Int(args, "--seconds", 10);
        var root = Path.Combine("/tmp", "spbebot-tgbench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var dataDir = Path.Combine(root, "pgdata");
        try
        {
            await using var cluster = await EmbeddedCluster.StartAsync(new EmbeddedClusterOptions { DataDirectory = dataDir, StopOnProcessExit = true });
            await Migrator.MigrateAsync(cluster.ConnectionString);
            var chats = new List<long>();
            await using (var db = new ConnectionFactory(cluster.ConnectionString))
            {
                await DemoData.EnsureAsync(db, DateOnly.FromDateTime(DateTime.UtcNow));
                var people = new PersonStore(db);
                var demo = await people.ListAsync();
                for (var i = 0; i < chatCount; i++)
                {
                    long chat = 700_000 + i;
                    await people.LinkChatAsync(demo[i % demo.Count].Id, new ChatIdentity("telegram", chat.ToString()), Actor.System("bench"));
                    chats.Add(chat);
                }
                Console.WriteLine($"PostgreSQL (embedded, fsync on) with demo data; {chatCount} Telegram chats linked to the {demo.Count} demo people.");
            }

            // ── SpbeBot pipeline ──
            Figures ours;
            await using (var fake = await FakeBotApi.StartAsync())
            {
                var app = ServerApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
                {
                    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                    {
                        ["Spbebot:Telegram:Token"] = Token,
                        ["Spbebot:Telegram:ApiBaseUrl"] = fake.BaseUrl,
                        ["Spbebot:Telegram:PollTimeoutSeconds"] = "10",
                        ["Spbebot:Database:ConnectionString"] = cluster.ConnectionString,
                    });
                    builder.Logging.ClearProviders();
                });
                await app.StartAsync();
                try
                {
                    ours = await Measure("SpbeBot", fake, chats, n, rate, seconds);
                    Console.WriteLine($"  sample reply: {fake.SampleReply?.ReplaceLineEndings(" ")[..Math.Min(120, fake.SampleReply.Length)]}…");
                }
                finally
                {
                    await app.StopAsync();
                    await app.DisposeAsync();
                }
            }

            // ── bare Telegram.Bot echo bot ──
            Figures echo;
            await using (var fake = await FakeBotApi.StartAsync())
            {
                using var stop = new CancellationTokenSource();
                var bot = new TelegramBotClient(new TelegramBotClientOptions(Token, fake.BaseUrl));
                var loop = Task.Run(() => EchoLoop(bot, stop.Token));
                try
                {
                    echo = await Measure("Echo bot", fake, chats, n, rate, seconds);
                }
                finally
                {
                    stop.Cancel();
                    try { await loop; } catch (Exception) when (stop.IsCancellationRequested) { }   // Telegram.Bot wraps a cancelled call in RequestException
                }
            }

            Console.WriteLine();
            Console.WriteLine("| what | SpbeBot | bare Telegram.Bot echo | SpbeBot cost (×) | target |");
            Console.WriteLine("|---|---|---|---|---|");
            Console.WriteLine($"| (a) throughput, {n:N0} updates queued at once | {ours.Throughput:N0} updates/s | {echo.Throughput:N0} updates/s | {echo.Throughput / ours.Throughput:0.0}× | ≥ 500 updates/s |");
            Console.WriteLine($"| (b) latency at {rate}/s for {seconds} s, p50 | {ours.P50:0.0} ms | {echo.P50:0.0} ms | {ours.P50 / echo.P50:0.0}× | |");
            Console.WriteLine($"| (b) latency at {rate}/s for {seconds} s, p99 | {ours.P99:0.0} ms | {echo.P99:0.0} ms | {ours.P99 / echo.P99:0.0}× | ≤ 50 ms |");
            Console.WriteLine($"| (b) latency max | {ours.Max:0.0} ms | {echo.Max:0.0} ms | | |");
            return 0;
        }
        finally
        {
            EmbeddedCluster.StopAny(dataDir);
            Directory.Delete(root, recursive: true);
        }
    }

    sealed record Figures(double Throughput, double P50, double P99, double Max);

    static async Task<Figures> Measure(string name, FakeBotApi fake, List<long> chats, int n, int rate, int seconds)
    {
        // Warm-up: JIT, connection pools, caches.
        await fake.RunAsync(Enumerable.Range(0, 200).Select(i => (chats[i % chats.Count], Questions[i % Questions.Length])).ToList(), null, TimeSpan.FromSeconds(30));

        // (a) throughput
        var batch = Enumerable.Range(0, n).Select(i => (chats[i % chats.Count], Questions[i % Questions.Length])).ToList();
        var sw = Stopwatch.StartNew();
        await fake.RunAsync(batch, null, TimeSpan.FromSeconds(40));
        var throughput = n / sw.Elapsed.TotalSeconds;
        Console.WriteLine($"{name}: (a) {n:N0} updates → {n:N0} replies in {sw.Elapsed.TotalMilliseconds:N0} ms = {throughput:N0} updates/s");

        // (b) latency at a steady rate
        var steady = Enumerable.Range(0, rate * seconds).Select(i => (chats[i * 7 % chats.Count], Questions[i % Questions.Length])).ToList();
        var latencies = await fake.RunAsync(steady, rate, TimeSpan.FromSeconds(seconds + 20));
        var p50 = QuestionsBench.Percentile(latencies, 50);
        var p99 = QuestionsBench.Percentile(latencies, 99);
        Console.WriteLine($"{name}: (b) {steady.Count} updates at {rate}/s: p50 {p50:0.0} ms, p99 {p99:0.0} ms, max {latencies.Max():0.0} ms");
        await Task.Delay(200);   // a stray second reply would show up here
        Console.WriteLine($"{name}: {fake.Enqueued:N0} updates in all, {fake.Sent:N0} sendMessage calls" + (fake.Enqueued == fake.Sent ? " (one reply each)" : " — MISMATCH, latencies are not trustworthy"));
        return new Figures(throughput, p50, p99, latencies.Max());
    }

    /// <summary>The bare minimum bot: poll, echo each text, confirm with the next offset. One update after another, like ours.</summary>
    static async Task EchoLoop(TelegramBotClient bot, CancellationToken ct)
    {
        await bot.DeleteWebhook(cancellationToken: ct);
        var offset = 0;
        while (!ct.IsCancellationRequested)
        {
            var updates = await bot.GetUpdates(offset, limit: 100, timeout: 10, cancellationToken: ct);
            foreach (var update in updates)
            {
                offset = update.Id + 1;
                if (update.Message is { Text: { } text } message)
                    await bot.SendMessage(message.Chat.Id, text, cancellationToken: ct);
            }
        }
    }

    /// <summary>
    /// A minimal Bot API on a random loopback port (shape copied from the tests' FakeBotApi): getMe, getUpdates with
    /// offset and long-poll timeout, sendMessage (arrival matched per chat, first in first out, to the oldest
    /// unanswered update of that chat), answerCallbackQuery, setMyCommands, deleteWebhook, setWebhook.
    /// </summary>
    sealed class FakeBotApi : LoopbackService
    {
        readonly Lock _gate = new();
        readonly List<JsonObject> _updates = [];   // in update_id order
        TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        int _nextUpdateId = 1, _nextMessageId = 1;
        // Per chat: enqueue timestamps of updates still waiting for their reply.
        readonly Dictionary<long, Queue<long>> _waiting = [];
        List<double> _latencies = [];
        int _expected;
        TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string? SampleReply { get; private set; }
        public int Sent { get; private set; }
        public int Enqueued => _nextUpdateId - 1;

        public static async Task<FakeBotApi> StartAsync()
        {
            var fake = new FakeBotApi();
            await fake.ListenAsync();
            return fake;
        }

        /// <summary>Enqueues the messages (all at once, or at <paramref name="rate"/> per second) and waits for every reply; returns the latencies in ms.</summary>
        public async Task<List<double>> RunAsync(List<(long Chat, string Text)> messages, int? rate, TimeSpan timeout)
        {
            lock (_gate)
            {
                _latencies = new List<double>(messages.Count);
                _expected = messages.Count;
                _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            var start = Stopwatch.GetTimestamp();
            if (rate is null)
                Enqueue(messages);
            else
                for (var i = 0; i < messages.Count; i++)
                {
                    var due = start + (long)(i * Stopwatch.Frequency / (double)rate.Value);
                    var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                    if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
                    while (Stopwatch.GetTimestamp() < due) Thread.SpinWait(50);
                    Enqueue([messages[i]]);
                }
            if (await Task.WhenAny(_done.Task, Task.Delay(timeout)) != _done.Task)
                throw new TimeoutException($"only {_latencies.Count} of {messages.Count} replies arrived within {timeout.TotalSeconds} s");
            lock (_gate) return _latencies.ToList();
        }

        void Enqueue(IEnumerable<(long Chat, string Text)> messages)
        {
            lock (_gate)
            {
                foreach (var (chat, text) in messages)
                {
                    var user = new JsonObject { ["id"] = chat, ["is_bot"] = false, ["first_name"] = "Budi", ["language_code"] = "id" };
                    _updates.Add(new JsonObject
                    {
                        ["update_id"] = _nextUpdateId++,
                        ["message"] = new JsonObject
                        {
                            ["message_id"] = _nextMessageId++,
                            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                            ["chat"] = new JsonObject { ["id"] = chat, ["type"] = "private", ["first_name"] = "Budi" },
                            ["from"] = user,
                            ["text"] = text,
                        },
                    });
                    if (!_waiting.TryGetValue(chat, out var queue)) _waiting[chat] = queue = new();
                    queue.Enqueue(Stopwatch.GetTimestamp());
                }
                _changed.TrySetResult();
                _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        protected override async Task ServeAsync(HttpContext http)
        {
            var path = http.Request.Path.Value ?? "";
            var slash = path.IndexOf('/', 1);
            if (!path.StartsWith("/bot" + Token + "/", StringComparison.Ordinal))
            {
                await WriteAsync(http, 404, Error(404, "Not Found"));
                return;
            }
            var method = path[(slash + 1)..];
            var p = new JsonObject();
            foreach (var (key, value) in http.Request.Query) p[key] = value.ToString();
            if (http.Request.HasJsonContentType() && await JsonNode.ParseAsync(http.Request.Body) is JsonObject json)
                foreach (var (key, value) in json.ToList()) { json.Remove(key); p[key] = value; }
            else if (http.Request.HasFormContentType)
                foreach (var (key, value) in await http.Request.ReadFormAsync()) p[key] = value.ToString();

            var (status, body) = method switch
            {
                "getMe" => Ok(new JsonObject { ["id"] = 123456, ["is_bot"] = true, ["first_name"] = "SpbeBot Bench", ["username"] = "SpbeBenchBot" }),
                "getUpdates" => await GetUpdatesAsync(p, http.RequestAborted),
                "sendMessage" => SendMessage(p),
                "answerCallbackQuery" or "setMyCommands" or "deleteWebhook" or "setWebhook" => Ok(true),
                _ => (404, Error(404, "Not Found: method not found")),
            };
            await WriteAsync(http, status, body);
        }

        async Task<(int, JsonObject)> GetUpdatesAsync(JsonObject p, CancellationToken aborted)
        {
            var offset = Number(p, "offset") ?? 0;
            var limit = (int)(Number(p, "limit") ?? 100);
            var deadline = DateTimeOffset.UtcNow.AddSeconds(Number(p, "timeout") ?? 0);
            while (true)
            {
                Task changed;
                lock (_gate)
                {
                    var confirmed = 0;
                    while (confirmed < _updates.Count && _updates[confirmed]["update_id"]!.GetValue<int>() < offset) confirmed++;
                    _updates.RemoveRange(0, confirmed);
                    if (_updates.Count > 0)
                        return Ok(new JsonArray(_updates.Take(limit).Select(u => (JsonNode)u.DeepClone()).ToArray()));
                    changed = _changed.Task;
                }
                var remaining = deadline - DateTimeOffset.UtcNow;
                if (remaining <= TimeSpan.Zero) return Ok(new JsonArray());
                try { await changed.WaitAsync(remaining, aborted); }
                catch (TimeoutException) { }
                catch (OperationCanceledException) { return Ok(new JsonArray()); }
            }
        }

        (int, JsonObject) SendMessage(JsonObject p)
        {
            var arrived = Stopwatch.GetTimestamp();
            var text = p["text"]?.ToString() ?? "";
            if (p["chat_id"] is null || text.Trim().Length == 0 || text.Length > 4096) return (400, Error(400, "Bad Request: bad message"));
            var chat = long.Parse(p["chat_id"]!.ToString());
            int id;
            lock (_gate)
            {
                id = _nextMessageId++;
                Sent++;
                SampleReply ??= text;
                if (_waiting.TryGetValue(chat, out var queue) && queue.TryDequeue(out var enqueued))
                {
                    _latencies.Add(Stopwatch.GetElapsedTime(enqueued, arrived).TotalMilliseconds);
                    if (_latencies.Count >= _expected) _done.TrySetResult();
                }
            }
            return Ok(new JsonObject
            {
                ["message_id"] = id,
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = new JsonObject { ["id"] = chat, ["type"] = "private" },
                ["text"] = text,
            });
        }

        static long? Number(JsonObject p, string name) => p[name] is { } node && long.TryParse(node.ToString(), out var n) ? n : null;

        static (int, JsonObject) Ok(JsonNode result) => (200, new JsonObject { ["ok"] = true, ["result"] = result });

        static JsonObject Error(int code, string description) => new() { ["ok"] = false, ["error_code"] = code, ["description"] = description };

        static Task WriteAsync(HttpContext http, int status, JsonObject body)
        {
            http.Response.StatusCode = status;
            http.Response.ContentType = "application/json";
            return http.Response.WriteAsync(body.ToJsonString());
        }
    }
}
