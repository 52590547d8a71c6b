using System.Diagnostics;
using Dapper;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Broadcasts;
using SpbeBot.Core.Demo;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.People;
using SpbeBot.Tests.Infrastructure;
using SpbeBot.Tests.Telegram;

namespace SpbeBot.Tests.Broadcasts;

/// <summary>
/// Two real `spbebot serve` processes on one database and one (fake) Telegram bot: a broadcast reaches everyone once
/// within the overall rate, the reminder job, triggered on both, reminds once, and only one server polls Telegram.
/// </summary>
[Trait("Kind", "Slow")]
public class TwoServerTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    const long FirstChat = 950_000;

    [Fact]
    public async Task Two_servers_send_each_broadcast_message_and_each_reminder_once_and_keep_the_overall_rate()
    {
        await db.ResetAsync();
        await DemoData.EnsureAsync(db.Connections, TimeZones.Today(TimeZones.Wib, TimeProvider.System));
        await using (var c = await db.Connections.OpenAsync())
        {
            await c.ExecuteAsync("insert into person (name, role) select 'Penerima ' || g, 'tim-koordinasi' from generate_series(1, 40) g");
            await c.ExecuteAsync("insert into chat_identity (channel, external_id, person_id) select 'telegram', (@first + id)::text, id from person", new { first = FirstChat });
        }
        await using var api = await FakeBotApi.StartAsync();
        api.EnforceLimits(30, 1);
        var work = Directory.CreateTempSubdirectory("spbebot-two-servers-");
        var env = new Dictionary<string, string?>
        {
            ["SPBEBOT__DATABASE__CONNECTIONSTRING"] = db.ConnectionString,
            ["SPBEBOT__TELEGRAM__TOKEN"] = FakeBotApi.Token,
            ["SPBEBOT__TELEGRAM__APIBASEURL"] = api.BaseUrl,
            ["SPBEBOT__TELEGRAM__POLLTIMEOUTSECONDS"] = "1",
            ["SPBEBOT__EVIDENCE__ROOT"] = Path.Combine(work.FullName, "evidence"),
        };
        var servers = Enumerable.Range(0, 2).Select(_ => Process.Start(Cli.StartInfo(["serve", "--urls", "http://127.0.0.1:0"], env))!).ToList();
        try
        {
            foreach (var s in servers)
            {
                s.OutputDataReceived += (_, _) => { };
                s.ErrorDataReceived += (_, _) => { };
                s.BeginOutputReadLine();
                s.BeginErrorReadLine();
            }
            await Eventually.HoldsAsync(() => api.CallsTo("getMe").Count >= 2, "both servers up", TimeSpan.FromSeconds(60));


            var store = new BroadcastStore(db.Connections);
            var broadcast = await store.CreateAsync(Audience.All, "Rapat pleno SPBE", new Actor("test"), TimeZones.Today(TimeZones.Wib, TimeProvider.System));
            await Eventually.HoldsAsync(() => store.StatusAsync(broadcast.Id).Result!.FinishedAt is not null, "the broadcast", TimeSpan.FromSeconds(30));
            var sends = api.CallsTo("sendMessage").Where(c => c.Status == 200 && c.Text == "Rapat pleno SPBE").ToList();
            Assert.Equal(45, sends.Count);
            Assert.Equal(45, sends.Select(s => s.ChatId).Distinct().Count());
            Assert.True(api.TooManyRequests == 0, "429s: " + string.Join("; ", api.Calls.Where(c => c.Status == 429).Select(c =>
                $"{c.Method} to {c.ChatId} at {c.At:HH:mm:ss.fff}, previous to that chat at {api.Calls.LastOrDefault(d => d.ChatId == c.ChatId && d.Status == 200 && d.At <= c.At)?.At:HH:mm:ss.fff}")));
            var times = sends.Select(s => s.At).Order().ToList();
            Assert.True(times.Select((t, i) => times.Skip(i).TakeWhile(u => u < t.AddSeconds(1)).Count()).Max() <= 30);

            // Long polling is held by exactly one server (Telegram answers a second poller 409): a message is answered once.
            await Eventually.HoldsAsync(() => api.CallsTo("getUpdates").Count >= 3, "polling", TimeSpan.FromSeconds(30));
            var asker = FirstChat + 1;
            api.EnqueueText(asker, "apa yang dibutuhkan untuk level 4 indikator 32?");
            await Eventually.HoldsAsync(() => api.Delivered(asker).Any(m => m.Text!.Contains("Indikator 32")), "the answer");

            // The reminder job triggered several times while both servers run: each person is reminded once.
            var options = new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = false };
            var jobs = new RecurringJobManager(new PostgreSqlStorage(new NpgsqlConnectionFactory(db.ConnectionString, options), options));
            for (var i = 0; i < 4; i++) jobs.Trigger("reminder-scan");
            await using var connection = await db.Connections.OpenAsync();
            await Eventually.HoldsAsync(() => connection.ExecuteScalar<int>("select count(*) from hangfire.job where statename = 'Succeeded' and invocationdata::text like '%ReminderJob%'") >= 4,
                "four reminder runs", TimeSpan.FromSeconds(30));
            var budi = await connection.ExecuteScalarAsync<long>("select id from person where name = 'Budi Santoso'");
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select count(*) from outbox_message where kind = 'reminder' and person_id = @budi", new { budi }));
            await Eventually.HoldsAsync(() => api.Delivered(FirstChat + budi).Count(m => m.Text!.StartsWith("⏰")) == 1, "Budi's reminder");
            // Sentinels instead of waiting a while: a later outbox message for Budi (the outbox is sent by one server
            // at a time, oldest first) and a later question from the asker (updates are handled in order). Once both
            // are answered, a second reminder or a second answer would have arrived before them.
            await new Outbox(db.Connections).EnqueueAsync(budi, "test", "Pesan penutup uji");
            api.EnqueueText(asker, "indikator 16 level 3");
            await Eventually.HoldsAsync(() => api.Delivered(FirstChat + budi).Any(m => m.Text == "Pesan penutup uji"), "the later outbox message", TimeSpan.FromSeconds(30));
            await Eventually.HoldsAsync(() => api.Delivered(asker).Any(m => m.Text!.Contains("Indikator 16")), "the answer to the later question");
            Assert.Equal(1, api.Delivered(FirstChat + budi).Count(m => m.Text!.StartsWith("⏰")));
            Assert.Single(api.Delivered(asker), m => m.Text!.Contains("Indikator 32"));
            Assert.DoesNotContain(api.CallsTo("getUpdates"), c => c.Status == 409);
        }
        finally
        {
            foreach (var s in servers) { if (!s.HasExited) s.Kill(); s.WaitForExit(10_000); }
            work.Delete(recursive: true);
        }
    }
}
