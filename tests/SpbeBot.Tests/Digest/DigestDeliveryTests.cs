using Dapper;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Demo;
using SpbeBot.Core.People;
using SpbeBot.Host.Jobs;
using SpbeBot.Tests.Infrastructure;
using SpbeBot.Tests.Telegram;

namespace SpbeBot.Tests.Digest;

/// <summary>The digest reaching the Tim Koordinasi: by the weekly job through Telegram, and by the CLI in the terminal.</summary>
[Trait("Kind", "Slow")]
public class DigestDeliveryTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    const long Ahmad = 8101;

    /// <summary>The turn of the year (its week starts Monday 28 December 2026) and a leap day.</summary>
    public static readonly TheoryData<DateOnly> Dates = new(new DateOnly(2027, 1, 1), new DateOnly(2028, 2, 29));

    const string Succeeded = "select count(*) from hangfire.job where statename = 'Succeeded' and invocationdata::text like '%DigestJob%'";

    [Theory]
    [MemberData(nameof(Dates))]
    public async Task The_weekly_job_sends_the_text_the_chart_as_a_photo_and_the_workbook_once_per_week(DateOnly day)
    {
        await db.ResetAsync();
        var clock = TestClock.At(day, hour: 7);
        await DemoData.EnsureAsync(db.Connections, TimeZones.Today(TimeZones.Wib, clock));
        var people = new PersonStore(db.Connections);
        var tim = (await people.ListAsync()).Single(p => p.Role == PersonRole.TimKoordinasi);
        await people.LinkChatAsync(tim.Id, new ChatIdentity("telegram", Ahmad.ToString()), new Actor("test"));
        await using var bot = await TelegramHarness.StartAsync(databaseConnectionString: db.ConnectionString, clock: clock);
        var runner = bot.App.Services.GetRequiredService<JobsRunner>();

        // Earlier cases of this theory ran on this database too: count this case's runs from here.
        int runsBefore;
        await using (var before = await db.Connections.OpenAsync()) runsBefore = await before.ExecuteScalarAsync<int>(Succeeded);
        new RecurringJobManager(runner.Storage!).Trigger(DigestJob.Id);
        await Eventually.HoldsAsync(() => bot.Api.CallsTo("sendDocument").Any(c => c.ChatId == Ahmad), "the workbook", TimeSpan.FromSeconds(30));
        Assert.StartsWith("📊 Ringkasan mingguan SPBE — Pemerintah Kabupaten Sukamaju", bot.Api.Delivered(Ahmad)[0].Text);
        var photo = Assert.Single(Assert.Single(bot.Api.CallsTo("sendPhoto"), c => c.ChatId == Ahmad).Files);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, photo.Content[..4]);
        Assert.EndsWith(".xlsx", Assert.Single(bot.Api.CallsTo("sendDocument").Single(c => c.ChatId == Ahmad).Files).FileName);

        // The job again the same week: nothing more is queued.
        await using var connection = await db.Connections.OpenAsync();
        var queued = await connection.ExecuteScalarAsync<int>("select count(*) from outbox_message where kind = 'digest'");
        await Eventually.HoldsAsync(() => connection.ExecuteScalar<int>(Succeeded) >= runsBefore + 1, "the first run to be recorded");
        new RecurringJobManager(runner.Storage!).Trigger(DigestJob.Id);
        await Eventually.HoldsAsync(() => connection.ExecuteScalar<int>(Succeeded) >= runsBefore + 2, "the second run");
        Assert.Equal(queued, await connection.ExecuteScalarAsync<int>("select count(*) from outbox_message where kind = 'digest'"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select count(*) from digest_snapshot"));
    }

    [Fact]
    public async Task The_cli_previews_into_a_folder_and_sends_to_the_terminal_chat_of_the_tim_koordinasi()
    {
        await db.ResetAsync();
        await DemoData.EnsureAsync(db.Connections, TimeZones.Today(TimeZones.Wib, TimeProvider.System));
        var work = Directory.CreateTempSubdirectory("spbebot-digest-");
        try
        {
            var env = new Dictionary<string, string?>
            {
                ["SPBEBOT__DATABASE__CONNECTIONSTRING"] = db.ConnectionString,
                ["SPBEBOT__EVIDENCE__ROOT"] = Path.Combine(work.FullName, "store"),
            };
            var folder = Path.Combine(work.FullName, "pratinjau");
            var preview = Cli.Run(["digest", "--preview", "--out", folder], environment: env);
            Assert.True(preview.ExitCode == 0, preview.Err);
            Assert.Contains("Indeks SPBE saat ini:", preview.Out);
            Assert.Single(Directory.GetFiles(folder, "ringkasan-*.txt"));
            Assert.Single(Directory.GetFiles(folder, "grafik-domain-*.png"));
            Assert.Single(Directory.GetFiles(folder, "ringkasan-*.xlsx"));
            await using (var connection = await db.Connections.OpenAsync())
                Assert.Equal(0, await connection.ExecuteScalarAsync<int>("select count(*) from outbox_message"));   // a preview sends nothing

            Assert.Contains("Diantrekan untuk 2 orang", Cli.Run(["digest", "--out", Path.Combine(work.FullName, "kirim")], environment: env).Out);
            Assert.Contains("sudah dikirim", Cli.Run(["digest", "--out", Path.Combine(work.FullName, "lagi")], environment: env).Out);
            var chat = Cli.Run(["chat", "--as", "Ahmad"], "keluar\n", env).Out;
            Assert.Contains("📬 📊 Ringkasan mingguan SPBE", chat);
            Assert.Contains("📎 grafik-domain-", chat);
            // A usable copy under the file's own name (issue 20), not the store's extension-less path.
            Assert.Contains(".xlsx — salinan untuk dibuka: ", chat);
            Assert.Matches(@"salinan untuk dibuka: \S+spbebot-berkas\S+\.xlsx", chat);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Ringkasan_in_the_chat_gives_the_text_with_the_chart_and_the_workbook_and_operators_may_not()
    {
        await db.ResetAsync();
        var bot = new Conversation.ConversationDriver(db.Connections);
        await bot.LoadDemoAsync();
        // A folder left by a /ringkasan two days ago is removed by the next one.
        var stale = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "spbebot-ringkasan", "lama-" + Guid.NewGuid().ToString("N")));
        File.WriteAllText(Path.Combine(stale.FullName, "ringkasan.txt"), "lama");
        FileTimes.SetWriteTimeUtc(stale.FullName, DateTime.UtcNow.AddDays(-2));
        Assert.Equal(SpbeBot.Dialogs.Conversation.ConversationTexts.Id.NotAllowed, Assert.Single(await bot.AsDemo("operator-bappeda", "/ringkasan")).Text);
        var replies = await bot.AsDemo("tim-koordinasi", "/ringkasan");
        Assert.False(Directory.Exists(stale.FullName));
        Assert.StartsWith("📊 Ringkasan mingguan SPBE", replies[0].Text);
        Assert.True(replies[0].File!.IsImage);
        Assert.True(File.Exists(replies[0].File!.Path));
        Assert.EndsWith(".xlsx", replies[^1].File!.FileName);
        await using var connection = await db.Connections.OpenAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("select count(*) from digest_snapshot"));   // on demand is not the weekly report
    }
}
