using System.Diagnostics;
using System.Net;
using SpbeBot.Core.Storage;
using SpbeBot.Tests.Infrastructure;
using SpbeBot.Tests.Telegram;

namespace SpbeBot.Tests.Storage;

/// <summary>
/// Outside review, issue 18 (F14): after `kill -9` of `spbebot serve` its embedded PostgreSQL keeps running; the next
/// server attaches to it, and its clean shutdown must stop it (nobody else will).
/// </summary>
[Trait("Kind", "Slow")]
public class EmbeddedClusterKillTests
{
    static bool Healthy(int port)
    {
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            return http.GetAsync($"http://127.0.0.1:{port}/healthz").GetAwaiter().GetResult().StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>Running, and not a zombie waiting to be reaped (in a container nobody may reap it).</summary>
    static bool Running(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/stat").Split(") ")[^1].Split(' ')[0] != "Z"; }
        catch (IOException) { return false; }
    }

    static async Task<Process> ServeAsync(string work, string dataDir, int port)
    {
        var start = Cli.StartInfo(["serve", "--urls", $"http://127.0.0.1:{port}"], new Dictionary<string, string?>
        {
            ["SPBEBOT__DATABASE__CONNECTIONSTRING"] = "",
            ["SPBEBOT__DATABASE__DATADIRECTORY"] = dataDir,
            ["SPBEBOT__EVIDENCE__ROOT"] = Path.Combine(work, "evidence"),
            ["SPBEBOT__TELEGRAM__TOKEN"] = "",
            ["SPBEBOT__TEAMS__APPID"] = "",
        });
        start.WorkingDirectory = work;
        var server = Process.Start(start)!;
        server.StandardInput.Close();
        _ = server.StandardOutput.ReadToEndAsync();
        _ = server.StandardError.ReadToEndAsync();
        await Eventually.HoldsAsync(() => server.HasExited || Healthy(port), "spbebot serve up", TimeSpan.FromSeconds(180));
        Assert.False(server.HasExited, "spbebot serve exited at start-up");
        return server;
    }

    [Fact]
    public async Task After_kill_9_the_next_clean_shutdown_stops_the_embedded_postgresql()
    {
        var work = TestPostgres.NewTempFolder();   // reachable by the postgres user when the tests run as root
        var dataDir = Path.Combine(work, "pgdata");
        var pidFile = Path.Combine(dataDir, "postmaster.pid");
        try
        {
            var first = await ServeAsync(work, dataDir, FreePort.BelowEphemeralRange());
            var postmaster = int.Parse(File.ReadLines(pidFile).First());
            first.Kill();   // SIGKILL: no shutdown code runs
            Assert.True(first.WaitForExit(600_000));   // only a guard against a hang
            Assert.True(Running(postmaster), "the cluster outlives a killed server");

            var port = FreePort.BelowEphemeralRange();
            var second = await ServeAsync(work, dataDir, port);
            Assert.Equal(postmaster, int.Parse(File.ReadLines(pidFile).First()));   // it attached to the same cluster
            // A clean shutdown (systemctl stop: SIGTERM).
            using (var kill = Process.Start("kill", ["-TERM", second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
            Assert.True(second.WaitForExit(600_000), "spbebot serve did not stop on SIGTERM");   // only a guard against a hang
            Assert.False(File.Exists(pidFile), "postmaster.pid is still there: the embedded PostgreSQL was left running");
            Assert.False(Running(postmaster), "the embedded PostgreSQL was left running");
        }
        finally
        {
            EmbeddedCluster.StopAny(dataDir);
            TestPostgres.TryDelete(work);
        }
    }
}
