using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Cli;

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
}
