using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SpbeBot.Core.Demo;
using SpbeBot.Host.Channels.Teams;
using SpbeBot.Host.Hosting;
using SpbeBot.Tests.Infrastructure;
using SpbeBot.Tests.Teams;

namespace SpbeBot.Bench;

/// <summary>
/// Issue 17: kill -9 after N acknowledged Bot Framework activities, with the real server out of process. The server
/// (this program's "teams-server": ServerApp on an embedded PostgreSQL, Teams only, the Connector token from a static
/// source instead of Entra ID) gets N activities from N conversations, each answered 200 by the Bot Framework endpoint;
/// right after the last 200 it is killed with SIGKILL and started again. Counted: answered before the kill, answered
/// after the restart, answered twice (a sentinel per conversation, the same command, must get as many replies as the
/// activity: one conversation is handled in order, so a second answer would come before it).
/// Usage: teams-kill [--activities 40] [--latency-ms 150] [--rounds 1] [--kill-when-answered K]
/// </summary>
static class TeamsKillBench
{
    public static async Task<int> Run(string[] args)
    {
        var n = BenchArgs.Int(args, "--activities", 40);
        var latency = TimeSpan.FromMilliseconds(BenchArgs.Int(args, "--latency-ms", 150));
        var rounds = BenchArgs.Int(args, "--rounds", 1);
        var killWhenAnswered = BenchArgs.Int(args, "--kill-when-answered", 0);
        await using var bench = await BenchDatabase.StartAsync("teams-kill");
        await DemoData.EnsureAsync(bench.Connections, DateOnly.FromDateTime(DateTime.UtcNow));
        await using var bf = await FakeBotFramework.StartAsync();
        bf.SendDelay = latency;
        var ok = true;
        for (var round = 1; round <= rounds; round++)
        {
            var port = FreePort.BelowEphemeralRange();
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var server = Start(bench, bf, port);
            try
            {
                await WaitAsync(() => Listening(http), "the server up", TimeSpan.FromMinutes(2));
                var activities = Enumerable.Range(1, n).Select(k => bf.Message("/bantuan", userId: $"aad-kill-{round}-{k}", conversationId: $"conv-kill-{round}-{k}")).ToList();
                var sw = Stopwatch.StartNew();
                var statuses = await Task.WhenAll(activities.Select(a => PostAsync(http, a, bf.Token())));
                var acknowledged = sw.Elapsed;
                // With --kill-when-answered K: once K activities have their reply (a loaded machine may answer none
                // within the acknowledgements, and then the kill finds no reply on the wire).
                if (killWhenAnswered > 0)
                    await WaitAsync(() => activities.Count(a => Replies(bf, a) > 0) >= killWhenAnswered, "the first replies", TimeSpan.FromMinutes(2));
                server.Kill();   // SIGKILL, right after the last 200 (or the first K replies)
                await server.WaitForExitAsync();
                var refused = statuses.Count(s => s.StatusCode != HttpStatusCode.OK);
                var answeredBefore = activities.Count(a => Replies(bf, a) > 0);

                server = Start(bench, bf, port);
                var restart = Stopwatch.StartNew();
                await WaitAsync(() => Listening(http), "the restarted server up", TimeSpan.FromMinutes(5));
                var up = restart.Elapsed;
                // Waited for a minute at most: one not answered by then counts as lost.
                try { await WaitAsync(() => activities.All(a => Replies(bf, a) > 0), "every acknowledged activity answered", TimeSpan.FromSeconds(60)); }
                catch (TimeoutException) { }
                var allAnswered = restart.Elapsed;
                var sentinels = activities.Select(a => bf.Message("/bantuan", userId: (string)a["from"]!["id"]!, conversationId: (string)a["conversation"]!["id"]!)).ToList();
                foreach (var s in sentinels) if ((await PostAsync(http, s, bf.Token())).StatusCode != HttpStatusCode.OK) refused++;
                await WaitAsync(() => sentinels.All(s => Replies(bf, s) > 0), "the sentinels answered", TimeSpan.FromMinutes(2));
                var twice = activities.Where((a, i) => Replies(bf, a) > Replies(bf, sentinels[i])).Count();
                var lost = activities.Count(a => Replies(bf, a) == 0);
                // A sentinel's reply reaches the fake before its update is recorded as done (the way back, the commit): wait a little.
                var notDone = 0;
                for (var wait = Stopwatch.StartNew(); wait.Elapsed < TimeSpan.FromSeconds(10); await Task.Delay(100))
                {
                    await using var c = await bench.Connections.OpenAsync();
                    notDone = await c.ExecuteScalarAsync<int>("select count(*) from inbox_update where channel = 'teams' and status <> 'done'");
                    if (notDone == 0) break;
                }
                Console.WriteLine($"round {round}: {n} activities acknowledged (200) in {acknowledged.TotalSeconds:0.00} s, {refused} refused; SIGKILL; answered before the kill {answeredBefore}; " +
                                  $"restarted server up after {up.TotalSeconds:0.0} s, {n - activities.Count(a => Replies(bf, a) == 0)} of {n} answered after {allAnswered.TotalSeconds:0.0} s; answered twice {twice}, lost {lost}; inbox rows not done {notDone}");
                Console.WriteLine($"| {latency.TotalMilliseconds} ms | kill -9 after {n} acknowledged Bot Framework activities (round {round}) | {answeredBefore} answered before the kill, " +
                                  $"{n - answeredBefore} after the restart; {twice} answered twice, {lost} lost | {n - lost} of {n} answered, each once: {(twice == 0 && lost == 0 ? "yes" : "no")} |");
                ok &= refused == 0 && twice == 0 && lost == 0;
            }
            finally
            {
                if (!server.HasExited) server.Kill();
                await server.WaitForExitAsync();
                server.Dispose();
            }
        }
        return ok ? 0 : 1;
    }

