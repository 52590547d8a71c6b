using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Hosting;

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

    /// <summary>What <see cref="ValidateAsync"/> answers while the signing keys cannot be had: the caller answers 503.</summary>
    public const string KeysUnavailable = "signing keys unavailable";
    /// <summary>After a failed metadata fetch, requests are answered from that failure for this long (no fetch per request).</summary>
    public static readonly TimeSpan MetadataRetryInterval = TimeSpan.FromSeconds(30);
    /// <summary>At most one warning about unreachable metadata per this interval (the managers' refresh interval).</summary>
    public static readonly TimeSpan WarningInterval = TimeSpan.FromMinutes(5);

    readonly TeamsOptions _options;
    readonly TimeProvider _time;
    readonly ILogger<BotTokenValidator> _log;
    readonly ConfigurationManager<OpenIdConnectConfiguration> _botFramework;
    readonly ConfigurationManager<OpenIdConnectConfiguration>? _emulator;
    readonly JsonWebTokenHandler _handler = new();
    readonly Lock _gate = new();
    DateTimeOffset _retryAfter = DateTimeOffset.MinValue;
    DateTimeOffset _lastWarning = DateTimeOffset.MinValue;

    public BotTokenValidator(IOptions<TeamsOptions> options, TimeProvider time, ILogger<BotTokenValidator> log)
    {
        _options = options.Value;
        _time = time;
        _log = log;
        _botFramework = Metadata(_options.OpenIdMetadataUrl);
        if (_options.DevelopmentMode) _emulator = Metadata(_options.EmulatorOpenIdMetadataUrl);
    }

    static ConfigurationManager<OpenIdConnectConfiguration> Metadata(string url) => new(url, new OpenIdConnectConfigurationRetriever(),
        new HttpDocumentRetriever { RequireHttps = !url.StartsWith("http://127.0.0.1", StringComparison.Ordinal) && !url.StartsWith("http://localhost", StringComparison.Ordinal) })
    {
        AutomaticRefreshInterval = TimeSpan.FromHours(24),
        RefreshInterval = TimeSpan.FromMinutes(5),   // an unknown key id triggers a refresh at most this often
    };

    /// <summary>
    /// The metadata and keys, or null while they cannot be fetched. A failure is remembered for
    /// <see cref="MetadataRetryInterval"/> (requests meanwhile fetch nothing) and warned about once per
    /// <see cref="WarningInterval"/>, naming the kind of failure only — never its message (which carries the URL and
    /// whatever the remote end answered).
    /// </summary>
    async Task<OpenIdConnectConfiguration?> ConfigurationAsync(ConfigurationManager<OpenIdConnectConfiguration> manager, CancellationToken ct)
    {
        lock (_gate)
            if (_time.GetUtcNow() < _retryAfter) return null;
        try
        {
            return await manager.GetConfigurationAsync(ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested && e is not OutOfMemoryException)
        {
            bool warn;
            lock (_gate)
            {
                var now = _time.GetUtcNow();
                _retryAfter = now + MetadataRetryInterval;
                warn = now - _lastWarning >= WarningInterval;
                if (warn) _lastWarning = now;
            }
            if (warn)
                _log.Warn(ServerLogTexts.SigningKeysUnavailable,
                    (e.InnerException ?? e).GetType().Name);
            return null;
        }
    }

    /// <summary>Can the signing keys be had (cached for a day)? For /readyz: a short reason, never the exception.</summary>
    public async Task<string?> KeysProblemAsync(CancellationToken ct)
    {
        var config = await ConfigurationAsync(_botFramework, ct);
        if (config is null) return KeysUnavailable;
        return config.SigningKeys.Count > 0 ? null : "no signing keys published";
    }

    /// <returns>Null when valid, otherwise why not (for the log; the caller answers 401 either way).</returns>
    public async Task<string?> ValidateAsync(string? authorization, string? serviceUrl, string? channelId, CancellationToken ct)
    {
        if (!_options.Enabled) return "Teams is not configured";
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return "no bearer token";
        var token = authorization["Bearer ".Length..].Trim();
        if (!_handler.CanReadToken(token)) return "malformed token";
        JsonWebToken unverified;
        bool fromEmulator;
        try
        {
            // Three dot-separated parts are not yet a token: parts that are not base64url or not JSON throw here.
            unverified = _handler.ReadJsonWebToken(token);
            fromEmulator = _emulator is not null && EmulatorIssuers.Contains(unverified.Issuer);
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenException or JsonException or FormatException)
        {
            return "malformed token";
        }
        var manager = fromEmulator ? _emulator! : _botFramework;
        if (await ConfigurationAsync(manager, ct) is not { } config) return KeysUnavailable;

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
        var key = config.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == KeyId(unverified));
        if (channelId is null || key is null || !Endorsements(key).Contains(channelId, StringComparer.OrdinalIgnoreCase))
            return "signing key not endorsed for the channel";
        return null;
    }

    static string? KeyId(JsonWebToken token)
    {
        try { return token.Kid; }
        catch (ArgumentException) { return null; }   // a "kid" that is not a string
    }

    static IEnumerable<string> Endorsements(JsonWebKey key) =>
        key.AdditionalData.TryGetValue("endorsements", out var value) && value is JsonElement { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(e => e.GetString() ?? "")
            : value is IEnumerable<object> list ? list.Select(o => o?.ToString() ?? "") : [];
}
