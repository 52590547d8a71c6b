using System.Diagnostics;
using System.Net;
using System.Text;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Telegram;

/// <summary>A real <c>spbebot serve</c> in webhook mode, as the kill and two-server tests start it and talk to it.</summary>
static class WebhookServer
{
    /// <summary>
    /// Starts the server; with <paramref name="output"/>, keeps what it writes (its log goes to stdout) under
    /// <paramref name="name"/>, so a failing test can say what the servers did.
    /// </summary>
    public static Process Start(Dictionary<string, string?> env, int port, ServerOutput? output = null, string name = "server")
    {
        var process = Process.Start(Cli.StartInfo(["serve", "--urls", $"http://127.0.0.1:{port}"], env))!;
        process.OutputDataReceived += (_, e) => output?.Add(name, e.Data);
        process.ErrorDataReceived += (_, e) => output?.Add(name + " stderr", e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient http, string json, string secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        return http.SendAsync(request);
    }

    public static bool Listening(HttpClient http)
    {
        try
        {
            return http.GetAsync("/healthz").Result.StatusCode != HttpStatusCode.NotFound;
        }
        catch (AggregateException)
        {
            return false;
        }
    }
}

/// <summary>What the test's servers wrote, each line with the time it arrived and the server's name, for failure messages.</summary>
sealed class ServerOutput
{
    readonly List<string> _lines = [];
    readonly System.Diagnostics.Stopwatch _since = System.Diagnostics.Stopwatch.StartNew();

    public void Add(string name, string? line)
    {
        if (line is null) return;
        lock (_lines) _lines.Add($"{_since.Elapsed.TotalSeconds,7:0.000} [{name}] {line}");
    }

    /// <summary>The last <paramref name="max"/> lines (a failure message stays readable).</summary>
    public string Tail(int max = 400)
    {
        lock (_lines) return string.Join('\n', _lines.TakeLast(max));
    }

    public override string ToString() => Tail();
}
