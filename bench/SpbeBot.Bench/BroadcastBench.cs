using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Broadcasts;
using SpbeBot.Core.Demo;
using SpbeBot.Core.Storage;
using SpbeBot.Host.Hosting;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Bench;

/// <summary>
/// A broadcast to N recipients through a fake Bot API that enforces Telegram's limits (30 messages/s overall, 1/s per
/// chat, answering 429 beyond them). The server runs as a child process (this program with "broadcast-server"), so the
/// second run can kill it with SIGKILL about half way and start a new one. Reports the finishing time against the
/// limit's N/30 s, 429s received, duplicates and losses. Usage: broadcast [--recipients N] [--skip-crash]
/// </summary>
static class BroadcastBench
{
    const string Token = "123456:BENCH-token";

    public static async Task<int> Run(string[] args)
    {
        var n = BenchArgs.Int(args, "--recipients", 5000);
        await using var bench = await BenchDatabase.StartAsync("broadcast");
        var db = bench.Connections;
        await DemoData.EnsureAsync(db, DateOnly.FromDateTime(DateTime.UtcNow));
        await using (var c = await db.OpenAsync())
        {
            await c.ExecuteAsync("insert into person (name, role) select 'Penerima ' || g, 'operator' from generate_series(1, @n) g", new { n });
            await c.ExecuteAsync("insert into chat_identity (channel, external_id, person_id) select 'telegram', (1000000 + id)::text, id from person where name like 'Penerima %'");
        }
        Console.WriteLine($"{n:N0} recipients on Telegram; the fake Bot API answers 429 above 30 messages/s overall or 1/s per chat.");
        var ok = await Once(db, bench.ConnectionString, bench.Root, n, crash: false);
        if (!args.Contains("--skip-crash")) ok &= await Once(db, bench.ConnectionString, bench.Root, n, crash: true);
        return ok ? 0 : 1;
    }

    static async Task<bool> Once(ConnectionFactory db, string connectionString, string root, int n, bool crash)
    {
        await using var fake = await LimitedBotApi.StartAsync();
        var server = StartServer(connectionString, fake.BaseUrl, root);
        await Task.Delay(TimeSpan.FromSeconds(4));   // the child starts and takes the sender lock
        var store = new BroadcastStore(db);
        var broadcast = await store.CreateAsync(new Audience("role", Role: Core.People.PersonRole.Operator), "Rapat koordinasi SPBE " + (crash ? "(2)" : "(1)"),
            Actor.System("bench"), DateOnly.FromDateTime(DateTime.UtcNow));
        var sw = Stopwatch.StartNew();
        var killedAt = 0;
        if (crash)
        {
            while (fake.Accepted < n / 2) await Task.Delay(50);
            server.Kill();   // SIGKILL
            await server.WaitForExitAsync();
            killedAt = fake.Accepted;
            server = StartServer(connectionString, fake.BaseUrl, root);
        }
        // Finished = every message Telegram can take is sent, failed or blocked (the demo operators use only the terminal).
        while ((await store.StatusAsync(broadcast.Id))!.FinishedAt is null) await Task.Delay(200);
        var seconds = fake.LastAcceptedAt.Subtract(fake.FirstAcceptedAt).TotalSeconds;
        server.Kill();
        var status = (await store.StatusAsync(broadcast.Id))!;
        var perChat = fake.PerChat;
        var duplicates = perChat.Values.Count(v => v > 1);
        var losses = n - perChat.Count;
        var limit = n / 30.0;
        Console.WriteLine($"{(crash ? $"killed (SIGKILL) after {killedAt:N0} sends and restarted" : "uninterrupted")}: {n:N0} messages, " +
                          $"first to last send {seconds:0.0} s (limit {limit:0.0} s, {(seconds / limit - 1) * 100:+0.0;-0.0} %), until reported done {sw.Elapsed.TotalSeconds:0.0} s; " +
                          $"429 received {fake.TooManyRequests}, duplicates {duplicates}, losses {losses}; report: {status.Sent} sent, {status.Failed} failed, {status.Blocked} blocked");
        return fake.TooManyRequests == 0 && duplicates == 0 && losses == 0 && seconds <= limit * 1.1;
    }

