using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Dapper;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Demo;
using SpbeBot.Core.People;
using SpbeBot.Host.Jobs;
using SpbeBot.Tests.Infrastructure;
using SpbeBot.Tests.Telegram;

namespace SpbeBot.Tests.Reminders;

/// <summary>Hangfire in the real server: the dashboard is locked, and the recurring reminder job reaches Telegram.</summary>
[Trait("Kind", "Slow")]
public class ReminderJobTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    const long Budi = 8001;

    public static readonly TheoryData<DateOnly> Dates = new(new DateOnly(2026, 12, 31), new DateOnly(2028, 2, 29));

    const string Succeeded = "select count(*) from hangfire.job where statename = 'Succeeded' and invocationdata::text like '%ReminderJob%'";

    [Theory]
    [MemberData(nameof(Dates))]
    public async Task The_reminder_job_runs_on_hangfire_and_its_messages_reach_telegram_and_the_dashboard_needs_the_admin_password(DateOnly day)
    {
        await db.ResetAsync();
        var clock = TestClock.At(day);
        await DemoData.EnsureAsync(db.Connections, TimeZones.Today(TimeZones.Wib, clock));
        var people = new PersonStore(db.Connections);
        var budi = (await people.ListAsync()).Single(p => p.Name == "Budi Santoso");
        await people.LinkChatAsync(budi.Id, new ChatIdentity("telegram", Budi.ToString()), new Actor("test"));
        await using var bot = await TelegramHarness.StartAsync(databaseConnectionString: db.ConnectionString,
            configuration: new Dictionary<string, string?> { ["Spbebot:Jobs:DashboardPassword"] = "rahasia-uji" }, clock: clock);

        var anonymous = await bot.Http.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("Basic", anonymous.Headers.WwwAuthenticate.ToString());
        using (var wrong = new HttpRequestMessage(HttpMethod.Get, "/hangfire"))
        {
            wrong.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:salah")));
            Assert.Equal(HttpStatusCode.Unauthorized, (await bot.Http.SendAsync(wrong)).StatusCode);
        }
        using (var admin = new HttpRequestMessage(HttpMethod.Get, "/hangfire/recurring"))
        {
            admin.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:rahasia-uji")));
            var page = await bot.Http.SendAsync(admin);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains(ReminderJob.Id, await page.Content.ReadAsStringAsync());
        }

        // The demo plan has items due soon and overdue: triggering the recurring job reminds Budi on Telegram.
        var runner = bot.App.Services.GetRequiredService<JobsRunner>();
        // Earlier cases of this theory ran on this database too: count this case's runs from here.
        int runsBefore;
        await using (var before = await db.Connections.OpenAsync()) runsBefore = await before.ExecuteScalarAsync<int>(Succeeded);
        new RecurringJobManager(runner.Storage!).Trigger(ReminderJob.Id);
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Budi).Any(m => m.Text!.StartsWith("⏰ Pengingat rencana aksi")), "the reminder", TimeSpan.FromSeconds(30));
        var reminder = bot.Api.Delivered(Budi).First(m => m.Text!.StartsWith("⏰"));
        Assert.Contains(reminder.Keyboard.SelectMany(r => r), b => b.Label.EndsWith("tunda sehari"));

        // Triggered again: nothing new is queued.
        await using var connection = await db.Connections.OpenAsync();
        var queued = await connection.ExecuteScalarAsync<int>("select count(*) from outbox_message where kind like 'reminder%'");
        await Eventually.HoldsAsync(() => connection.ExecuteScalar<int>(Succeeded) >= runsBefore + 1, "the first run to be recorded");
        new RecurringJobManager(runner.Storage!).Trigger(ReminderJob.Id);
        await Eventually.HoldsAsync(() => connection.ExecuteScalar<int>(Succeeded) >= runsBefore + 2, "the second run");
        Assert.Equal(queued, await connection.ExecuteScalarAsync<int>("select count(*) from outbox_message where kind like 'reminder%'"));
    }
}
