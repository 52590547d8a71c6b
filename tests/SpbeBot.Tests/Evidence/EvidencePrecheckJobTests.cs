using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Demo;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Core.People;
using SpbeBot.Dialogs.Evidence;
using SpbeBot.Tests.Infrastructure;
using SpbeBot.Tests.Telegram;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// The background reading in the real server: a scan sent on Telegram is filed with "sedang dibaca", Hangfire runs the
/// OCR check (never in a chat's path: the uploader's chat and another chat are answered while the reading is held,
/// its job still processing), and the result reaches the uploader on Telegram through the outbox.
/// </summary>
[Trait("Kind", "Slow")]
public class EvidencePrecheckJobTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    const long Budi = 8101;
    const long Siti = 8103;

    [Fact]
    public async Task A_scan_filed_on_telegram_is_read_by_the_hangfire_job_and_its_result_reaches_the_uploader()
    {
        await db.ResetAsync();
        await DemoData.EnsureAsync(db.Connections, TimeZones.Today(TimeZones.Wib, TimeProvider.System));
        var people = new PersonStore(db.Connections);
        var budi = (await people.ListAsync()).Single(p => p.Name == "Budi Santoso");
        await people.LinkChatAsync(budi.Id, new ChatIdentity("telegram", Budi.ToString()), new Actor("test"));
        var siti = (await people.ListAsync()).Single(p => p.Name == "Siti Nurhaliza");
        await people.LinkChatAsync(siti.Id, new ChatIdentity("telegram", Siti.ToString()), new Actor("test"));

        // The OCR reading waits until the test lets it go: meanwhile the chat must keep answering.
        var reading = new TaskCompletionSource();
        var checker = new ScriptedChecker(async (r, ct) =>
        {
            if (!r.AllowOcr) return ScriptedChecker.Verdict(r, null, needsOcr: true);
            await reading.Task.WaitAsync(ct);
            return ScriptedChecker.Verdict(r, 4, [EvidenceCheckFlags.Stale], [new("integrasi SIPD", "Integrasi data perencanaan dengan SIPD", 3)], ocr: true);
        });
        await using var bot = await TelegramHarness.StartAsync(databaseConnectionString: db.ConnectionString,
            services: s => s.AddSingleton<IEvidenceChecker>(checker));

        bot.Api.EnqueueDocument(Budi, "scan-integrasi.pdf", "bukti 32 L4", SampleFiles.Pdf("pindaian"));
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Budi).Any(m => m.Text!.Contains("Tanda terima")), "the receipt", TimeSpan.FromSeconds(30));
        var receipt = bot.Api.Delivered(Budi).Single(m => m.Text!.Contains("Tanda terima"));
        Assert.Contains(PrecheckTexts.Id.Reading, receipt.Text);

        // The job has started reading; a message sent now is answered at once (a sentinel, not a sleep).
        await Eventually.HoldsAsync(() => checker.Requests.Any(r => r.AllowOcr), "the background reading to start", TimeSpan.FromSeconds(30));
        bot.Api.EnqueueText(Budi, "/bantuan");
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Budi).Count >= 2, "the answer while the scan is being read", TimeSpan.FromSeconds(30));
        Assert.DoesNotContain(bot.Api.Delivered(Budi), m => m.Text!.Contains("Hasil pemeriksaan awal"));
        // Another chat's question too, with the reading still held: its job is processing, and no result has been written.
        bot.Api.EnqueueText(Siti, "apa kriteria level 2 indikator 1?");
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Siti).Any(), "another chat answered while the scan is being read", TimeSpan.FromSeconds(30));
        Assert.Contains("Indikator 1", bot.Api.Delivered(Siti).First().Text);
        await using (var state = await db.Connections.OpenAsync())
        {
            Assert.Equal("running", await state.ExecuteScalarAsync<string>("select status from evidence_check"));
            // The hand-over or the minute's sweep, whichever took it first.
            Assert.Equal(1, await state.ExecuteScalarAsync<int>(
                "select count(*) from hangfire.job where statename = 'Processing' and invocationdata::text like '%EvidenceCheckJob%'"));
        }

        reading.SetResult();
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Budi).Any(m => m.Text!.StartsWith("Hasil pemeriksaan awal")), "the result on Telegram", TimeSpan.FromSeconds(60));
        var result = bot.Api.Delivered(Budi).Single(m => m.Text!.StartsWith("Hasil pemeriksaan awal"));
        Assert.Contains("isi dokumen mendukung level 4 (dibaca dengan OCR).", result.Text);
        Assert.Contains("lebih dari dua tahun", result.Text);
        Assert.Contains("📌 integrasi SIPD: «Integrasi data perencanaan dengan SIPD» (hlm. 3)", result.Text);

        await using var connection = await db.Connections.OpenAsync();
        Assert.Equal("done", await connection.ExecuteScalarAsync<string>("select status from evidence_check"));
        Assert.Equal("pending", await connection.ExecuteScalarAsync<string>("select status from evidence"));
        await Eventually.HoldsAsync(() => connection.ExecuteScalar<int>(
            "select count(*) from hangfire.job where statename = 'Succeeded' and invocationdata::text like '%EvidenceCheckJob%RunAsync%'") == 1, "the job recorded as succeeded");
    }
}
