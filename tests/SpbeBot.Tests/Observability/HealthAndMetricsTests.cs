using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Broadcasts;
using SpbeBot.Core.Demo;
using SpbeBot.Core.People;
using SpbeBot.Host.Hosting;
using SpbeBot.Tests.Infrastructure;
using SpbeBot.Tests.Telegram;

namespace SpbeBot.Tests.Observability;

/// <summary>/healthz, /readyz (database, migrations, channels) and /metrics of a real server.</summary>
[Trait("Kind", "Slow")]
public class HealthAndMetricsTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    static async Task<(HttpStatusCode Status, JsonObject Body)> ReadyAsync(TelegramHarness bot)
    {
        using var response = await bot.Http.GetAsync("/readyz");
        return (response.StatusCode, (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    static JsonNode Check(JsonObject body, string name) => body["checks"]!.AsArray().Single(c => (string?)c!["name"] == name)!;

    [Fact]
    public async Task Ready_once_getMe_succeeded_and_the_first_long_poll_is_under_way_and_the_bot_name_is_stored()
    {
        await db.ResetAsync();
        // A real long poll (50 s, the longest allowed): readiness must not wait for its first answer. Proven by order, not by
        // a stopwatch: when ready is seen, no getUpdates has been answered yet (the fake records a call once it answers it).
        await using var bot = await TelegramHarness.StartAsync(databaseConnectionString: db.ConnectionString,
            settings: new Dictionary<string, string?> { ["PollTimeoutSeconds"] = "50" });
        await Eventually.HoldsAsync(() => ReadyAsync(bot).Result.Status == HttpStatusCode.OK, "ready");
        Assert.Empty(bot.Api.CallsTo("getUpdates"));   // ready before the first poll returned
        Assert.Equal("polling", (string?)Check((await ReadyAsync(bot)).Body, "telegram")["detail"]);
        // getMe's username is kept for the CLI's invite links.
        Assert.Equal(FakeBotApi.BotUsername, await new SpbeBot.Core.People.TelegramBotNames(db.Connections).FindAsync(SpbeBot.Core.People.TelegramBotNames.BotId(FakeBotApi.Token)));
        var metrics = await bot.Http.GetStringAsync("/metrics");
        Assert.Contains("service_name=\"spbebot\"", metrics);
        Assert.DoesNotContain("unknown_service", metrics);
    }

    [Fact]
    public async Task Ready_only_with_the_database_reachable_every_migration_applied_and_telegram_connected()
    {
        await db.ResetAsync();
        await using var bot = await TelegramHarness.StartAsync(databaseConnectionString: db.ConnectionString,
            settings: new Dictionary<string, string?> { ["PollTimeoutSeconds"] = "1" });
        Assert.Equal("ok", await bot.Http.GetStringAsync("/healthz"));
        await Eventually.HoldsAsync(() => ReadyAsync(bot).Result.Status == HttpStatusCode.OK, "ready");
        var (_, body) = await ReadyAsync(bot);
        Assert.Equal("ready", (string?)body["status"]);
        Assert.Equal("polling", (string?)Check(body, "telegram")["detail"]);
        Assert.Equal("off", (string?)Check(body, "teams")["detail"]);
        Assert.DoesNotContain("Password", body.ToJsonString(), StringComparison.OrdinalIgnoreCase);

        // A migration of this build missing from the database: not ready, and the answer names it.
        await using (var c = await db.Connections.OpenAsync())
        {
            var last = await c.ExecuteScalarAsync<string>("select scriptname from schemaversions order by scriptname desc limit 1");
            await c.ExecuteAsync("delete from schemaversions where scriptname = @last", new { last });
            var (status, notReady) = await ReadyAsync(bot);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.Equal("not ready", (string?)notReady["status"]);
            Assert.Contains(last!.Replace("migrations/", ""), (string?)Check(notReady, "database")["detail"]);
            await c.ExecuteAsync("insert into schemaversions (scriptname, applied) values (@last, now())", new { last });
        }
        Assert.Equal(HttpStatusCode.OK, (await ReadyAsync(bot)).Status);

        // Telegram refusing the poller round after round: not ready.
        bot.Api.Refuse("getUpdates", 502, "Bad Gateway");
        await Eventually.HoldsAsync(() => ReadyAsync(bot).Result.Status == HttpStatusCode.ServiceUnavailable, "telegram not connected", TimeSpan.FromSeconds(30));
        Assert.False((bool?)Check((await ReadyAsync(bot)).Body, "telegram")["ok"]);
    }

    [Fact]
    public async Task Metrics_count_messages_answer_time_and_deliveries_in_prometheus_text()
    {
        await db.ResetAsync();
        await DemoData.EnsureAsync(db.Connections, TimeZones.Today(TimeZones.Wib, TimeProvider.System));
        await using var bot = await TelegramHarness.StartAsync(databaseConnectionString: db.ConnectionString,
            settings: new Dictionary<string, string?> { ["PollTimeoutSeconds"] = "1" });
        const long chat = 7_700_001;
        bot.Api.EnqueueText(chat, "apa yang dibutuhkan untuk level 4 indikator 32?");
        await Eventually.HoldsAsync(() => bot.Api.Delivered(chat).Count >= 1, "the answer");
        await using (var c = await db.Connections.OpenAsync())
            await c.ExecuteAsync("insert into chat_identity (channel, external_id, person_id) select 'telegram', '7700002', id from person where name = 'Budi Santoso'");
        await new BroadcastStore(db.Connections).CreateAsync(Audience.All, "Rapat SPBE", new Actor("test"), TimeZones.Today(TimeZones.Wib, TimeProvider.System));
        await Eventually.HoldsAsync(() => bot.Api.Delivered(7_700_002).Count >= 1, "the broadcast");

        string metrics = "";
        await Eventually.HoldsAsync(() =>
        {
            metrics = bot.Http.GetStringAsync("/metrics").Result;
            return metrics.Contains("spbebot_outbox_delivered_total{");
        }, "the metrics");
        var lines = metrics.Split('\n');
        double Value(string name, params string[] labels) => lines
            .Where(l => l.StartsWith(name + "{", StringComparison.Ordinal) && labels.All(l.Contains))
            .Sum(l => double.Parse(l[(l.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(Value("spbebot_messages_handled_total", "channel=\"telegram\"") >= 1, metrics);
        Assert.True(Value("spbebot_answer_duration_seconds_count", "channel=\"telegram\"") >= 1, metrics);
        Assert.True(Value("spbebot_outbox_delivered_total", "kind=\"broadcast\"", "outcome=\"sent\"") >= 1, metrics);
        Assert.True(Value("spbebot_broadcast_queued_total") >= 1, metrics);
        Assert.Contains("# TYPE spbebot_answer_duration_seconds histogram", metrics);
        // Counts only: no chat ids, names or message texts.
        Assert.DoesNotContain("7700001", metrics);
        Assert.DoesNotContain("Budi", metrics);
        Assert.DoesNotContain("Rapat SPBE", metrics);
    }
}
