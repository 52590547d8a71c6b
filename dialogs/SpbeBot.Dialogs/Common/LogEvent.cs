namespace SpbeBot.Dialogs.Common;

/// <summary>
/// One event of the server's log, in Bahasa Indonesia and in English; the operator reads the machine's language
/// (<see cref="MachineLocale"/>). Both templates name the same placeholders in the same order, so the values are the same
/// named properties whatever the language (the logger binds them by position).
/// </summary>
public sealed record LogEvent(string Indonesian, string English)
{
    public string Template(bool english) => english ? English : Indonesian;
}
