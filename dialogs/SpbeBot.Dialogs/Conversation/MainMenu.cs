using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Conversation;

/// <summary>The menu by role, the greeting and help.</summary>
static class MainMenu
{
    public static IReadOnlyList<ReplyButton> Buttons(Turn turn)
    {
        var t = turn.Texts;
        var buttons = new List<ReplyButton>
        {
            new(t.MenuAsk, "/tanya"), new(t.MenuMyActions, "/aksi"), new(t.MenuSettings, "/pengaturan"), new(t.MenuHelp, "/bantuan"),
        };
        if (turn.IsCoordinator)
            buttons.AddRange([new(t.MenuAllOpds, "/semuaopd"), new(t.MenuOverdue, "/lewat"), new(t.MenuVerify, "/verifikasi"), new(t.MenuBroadcast, "/siaran"), new(t.MenuInvite, "/undangan")]);
        return buttons;
    }

    public static IReadOnlyList<Reply> Greet(Turn turn) => [new Reply(turn.Texts.Greeting(turn.Person), Buttons(turn), [])];

    public static IReadOnlyList<Reply> Show(Turn turn) => [new Reply(turn.Texts.Menu, Buttons(turn), [])];

    public static IReadOnlyList<Reply> Help(Turn turn) => [new Reply(turn.Texts.Help(turn.Person.Role, turn.IsTerminal), Buttons(turn), [])];
}
