using SpbeBot.Dialogs.Common;

namespace SpbeBot.Host.Cli;

/// <summary>
/// Shows a neutral reply of `spbebot ask` in a terminal: its text, then its buttons (which nobody can press on a command
/// line) as the follow-up commands that ask the same, e.g. <c>→ ./spbebot ask "level 3 indikator 32"</c>.
/// </summary>
static class ChatRendering
{
    public static string Render(Reply reply, TerminalTexts texts, string? framework = null)
    {
        var parts = new List<string> { reply.Text };
        var option = framework is null ? "" : $"--framework {framework} ";
        var followUps = reply.Buttons.Where(b => !b.Payload.StartsWith('/')).Select(b => $"→ ./spbebot ask {option}\"{b.Payload.Replace("\"", "'")}\"   # {b.Label}").ToList();
        if (followUps.Count > 0) parts.Add(texts.FollowUps + "\n" + string.Join("\n", followUps));
        foreach (var more in reply.More) parts.Add("────────\n" + more);
        return string.Join("\n\n", parts);
    }
}
