using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace SpbeBot.Host.Channels.Teams;

/// <summary>The bot's own access token for the Connector service.</summary>
interface IConnectorTokenSource
{
    Task<string> GetTokenAsync(CancellationToken ct);
}

/// <summary>Client credentials through Microsoft.Identity.Client (single-tenant authority; MSAL caches until expiry).</summary>
sealed class MsalTokenSource(IOptions<TeamsOptions> options) : IConnectorTokenSource
{
    static readonly string[] Scopes = ["https://api.botframework.com/.default"];
    readonly Lazy<IConfidentialClientApplication> _app = new(() => ConfidentialClientApplicationBuilder.Create(options.Value.AppId)
        .WithClientSecret(options.Value.AppPassword)
        .WithAuthority($"https://login.microsoftonline.com/{(string.IsNullOrWhiteSpace(options.Value.TenantId) ? "botframework.com" : options.Value.TenantId)}")
        .Build());

    public async Task<string> GetTokenAsync(CancellationToken ct) =>
        (await _app.Value.AcquireTokenForClient(Scopes).ExecuteAsync(ct)).AccessToken;
}

/// <summary>
/// Sends activities through the Connector REST API ({serviceUrl}v3/conversations/{id}/activities[/{replyToId}]).
/// 429, 412 and 5xx are retried, waiting for Retry-After when given; other failures are logged and dropped.
/// </summary>
sealed class ConnectorClient(HttpClient http, IConnectorTokenSource tokens, ILogger<ConnectorClient> log)
{
    const int MaxTries = 4;

    public async Task<bool> SendAsync(string serviceUrl, string conversationId, string? replyToId, JsonObject activity, CancellationToken ct) =>
        await SendForOutcomeAsync(serviceUrl, conversationId, replyToId, activity, ct) == SpbeBot.Core.Messaging.DeliveryOutcome.Sent;

    /// <summary>Like <see cref="SendAsync"/>; a 403 (the user blocked or removed the bot) is told apart from other failures.</summary>
    public async Task<SpbeBot.Core.Messaging.DeliveryOutcome> SendForOutcomeAsync(string serviceUrl, string conversationId, string? replyToId, JsonObject activity, CancellationToken ct)
    {
        var url = $"{serviceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities" + (replyToId is null ? "" : "/" + Uri.EscapeDataString(replyToId));
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(ct));
            using var response = await http.SendAsync(request, ct);
            if (response.IsSuccessStatusCode) return SpbeBot.Core.Messaging.DeliveryOutcome.Sent;
            if (response.StatusCode == HttpStatusCode.Forbidden) return SpbeBot.Core.Messaging.DeliveryOutcome.Blocked;
            var retry = response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed || (int)response.StatusCode >= 500;
            if (!retry || attempt >= MaxTries)
            {
                log.LogWarning("Connector menolak aktivitas ({Status}). / The connector refused an activity.", (int)response.StatusCode);
                return SpbeBot.Core.Messaging.DeliveryOutcome.Failed;
            }
            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(250 * attempt);
            await Task.Delay(wait < TimeSpan.FromSeconds(30) ? wait : TimeSpan.FromSeconds(30), ct);
        }
    }
}
