using SpbeBot.Dialogs.Common;

namespace SpbeBot.Host.Cli;

/// <summary>Shows a neutral reply in a terminal the way a chat user would see it: text, buttons, further parts.</summary>
static class ChatRendering
{
    public static string Render(Reply reply)
    {
        var parts = new List<string> { reply.Text };
        if (reply.Buttons.Count > 0) parts.Add(string.Join("  ", reply.Buttons.Select(b => $"[{b.Label}]")));
        foreach (var more in reply.More) parts.Add("────────\n" + more);
        return string.Join("\n\n", parts);
    }
}
