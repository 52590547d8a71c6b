using SpbeBot.Dialogs.Common;

namespace SpbeBot.Host.Channels.Terminal;

/// <summary>
/// The terminal channel: the same dialogs as Telegram, with buttons shown as numbered choices.
/// Typing a choice's number presses that button; an empty line or "keluar" ends the chat.
/// </summary>
sealed class TerminalChat(IConversationHandler handler, TextReader input, TextWriter output, string userId, string displayName)
{
    const string Channel = "terminal";
    IReadOnlyList<ReplyButton> _choices = [];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            output.Write("\nAnda › ");
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null) break;                       // end of input (Ctrl+D)
            line = line.Trim();
            if (line is "keluar" or "exit" or "quit" or "/keluar") break;
            if (line.Length == 0) continue;

            var message = ToMessage(line);
            IReadOnlyList<Reply> replies;
            try
            {
                replies = await handler.HandleAsync(message, cancellationToken);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Never show exception text to a user; the log has the details.
                replies = [Reply.Plain("Mohon maaf, terjadi kesalahan. Silakan coba lagi. / Sorry, something went wrong. Please try again.")];
            }
            foreach (var reply in replies) Show(reply);
        }
        output.WriteLine("\nSampai jumpa, Bapak/Ibu. / Goodbye.");
    }

    IncomingMessage ToMessage(string line)
    {
        if (int.TryParse(line, out var choice) && choice >= 1 && choice <= _choices.Count)
            return new IncomingMessage(Channel, userId, userId, displayName, IncomingKind.Button, _choices[choice - 1].Payload);
        var kind = line.StartsWith('/') ? IncomingKind.Command : IncomingKind.Text;
        return new IncomingMessage(Channel, userId, userId, displayName, kind, line);
    }

    void Show(Reply reply)
    {
        output.WriteLine();
        output.WriteLine(reply.Text);
        foreach (var more in reply.More)
        {
            output.WriteLine("────────");
            output.WriteLine(more);
        }
        _choices = reply.Buttons;
        if (_choices.Count == 0) return;
        output.WriteLine();
        for (var i = 0; i < _choices.Count; i++) output.WriteLine($"  {i + 1}) {_choices[i].Label}");
        output.WriteLine("  (ketik nomor pilihan / type a choice's number)");
    }
}
