using System.Diagnostics;
using Dapper;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Core.People;
using SpbeBot.Dialogs.Evidence;
using SpbeBot.Host.Jobs;
using SpbeBot.Tests.Infrastructure;
using SpbeBot.Tests.Reminders;
using SpbeBot.Tests.Telegram;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 point 1 as a Pemda meets it: a scan filed on Telegram is being read by the background job when the real
/// <c>spbebot serve</c> is killed with SIGKILL. Restarted, the server reads it again (real tesseract) and the operator
/// gets the result once. The killed server's OCR is a stand-in tesseract that never answers, so the kill surely lands
/// mid-reading; the time a dead reading waits before it is taken again is the row's timestamp moved back, not a wait.
/// </summary>
[Trait("Kind", "Slow")]
public class EvidenceCheckKillTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    const long Budi = 917_600;

    [Fact]
    public async Task A_scan_being_read_when_the_server_is_killed_is_read_after_the_restart_and_its_result_sent_once()
    {
        if (OperatingSystem.IsWindows()) return;   // the stand-in is a shell script
        Assert.Null(Ocr.Missing());
        await PrecheckHost.ResetWithDemoAsync(db);
        var people = new PersonStore(db.Connections);
        var budi = (await people.ListAsync()).Single(p => p.Name == "Budi Santoso");
        await people.LinkChatAsync(budi.Id, new ChatIdentity("telegram", Budi.ToString()), Actor.System("test"));
        await using var api = await FakeBotApi.StartAsync();
        var work = Directory.CreateTempSubdirectory("spbebot-check-kill-");
        var hanging = Path.Combine(work.FullName, "tesseract");
        await File.WriteAllTextAsync(hanging, "#!/bin/sh\nexec sleep 3600\n");
        File.SetUnixFileMode(hanging, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var env = PrecheckHost.CliEnvironment(db, work);
        env["SPBEBOT__TELEGRAM__TOKEN"] = FakeBotApi.Token;
        env["SPBEBOT__TELEGRAM__APIBASEURL"] = api.BaseUrl;
        env["SPBEBOT__TELEGRAM__MODE"] = "polling";
        env["SPBEBOT__TELEGRAM__POLLTIMEOUTSECONDS"] = "1";
        var port = FreePort.BelowEphemeralRange();
        var output = new ServerOutput();
        await using var connection = await db.Connections.OpenAsync();
        string Why() => $"sent to Budi: {string.Join(" | ", api.Delivered(Budi).Select(m => m.Text))}\n"
            + string.Join("; ", connection.Query<string>("select status || ' tries ' || attempts || ' ' || coalesce(error, '') from evidence_check"))
            + "\n" + output.Tail();
        Process? server = null;
        try
        {
            server = WebhookServer.Start(env.With("SPBEBOT_TESSERACT", hanging), port, output, "first");
            api.EnqueueDocument(Budi, "perbup-arsitektur-pindai.pdf", "bukti 1 L3", DocumentRenderer.ScannedPdf(PrecheckHost.Perbup, seed: 22));
            await Eventually.HoldsAsync(() => api.Delivered(Budi).Any(m => m.Text!.Contains("Tanda terima")), "the receipt", TimeSpan.FromSeconds(90), Why);
            Assert.Contains(PrecheckTexts.Id.Reading, api.Delivered(Budi).Single().Text);
            await Eventually.HoldsAsync(() => connection.ExecuteScalar<string>("select status from evidence_check") == "running",
                "the background reading under way", TimeSpan.FromSeconds(90), Why);

            server.Kill(entireProcessTree: true);   // SIGKILL, the stand-in tesseract with it
            await server.WaitForExitAsync();
            Assert.Single(api.Delivered(Budi));
            // A dead server beats no more: StuckAfter later its reading counts as lost.
            await connection.ExecuteAsync("update evidence_check set updated_at = now() - @age - interval '1 second'",
                new { age = PrecheckOptions.Default.StuckAfter });
            // The worst moment to die: inside Hangfire's scheduling pass, its recurring-jobs lock left behind as a row
            // (DeadServerLockTests); the restarted server must still sweep. The row written old here instead of waited for
            // (the killed server may really have left it: then it is made old too).
            await connection.ExecuteAsync("""
                insert into hangfire.lock (resource, acquired) values (@resource, now() - @age - interval '1 second')
                on conflict (resource) do update set acquired = excluded.acquired
                """, new { resource = DeadServerLockTests.RecurringJobsLockRow, age = JobsRunner.DeadHolderLockAge });

            server = WebhookServer.Start(env, port, output, "restarted");
            await Eventually.HoldsAsync(() => api.Delivered(Budi).Any(m => m.Text!.StartsWith("Hasil pemeriksaan awal")), "the OCR result after the restart",
                TimeSpan.FromMinutes(10), Why);   // OCR: ~3 s a page quiet, minutes at load 90
            var result = api.Delivered(Budi).Single(m => m.Text!.StartsWith("Hasil pemeriksaan awal"));
            Assert.Contains("isi dokumen mendukung level 2 (dibaca dengan OCR).", result.Text);

            // Read once more, announced once: one result row in the outbox, the try of the killed server counted.
            Assert.Equal(("done", 2), await connection.QuerySingleAsync<(string, int)>("select status, attempts from evidence_check"));
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select count(*) from outbox_message where kind = 'evidence-check'"));
            Assert.Equal("pending", await connection.ExecuteScalarAsync<string>("select status from evidence"));
            Assert.Equal(2, api.Delivered(Budi).Count);
        }
        finally
        {
            if (server is { HasExited: false }) server.Kill(entireProcessTree: true);
            server?.WaitForExit(10_000);
            work.Delete(recursive: true);
        }
    }
}
