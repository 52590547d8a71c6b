using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Core.People;
using SpbeBot.Tests.Infrastructure;
using SpbeBot.Tests.Teams;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22's pre-check on Microsoft Teams, end to end: the real server with the REAL checker behind the Bot Framework
/// endpoint (fake Connector), a document sent in a personal chat (a file.download.info attachment, fetched from a fake
/// SharePoint): the receipt in the Connector reply carries the pre-check, and the filing waits for the coordinator.
/// </summary>
[Trait("Kind", "Slow")]
public class EvidenceTeamsTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    /// <summary>SharePoint as Teams' file links reach it: the one file, at its URL.</summary>
    sealed class FakeSharePoint(string url, byte[] content) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(request.RequestUri?.ToString() == url
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(content) }
                : new HttpResponseMessage(HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task A_document_sent_on_teams_gets_its_pre_check_in_the_receipt()
    {
        await PrecheckHost.ResetWithDemoAsync(db);
        const string url = "https://contoso.sharepoint.example/personal/budi/perbup-arsitektur.pdf";
        await using var bf = await FakeBotFramework.StartAsync();
        var (app, http) = await TeamsTests.StartAsync(bf, database: db.ConnectionString, configure: builder =>
        {
            builder.Services.AddHttpClient("teams-files").ConfigurePrimaryHttpMessageHandler(() => new FakeSharePoint(url, DocumentRenderer.TextPdf(PrecheckHost.Perbup)));
            PrecheckHost.Patient(builder.Services);
        });
        await using var _ = app;
        Assert.IsType<EvidenceChecker>(app.Services.GetService(typeof(IEvidenceChecker)));

        var bappeda = (await new OpdStore(db.Connections).FindAsync("Bappeda"))!;
        var invite = await new InviteStore(db.Connections).CreateAsync(PersonRole.Operator, bappeda.Id, new Actor("test"));
        await TeamsTests.PostAsync(http, bf.Message("/start " + invite.Code), bf.Token());
        await Eventually.HoldsAsync(() => bf.Sent.Count >= 1, "the greeting");

        var message = bf.Message("bukti 1 L3");
        message["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["name"] = "perbup-arsitektur.pdf",
            ["content"] = new JsonObject { ["downloadUrl"] = url, ["fileType"] = "pdf" },
        });
        await TeamsTests.PostAsync(http, message, bf.Token());
        await Eventually.HoldsAsync(() => bf.Sent.Any(s => ((string?)s.Activity["text"])?.Contains("Tanda terima") == true), "the receipt on Teams",
            TimeSpan.FromMinutes(3));
        var receipt = (string)bf.Sent.Single(s => ((string?)s.Activity["text"])?.Contains("Tanda terima") == true).Activity["text"]!;
        Assert.Contains("perbup-arsitektur.pdf", receipt);
        Assert.Contains("🔎 Pemeriksaan awal (saran, bukan keputusan): isi dokumen mendukung level 2.", receipt);
        Assert.Contains("➡️ Untuk level 3 masih perlu:", receipt);
        Assert.Matches(@"📌 [^\n]+: «[^»]+» \(hlm\. 1\)", receipt);

        // Advice only: filed as sent, waiting for the coordinator.
        var filed = Assert.Single(await new EvidenceStore(db.Connections).ListAsync(new EvidenceFilter { Limit = 10 }));
        Assert.Equal((EvidenceStatus.Pending, 1, (int?)3), (filed.Status, filed.Indicator, filed.Level));
    }
}
