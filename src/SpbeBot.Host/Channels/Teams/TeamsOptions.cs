namespace SpbeBot.Host.Channels.Teams;

/// <summary>
/// Settings from the <c>Spbebot:Teams</c> section (environment: <c>SPBEBOT__TEAMS__APPID</c>, <c>…__APPPASSWORD</c>,
/// <c>…__TENANTID</c>). Without an app id the endpoint still exists and refuses every request with 401.
/// </summary>
sealed class TeamsOptions
{
    public const string Section = "Spbebot:Teams";

    /// <summary>The bot's Microsoft app id: the audience every inbound token must carry.</summary>
    public string? AppId { get; set; }
    public string? AppPassword { get; set; }
    /// <summary>A PFX certificate registered for the app, used instead of <see cref="AppPassword"/> when set.</summary>
    public string? CertificatePath { get; set; }
    public string? CertificatePassword { get; set; }
    /// <summary>Single-tenant authority for the bot's own tokens (Entra ID tenant id).</summary>
    public string? TenantId { get; set; }
    public const string PublicCloudAuthority = "https://login.microsoftonline.com";
    /// <summary>Where the bot gets its own tokens; another cloud's login host for sovereign clouds.</summary>
    public string AuthorityHost { get; set; } = PublicCloudAuthority;
    /// <summary>Where the Bot Framework publishes its signing keys.</summary>
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    /// <summary>Tokens of the Bot Framework Emulator are accepted only in development mode.</summary>
    public bool DevelopmentMode { get; set; }
    public string EmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";
    /// <summary>Inbound token issuers (the Bot Framework's).</summary>
    public string[] ValidIssuers { get; set; } = ["https://api.botframework.com"];

    // Teams' documented bot rate limits (https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/rate-limit):
    // per app per tenant 50 requests a second; per bot per conversation ("thread") 7 sends in 1 s, 8 in 2 s, 60 in 30 s
    // and 1,800 in 3,600 s (creating a conversation the same). Every send — replies, notices, broadcasts — counts.

    /// <summary>Sends (replies and proactive) per second for the whole bot: Teams' 50 per app per tenant.</summary>
    public double MessagesPerSecond { get; set; } = 50;
    /// <summary>
    /// Sends per second into one conversation: 1 keeps every per-conversation window at once (1,800 an hour is the
    /// tightest; 60 in 30 s and 7 in 1 s leave room for network jitter).
    /// </summary>
    public double MessagesPerSecondPerConversation { get; set; } = 1;

    /// <summary>Sends under way at once: 50/s while each Connector call takes up to ~450 ms (two kept for replies).</summary>
    public int MaxSendsInFlight { get; set; } = 24;

    public bool Enabled => !string.IsNullOrWhiteSpace(AppId);
}
