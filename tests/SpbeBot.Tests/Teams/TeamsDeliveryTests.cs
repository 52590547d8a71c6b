using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Broadcasts;
using SpbeBot.Core.Demo;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.People;
using SpbeBot.Host.Channels.Teams;
using SpbeBot.Host.Hosting;
using SpbeBot.Tests.Evidence;
using SpbeBot.Tests.Infrastructure;
using SpbeBot.Tests.Telegram;

namespace SpbeBot.Tests.Teams;

/// <summary>Files to Teams users (inline or through file consent) and proactive messages to people never met in a 1:1 chat.</summary>
[Trait("Kind", "Slow")]
public class TeamsDeliveryTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    const string ConsentCard = "application/vnd.microsoft.teams.card.file.consent";

    async Task<(FakeBotFramework Bf, WebApplication App, HttpClient Http)> StartAsync()
    {
        await db.ResetAsync();
        await DemoData.EnsureAsync(db.Connections, TimeZones.Today(TimeZones.Wib, TimeProvider.System));
        var bf = await FakeBotFramework.StartAsync();
        var (app, http) = await TeamsTests.StartAsync(bf, database: db.ConnectionString);
        return (bf, app, http);
    }

    static Task Post(HttpClient http, FakeBotFramework bf, JsonObject activity) => TeamsTests.PostAsync(http, activity, bf.Token());

    async Task JoinAsync(HttpClient http, FakeBotFramework bf, string userId, string conversationId, string conversationType = "personal")
    {
        var bappeda = (await new OpdStore(db.Connections).FindAsync("Bappeda"))!;
        var invite = await new InviteStore(db.Connections).CreateAsync(PersonRole.Operator, bappeda.Id, new Actor("test"));
        var before = bf.Sent.Count;
        await Post(http, bf, bf.Message("/start " + invite.Code, userId, conversationId, conversationType: conversationType));
        await Eventually.HoldsAsync(() => bf.Sent.Count > before, "the greeting");
    }

    async Task<string> StoreAsync(WebApplication app, byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"lampiran-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, bytes);
        var (sha, problem) = await app.Services.GetRequiredService<EvidenceIntake>().StoreAttachmentAsync(path);
        File.Delete(path);
        Assert.True(sha is not null, problem.ToString());
        return sha!;
    }

    static JsonObject? Attachment(JsonObject activity, string contentType) =>
        (activity["attachments"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(a => (string?)a["contentType"] == contentType);

    [Fact]
    public async Task A_large_file_goes_through_file_consent_once_and_only_to_its_user_a_small_one_inline()
    {
        var (bf, app, http) = await StartAsync();
        await using var _ = bf;
        await using var __ = app;
        await JoinAsync(http, bf, "aad-user-1", "conv-1");

        var large = SampleFiles.Pdf(new string('x', 100_000));
        var sha = await StoreAsync(app, large);
        await new BroadcastStore(db.Connections).CreateAsync(Audience.All, "Undangan rapat SPBE", new Actor("test"), TimeZones.Today(TimeZones.Wib, TimeProvider.System), (sha, "Undangan.pdf"));
        await Eventually.HoldsAsync(() => bf.Sent.Any(s => Attachment(s.Activity, ConsentCard) is not null), "the consent card", TimeSpan.FromSeconds(15));
        var card = Attachment(bf.Sent.Single(s => Attachment(s.Activity, ConsentCard) is not null).Activity, ConsentCard)!;
        Assert.Equal("Undangan.pdf", (string?)card["name"]);
        Assert.Equal(large.Length, (long?)card["content"]!["sizeInBytes"]);
        var context = card["content"]!["acceptContext"];

        // Someone else answering that card (or a made-up offer) gets nothing.
        async Task<string?> AnswerAsync(JsonObject invoke)
        {
            var before = bf.Sent.Count;
            await Post(http, bf, invoke);
            await Eventually.HoldsAsync(() => bf.Sent.Count > before, "the answer to the consent");
            return (string?)bf.Sent[before].Activity["text"];
        }
        Assert.Contains("tidak berlaku", await AnswerAsync(bf.FileConsent(context, accept: true, userId: "aad-someone-else", conversationId: "conv-9")));
        Assert.Contains("tidak dikenal", await AnswerAsync(bf.FileConsent(new JsonObject { ["offer"] = "../../etc/passwd" }, accept: true)));
        Assert.Empty(bf.Uploads);

        // The user allows it: the bytes go to the upload URL in one ranged PUT, then a file card.
        var before = bf.Sent.Count;
        await Post(http, bf, bf.FileConsent(context, accept: true));
        await Eventually.HoldsAsync(() => bf.Sent.Count > before, "the file card");
        var upload = Assert.Single(bf.Uploads);
        Assert.Equal(large, upload.Bytes);
        Assert.Equal($"bytes 0-{large.Length - 1}/{large.Length}", upload.ContentRange);
        var info = Attachment(bf.Sent[before].Activity, "application/vnd.microsoft.teams.card.file.info")!;
        Assert.Equal("https://contoso.sharepoint.example/Lampiran.pdf", (string?)info["contentUrl"]);
        Assert.Equal("unique-1", (string?)info["content"]!["uniqueId"]);

        // A second click changes nothing.
        Assert.Contains("tidak berlaku", await AnswerAsync(bf.FileConsent(context, accept: true)));
        Assert.Single(bf.Uploads);

        // A small file comes inline.
        var small = SampleFiles.Pdf("Notulen");
        var smallSha = await StoreAsync(app, small);
        await new BroadcastStore(db.Connections).CreateAsync(Audience.All, "Notulen rapat", new Actor("test"), TimeZones.Today(TimeZones.Wib, TimeProvider.System), (smallSha, "Notulen.pdf"));
        await Eventually.HoldsAsync(() => bf.Sent.Any(s => Attachment(s.Activity, "application/pdf") is not null), "the inline file", TimeSpan.FromSeconds(15));
        var inline = Attachment(bf.Sent.Single(s => Attachment(s.Activity, "application/pdf") is not null).Activity, "application/pdf")!;
        Assert.Equal("data:application/pdf;base64," + Convert.ToBase64String(small), (string?)inline["contentUrl"]);
    }

    [Fact]
    public async Task Someone_met_only_in_a_team_channel_gets_a_new_one_to_one_conversation_for_proactive_messages()
    {
        var (bf, app, http) = await StartAsync();
        await using var _ = bf;
        await using var __ = app;
        await JoinAsync(http, bf, "aad-user-2", "19:spbe-channel@thread.tacv2", conversationType: "channel");
        var reference = await new ConversationReferences(db.Connections).FindAsync(ActivityMapper.Channel, "aad-user-2");
        Assert.Null(reference!.ConversationId);

        await new BroadcastStore(db.Connections).CreateAsync(Audience.All, "Rapat SPBE Senin", new Actor("test"), TimeZones.Today(TimeZones.Wib, TimeProvider.System));
        await Eventually.HoldsAsync(() => bf.Sent.Any(s => (string?)s.Activity["text"] == "Rapat SPBE Senin"), "the broadcast", TimeSpan.FromSeconds(15));
        var create = bf.Sent.Single(s => s.Path == "/v3/conversations").Activity;
        Assert.Equal("29:aad-user-2", (string?)create["members"]![0]!["id"]);
        Assert.Equal("tenant-1", (string?)create["tenantId"]);
        Assert.False((bool?)create["isGroup"]);
        Assert.Equal("/v3/conversations/a:personal-29:aad-user-2/activities", bf.Sent.Single(s => (string?)s.Activity["text"] == "Rapat SPBE Senin").Path);
        Assert.Equal("a:personal-29:aad-user-2", (await new ConversationReferences(db.Connections).FindAsync(ActivityMapper.Channel, "aad-user-2"))!.ConversationId);
    }

    [Fact]
    public async Task Installing_the_app_keeps_the_conversation_and_greets()
    {
        var (bf, app, http) = await StartAsync();
        await using var _ = bf;
        await using var __ = app;
        var install = bf.Message("", userId: "aad-new", conversationId: "a:new-personal");
        install["type"] = "installationUpdate";
        install["action"] = "add";
        install.Remove("text");
        await Post(http, bf, install);
        await Eventually.HoldsAsync(() => bf.Sent.Count >= 1, "the greeting");
        Assert.Equal(SpbeBot.Dialogs.Conversation.ConversationTexts.Id.OnboardingHelp, (string?)bf.Sent[0].Activity["text"]);
        Assert.Equal("a:new-personal", (await new ConversationReferences(db.Connections).FindAsync(ActivityMapper.Channel, "aad-new"))!.ConversationId);
    }
}
