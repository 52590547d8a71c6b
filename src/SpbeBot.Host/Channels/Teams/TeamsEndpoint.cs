using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Npgsql;
using SpbeBot.Core.Messaging;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Host.Channels.Teams;

/// <summary>
/// POST /api/messages: the Bot Framework protocol's inbound endpoint (Teams, the Emulator, Web Chat through Direct
/// Line). Every request's token is validated first; anything not valid is answered 401 and not processed. A valid
/// activity is queued and answered 200 at once: the Bot Framework expects a quick answer, the reply goes out through
/// the Connector API.
/// </summary>
static class TeamsEndpoint
{
    public const string Path = "/api/messages";
    const int MaxBodyBytes = 256 * 1024;

    public static void MapTeams(this WebApplication app) => app.MapPost(Path, async (HttpContext http, BotTokenValidator validator, TeamsQueue queue, ILoggerFactory logs) =>
    {
        var log = logs.CreateLogger("SpbeBot.Teams");
        JsonObject? activity = null;
        if (http.Request.ContentLength is null or <= MaxBodyBytes)
        {
            try
            {
                using var limited = new MemoryStream();
                await http.Request.Body.CopyToAsync(limited, http.RequestAborted);
                if (limited.Length <= MaxBodyBytes) activity = JsonNode.Parse(limited.ToArray()) as JsonObject;
            }
            catch (JsonException)
            {
            }
        }
        var problem = await validator.ValidateAsync(http.Request.Headers.Authorization, (string?)activity?["serviceUrl"], (string?)activity?["channelId"], http.RequestAborted);
        if (problem is not null)
        {
            log.LogWarning("Permintaan /api/messages ditolak (401): {Problem}. / Request refused.", problem);
            return Results.Unauthorized();
        }
        if (activity is null) return Results.BadRequest();
        queue.Writer.TryWrite(activity);
        return Results.Ok();
    });
}

/// <summary>Valid activities waiting for the worker.</summary>
sealed class TeamsQueue
{
    readonly Channel<JsonObject> _channel = Channel.CreateBounded<JsonObject>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest });
    public ChannelWriter<JsonObject> Writer => _channel.Writer;
    public ChannelReader<JsonObject> Reader => _channel.Reader;
}

/// <summary>Handles queued activities one by one: the conversation, then the replies through the Connector API.</summary>
sealed class TeamsWorker(TeamsQueue queue, IServiceProvider services, ILogger<TeamsWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var activity in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await HandleAsync(activity, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "Aktivitas Teams gagal diproses. / A Teams activity failed.");
            }
        }
    }

    /// <summary>Keeps how to reach this user later (reminders, broadcasts, digests), from any activity of theirs.</summary>
    async Task RememberAsync(JsonObject activity, CancellationToken ct)
    {
        var user = (string?)activity["from"]?["aadObjectId"] ?? (string?)activity["from"]?["id"];
        var conversation = (string?)activity["conversation"]?["id"];
        var serviceUrl = (string?)activity["serviceUrl"];
        if (user is null || conversation is null || serviceUrl is null || (string?)activity["conversation"]?["conversationType"] is "channel" or "groupChat") return;
        try
        {
            await services.GetRequiredService<ConversationReferences>().SaveAsync(new ConversationReference(ActivityMapper.Channel, user, conversation, serviceUrl,
                (string?)activity["conversation"]?["tenantId"] ?? (string?)activity["channelData"]?["tenant"]?["id"], (string?)activity["recipient"]?["id"]), ct);
        }
        catch (Exception e) when (e is InvalidOperationException or NpgsqlException)
        {
            // Without a database (or with it briefly away) the conversation still answers; only later pushes miss it.
            log.LogDebug(e, "Referensi percakapan Teams tidak tersimpan. / Teams conversation reference not stored.");
        }
    }

    async Task HandleAsync(JsonObject activity, CancellationToken ct)
    {
        await RememberAsync(activity, ct);
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient("teams-files");
        var message = ActivityMapper.ToMessage(activity, async (url, destination, token) =>
        {
            await using var stream = await http.GetStreamAsync(url, token);
            await stream.CopyToAsync(destination, token);
        });
        if (message is null) return;
        IReadOnlyList<Reply> replies;
        try
        {
            replies = await services.GetRequiredService<IConversationHandler>().HandleAsync(message, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            log.LogError(e, "Dialog gagal untuk pesan Teams. / The dialog failed for a Teams message.");
            replies = [Reply.Plain("Mohon maaf, terjadi kesalahan. Silakan coba lagi. / Sorry, something went wrong. Please try again.")];
        }
        var connector = services.GetRequiredService<ConnectorClient>();
        var serviceUrl = (string)activity["serviceUrl"]!;
        var conversation = activity["conversation"]!.DeepClone();
        foreach (var reply in replies.SelectMany(AdaptiveCards.Activities))
        {
            reply["conversation"] = conversation.DeepClone();
            reply["from"] = activity["recipient"]?.DeepClone();
            reply["recipient"] = activity["from"]?.DeepClone();
            reply["replyToId"] = (string?)activity["id"];
            if (!await connector.SendAsync(serviceUrl, message.ChatId, (string?)activity["id"], reply, ct)) return;
        }
    }
}

static class TeamsRegistration
{
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TeamsOptions>().Bind(configuration.GetSection(TeamsOptions.Section));
        services.AddSingleton<BotTokenValidator>();
        services.AddSingleton<TeamsQueue>();
        services.AddSingleton<IConnectorTokenSource, MsalTokenSource>();
        services.AddHttpClient<ConnectorClient>();
        services.AddHttpClient("teams-files", c => c.Timeout = TimeSpan.FromMinutes(2));
        services.AddHostedService<TeamsWorker>();
        services.AddHostedService<TeamsOutboxDelivery>();
        return services;
    }
}
