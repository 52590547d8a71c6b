using Microsoft.Extensions.DependencyInjection.Extensions;
using System.Text.Json;
using System.Text.Json.Nodes;
using SpbeBot.Core.Messaging.Inbox;
using Npgsql;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Hosting;
using SpbeBot.Host.Database;
using SpbeBot.Host.Observability;

namespace SpbeBot.Host.Channels.Teams;

/// <summary>
/// POST /api/messages: the Bot Framework protocol's inbound endpoint (Teams, the Emulator, Web Chat through Direct
/// Line). Every request's token is validated first; anything not valid is answered 401 and not processed. A valid
/// activity is committed to the inbox (keyed by its id, so a redelivery is a repeat) and only then answered 200 (503
/// when the database cannot take it: the channel retries); the inbox workers handle it and reply through the
/// Connector API.
/// </summary>
static class TeamsEndpoint
{
    public const string Path = "/api/messages";
    const int MaxBodyBytes = 256 * 1024;

    public static void MapTeams(this WebApplication app) => app.MapPost(Path, async (HttpContext http, BotTokenValidator validator, InboxProvider inbox, ILoggerFactory logs) =>
    {
        var log = logs.CreateLogger("SpbeBot.Teams");
        JsonObject? activity = null;
        // The body is needed to check the token (its serviceurl claim), so it is read first: never more than the limit,
        // whether or not a Content-Length was sent.
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxBodyBytes;
        if (http.Request.ContentLength is null or <= MaxBodyBytes)
        {
            try
            {
                using var body = new MemoryStream();
                await http.Request.Body.CopyToAsync(body, http.RequestAborted);
                // Duplicate keys are refused while parsing (two "serviceUrl"s would let the token check and the worker
                // read different values); the exception's text, which quotes the sender's input, is never logged.
                activity = JsonNode.Parse(body.ToArray(), documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false }) as JsonObject;
            }
            catch (Exception e) when (e is JsonException or BadHttpRequestException or ArgumentException or InvalidOperationException)
            {
                activity = null;
            }
        }
        var problem = await validator.ValidateAsync(http.Request.Headers.Authorization, StringOf(activity, "serviceUrl"), StringOf(activity, "channelId"), http.RequestAborted);
        if (ReferenceEquals(problem, BotTokenValidator.KeysUnavailable))
        {
            // Not the sender's fault: the channel retries a 503. The validator warns about it once in a while, not per request.
            http.Response.Headers.RetryAfter = "30";
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        if (problem is not null)
        {
            log.Warn(ServerLogTexts.MessagesRefused, problem);
            return Results.Unauthorized();
        }
        if (activity is null) return Results.BadRequest();
        try
        {
            await inbox.AddAsync(TeamsInbound.From(activity), http.RequestAborted);   // claimed for an idle worker when its conversation is free (17s)
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            log.Warn(ServerLogTexts.ActivityRefused, e.Message);
            http.Response.Headers.RetryAfter = "5";
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        return Results.Ok();
    });

    /// <summary>A top-level string property, or null for anything else (a number or object where a string belongs).</summary>
    static string? StringOf(JsonObject? activity, string name) =>
        activity?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}

/// <summary>
/// Bot Framework activities into and out of the inbox: keyed by the activity id (one without an id cannot be
/// recognised when repeated and gets a fresh key), one conversation per Bot Framework conversation, handled in arrival
/// order: the conversation, then the replies through the Connector API — handed to the channel's send pipeline and put
/// into the worker's <see cref="PendingSends"/>, not waited for here, so a Connector round trip holds the conversation
/// (its next activity waits, the update is completed once its replies went out) but never a worker.
/// </summary>
/// <remarks>The handler, the references and the file offers need the open database: resolved on first use, after start.</remarks>
sealed class TeamsInbound(ConnectorClient connector, IHttpClientFactory httpClients, Deferred<IConversationHandler> handler,
    Deferred<ConversationReferences> conversationReferences, Deferred<TeamsFiles> teamsFiles, ChatFloodGuard flood, ChatLanguage languages, ILogger<TeamsInbound> log) : IInboxHandler
{
    public string Channel => ActivityMapper.Channel;

    /// <summary>Activities only arrive with a valid token, so the handler is on wherever the endpoint is.</summary>
    public bool Enabled => true;

    public static InboundUpdate From(JsonObject activity)
    {
        static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        var id = Text(activity["id"]);
        var conversation = Text(activity["conversation"]?["id"]);
        var key = id is { Length: > 0 } ? $"{Text(activity["channelId"])}:{conversation}:{id}" : "noid:" + Guid.NewGuid().ToString("N");
        return new InboundUpdate(ActivityMapper.Channel, key,
            conversation is null ? $"{ActivityMapper.Channel}:activity:{key}" : $"{ActivityMapper.Channel}:{conversation}",
            0, System.Text.Encoding.UTF8.GetBytes(activity.ToJsonString()));
    }

    public async Task<string?> HandleAsync(InboxItem item, PendingSends sends, CancellationToken ct)
    {
        if (JsonNode.Parse(item.Payload) is not JsonObject activity) return "unreadable";
        await HandleAsync(activity, sends, ct);
        return null;
    }

    /// <summary>
    /// Keeps how to reach this user later (reminders, broadcasts, digests), from any activity of theirs: their 1:1
    /// conversation, or — met in a team channel or group chat — their member id, to open one when needed.
    /// </summary>
    async Task RememberAsync(JsonObject activity, CancellationToken ct)
    {
        var user = ActivityMapper.UserId(activity);
        var conversation = (string?)activity["conversation"]?["id"];
        var serviceUrl = (string?)activity["serviceUrl"];
        if (user is null || conversation is null || serviceUrl is null) return;
        var tenant = (string?)activity["conversation"]?["tenantId"] ?? (string?)activity["channelData"]?["tenant"]?["id"];
        var reference = new ConversationReference(ActivityMapper.Channel, user, conversation, serviceUrl, tenant, (string?)activity["recipient"]?["id"],
            (string?)activity["from"]?["id"]);
        try
        {
            var references = conversationReferences.Value;
            if ((string?)activity["conversation"]?["conversationType"] is "channel" or "groupChat")
                await references.SaveMemberAsync(reference with { ConversationId = null }, ct);
            else
                await references.SaveAsync(reference, ct);
        }
        catch (Exception e) when (e is InvalidOperationException or NpgsqlException)
        {
            // Without a database (or with it briefly away) the conversation still answers; only later pushes miss it.
            log.Debug(e, ServerLogTexts.ReferenceNotStored);
        }
    }

    async Task HandleAsync(JsonObject activity, PendingSends sends, CancellationToken ct)
    {
        await RememberAsync(activity, ct);
        var serviceUrl = (string)activity["serviceUrl"]!;
        var conversationId = (string?)activity["conversation"]?["id"];
        var userId = ActivityMapper.UserId(activity);
        var channelId = (string?)activity["channelId"] ?? "";
        if (conversationId is null || userId is null) return;

        List<JsonObject> outgoing = [];
        if ((string?)activity["type"] == "invoke" && (string?)activity["name"] == "fileConsent/invoke")
            outgoing.Add(await teamsFiles.Value.AnswerConsentAsync(activity, userId, ct));
        else
        {
            var http = httpClients.CreateClient("teams-files");
            var message = ActivityMapper.ToMessage(activity, async (url, destination, token) =>
            {
                await using var stream = await http.GetStreamAsync(url, token);
                await stream.CopyToAsync(destination, token);
            });
            if (message is null) return;
            foreach (var reply in await RepliesAsync(message, ct))
            {
                outgoing.AddRange(AdaptiveCards.Activities(reply));
                if (reply.File is { } file) outgoing.Add(await teamsFiles.Value.ForReplyAsync(channelId, userId, file, ct));
            }
        }
        foreach (var reply in outgoing)
        {
            reply["conversation"] = activity["conversation"]!.DeepClone();
            reply["from"] = activity["recipient"]?.DeepClone();
            reply["recipient"] = activity["from"]?.DeepClone();
            reply["replyToId"] = (string?)activity["id"];
        }
        if (outgoing.Count > 0) sends.Add(SendInOrderAsync(serviceUrl, conversationId, (string?)activity["id"], outgoing, sends.Replied, ct));
    }

    /// <summary>
    /// One after another (the pipeline keeps the conversation's order); stops at one that could not be sent. The last
    /// carries the activity's replied mark (set once the whole answer is on the wire).
    /// </summary>
    async Task SendInOrderAsync(string serviceUrl, string conversationId, string? replyToId, List<JsonObject> outgoing, SendMark? replied, CancellationToken ct)
    {
        for (var i = 0; i < outgoing.Count; i++)
            if (!await connector.SendAsync(serviceUrl, conversationId, replyToId, outgoing[i], ct, i == outgoing.Count - 1 ? replied : null)) return;
    }

    async Task<IReadOnlyList<Reply>> RepliesAsync(IncomingMessage message, CancellationToken ct)
    {
        // One account flooding the bot: one polite answer, then silence until its allowance refills (F15).
        switch (flood.Check(message.Channel, message.UserId))
        {
            case FloodVerdict.SlowDown: return [Reply.Plain(ChatTexts.SlowDown(message.LanguageCode))];
            case FloodVerdict.Silent: return [];
        }
        try
        {
            return await handler.Value.HandleMeasuredAsync(message, ct);
        }
        // A database away for a moment is no failure: the activity stays pending and the inbox worker tries it again.
        catch (Exception e) when (!ct.IsCancellationRequested && !DatabaseFailures.IsTransient(e))
        {
            log.Error(e, ServerLogTexts.TeamsDialogFailed);
            return [Reply.Plain(ChatTexts.SomethingWentWrong(await languages.OfAsync(message.Channel, message.UserId, message.LanguageCode, ct)))];
        }
    }
}

static class TeamsRegistration
{
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.Section).ValidateOnStart();
        services.AddSingleton<BotTokenValidator>();
        services.AddInbox();
        services.AddSingleton<TeamsInbound>();
        services.AddSingleton<IInboxHandler>(sp => sp.GetRequiredService<TeamsInbound>());
        services.AddSingleton<IConnectorTokenSource, MsalTokenSource>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TeamsSendPipeline>();
        // Long-lived services (the worker, the outbox sender) keep one ConnectorClient: its pooled connections are renewed
        // every few minutes instead of its handler, so DNS changes still count.
        services.AddHttpClient<ConnectorClient>()
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(2))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddSingleton<TeamsFiles>();
        services.TryAddSingleton<ChatLanguage>();
        services.AddHttpClient("teams-files", c => c.Timeout = TimeSpan.FromMinutes(2));
        services.AddChatFloodGuard();
        services.AddHostedService<TeamsOutboxDelivery>();
        return services;
    }
}
