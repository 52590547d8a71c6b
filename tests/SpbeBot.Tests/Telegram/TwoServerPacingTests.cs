using System.Diagnostics;
using System.Net;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Demo;
using SpbeBot.Core.People;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Telegram;

/// <summary>
/// Issue 17, two servers behind one address: two real `spbebot serve` processes in webhook mode on one database, a fake
/// Bot API that answers every send after 150 ms and enforces Telegram's 30 messages/s per bot and 1/s per chat with
/// 429s. Every chat asks its next question as soon as the previous one is answered, each time through the other server,
/// so one chat's consecutive answers often leave from different servers well within a second: the chat's pace must
/// travel between them (and the per-bot rate be shared). No 429, every chat answered in order, nothing twice.
/// </summary>
[Trait("Kind", "Slow")]
public class TwoServerPacingTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    const string Secret = "rahasia-Pace_17";
    const long FirstChat = 917_500;
    const int Chats = 30;
    const int Rounds = 4;

    [Fact]
    public async Task Two_servers_keep_one_message_a_second_per_chat_and_the_bot_limit_together()
    {
        await db.ResetAsync();
        await DemoData.EnsureAsync(db.Connections, TimeZones.Today(TimeZones.Wib, TimeProvider.System));
        var people = new PersonStore(db.Connections);
        var demo = await people.ListAsync();
        for (var k = 1; k <= Chats; k++)
            await people.LinkChatAsync(demo[k % demo.Count].Id, new ChatIdentity("telegram", (FirstChat + k).ToString()), Actor.System("test"));
        await using var api = await FakeBotApi.StartAsync();
        api.SendDelay = TimeSpan.FromMilliseconds(150);
        api.EnforceLimits(perSecondOverall: 30, perSecondPerChat: 1);
        var work = Directory.CreateTempSubdirectory("spbebot-pace-");
        var servers = new List<(Process Process, HttpClient Http)>();
        var output = new ServerOutput();
        string Why() => $"sendMessage calls: {api.Calls.Count(c => c.Method == "sendMessage")}, {api.TooManyRequests} × 429\nservers' output:\n{output.Tail()}";
        try
        {
            for (var i = 0; i < 2; i++)
            {
                var port = FreePort.BelowEphemeralRange();
                var env = new Dictionary<string, string?>
                {
                    ["SPBEBOT__DATABASE__CONNECTIONSTRING"] = db.ConnectionString,
                    ["SPBEBOT__TELEGRAM__TOKEN"] = FakeBotApi.Token,
                    ["SPBEBOT__TELEGRAM__APIBASEURL"] = api.BaseUrl,
                    ["SPBEBOT__TELEGRAM__MODE"] = "webhook",
                    ["SPBEBOT__TELEGRAM__WEBHOOKURL"] = "https://spbe.example.go.id/telegram/webhook",
                    ["SPBEBOT__TELEGRAM__WEBHOOKSECRET"] = Secret,
                    ["SPBEBOT__EVIDENCE__ROOT"] = Path.Combine(work.FullName, "evidence"),
                };
                var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
                servers.Add((WebhookServer.Start(env, port, output, $"server {i + 1}"), http));
                await Eventually.HoldsAsync(() => WebhookServer.Listening(http), $"server {i + 1} up", TimeSpan.FromSeconds(90), Why);
            }

            var update = 90_000;
            await Task.WhenAll(Enumerable.Range(1, Chats).Select(async k =>
            {
                for (var round = 1; round <= Rounds; round++)
                {
                    var http = servers[(k + round) % 2].Http;
                    var id = Interlocked.Increment(ref update);
                    var indicator = round;
                    using var response = await WebhookServer.PostAsync(http, FakeBotApi.TextUpdate(FirstChat + k, $"level 3 indikator {indicator}", id).ToJsonString(), Secret);
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    await Eventually.HoldsAsync(() => Answers(api, k, indicator) > 0, $"chat {k}'s answer {round}", TimeSpan.FromSeconds(60), Why);
                }
            }));
            // A sentinel per chat through the first server: a late second answer would arrive before it.
            foreach (var k in Enumerable.Range(1, Chats))
                Assert.Equal(HttpStatusCode.OK, (await WebhookServer.PostAsync(servers[0].Http, FakeBotApi.TextUpdate(FirstChat + k, "level 2 indikator 47", Interlocked.Increment(ref update)).ToJsonString(), Secret)).StatusCode);
            await Eventually.HoldsAsync(() => Enumerable.Range(1, Chats).All(k => Answers(api, k, 47) > 0), "the sentinels", TimeSpan.FromSeconds(60), Why);

            Assert.True(api.TooManyRequests == 0, Refusals(api) + "\n" + Why());
            foreach (var k in Enumerable.Range(1, Chats))
            {
                var order = api.Delivered(FirstChat + k).Select(m => Enumerable.Range(1, Rounds).Append(47).FirstOrDefault(i => m.Text!.Contains($"Indikator {i} "))).ToList();
                Assert.Equal([.. Enumerable.Range(1, Rounds), 47], order.Where(i => i != 0).Distinct().ToList());
                Assert.All(Enumerable.Range(1, Rounds), i => Assert.Equal(1, Answers(api, k, i)));
            }
        }
        finally
        {
            foreach (var (process, http) in servers)
            {
                if (!process.HasExited) process.Kill();
                process.WaitForExit(10_000);
                http.Dispose();
            }
            work.Delete(recursive: true);
        }
    }

    /// <summary>Each 429: its chat, the chat's accepted sends just before it, and how many sends the bot had accepted in the second before.</summary>
    static string Refusals(FakeBotApi api)
    {
        var calls = api.Calls.Where(c => c.Method == "sendMessage").ToList();
        var accepted = calls.Where(c => c.Status == 200).ToList();
        return $"{api.TooManyRequests} × 429: " + string.Join("; ", calls.Where(c => c.Status == 429).Select(c =>
        {
            var chat = c.Params["chat_id"]?.ToString();
            var before = accepted.Where(a => a.Params["chat_id"]?.ToString() == chat && a.At <= c.At).Select(a => $"{(c.At - a.At).TotalMilliseconds:0} ms before");
            return $"chat {chat} at {c.At:HH:mm:ss.fff} (its sends: {string.Join(", ", before.TakeLast(2))}; the bot's in the second before: {accepted.Count(a => a.At > c.At.AddSeconds(-1) && a.At <= c.At)})";
        }));
    }

    static int Answers(FakeBotApi api, int k, int indicator) => api.Delivered(FirstChat + k).Count(m => m.Text!.Contains($"Indikator {indicator} "));
}