    static Process StartServer(string connectionString, string apiBaseUrl, string root)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(typeof(BroadcastBench).Assembly.Location);
        start.ArgumentList.Add("broadcast-server");
        start.Environment["SPBEBOT__DATABASE__CONNECTIONSTRING"] = connectionString;
        start.Environment["SPBEBOT__TELEGRAM__TOKEN"] = Token;
        start.Environment["SPBEBOT__TELEGRAM__APIBASEURL"] = apiBaseUrl;
        start.Environment["SPBEBOT__TELEGRAM__POLLTIMEOUTSECONDS"] = "1";
        start.Environment["SPBEBOT__EVIDENCE__ROOT"] = Path.Combine(root, "evidence");
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The child: the real server, configured by the environment, until killed.</summary>
    public static async Task<int> Serve(string[] args)
    {
        SpbeBot.Core.Observability.Timeline.Mark($"host-main since-process-start-ms={(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds:0}");
        var app = ServerApp.Build(["--urls", args.Length > 0 ? args[0] : "http://127.0.0.1:0"], builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
        if (SpbeBot.Core.Observability.Timeline.Enabled) WatchLag();
        await app.RunAsync();
        return 0;
    }

    /// <summary>
    /// With the timeline on: how late a dedicated thread's 10 ms sleep and a thread-pool continuation after a 10 ms delay
    /// wake up. A late dedicated thread means the whole process stopped (a GC pause, the CPU taken); a late pool
    /// continuation alone means the thread pool was short of threads.
    /// </summary>
    static void WatchLag()
    {
        new Thread(() =>
        {
            while (true)
            {
                var t0 = Stopwatch.GetTimestamp();
                Thread.Sleep(10);
                var late = Stopwatch.GetElapsedTime(t0).TotalMilliseconds - 10;
                if (late > 50) SpbeBot.Core.Observability.Timeline.Mark($"lag-thread late-ms={late:0}");
            }
        }) { IsBackground = true, Name = "lag-watch", Priority = ThreadPriority.Highest }.Start();
        _ = Task.Run(async () =>
        {
            while (true)
            {
                var t0 = Stopwatch.GetTimestamp();
                await Task.Delay(10);
                var late = Stopwatch.GetElapsedTime(t0).TotalMilliseconds - 10;
                if (late > 50) SpbeBot.Core.Observability.Timeline.Mark($"lag-pool late-ms={late:0}");
            }
        });
    }

    /// <summary>Just enough Bot API for a sending server: getMe, empty long polls, and sendMessage under Telegram's limits.</summary>
    sealed class LimitedBotApi : LoopbackService
    {
        readonly Lock _gate = new();
        readonly Queue<DateTimeOffset> _lastSecond = new();
        readonly Dictionary<long, DateTimeOffset> _lastToChat = [];
        readonly ConcurrentDictionary<long, int> _perChat = new();
        int _tooMany, _accepted;

        public int Accepted => Volatile.Read(ref _accepted);
        public int TooManyRequests => Volatile.Read(ref _tooMany);
        public IReadOnlyDictionary<long, int> PerChat => _perChat;
        public DateTimeOffset FirstAcceptedAt { get; private set; }
        public DateTimeOffset LastAcceptedAt { get; private set; }

        public static async Task<LimitedBotApi> StartAsync()
        {
            var fake = new LimitedBotApi();
            await fake.ListenAsync();
            return fake;
        }

        protected override async Task ServeAsync(HttpContext http)
        {
            var method = (http.Request.Path.Value ?? "").Split('/').Last();
            JsonObject? p = http.Request.HasJsonContentType() ? await JsonNode.ParseAsync(http.Request.Body) as JsonObject : null;
            switch (method)
            {
                case "getMe":
                    await Ok(http, new JsonObject { ["id"] = 1, ["is_bot"] = true, ["first_name"] = "Bench", ["username"] = "BenchBot" });
                    return;
                case "getUpdates":
                    await Task.Delay(1000);
                    await Ok(http, new JsonArray());
                    return;
                case "sendMessage":
                    var chat = long.Parse(p!["chat_id"]!.ToString());
                    int? retry = null;
                    lock (_gate)
                    {
                        var now = DateTimeOffset.UtcNow;
                        while (_lastSecond.Count > 0 && _lastSecond.Peek() <= now.AddSeconds(-1)) _lastSecond.Dequeue();
                        if (_lastSecond.Count >= 30 || (_lastToChat.TryGetValue(chat, out var last) && last > now.AddSeconds(-1))) retry = 1;
                        else
                        {
                            _lastSecond.Enqueue(now);
                            _lastToChat[chat] = now;
                            if (_accepted == 0) FirstAcceptedAt = now;
                            LastAcceptedAt = now;
                            _accepted++;
                            _perChat.AddOrUpdate(chat, 1, (_, v) => v + 1);
                        }
                    }
                    if (retry is int wait)
                    {
                        Interlocked.Increment(ref _tooMany);
                        http.Response.StatusCode = 429;
                        await http.Response.WriteAsync(new JsonObject { ["ok"] = false, ["error_code"] = 429, ["description"] = "Too Many Requests: retry after 1", ["parameters"] = new JsonObject { ["retry_after"] = wait } }.ToJsonString());
                        return;
                    }
                    await Ok(http, new JsonObject { ["message_id"] = 1, ["date"] = 0, ["chat"] = new JsonObject { ["id"] = chat, ["type"] = "private" }, ["text"] = "ok" });
                    return;
                default:
                    await Ok(http, true);
                    return;
            }
        }

        static Task Ok(HttpContext http, JsonNode result)
        {
            http.Response.ContentType = "application/json";
            return http.Response.WriteAsync(new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString());
        }
    }
}
