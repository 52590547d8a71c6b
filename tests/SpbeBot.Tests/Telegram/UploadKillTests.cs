using System.Diagnostics;
using Dapper;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Demo;
using SpbeBot.Core.People;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Telegram;

/// <summary>
/// Issue 17u: a file's download runs outside its inbox worker, but its update is still the inbox's — acknowledged (the
/// polling offset) only once committed, completed only once handled and answered. The real `spbebot serve` is killed
/// with SIGKILL in the middle of a slow download; restarted, it downloads the file again, files it once and answers the
/// uploader once.
/// </summary>
[Trait("Kind", "Slow")]
public class UploadKillTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    const long Budi = 917_500;

    [Fact]
    public async Task A_kill_9_during_a_download_downloads_it_again_after_the_restart_and_files_it_once()
    {
        await db.ResetAsync();
        await DemoData.EnsureAsync(db.Connections, TimeZones.Today(TimeZones.Wib, TimeProvider.System));
        var people = new PersonStore(db.Connections);
        var budi = (await people.ListAsync()).Single(p => p.Name == "Budi Santoso");
        await people.LinkChatAsync(budi.Id, new ChatIdentity("telegram", Budi.ToString()), Actor.System("test"));
        await using var api = await FakeBotApi.StartAsync();
        var pdf = SpbeBot.Tests.Evidence.SampleFiles.Pdf("arsitektur spbe daerah");
        api.FileBytesPerSecond = Math.Max(64, pdf.Length / 8);   // about eight seconds
        var work = Directory.CreateTempSubdirectory("spbebot-upload-kill-");
        var port = FreePort.BelowEphemeralRange();
        var env = new Dictionary<string, string?>
        {
            ["SPBEBOT__DATABASE__CONNECTIONSTRING"] = db.ConnectionString,
            ["SPBEBOT__TELEGRAM__TOKEN"] = FakeBotApi.Token,
            ["SPBEBOT__TELEGRAM__APIBASEURL"] = api.BaseUrl,
            ["SPBEBOT__TELEGRAM__MODE"] = "polling",
            ["SPBEBOT__TELEGRAM__POLLTIMEOUTSECONDS"] = "1",
            ["SPBEBOT__EVIDENCE__ROOT"] = Path.Combine(work.FullName, "evidence"),
        };
        Process? server = null;
        var output = new ServerOutput();
        string Why() => $"file serves {api.FileServes}; sent to Budi: {string.Join(" | ", api.Delivered(Budi).Select(m => m.Text))}\n{output.Tail()}";
        try
        {
            server = WebhookServer.Start(env, port, output, "first");
            api.EnqueueDocument(Budi, "arsitektur-spbe.pdf", "bukti 1 L3", pdf);
            await Eventually.HoldsAsync(() => api.FileServes == 1, "the download begun", TimeSpan.FromSeconds(60), Why);
            server.Kill();   // SIGKILL in the middle of the download
            await server.WaitForExitAsync();
            Assert.Empty(api.Delivered(Budi));
            await using (var c = await db.Connections.OpenAsync())
                Assert.Equal(0, await c.ExecuteScalarAsync<int>("select count(*) from evidence"));

            // Only the killed download needs to be slow; the one after the restart may be served at once.
            api.FileBytesPerSecond = null;
            server = WebhookServer.Start(env, port, output, "restarted");
            await Eventually.HoldsAsync(() => api.Delivered(Budi).Any(), "the upload answered after the restart", TimeSpan.FromSeconds(90), Why);
            // A sentinel from the same chat: its updates are handled in order, so a second answer to the upload comes before it.
            api.Enqueue(FakeBotApi.TextUpdate(Budi, "level 2 indikator 47"));
            await Eventually.HoldsAsync(() => api.Delivered(Budi).Any(m => m.Text!.Contains("Indikator 47")), "the sentinel answered", TimeSpan.FromSeconds(60), Why);

            Assert.Equal(2, api.FileServes);   // downloaded again, once
            var answers = api.Delivered(Budi).TakeWhile(m => !m.Text!.Contains("Indikator 47")).Select(m => m.Text).ToList();
            Assert.Single(answers, t => t!.Contains("Tanda terima"));
            Assert.Equal(answers.Count, answers.Distinct().Count());
            await using var connection = await db.Connections.OpenAsync();
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select count(*) from evidence"));
            // The sentinel is recorded as handled just after its reply left.
            await Eventually.HoldsAsync(() => connection.ExecuteScalar<int>("select count(*) from inbox_update where status <> 'done'") == 0,
                "every update completed in the inbox", TimeSpan.FromSeconds(30), Why);
        }
        finally
        {
            if (server is { HasExited: false }) server.Kill();
            server?.WaitForExit(10_000);
            work.Delete(recursive: true);
        }
    }
}
