using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Broadcasts;
using SpbeBot.Core.Demo;
using SpbeBot.Core.People;
using SpbeBot.Tests.Infrastructure;
using SpbeBot.Tests.Telegram;

namespace SpbeBot.Tests.Broadcasts;

/// <summary>Broadcasts through the real server and Telegram.Bot against a fake Bot API that enforces Telegram's limits.</summary>
[Trait("Kind", "Slow")]
public class BroadcastTelegramTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    const long FirstChat = 900_000;
    static readonly Actor Coordinator = new("Rina Kartika");

    /// <summary>The demo plus <paramref name="extra"/> operators, everyone linked to a Telegram chat (FirstChat + person id).</summary>
    async Task<long> ArrangeAsync(int extra)
    {
        await db.ResetAsync();
        await DemoData.EnsureAsync(db.Connections, TimeZones.Today(TimeZones.Wib, TimeProvider.System));
        await using var connection = await db.Connections.OpenAsync();
        await connection.ExecuteAsync(
            "insert into person (name, role, opd_id) select 'Operator ' || g, 'operator', (select min(id) from opd) from generate_series(1, @extra) g", new { extra });
        await connection.ExecuteAsync("insert into chat_identity (channel, external_id, person_id) select 'telegram', (@first + id)::text, id from person", new { first = FirstChat });
        return await connection.ExecuteScalarAsync<long>("select id from person where name = 'Rina Kartika'");
    }

    static IReadOnlyList<ApiCall> Sends(params FakeBotApi[] apis) =>
        apis.SelectMany(a => a.CallsTo("sendMessage")).Where(c => c.Status == 200 && c.Text!.StartsWith("Rapat")).ToList();

    static int MostInOneSecond(IReadOnlyList<ApiCall> sends)
    {
        var times = sends.Select(s => s.At).Order().ToList();
        return times.Count == 0 ? 0 : times.Select((t, i) => times.Skip(i).TakeWhile(u => u < t.AddSeconds(1)).Count()).Max();
    }

    [Fact]
    public async Task A_broadcast_reaches_everyone_once_within_the_limits_skips_who_blocked_the_bot_and_reports_to_its_creator()
    {
        var rina = await ArrangeAsync(extra: 40);
        await using var bot = await TelegramHarness.StartAsync(databaseConnectionString: db.ConnectionString, arrange: api => api.EnforceLimits(30, 1));
        var store = new BroadcastStore(db.Connections);
        var blockedPerson = (await new PersonStore(db.Connections).ListAsync()).Single(p => p.Name == "Siti Nurhaliza").Id;
        bot.Api.BlockChat(FirstChat + blockedPerson);

        var first = await store.CreateAsync(Audience.All, "Rapat koordinasi SPBE Senin 09.00", Coordinator with { PersonId = rina }, TimeZones.Today(TimeZones.Wib, TimeProvider.System));
        Assert.Equal(45, first.Recipients);
        await Eventually.HoldsAsync(() => store.StatusAsync(first.Id).Result!.FinishedAt is not null, "the first broadcast to finish", TimeSpan.FromSeconds(30));
        var done = (await store.StatusAsync(first.Id))!;
        Assert.Equal((44, 0, 1, 0), (done.Sent, done.Failed, done.Blocked, done.Pending));
        var sends = Sends(bot.Api);
        Assert.Equal(44, sends.Count);
        Assert.Equal(44, sends.Select(s => s.ChatId).Distinct().Count());
        Assert.Equal(0, bot.Api.TooManyRequests);
        Assert.True(MostInOneSecond(sends) <= 30);
        await Eventually.HoldsAsync(() => bot.Api.Delivered(FirstChat + rina).Any(m => m.Text!.StartsWith($"📣 Laporan siaran #{first.Id}")), "the report");
        Assert.Contains("44 terkirim, 0 gagal, 1 memblokir bot", bot.Api.Delivered(FirstChat + rina).Last(m => m.Text!.StartsWith("📣")).Text);

        // A second broadcast right away: each chat's second message keeps a second's distance, and the blocked person is skipped.
        var second = await store.CreateAsync(new Audience("role", Role: PersonRole.Operator), "Rapat lanjutan Selasa", Coordinator with { PersonId = rina }, TimeZones.Today(TimeZones.Wib, TimeProvider.System));
        await Eventually.HoldsAsync(() => store.StatusAsync(second.Id).Result!.FinishedAt is not null, "the second broadcast to finish", TimeSpan.FromSeconds(30));
        Assert.Equal(0, bot.Api.TooManyRequests);
        Assert.Equal(1, bot.Api.Calls.Count(c => c.ChatId == FirstChat + blockedPerson && c.Method == "sendMessage"));
    }

    [Fact]
    public async Task A_broadcast_interrupted_by_a_restart_resumes_without_duplicates_or_losses_and_two_servers_send_as_one()
    {
        var rina = await ArrangeAsync(extra: 55);
        var store = new BroadcastStore(db.Connections);
        var slow = new Dictionary<string, string?> { ["MessagesPerSecond"] = "15" };
        FakeBotApi firstApi;
        await using (var first = await TelegramHarness.StartAsync(databaseConnectionString: db.ConnectionString, settings: slow, arrange: api => api.EnforceLimits(30, 1)))
        {
            firstApi = first.Api;
            var b = await store.CreateAsync(Audience.All, "Rapat evaluasi", Coordinator with { PersonId = rina }, TimeZones.Today(TimeZones.Wib, TimeProvider.System));
            await Eventually.HoldsAsync(() => Sends(first.Api).Count >= 20, "the first sends");
            var calls = first.Api.Calls;   // the server stops here, half way
            _ = calls;
        }
        // Two servers now run on the same database: exactly one of them sends (the advisory lock), the rest waits.
        await using var a = await TelegramHarness.StartAsync(databaseConnectionString: db.ConnectionString, settings: slow, arrange: api => api.EnforceLimits(30, 1));
        await using var c = await TelegramHarness.StartAsync(databaseConnectionString: db.ConnectionString, settings: slow, arrange: api => api.EnforceLimits(30, 1));
        var status = (await store.ListAsync()).Single();
        await Eventually.HoldsAsync(() => store.StatusAsync(status.Id).Result!.FinishedAt is not null, "the broadcast to finish", TimeSpan.FromSeconds(30));

        var all = Sends(firstApi, a.Api, c.Api);
        Assert.Equal(60, all.Count);
        Assert.Equal(60, all.Select(s => s.ChatId).Distinct().Count());   // everyone once: no duplicate, no loss
        Assert.True(Sends(a.Api).Count == 0 || Sends(c.Api).Count == 0, "both servers sent");
        Assert.Equal(0, firstApi.TooManyRequests + a.Api.TooManyRequests + c.Api.TooManyRequests);
        Assert.True(MostInOneSecond(Sends(a.Api, c.Api)) <= 15 * 1.1);
    }

    [Fact]
    public async Task A_broadcast_with_an_attachment_sends_the_text_then_the_file()
    {
        var rina = await ArrangeAsync(extra: 0);
        await using var bot = await TelegramHarness.StartAsync(databaseConnectionString: db.ConnectionString, arrange: api => api.EnforceLimits(30, 1));
        var intake = bot.App.Services.GetRequiredService<SpbeBot.Core.Evidence.EvidenceIntake>();
        var pdf = Path.Combine(Path.GetTempPath(), $"undangan-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(pdf, Evidence.SampleFiles.Pdf("undangan rapat"));
        var (sha, problem) = await intake.StoreAttachmentAsync(pdf);
        File.Delete(pdf);
        Assert.NotNull(sha);
        var store = new BroadcastStore(db.Connections);
        var b = await store.CreateAsync(new Audience("role", Role: PersonRole.Coordinator), "Rapat dengan undangan terlampir", Coordinator with { PersonId = rina },
            TimeZones.Today(TimeZones.Wib, TimeProvider.System), (sha!, "Undangan-Rapat.pdf"));
        await Eventually.HoldsAsync(() => store.StatusAsync(b.Id).Result!.FinishedAt is not null, "the broadcast", TimeSpan.FromSeconds(15));
        var document = Assert.Single(bot.Api.CallsTo("sendDocument"));
        Assert.Equal(FirstChat + rina, document.ChatId);
        Assert.Equal("Undangan-Rapat.pdf", Assert.Single(document.Files).FileName);
    }
}
