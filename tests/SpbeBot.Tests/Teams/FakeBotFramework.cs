using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Teams;

/// <summary>
/// The Bot Framework as seen by a bot, on loopback: OpenID metadata and a JWKS whose key (a locally generated RSA key)
/// is endorsed for some channels, a token issuer for test activities, and a Connector service that records what the
/// bot sends (POST /v3/conversations/{id}/activities[/{replyToId}]).
/// </summary>
public sealed class FakeBotFramework : LoopbackService
{
    public const string AppId = "00000000-1111-2222-3333-444444444444";
    public const string Issuer = "https://api.botframework.com";

    readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-key-1" };
    readonly List<(string Path, JsonObject Activity, string? Authorization)> _sent = [];
    readonly List<(string Path, byte[] Bytes, string ContentRange)> _uploads = [];
    readonly Lock _gate = new();

    public string MetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";
    /// <summary>The serviceUrl activities carry: replies go back here.</summary>
    public string ServiceUrl => BaseUrl + "/";
    public string[] Endorsements { get; set; } = ["msteams", "webchat", "directline", "emulator"];
    /// <summary>False: the OpenID metadata endpoint answers 503 (an outage of the Bot Framework's login service).</summary>
    public bool MetadataAvailable { get; set; } = true;
    int _metadataRequests;
    /// <summary>How often the bot asked for the OpenID metadata.</summary>
    public int MetadataRequests => Volatile.Read(ref _metadataRequests);
    /// <summary>The bot's /api/messages, for the channel service below.</summary>
    public string? BotEndpoint { get; set; }

    /// <summary>How long the Connector takes to accept an activity (half before it counts as sent, half after): Teams under latency.</summary>
    public TimeSpan SendDelay { get; set; }
    /// <summary>
    /// Asked for every activity the bot posts, when it arrives (after the way in): a Retry-After answers it 429 (not
    /// recorded as sent), null accepts it. The bench's Teams limits (bench/SpbeBot.Bench/TeamsConnectorLimits.cs) plug in here.
    /// </summary>
    public Func<string, JsonObject, TimeSpan?>? Admit { get; set; }
    /// <summary>Awaited for every activity the bot posts before it is looked at: a test holds one conversation's Connector calls with it.</summary>
    public Func<string, Task>? Hold { get; set; }
    int _tooManyRequests;
    /// <summary>How many activities were refused with 429.</summary>
    public int TooManyRequests => Volatile.Read(ref _tooManyRequests);
    /// <summary>
    /// Where a local Direct Line service (offline-directline) delivers client activities: like the Azure Bot Service,
    /// this signs each one with a token for its serviceUrl and forwards it to <see cref="BotEndpoint"/>.
    /// </summary>
    public string ChannelServiceUrl => BaseUrl + "/channel-service";
    static readonly HttpClient Forwarder = new();

    public static async Task<FakeBotFramework> StartAsync()
    {
        var fake = new FakeBotFramework();
        await fake.ListenAsync();
        return fake;
    }

    public IReadOnlyList<(string Path, JsonObject Activity, string? Authorization)> Sent { get { lock (_gate) return _sent.ToList(); } }

    public IReadOnlyList<(string Path, byte[] Bytes, string ContentRange)> Uploads { get { lock (_gate) return _uploads.ToList(); } }

