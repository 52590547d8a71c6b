using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Demo;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Host.Channels.Teams;
using SpbeBot.Host.Database;
using SpbeBot.Host.Hosting;
using SpbeBot.Tests.Infrastructure;
using SpbeBot.Tests.Telegram;

namespace SpbeBot.Tests.Teams;

/// <summary>The Bot Framework endpoint: token validation against a local issuer, and conversations through a fake Connector.</summary>
[Trait("Kind", "Slow")]
public class TeamsTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    internal sealed class StaticToken : IConnectorTokenSource
    {
        public Task<string> GetTokenAsync(CancellationToken ct) => Task.FromResult("bot-token-for-tests");
    }

    internal static async Task<(WebApplication App, HttpClient Http)> StartAsync(FakeBotFramework bf, bool configured = true, string? database = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        // Built while no in-process command's settings (SPBEBOT__…) are in the environment the server reads.
        var app = InProcessCli.Exclusive(() => ServerApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            var config = new Dictionary<string, string?>
            {
                ["Spbebot:Teams:AppId"] = configured ? FakeBotFramework.AppId : "",
                ["Spbebot:Teams:OpenIdMetadataUrl"] = bf.MetadataUrl,
                ["Spbebot:Telegram:Token"] = "",
            };
            if (database is not null)
            {
                config["Spbebot:Database:ConnectionString"] = database;
                config["Spbebot:Evidence:Root"] = Conversation.ConversationDriver.NewEvidenceRoot();
            }
            builder.Configuration.AddInMemoryCollection(config);
            builder.Services.AddSingleton<IConnectorTokenSource, StaticToken>();
            if (database is null)
            {
                builder.Services.AddSingleton<IConversationHandler>(new CriteriaConversationHandler());
                builder.Services.WithoutDatabaseStartup();
            }
            builder.Logging.ClearProviders();
            configure?.Invoke(builder);
        }));
        await app.StartAsync();
        return (app, new HttpClient { BaseAddress = new Uri(app.Urls.First()) });
    }

    internal static Task<HttpResponseMessage> PostAsync(HttpClient http, JsonObject activity, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http.SendAsync(request);
    }

    [Fact]
    public async Task Only_a_valid_bot_framework_token_gets_in_and_the_reply_goes_through_the_connector()
    {
        await using var bf = await FakeBotFramework.StartAsync();
        var (app, http) = await StartAsync(bf);
        await using var _ = app;
        var question = bf.Message("apa yang dibutuhkan untuk level 4 indikator 32?");
        var otherKey = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key-1" };
        var refused = new Dictionary<string, string?>
        {
            ["no token"] = null,
            ["garbage"] = "not-a-jwt",
            ["forged (another key)"] = bf.Token(key: otherKey),
            ["expired"] = bf.Token(expires: DateTime.UtcNow.AddMinutes(-10)),
            ["wrong audience"] = bf.Token(audience: "another-bot"),
            ["wrong issuer"] = bf.Token(issuer: "https://evil.example"),
            ["wrong serviceUrl"] = bf.Token(serviceUrl: "https://smba.evil.example/"),
            ["unsigned"] = bf.UnsignedToken(),
        };
        foreach (var (what, token) in refused)
            Assert.True(HttpStatusCode.Unauthorized == (await PostAsync(http, question, token)).StatusCode, what);
        // A channel the signing key is not endorsed for.
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(http, bf.Message("halo", channelId: "slack"), bf.Token())).StatusCode);

        // The same question again, valid and with an id of its own. The worker handles activities in the order they
        // were accepted, so once this one is answered, a refused one that got in would have been answered before it.
        var valid = bf.Message((string)question["text"]!);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, valid, bf.Token())).StatusCode);
        await Eventually.HoldsAsync(() => bf.Sent.Count >= 1, "the reply");
        Assert.All(bf.Sent, sent => Assert.Equal($"/v3/conversations/conv-1/activities/{valid["id"]}", sent.Path));   // nothing refused was processed
        var (path, reply, authorization) = bf.Sent[0];
        Assert.Equal($"/v3/conversations/conv-1/activities/{valid["id"]}", path);
        Assert.Equal("Bearer bot-token-for-tests", authorization);
        Assert.Contains("32", (string?)reply["text"]);
        Assert.Equal("conv-1", (string?)reply["conversation"]?["id"]);
    }

    [Fact]
    public async Task A_failed_dialog_is_apologised_for_in_one_language()
    {
        await using var bf = await FakeBotFramework.StartAsync();
        var failing = new ScriptedHandler(_ => throw new InvalidOperationException("dialog broke"));
        var (app, http) = await StartAsync(bf, configure: b => b.Services.AddSingleton<IConversationHandler>(failing));
        await using var _ = app;

        // No person behind these accounts (no database): the locale decides, one language each.
        var english = bf.Message("halo", userId: "aad-en");
        english["locale"] = "en-US";
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, english, bf.Token())).StatusCode);
        await Eventually.HoldsAsync(() => bf.Sent.Count >= 1, "the English apology");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, bf.Message("halo", userId: "aad-id"), bf.Token())).StatusCode);
        await Eventually.HoldsAsync(() => bf.Sent.Count >= 2, "the Indonesian apology");

        Assert.Equal(ChatTexts.SomethingWentWrong("en"), (string?)bf.Sent[0].Activity["text"]);
        Assert.Equal(ChatTexts.SomethingWentWrong("id"), (string?)bf.Sent[1].Activity["text"]);
        Assert.DoesNotContain("Mohon", (string?)bf.Sent[0].Activity["text"]);
        Assert.DoesNotContain("Sorry", (string?)bf.Sent[1].Activity["text"]);
    }

    [Fact]
    public async Task An_oversized_body_without_a_length_is_cut_off_and_refused()
    {
        await using var bf = await FakeBotFramework.StartAsync();
        var (app, http) = await StartAsync(bf);
        await using var _ = app;
        var huge = bf.Message("x" + new string('y', 2 * 1024 * 1024));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            // No Content-Length: the server cannot refuse it before reading.
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(huge.ToJsonString()))),
        };
        request.Headers.TransferEncodingChunked = true;
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bf.Token());
        HttpStatusCode status;
        try { status = (await http.SendAsync(request)).StatusCode; }
        catch (HttpRequestException) { status = HttpStatusCode.RequestEntityTooLarge; }   // the server may close the connection first
        Assert.NotEqual(HttpStatusCode.OK, status);
        // A valid message afterwards: activities are handled in order, so once it is answered, the oversized one would
        // have been answered before it, had it got in.
        var after = bf.Message("apa yang dibutuhkan untuk level 4 indikator 32?");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, after, bf.Token())).StatusCode);
        await Eventually.HoldsAsync(() => bf.Sent.Count >= 1, "the reply to the message sent afterwards");
        Assert.All(bf.Sent, sent => Assert.Equal($"/v3/conversations/conv-1/activities/{after["id"]}", sent.Path));
    }

    [Fact]
    public async Task Without_teams_settings_every_request_is_refused()
    {
        await using var bf = await FakeBotFramework.StartAsync();
        var (app, http) = await StartAsync(bf, configured: false);
        await using var _ = app;
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(http, bf.Message("halo"), bf.Token())).StatusCode);
    }

    [Fact]
    public async Task Onboarding_a_question_aksi_by_card_button_and_authorization_work_as_on_telegram()
    {
        await db.ResetAsync();
        await DemoData.EnsureAsync(db.Connections, TimeZones.Today(TimeZones.Wib, TimeProvider.System));
        await using var bf = await FakeBotFramework.StartAsync();
        var (app, http) = await StartAsync(bf, database: db.ConnectionString);
        await using var _ = app;
        var texts = ConversationTexts.Id;

        // A stranger gets only the onboarding help, whatever they ask.
        await PostAsync(http, bf.Message("/aksi", userId: "aad-stranger", conversationId: "conv-x"), bf.Token());
        await Eventually.HoldsAsync(() => bf.Sent.Count >= 1, "the onboarding help");
        Assert.Equal(texts.OnboardingHelp, (string?)bf.Sent[0].Activity["text"]);

        var bappeda = (await new OpdStore(db.Connections).FindAsync("Bappeda"))!;
        var invite = await new InviteStore(db.Connections).CreateAsync(PersonRole.Operator, bappeda.Id, new Actor("test"));
        await PostAsync(http, bf.Message("/start " + invite.Code), bf.Token());
        await Eventually.HoldsAsync(() => bf.Sent.Count >= 2, "the greeting");
        var greeting = bf.Sent[1].Activity;
        Assert.Contains("Bappeda", (string?)greeting["text"]);
        var card = greeting["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)card["contentType"]);
        var actions = card["content"]!["body"]!.AsArray().SelectMany(set => set!["actions"]!.AsArray()).ToList();
        var aksi = actions.Single(a => (string?)a!["data"]!["payload"] == "/aksi")!;
        Assert.Equal("Action.Submit", (string?)aksi["type"]);

        // Pressing the card's button sends its data back as the activity's value.
        async Task<JsonObject> AnswerAsync(JsonObject activity, string what)
        {
            var before = bf.Sent.Count;
            await PostAsync(http, activity, bf.Token());
            await Eventually.HoldsAsync(() => bf.Sent.Count > before, what);
            return bf.Sent[before].Activity;
        }
        JsonObject Press(string payload) => bf.Message("", value: new JsonObject { ["payload"] = payload });
        static IEnumerable<string> Payloads(JsonObject activity) => (activity["attachments"] as JsonArray ?? []).SelectMany(a => a!["content"]!["body"]!.AsArray())
            .SelectMany(set => set!["actions"]!.AsArray()).Select(a => (string)a!["data"]!["payload"]!);

        var list = await AnswerAsync(Press("/aksi"), "the action list");
        Assert.StartsWith(texts.ItemsHeader("Bappeda", TimeZones.Today(TimeZones.Wib, TimeProvider.System).Year), (string?)list["text"]);

        // A progress update, button by button, as on Telegram.
        var item = Payloads(list).First(p => p.StartsWith("/item ", StringComparison.Ordinal));
        var id = long.Parse(item["/item ".Length..]);
        var detail = await AnswerAsync(Press(item), "the item detail");
        var statuses = await AnswerAsync(Press(Payloads(detail).Single(p => p.StartsWith("/perbarui ", StringComparison.Ordinal))), "the status choice");
        await AnswerAsync(Press(Payloads(statuses).Single(p => p.EndsWith(" in-progress", StringComparison.Ordinal))), "the note prompt");
        var saved = await AnswerAsync(bf.Message("Rapat koordinasi sudah dilaksanakan"), "the confirmation");
        Assert.Equal(texts.ProgressSaved((await new PlanStore(db.Connections).GetAsync(id))!), (string?)saved["text"]);
        var log = Assert.Single(await new PlanStore(db.Connections).ListProgressAsync(id));
        Assert.Equal((PlanStatus.InProgress, "Rapat koordinasi sudah dilaksanakan"), (log.NewStatus, log.Note));

        Assert.Contains("Level 4", (string?)(await AnswerAsync(bf.Message("apa yang dibutuhkan untuk level 4 indikator 32?"), "the answer"))["text"]);

        // An operator may not use a coordinator's command, whatever channel it comes from.
        Assert.Equal(texts.NotAllowed, (string?)(await AnswerAsync(bf.Message("/verifikasi"), "the refusal"))["text"]);

        // Proactive: a broadcast reaches the Teams user in the conversation stored on first contact.
        await new SpbeBot.Core.Broadcasts.BroadcastStore(db.Connections).CreateAsync(SpbeBot.Core.Broadcasts.Audience.All, "Rapat SPBE Senin",
            new Actor("test"), TimeZones.Today(TimeZones.Wib, TimeProvider.System));
        await Eventually.HoldsAsync(() => bf.Sent.Any(s => (string?)s.Activity["text"] == "Rapat SPBE Senin"), "the broadcast on Teams", TimeSpan.FromSeconds(15));
        Assert.Equal("/v3/conversations/conv-1/activities", bf.Sent.Single(s => (string?)s.Activity["text"] == "Rapat SPBE Senin").Path);
    }
}
