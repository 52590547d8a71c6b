using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Cli;

/// <summary>
/// `spbebot chat`'s `--help` (and the bare `spbebot`'s), in the machine's language (<see cref="MachineLocale"/>); what
/// the chat says once it plays a person is <see cref="TerminalTexts"/>', in that person's language.
/// </summary>
public sealed class ChatCommandTexts : BilingualTexts
{
    public static readonly ChatCommandTexts Id = new(english: false);
    public static readonly ChatCommandTexts En = new(english: true);

    /// <summary>The machine's (<see cref="MachineLocale"/>).</summary>
    public static ChatCommandTexts Machine => MachineLocale.English ? En : Id;

    ChatCommandTexts(bool english) : base(english)
    {
    }

    public string Command => S("Mengobrol dengan SpbeBot di terminal", "Chat with SpbeBot in the terminal");
    public string As => S("Nama orang (data demo) yang diperankan", "Name of the person (demo data) to act as");
}