    /// <summary>A token as the Bot Framework issues for an activity; override parts to forge bad ones.</summary>
    public string Token(string? serviceUrl = null, string audience = AppId, DateTime? expires = null, SecurityKey? key = null, string issuer = Issuer)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = (expires ?? now.AddMinutes(30)).AddMinutes(-60),
            NotBefore = (expires ?? now.AddMinutes(30)).AddMinutes(-60),
            Expires = expires ?? now.AddMinutes(30),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl ?? ServiceUrl },
            SigningCredentials = new SigningCredentials(key ?? _key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>A token with "alg": "none" and no signature.</summary>
    public string UnsignedToken()
    {
        static string B64(string s) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(s));
        var exp = DateTimeOffset.UtcNow.AddMinutes(30).ToUnixTimeSeconds();
        return B64("""{"alg":"none","typ":"JWT"}""") + "." + B64($$"""{"iss":"{{Issuer}}","aud":"{{AppId}}","exp":{{exp}},"serviceurl":"{{ServiceUrl}}"}""") + ".";
    }

    public JsonObject Message(string text, string userId = "aad-user-1", string conversationId = "conv-1", string channelId = "msteams", JsonObject? value = null,
        string conversationType = "personal") => new()
    {
        ["type"] = "message",
        ["id"] = "act-" + Guid.NewGuid().ToString("N")[..8],
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("o"),
        ["serviceUrl"] = ServiceUrl,
        ["channelId"] = channelId,
        ["from"] = new JsonObject { ["id"] = "29:" + userId, ["name"] = "Budi Santoso", ["aadObjectId"] = userId },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = "tenant-1" },
        ["recipient"] = new JsonObject { ["id"] = "28:" + AppId, ["name"] = "SpbeBot" },
        ["text"] = text,
        ["value"] = value,
        ["locale"] = "id-ID",
    };

    /// <summary>What Teams sends when the user answers a file-consent card; the upload URL points at this fake.</summary>
    public JsonObject FileConsent(JsonNode? context, bool accept, string userId = "aad-user-1", string conversationId = "conv-1")
    {
        var activity = Message("", userId, conversationId);
        activity["type"] = "invoke";
        activity["name"] = "fileConsent/invoke";
        activity.Remove("text");
        activity["value"] = new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = accept ? "accept" : "decline",
            ["context"] = context?.DeepClone(),
            ["uploadInfo"] = new JsonObject
            {
                ["name"] = "Lampiran.pdf", ["uploadUrl"] = BaseUrl + "/upload/" + Guid.NewGuid().ToString("N"),
                ["contentUrl"] = "https://contoso.sharepoint.example/Lampiran.pdf", ["uniqueId"] = "unique-1", ["fileType"] = "pdf",
            },
        };
        return activity;
    }

    protected override async Task ServeAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        if (path == "/v1/.well-known/openidconfiguration")
        {
            Interlocked.Increment(ref _metadataRequests);
            if (!MetadataAvailable)
            {
                http.Response.StatusCode = 503;
                return;
            }
            await Json(http, new JsonObject { ["issuer"] = Issuer, ["jwks_uri"] = BaseUrl + "/v1/keys", ["id_token_signing_alg_values_supported"] = new JsonArray("RS256") });
            return;
        }
        if (path == "/v1/keys")
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_key.Rsa.ExportParameters(false)) { KeyId = _key.KeyId });
            await Json(http, new JsonObject
            {
                ["keys"] = new JsonArray(new JsonObject
                {
                    ["kty"] = "RSA", ["use"] = "sig", ["kid"] = jwk.Kid, ["n"] = jwk.N, ["e"] = jwk.E,
                    ["endorsements"] = new JsonArray(Endorsements.Select(e => (JsonNode)e).ToArray()),
                }),
            });
            return;
        }
        if (path == "/channel-service" && http.Request.Method == "POST" && BotEndpoint is not null)
        {
            var activity = (JsonObject)(await JsonNode.ParseAsync(http.Request.Body))!;
            using var forward = new HttpRequestMessage(HttpMethod.Post, BotEndpoint) { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
            forward.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token(serviceUrl: (string?)activity["serviceUrl"]));
            using var answer = await Forwarder.SendAsync(forward);
            http.Response.StatusCode = (int)answer.StatusCode;
            return;
        }
        if (path == "/v3/conversations" && http.Request.Method == "POST")
        {
            // Opening a 1:1 conversation: Teams answers with its id.
            var body = (JsonObject)(await JsonNode.ParseAsync(http.Request.Body))!;
            lock (_gate) _sent.Add((path, body, http.Request.Headers.Authorization));
            await Json(http, new JsonObject { ["id"] = "a:personal-" + (string?)body["members"]?[0]?["id"] });
            return;
        }
        if (path.StartsWith("/upload/", StringComparison.Ordinal) && http.Request.Method == "PUT")
        {
            // The user's OneDrive upload session of the file-consent flow.
            using var bytes = new MemoryStream();
            await http.Request.Body.CopyToAsync(bytes);
            lock (_gate) _uploads.Add((path, bytes.ToArray(), http.Request.Headers.ContentRange.ToString()));
            http.Response.StatusCode = 201;
            return;
        }
        if (path.StartsWith("/v3/conversations/", StringComparison.Ordinal) && http.Request.Method == "POST")
        {
            var body = (JsonObject)(await JsonNode.ParseAsync(http.Request.Body))!;
            if (SendDelay > TimeSpan.Zero) await Task.Delay(SendDelay / 2);   // the way in
            if (Hold is { } hold) await hold(path);
            if (Admit?.Invoke(path, body) is { } retryAfter)
            {
                Interlocked.Increment(ref _tooManyRequests);
                if (SendDelay > TimeSpan.Zero) await Task.Delay(SendDelay / 2);
                http.Response.StatusCode = 429;
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return;
            }
            lock (_gate) _sent.Add((path, body, http.Request.Headers.Authorization));
            if (SendDelay > TimeSpan.Zero) await Task.Delay(SendDelay / 2);   // the way out
            await Json(http, new JsonObject { ["id"] = "sent-" + Guid.NewGuid().ToString("N")[..8] });
            return;
        }
        http.Response.StatusCode = 404;
    }

    static Task Json(HttpContext http, JsonObject body)
    {
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(body.ToJsonString());
    }
}
