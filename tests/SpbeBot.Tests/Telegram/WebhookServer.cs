using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Telegram;

/// <summary>A real <c>spbebot serve</c> in webhook mode, as the kill and two-server tests start it and talk to it.</summary>
static class WebhookServer
{
    public static Process Start(Dictionary<string, string?> env, int port)
    {
        var process = Process.Start(Cli.StartInfo(["serve", "--urls", $"http://127.0.0.1:{port}"], env))!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
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

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
