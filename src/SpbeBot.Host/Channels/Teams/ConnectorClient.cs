using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using SpbeBot.Core.Messaging;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Hosting;

namespace SpbeBot.Host.Channels.Teams;

/// <summary>The bot's own access token for the Connector service.</summary>
interface IConnectorTokenSource
{
    Task<string> GetTokenAsync(CancellationToken ct);
}

/// <summary>
/// Client credentials through Microsoft.Identity.Client: single-tenant authority (the tenant id; the multi-tenant
/// "botframework.com" without one), cached by MSAL until shortly before expiry.
/// </summary>
sealed class MsalTokenSource(IOptions<TeamsOptions> options, IMsalHttpClientFactory? http = null) : IConnectorTokenSource
{
    static readonly string[] Scopes = ["https://api.botframework.com/.default"];
    readonly Lazy<IConfidentialClientApplication> _app = new(() => Build(options.Value, http));

    static IConfidentialClientApplication Build(TeamsOptions o, IMsalHttpClientFactory? http)
    {
        var tenant = string.IsNullOrWhiteSpace(o.TenantId) ? "botframework.com" : o.TenantId;
        var builder = ConfidentialClientApplicationBuilder.Create(o.AppId).WithAuthority($"{o.AuthorityHost.TrimEnd('/')}/{tenant}");
        // A certificate (PFX) instead of the client secret when one is configured.
        builder = string.IsNullOrWhiteSpace(o.CertificatePath)
            ? builder.WithClientSecret(o.AppPassword)
            : builder.WithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(o.CertificatePath, o.CertificatePassword));
        // Entra ID's instance discovery knows Microsoft's clouds only.
        if (!o.AuthorityHost.StartsWith(TeamsOptions.PublicCloudAuthority, StringComparison.OrdinalIgnoreCase)) builder = builder.WithInstanceDiscovery(false);
        if (http is not null) builder = builder.WithHttpClientFactory(http);
        return builder.Build();
    }

    public async Task<string> GetTokenAsync(CancellationToken ct) =>
        (await _app.Value.AcquireTokenForClient(Scopes).ExecuteAsync(ct)).AccessToken;
}

/// <summary>
/// The Teams channel's one send pipeline (a singleton; the typed <see cref="ConnectorClient"/> itself is built anew for
/// each consumer): per-app and per-conversation pacing from <see cref="TeamsOptions"/> (Teams' documented limits),
/// order per conversation, replies ahead of proactive traffic; inbound replies and the outbox share it.
/// </summary>
sealed class TeamsSendPipeline(IOptions<TeamsOptions> options, TimeProvider clock) : IAsyncDisposable
{
    public SendPipeline Pipeline { get; } = new(new SendRateLimiter(options.Value.MessagesPerSecond, options.Value.MessagesPerSecondPerConversation, clock),
        options.Value.MaxSendsInFlight);
    public RateLimitScope Scope { get; } = new(clock);
    public ValueTask DisposeAsync() => Pipeline.DisposeAsync();
}

/// <summary>
/// Sends activities through the Connector REST API ({serviceUrl}v3/conversations/{id}/activities[/{replyToId}]) and
/// opens 1:1 conversations (POST {serviceUrl}v3/conversations), all through the channel's <see cref="TeamsSendPipeline"/>.
/// A 429 waits its Retry-After in the pipeline (that conversation, or every one when several are refused together);
/// 412 and 5xx are retried; other failures are logged and dropped.
/// </summary>
sealed class ConnectorClient(HttpClient http, IConnectorTokenSource tokens, TeamsSendPipeline pipeline, ILogger<ConnectorClient> log)
{
    const int MaxTries = 4;
    const int MaxRateLimitTries = 5;

    /// <param name="mark">Set once the request is in the kernel, cleared when the Connector refuses it (429, 412, 5xx): see <see cref="SendMark"/>.</param>
    public async Task<bool> SendAsync(string serviceUrl, string conversationId, string? replyToId, JsonObject activity, CancellationToken ct, SendMark? mark = null) =>
        await SendForOutcomeAsync(serviceUrl, conversationId, replyToId, activity, ct, mark: mark) == DeliveryOutcome.Sent;

