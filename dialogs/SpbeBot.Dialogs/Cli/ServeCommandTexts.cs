using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Cli;

/// <summary>What is wrong with the Telegram settings (SPBEBOT__TELEGRAM__*), found before the server starts.</summary>
public enum TelegramSettingProblem
{
    NotABotToken, ApiBaseUrlNotAbsolute, PollTimeoutOutOfRange, MessagesPerSecondOutOfRange, MessagesPerMinuteOutOfRange,
    UnknownMode, WebhookUrlMissing, WebhookSecretInvalid,
}

/// <summary>`spbebot serve`'s `--help` and what it says before the server runs: in the machine's language (<see cref="MachineLocale"/>).</summary>
public sealed class ServeCommandTexts : BilingualTexts
{
    public static readonly ServeCommandTexts Id = new(english: false);
    public static readonly ServeCommandTexts En = new(english: true);

    /// <summary>The machine's (<see cref="MachineLocale"/>).</summary>
    public static ServeCommandTexts Machine => MachineLocale.English ? En : Id;

    ServeCommandTexts(bool english) : base(english)
    {
    }

    public string Command => S("Menjalankan server bot (Telegram, Teams, /healthz)", "Runs the bot's server (Telegram, Teams, /healthz)");
    public string Urls(string defaultUrls) => S($"Alamat yang dilayani server (bawaan {defaultUrls}), dipisah dengan ';'", $"Addresses the server listens on (default {defaultUrls}), separated by ';'");

    /// <summary>The settings refused follow, one per line (the validators' own words).</summary>
    public string CheckSettings => S("Mohon periksa pengaturan berikut:", "Please check the following settings:");

    /// <summary>One refused Telegram setting; <paramref name="mode"/> is the mode as it was set.</summary>
    public string TelegramSetting(TelegramSettingProblem problem, string? mode) => problem switch
    {
        TelegramSettingProblem.NotABotToken => S("SPBEBOT__TELEGRAM__TOKEN bukan token bot yang sah (bentuknya 123456:ABC…).",
            "SPBEBOT__TELEGRAM__TOKEN is not a valid bot token (it looks like 123456:ABC…)."),
        TelegramSettingProblem.ApiBaseUrlNotAbsolute => S("SPBEBOT__TELEGRAM__APIBASEURL harus alamat lengkap, mis. http://127.0.0.1:8081.",
            "SPBEBOT__TELEGRAM__APIBASEURL must be a full address, e.g. http://127.0.0.1:8081."),
        TelegramSettingProblem.PollTimeoutOutOfRange => S("SPBEBOT__TELEGRAM__POLLTIMEOUTSECONDS harus 0–50.", "SPBEBOT__TELEGRAM__POLLTIMEOUTSECONDS must be 0–50."),
        TelegramSettingProblem.MessagesPerSecondOutOfRange => S("SPBEBOT__TELEGRAM__MESSAGESPERSECOND (1–1000) dan MESSAGESPERSECONDPERCHAT (0–100) harus positif.",
            "SPBEBOT__TELEGRAM__MESSAGESPERSECOND (1–1000) and MESSAGESPERSECONDPERCHAT (0–100) must be positive."),
        TelegramSettingProblem.MessagesPerMinuteOutOfRange => S("SPBEBOT__TELEGRAM__MESSAGESPERMINUTEPERGROUP (0–1000) harus positif dan MAXSENDSINFLIGHT harus 1–256.",
            "SPBEBOT__TELEGRAM__MESSAGESPERMINUTEPERGROUP (0–1000) must be positive and MAXSENDSINFLIGHT must be 1–256."),
        TelegramSettingProblem.UnknownMode => S($"SPBEBOT__TELEGRAM__MODE harus polling atau webhook, bukan \"{mode}\".",
            $"SPBEBOT__TELEGRAM__MODE must be polling or webhook, not \"{mode}\"."),
        TelegramSettingProblem.WebhookUrlMissing => S("Mode webhook memerlukan SPBEBOT__TELEGRAM__WEBHOOKURL (alamat HTTPS publik).",
            "The webhook mode needs SPBEBOT__TELEGRAM__WEBHOOKURL (a public HTTPS address)."),
        _ => S("Mode webhook memerlukan SPBEBOT__TELEGRAM__WEBHOOKSECRET (1–256 karakter A–Z a–z 0–9 _ -).",
            "The webhook mode needs SPBEBOT__TELEGRAM__WEBHOOKSECRET (1–256 characters A–Z a–z 0–9 _ -)."),
    };
}
