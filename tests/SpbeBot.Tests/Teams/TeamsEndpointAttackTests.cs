using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SpbeBot.Host.Channels.Teams;
using SpbeBot.Tests.Infrastructure;
using SpbeBot.Tests.Telegram;

namespace SpbeBot.Tests.Teams;

/// <summary>
/// The outside review's attacks on POST /api/messages before authentication (issue 18, F3 and F4): malformed bodies and
/// tokens get 400/401 — never 500 — and nothing the sender wrote reaches the log; an unreachable OpenID metadata
/// endpoint gets 503 with one fetch per retry interval and one warning, and /readyz says so in a few words.
/// </summary>
public class TeamsEndpointAttackTests
{
    /// <summary>A fake log line: a newline and a header as the console logger writes it.</summary>
    const string Forged = "\ninfo: SpbeBot.Teams[0]\n      FORGED-LINE admin 'rina' granted";

    static Task<HttpResponseMessage> PostRawAsync(HttpClient http, string body, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http.SendAsync(request);
    }

    [Fact]
    public async Task Malformed_bodies_and_tokens_are_refused_without_a_500_and_nothing_they_carry_reaches_the_log()
    {
        await using var bf = await FakeBotFramework.StartAsync();
        var logs = new LogRecorder();
        var (app, http) = await TeamsTests.StartAsync(bf, configure: b => b.Logging.AddProvider(logs));
        await using var _ = app;
        var json = bf.Message("halo").ToJsonString();
        var forgedValue = JsonSerializer.Serialize(Forged);
        var attacks = new Dictionary<string, (string Body, string? Token)>
        {
            // Two serviceUrls: the token check and the worker could read different ones.
            ["duplicate key, forged value"] = ("{\"serviceUrl\":" + forgedValue + "," + json[1..], bf.Token()),
            ["duplicate key named like a log line"] = ("{" + forgedValue + ":1," + forgedValue + ":2," + json[1..], bf.Token()),
            ["duplicate key nested"] = (json.Replace("\"from\":{", "\"from\":{\"id\":" + forgedValue + ","), bf.Token()),
            ["token not base64"] = (json, "abc.def.ghi"),
            ["token not base64, duplicate key"] = ("{\"serviceUrl\":" + forgedValue + "," + json[1..], "abc.def.ghi"),
            ["token whose parts are base64 but not json"] = (json, "YWJj.ZGVm.Z2hp"),
            ["token with a forged header"] = (json, Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"alg\":" + forgedValue + "}")).TrimEnd('=') + ".e30.x"),
            ["serviceUrl is a number"] = (json.Replace("\"serviceUrl\":\"" + bf.ServiceUrl + "\"", "\"serviceUrl\":5"), bf.Token()),
            ["serviceUrl is an object"] = (json.Replace("\"serviceUrl\":\"" + bf.ServiceUrl + "\"", "\"serviceUrl\":{\"x\":" + forgedValue + "}"), bf.Token()),
            ["not json"] = ("{\"text\": " + forgedValue, bf.Token()),
            ["json array"] = ("[" + forgedValue + "]", bf.Token()),
        };
        foreach (var (what, (body, token)) in attacks)
        {
            var status = (await PostRawAsync(http, body, token)).StatusCode;
            Assert.True(status is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"{what}: {(int)status}");
        }

        // Sentinel: a valid message afterwards is answered, and nothing refused was processed before it.
        var valid = bf.Message("apa yang dibutuhkan untuk level 4 indikator 32?");
        Assert.Equal(HttpStatusCode.OK, (await TeamsTests.PostAsync(http, valid, bf.Token())).StatusCode);
        await Eventually.HoldsAsync(() => bf.Sent.Count >= 1, "the reply to the valid message");
        Assert.All(bf.Sent, sent => Assert.Equal($"/v3/conversations/conv-1/activities/{valid["id"]}", sent.Path));

        Assert.NotEmpty(logs.Lines);   // the refusals are logged …
        Assert.DoesNotContain(logs.Lines, line => line.Contains("FORGED-LINE", StringComparison.Ordinal));   // … without the sender's text
        Assert.DoesNotContain(logs.Lines, line => line.Contains("   at ", StringComparison.Ordinal));      // and without stack traces
        Assert.DoesNotContain(logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal) || line.StartsWith("Critical", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unreachable_metadata_answers_503_fetches_once_per_interval_warns_once_and_readyz_gives_a_short_reason()
    {
        await using var bf = await FakeBotFramework.StartAsync();
        bf.MetadataAvailable = false;
        var logs = new LogRecorder();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var (app, http) = await TeamsTests.StartAsync(bf, configure: b =>
        {
            b.Logging.AddProvider(logs);
            b.Services.AddSingleton<TimeProvider>(clock);
        });
        await using var _ = app;

        var fetchesForOne = 0;
        for (var i = 0; i < 20; i++)
        {
            var response = await TeamsTests.PostAsync(http, bf.Message("halo " + i), bf.Token());
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);   // the channel retries a 503
            Assert.NotNull(response.Headers.RetryAfter);
            if (i == 0) fetchesForOne = bf.MetadataRequests;   // the retriever may retry a 503 once within one fetch
        }
        Assert.InRange(fetchesForOne, 1, 2);
        Assert.Equal(fetchesForOne, bf.MetadataRequests);   // not one fetch per request

        // /readyz: not ready, with a short reason — no URL, no exception, no stack trace.
        using var ready = await http.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var readyBody = await ready.Content.ReadAsStringAsync();
        var teams = JsonDocument.Parse(readyBody).RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "teams");
        Assert.Equal(BotTokenValidator.KeysUnavailable, teams.GetProperty("detail").GetString());
        Assert.DoesNotContain("http", readyBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", readyBody, StringComparison.Ordinal);
        Assert.Equal(fetchesForOne, bf.MetadataRequests);

        // Past the retry interval the metadata is fetched again (still down): one more fetch, and no second warning
        // within the warning interval.
        clock.Advance(BotTokenValidator.MetadataRetryInterval + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await TeamsTests.PostAsync(http, bf.Message("halo lagi"), bf.Token())).StatusCode);
        Assert.InRange(bf.MetadataRequests, fetchesForOne + 1, 2 * fetchesForOne);
        var warnings = logs.Lines.Where(l => l.StartsWith("Warning", StringComparison.Ordinal)).ToList();
        var warning = Assert.Single(warnings);
        Assert.Contains("BotTokenValidator", warning);
        Assert.DoesNotContain("http", warning, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(logs.Lines, line => line.Contains("   at ", StringComparison.Ordinal));

        // The metadata back: after the retry interval the next message gets in and is answered.
        bf.MetadataAvailable = true;
        var valid = bf.Message("apa yang dibutuhkan untuk level 4 indikator 32?");
        await Eventually.HoldsAsync(() =>
        {
            clock.Advance(BotTokenValidator.MetadataRetryInterval + TimeSpan.FromSeconds(1));
            return TeamsTests.PostAsync(http, valid, bf.Token()).GetAwaiter().GetResult().StatusCode == HttpStatusCode.OK;
        }, "the message accepted once the metadata is back");
        await Eventually.HoldsAsync(() => bf.Sent.Count >= 1, "the reply");
    }
}