    /// <summary>Like <see cref="SendAsync"/>; a 403 (the user blocked or removed the bot) is told apart from other failures.</summary>
    public async Task<DeliveryOutcome> SendForOutcomeAsync(string serviceUrl, string conversationId, string? replyToId, JsonObject activity, CancellationToken ct,
        SendPriority priority = SendPriority.Reply, SendMark? mark = null) =>
        (await PostPacedAsync(conversationId, priority, $"{serviceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities" +
                         (replyToId is null ? "" : "/" + Uri.EscapeDataString(replyToId)), activity, ct, mark)).Outcome;

    /// <summary>
    /// Opens (or finds — Teams returns the existing one) the bot's 1:1 conversation with a Teams member of a tenant;
    /// the conversation id, or null with the outcome when refused.
    /// </summary>
    public async Task<(string? ConversationId, DeliveryOutcome Outcome)> CreateConversationAsync(string serviceUrl, string? botId, string memberId, string tenantId, CancellationToken ct)
    {
        var body = new JsonObject
        {
            ["isGroup"] = false,
            ["bot"] = botId is null ? null : new JsonObject { ["id"] = botId },
            ["members"] = new JsonArray(new JsonObject { ["id"] = memberId }),
            ["tenantId"] = tenantId,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        };
        var (outcome, answer) = await PostPacedAsync("member:" + memberId, SendPriority.Bulk, $"{serviceUrl.TrimEnd('/')}/v3/conversations", body, ct);
        return ((string?)answer?["id"], outcome);
    }

    async Task<(DeliveryOutcome Outcome, JsonNode? Answer)> PostPacedAsync(string key, SendPriority priority, string url, JsonObject body, CancellationToken ct,
        SendMark? mark = null)
    {
        (DeliveryOutcome, JsonNode?) result = (DeliveryOutcome.Failed, null);
        var rateLimits = 0;
        try
        {
            await pipeline.Pipeline.SendAsync(key, priority, async token =>
            {
                var (outcome, answer, retryAfter) = await PostAsync(url, body, token, mark);
                if (retryAfter is not { } wait || ++rateLimits >= MaxRateLimitTries)
                {
                    result = (outcome, answer);
                    return null;
                }
                return new RateLimited(wait, pipeline.Scope.IsWholeBot(key, false));
            }, ct);
        }
        finally
        {
            if (mark is not null) await mark.Settled;
        }
        return result;
    }

    /// <summary>One request, with retries for 412 and 5xx; a 429 is handed back with its Retry-After. A refusal clears <paramref name="mark"/>.</summary>
    async Task<(DeliveryOutcome Outcome, JsonNode? Answer, TimeSpan? RetryAfter)> PostAsync(string url, JsonObject body, CancellationToken ct, SendMark? mark)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(ct));
            WireContent.Wrap(request, mark);
            using var response = await http.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.Forbidden && (response.StatusCode is HttpStatusCode.TooManyRequests
                    or HttpStatusCode.PreconditionFailed || (int)response.StatusCode >= 500))
                mark?.Refused();   // not taken: tried again (or, after a kill, sent again)
            if (response.IsSuccessStatusCode)
            {
                var text = await response.Content.ReadAsStringAsync(ct);
                JsonNode? answer = null;
                try { answer = text.Length == 0 ? null : JsonNode.Parse(text); } catch (System.Text.Json.JsonException) { }
                return (DeliveryOutcome.Sent, answer, null);
            }
            if (response.StatusCode == HttpStatusCode.Forbidden) return (DeliveryOutcome.Blocked, null, null);
            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(250 * attempt);
            if (wait > TimeSpan.FromSeconds(30)) wait = TimeSpan.FromSeconds(30);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                log.Info(ServerLogTexts.ConnectorRateLimited, wait.TotalSeconds);
                return (DeliveryOutcome.Failed, null, wait);
            }
            var retry = response.StatusCode is HttpStatusCode.PreconditionFailed || (int)response.StatusCode >= 500;
            if (!retry || attempt >= MaxTries)
            {
                log.Warn(ServerLogTexts.ConnectorRefused, (int)response.StatusCode);
                return (DeliveryOutcome.Failed, null, null);
            }
            await Task.Delay(wait, ct);
        }
    }
}
