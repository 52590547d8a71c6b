using Dapper;
using Microsoft.Extensions.Time.Testing;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Core.Messaging;
using SpbeBot.Dialogs.Evidence;
using SpbeBot.Tests.Conversation;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// The background reading of a scan when its server dies (issue 22 point 1): a running reading beats its row, so only a
/// dead server's reading counts as stuck and is taken again; a reader taken for dead that comes back finishes nothing,
/// so the uploader gets one result. No wall time: the heartbeat's clock is a fake one, and "long ago" is the row's own
/// timestamp moved back.
/// </summary>
[Trait("Kind", "Slow")]
public class EvidenceCheckClaimTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_reading_alive_beats_its_row_a_dead_ones_is_taken_again_and_the_uploader_gets_one_result()
    {
        // The first OCR reading hangs until the test lets it go (a server that stalls, taken for dead); later ones answer.
        var firstReading = new TaskCompletionSource();
        var ocrReads = 0;
        var checker = new ScriptedChecker(async (r, ct) =>
        {
            if (!r.AllowOcr) return ScriptedChecker.Verdict(r, null, needsOcr: true);
            var read = Interlocked.Increment(ref ocrReads);
            if (read == 1) await firstReading.Task.WaitAsync(ct);
            return ScriptedChecker.Verdict(r, read == 1 ? 1 : 2, ocr: true);
        });
        await db.ResetAsync();
        var bot = new ConversationDriver(db.Connections, checker);
        await bot.LoadDemoAsync();
        var replies = await bot.DemoFile("operator-bappeda", SampleFiles.Pdf("pindaian"), "scan0001.pdf", "bukti 1 L3");
        if (replies.Count == 1 && replies[0].Text.Contains(EvidenceTexts.Id.AskPlan)) replies = await bot.AsDemo("operator-bappeda", "/berkas rencana 0");
        Assert.EndsWith(PrecheckTexts.Id.Reading, Assert.Single(replies).Text);
        var record = Assert.Single(await new EvidenceStore(db.Connections).ListAsync(new EvidenceFilter()));
        var store = bot.Services.Precheck!.Store;
        var options = bot.Services.Precheck.Options;

        // Server A takes the reading; its heartbeat runs on a clock the test moves.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var serverA = new EvidencePrecheck(checker, store, bot.Services.Evidence, bot.Services.Intake.Files, new SweepOnlyCheckQueue(), options, clock);
        var readingA = Task.Run(() => PrecheckDelivery.RunAsync(bot.Services with { Precheck = serverA }, record.Id, CancellationToken.None));
        await Eventually.HoldsAsync(() => Volatile.Read(ref ocrReads) == 1, "server A reading the scan");
        await using var connection = await db.Connections.OpenAsync();
        async Task<bool> StuckAsync() => (await store.DueAsync(options.StuckAfter)).Contains(record.Id);

        // Alive: its row's last sign of life set back past StuckAfter, one heartbeat makes it fresh again.
        await AgeAsync(connection, record.Id, options.StuckAfter);
        Assert.True(await StuckAsync());
        clock.Advance(options.Heartbeat);
        await Eventually.HoldsAsync(() => connection.ExecuteScalar<bool>(
            "select updated_at > now() - @stuck from evidence_check where evidence_id = @id", new { id = record.Id, stuck = options.StuckAfter }),
            "the heartbeat marking the reading alive");
        Assert.False(await StuckAsync());

        // Dead: no more heartbeats (the clock stands still), and StuckAfter later server B takes the reading and finishes it.
        await AgeAsync(connection, record.Id, options.StuckAfter);
        Assert.Equal(1, await PrecheckDelivery.RunDueAsync(bot.Services, CancellationToken.None));
        var stored = (await store.GetAsync(record.Id))!;
        Assert.Equal((EvidenceCheckStatus.Done, 2, (int?)2), (stored.Status, stored.Attempts, stored.Verdict?.Level));

        // Server A was only stalled and comes back: its result is not the row's any more, so nothing is written or sent.
        firstReading.SetResult();
        Assert.False(await readingA);
        stored = (await store.GetAsync(record.Id))!;
        Assert.Equal((EvidenceCheckStatus.Done, 2, (int?)2), (stored.Status, stored.Attempts, stored.Verdict?.Level));
        var uploader = (await bot.People.FindByChatAsync("demo", "operator-bappeda"))!;
        var results = (await new Outbox(db.Connections).ListForAsync(uploader.Id)).Select(m => m.Message).Where(m => m.Kind == "evidence-check").ToList();
        Assert.Contains("isi dokumen mendukung level 2 (dibaca dengan OCR).", Assert.Single(results).Text);
        Assert.Equal(EvidenceStatus.Pending, (await new EvidenceStore(db.Connections).GetAsync(record.Id))!.Status);
    }

    /// <summary>The row's last sign of life moved back by <paramref name="age"/> and a second: as if that long had passed.</summary>
    static Task AgeAsync(Npgsql.NpgsqlConnection connection, long evidenceId, TimeSpan age) => connection.ExecuteAsync(
        "update evidence_check set updated_at = now() - @age - interval '1 second' where evidence_id = @evidenceId", new { evidenceId, age });
}
