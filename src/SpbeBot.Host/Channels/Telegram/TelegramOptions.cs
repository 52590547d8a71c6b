using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Host.Channels.Telegram;

/// <summary>
/// Settings from the <c>Spbebot:Telegram</c> section; as environment variables <c>SPBEBOT__TELEGRAM__TOKEN</c>,
/// <c>…__MODE</c>, <c>…__WEBHOOKURL</c>, <c>…__WEBHOOKSECRET</c>, <c>…__APIBASEURL</c>, <c>…__BOTUSERNAME</c>.
/// Without a token the Telegram channel is off.
/// </summary>
sealed class TelegramOptions
{
    public const string Section = "Spbebot:Telegram";

    /// <summary>The bot token from @BotFather. A secret: never logged, never shown.</summary>
    public string? Token { get; set; }

    /// <summary>A self-hosted Bot API server (or the test fake), e.g. http://127.0.0.1:8081; empty: api.telegram.org.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>The bot's @username without "@"; empty: asked from Telegram (getMe) at start.</summary>
    public string? BotUsername { get; set; }

    /// <summary>"polling" (default; works behind NAT, where Pemda servers usually are) or "webhook" (needs a public HTTPS address).</summary>
    public string Mode { get; set; } = "polling";

    public bool UsesWebhook => ModeName == "webhook";

    string ModeName => string.IsNullOrWhiteSpace(Mode) ? "polling" : Mode.Trim().ToLowerInvariant();

    /// <summary>Webhook mode: the public HTTPS address Telegram posts to, ending in /telegram/webhook.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Webhook mode: the secret Telegram sends in X-Telegram-Bot-Api-Secret-Token (1–256 of A–Z a–z 0–9 _ -).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Polling mode: how long one getUpdates call waits for news.</summary>
    public int PollTimeoutSeconds { get; set; } = 25;

    /// <summary>Outgoing messages (reminders, broadcasts) per second in total; Telegram's guidance for bots is 30.</summary>
    public double MessagesPerSecond { get; set; } = 30;

    /// <summary>Outgoing messages per second to one chat; Telegram's guidance is 1.</summary>
    public double MessagesPerSecondPerChat { get; set; } = 1;

    /// <summary>Outgoing messages per minute to one group chat; Telegram's guidance is 20.</summary>
    public double MessagesPerMinutePerGroup { get; set; } = 20;

    /// <summary>Sends under way at once: enough to reach the rate while each call takes a few hundred milliseconds.</summary>
    public int MaxSendsInFlight { get; set; } = 16;

    public bool Enabled => !string.IsNullOrWhiteSpace(Token);

    /// <summary>Problems an operator must fix before the channel can run; the texts never include the token.</summary>
    public IReadOnlyList<TelegramSettingProblem> Problems()
    {
        var problems = new List<TelegramSettingProblem>();
        if (!Enabled) return problems;
        var colon = Token!.IndexOf(':');
        if (colon is < 1 or > 16 || !long.TryParse(Token[..colon], out _))
            problems.Add(TelegramSettingProblem.NotABotToken);
        if (!string.IsNullOrWhiteSpace(ApiBaseUrl) && !Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out _))
            problems.Add(TelegramSettingProblem.ApiBaseUrlNotAbsolute);
        if (PollTimeoutSeconds is < 0 or > 50)
            problems.Add(TelegramSettingProblem.PollTimeoutOutOfRange);
        if (MessagesPerSecond is <= 0 or > 1000 || MessagesPerSecondPerChat is <= 0 or > 100)
            problems.Add(TelegramSettingProblem.MessagesPerSecondOutOfRange);
        if (MessagesPerMinutePerGroup is <= 0 or > 1000 || MaxSendsInFlight is < 1 or > 256)
            problems.Add(TelegramSettingProblem.MessagesPerMinuteOutOfRange);
        if (ModeName is not ("polling" or "webhook"))
            problems.Add(TelegramSettingProblem.UnknownMode);
        if (!UsesWebhook) return problems;
        if (!Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)   // Telegram posts only to HTTPS
            problems.Add(TelegramSettingProblem.WebhookUrlMissing);
        if (string.IsNullOrEmpty(WebhookSecret) || WebhookSecret.Length > 256 || !WebhookSecret.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            problems.Add(TelegramSettingProblem.WebhookSecretInvalid);
        return problems;
    }
}
