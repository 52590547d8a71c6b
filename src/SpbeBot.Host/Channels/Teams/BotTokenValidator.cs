using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace SpbeBot.Host.Channels.Teams;

/// <summary>
/// Checks the bearer token of an inbound Bot Framework activity as the SDK would: signed by a key from the Bot
/// Framework's OpenID metadata (cached, refreshed), issuer, audience = our app id, lifetime with 5 minutes of clock
/// skew, the token's "serviceurl" claim equal to the activity's serviceUrl, and the signing key endorsed for the
/// activity's channel. Emulator tokens only in development mode. Anything else: not valid.
/// </summary>
sealed class BotTokenValidator
{
    static readonly string[] EmulatorIssuers =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/", "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/", "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    readonly TeamsOptions _options;
    readonly ConfigurationManager<OpenIdConnectConfiguration> _botFramework;
    readonly ConfigurationManager<OpenIdConnectConfiguration>? _emulator;
    readonly JsonWebTokenHandler _handler = new();

    public BotTokenValidator(IOptions<TeamsOptions> options)
    {
        _options = options.Value;
        _botFramework = Metadata(_options.OpenIdMetadataUrl);
        if (_options.DevelopmentMode) _emulator = Metadata(_options.EmulatorOpenIdMetadataUrl);
    }

    static ConfigurationManager<OpenIdConnectConfiguration> Metadata(string url) => new(url, new OpenIdConnectConfigurationRetriever(),
        new HttpDocumentRetriever { RequireHttps = !url.StartsWith("http://127.0.0.1", StringComparison.Ordinal) && !url.StartsWith("http://localhost", StringComparison.Ordinal) })
    {
        AutomaticRefreshInterval = TimeSpan.FromHours(24),
        RefreshInterval = TimeSpan.FromMinutes(5),   // an unknown key id triggers a refresh at most this often
    };

    /// <summary>Can the signing keys be had (cached for a day)? For /readyz.</summary>
    public async Task<string?> KeysProblemAsync(CancellationToken ct)
    {
        try
        {
            var config = await _botFramework.GetConfigurationAsync(ct);
            return config.SigningKeys.Count > 0 ? null : "no signing keys published";
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException)
        {
            return "signing keys unavailable: " + e.Message;
        }
    }

    /// <returns>Null when valid, otherwise why not (for the log; the caller answers 401 either way).</returns>
    public async Task<string?> ValidateAsync(string? authorization, string? serviceUrl, string? channelId, CancellationToken ct)
    {
        if (!_options.Enabled) return "Teams is not configured";
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return "no bearer token";
        var token = authorization["Bearer ".Length..].Trim();
        if (!_handler.CanReadToken(token)) return "malformed token";
        var unverified = _handler.ReadJsonWebToken(token);
        var fromEmulator = _emulator is not null && EmulatorIssuers.Contains(unverified.Issuer);
        var manager = fromEmulator ? _emulator! : _botFramework;
        var config = await manager.GetConfigurationAsync(ct);

        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuers = fromEmulator ? EmulatorIssuers : _options.ValidIssuers,
            ValidAudience = _options.AppId,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromMinutes(5),
            IssuerSigningKeys = config.SigningKeys,
        });
        if (!result.IsValid)
        {
            if (result.Exception is SecurityTokenSignatureKeyNotFoundException) manager.RequestRefresh();   // keys may have rolled over
            return "invalid token: " + result.Exception?.GetType().Name;
        }
        if (fromEmulator) return null;   // the Emulator's tokens carry no serviceurl claim or endorsements

        var claimed = result.ClaimsIdentity.FindFirst("serviceurl")?.Value;
        if (claimed is null || serviceUrl is null || !Uri.TryCreate(claimed, UriKind.Absolute, out var a) || !Uri.TryCreate(serviceUrl, UriKind.Absolute, out var b)
            || !string.Equals(a.AbsoluteUri.TrimEnd('/'), b.AbsoluteUri.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            return "serviceurl claim does not match the activity";
        var key = config.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == unverified.Kid);
        if (channelId is null || key is null || !Endorsements(key).Contains(channelId, StringComparer.OrdinalIgnoreCase))
            return "signing key not endorsed for the channel";
        return null;
    }

    static IEnumerable<string> Endorsements(JsonWebKey key) =>
        key.AdditionalData.TryGetValue("endorsements", out var value) && value is JsonElement { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(e => e.GetString() ?? "")
            : value is IEnumerable<object> list ? list.Select(o => o?.ToString() ?? "") : [];
}
