using System.Diagnostics;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Teams;

/// <summary>
/// A real Bot Framework client: Web Chat (npm botframework-webchat) in headless Chromium, through offline-directline,
/// to the bot's /api/messages. offline-directline sends no token, so it delivers to the fake Bot Framework's channel
/// service, which signs each activity as the Azure Bot Service would; the bot's token validation stays as in production.
/// scripts/ensure-webchat (run by scripts/test) installs Chromium and the npm packages.
/// </summary>
[Trait("Kind", "Slow")]
public class WebChatTests
{
    [Fact]
    public async Task Web_chat_asks_a_criteria_question_and_presses_a_card_button()
    {
        await using var bf = await FakeBotFramework.StartAsync();
        var (app, _) = await TeamsTests.StartAsync(bf);
        await using var __ = app;
        bf.BotEndpoint = app.Urls.First() + "/api/messages";

        var (exitCode, transcript, errors) = await ConverseAsync(bf.ChannelServiceUrl,
            "--say", "apa yang dibutuhkan untuk level 4 indikator 32?", "--expect", "LEVEL 4 — Kolaborasi",
            // A bare twin is answered with its implementation member, the policy one offered as a card button.
            "--say", "pusat data level 3", "--expect", "Indikator 16 · ",
            "--press", "Atau: 5 · Kebijakan Internal Layanan Pusat Data", "--expect", "Indikator 5 · ");
        Assert.True(exitCode == 0, $"Web Chat conversation failed:\n{errors}\n{transcript}");
        Assert.Contains("\"from\":\"bot\"", transcript);
    }

    static async Task<(int ExitCode, string Out, string Err)> ConverseAsync(string botUrl, params string[] steps)
    {
        var folder = RepoFiles.Find(Path.Combine("tests", "webchat"));
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "botframework-webchat")) || !File.Exists(Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium"))
            Assert.Fail("Web Chat or Chromium is not installed: run scripts/ensure-webchat (scripts/test does).");
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "converse.mjs", "--bot", botUrl }.Concat(steps)) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the Web Chat conversation did not finish in 3 minutes");
        }
        return (process.ExitCode, await stdout, await stderr);
    }
}