    /// <summary>The child process: the real server, Teams only; the Connector token from a static source (no Entra ID on loopback).</summary>
    public static async Task<int> Serve(string[] args)
    {
        var app = ServerApp.Build(["--urls", args[0]], builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Services.AddSingleton<IConnectorTokenSource, StaticToken>();
        });
        await app.RunAsync();
        return 0;
    }

    sealed class StaticToken : IConnectorTokenSource
    {
        public Task<string> GetTokenAsync(CancellationToken ct) => Task.FromResult("bot-token-for-bench");
    }

    internal static Task<HttpResponseMessage> PostAsync(HttpClient http, JsonObject activity, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return http.SendAsync(request);
    }

    static int Replies(FakeBotFramework bf, JsonObject activity) => bf.Sent.Count(s => s.Path.EndsWith($"/activities/{activity["id"]}", StringComparison.Ordinal));

    internal static Process Start(BenchDatabase bench, FakeBotFramework bf, int port)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(typeof(TeamsKillBench).Assembly.Location);
        start.ArgumentList.Add("teams-server");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["SPBEBOT__DATABASE__CONNECTIONSTRING"] = bench.ConnectionString;
        start.Environment["SPBEBOT__TELEGRAM__TOKEN"] = "";
        start.Environment["SPBEBOT__TEAMS__APPID"] = FakeBotFramework.AppId;
        start.Environment["SPBEBOT__TEAMS__OPENIDMETADATAURL"] = bf.MetadataUrl;
        start.Environment["SPBEBOT__EVIDENCE__ROOT"] = Path.Combine(bench.Root, "evidence");
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data?.Contains("fail", StringComparison.OrdinalIgnoreCase) == true) Console.Error.WriteLine("  server: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    internal static async Task WaitAsync(Func<bool> condition, string what, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            if (deadline.Elapsed > timeout) throw new TimeoutException("timed out waiting for: " + what);
            await Task.Delay(20);
        }
    }

    internal static bool Listening(HttpClient http)
    {
        try { return http.GetAsync("/healthz").Result.StatusCode != HttpStatusCode.NotFound; }
        catch (AggregateException) { return false; }
    }
}
