namespace SpbeBot.Dialogs.Common;

/// <summary>
/// The language of what a command prints on the machine's terminal, before (or without) a person whose setting decides:
/// the first of LC_ALL, LC_MESSAGES, LANG that is set, as the C library reads them; English if it starts with "en"
/// ("en_GB.UTF-8"), otherwise Bahasa Indonesia ("id_ID", "C.UTF-8", none). One rule for every command's texts.
/// </summary>
public static class MachineLocale
{
    /// <summary>Whether a locale name as in LC_ALL/LC_MESSAGES/LANG means English.</summary>
    public static bool IsEnglish(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the machine's locale is English.</summary>
    public static bool English => IsEnglish(new[] { "LC_ALL", "LC_MESSAGES", "LANG" }
        .Select(Environment.GetEnvironmentVariable).FirstOrDefault(value => !string.IsNullOrEmpty(value)));
}
