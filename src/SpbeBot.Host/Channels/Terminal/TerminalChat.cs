using SpbeBot.Core.Messaging;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Host.Channels.Terminal;

/// <summary>
/// The terminal channel: the same dialogs as Telegram, with buttons shown as numbered choices.
/// Typing a choice's number presses that button; "/unggah &lt;path&gt; [keterangan]" sends a file; files in replies are
/// shown by their path. Messages addressed to the person (decisions on uploads, reminders) are shown before each
/// prompt. An empty line or "keluar" ends the chat.
/// </summary>
sealed class TerminalChat(IConversationHandler handler, TextReader input, TextWriter output, string userId, string displayName,
    Outbox? outbox = null, long? personId = null, SpbeBot.Core.Evidence.EvidenceFileStore? files = null)
{
    const string Channel = "terminal";
    static readonly string[] UploadCommands = ["/unggah", "/upload", "/kirim"];
    IReadOnlyList<ReplyButton> _choices = [];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await ShowInboxAsync(cancellationToken);
            output.Write("\n" + ChatTexts.TerminalPrompt);
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null) break;                       // end of input (Ctrl+D)
            line = line.Trim();
            if (line is "keluar" or "exit" or "quit" or "/keluar") break;
            if (line.Length == 0) continue;

            var message = ToMessage(line);
            if (message is null) continue;
            IReadOnlyList<Reply> replies;
            try
            {
                replies = await handler.HandleAsync(message, cancellationToken);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Never show exception text to a user; the log has the details.
                replies = [Reply.Plain(ChatTexts.SomethingWentWrong)];
            }
            foreach (var reply in replies) Show(reply);
        }
        output.WriteLine("\n" + ChatTexts.TerminalGoodbye);
    }

    IncomingMessage? ToMessage(string line)
    {
        if (int.TryParse(line, out var choice) && choice >= 1 && choice <= _choices.Count)
            return new IncomingMessage(Channel, userId, userId, displayName, IncomingKind.Button, _choices[choice - 1].Payload);
        var head = line.Split(' ', 2)[0].ToLowerInvariant();
        if (UploadCommands.Contains(head)) return FileMessage(line[head.Length..].Trim());
        var kind = line.StartsWith('/') ? IncomingKind.Command : IncomingKind.Text;
        return new IncomingMessage(Channel, userId, userId, displayName, kind, line);
    }

    /// <summary>"/unggah "C:\dok\sk tim.pdf" bukti 19 L3" or "/unggah /tmp/sk.pdf bukti 19 L3": the path, then the caption.</summary>
    IncomingMessage? FileMessage(string rest)
    {
        string path, caption;
        if (rest.StartsWith('"') && rest.IndexOf('"', 1) is var close and > 0)
            (path, caption) = (rest[1..close], rest[(close + 1)..].Trim());
        else
            (path, caption) = rest.Split(' ', 2) is [var p, var c] ? (p, c.Trim()) : (rest, "");
        if (path.Length == 0 || !File.Exists(path))
        {
            output.WriteLine(path.Length == 0
                ? "\n" + ChatTexts.TerminalUploadUsage
                : "\n" + ChatTexts.TerminalFileNotFound(path));
            return null;
        }
        var full = Path.GetFullPath(path);
        var file = new IncomingFile(full, Path.GetFileName(full), null, new FileInfo(full).Length)
        {
            CopyToAsync = async (destination, ct) =>
            {
                await using var source = File.OpenRead(full);
                await source.CopyToAsync(destination, ct);
            },
        };
        return new IncomingMessage(Channel, userId, userId, displayName, IncomingKind.File, caption, file);
    }

    /// <summary>What others sent this person since the last prompt (the terminal has no push, so it looks each turn).</summary>
    async Task ShowInboxAsync(CancellationToken ct)
    {
        if (outbox is null || personId is null) return;
        await outbox.DeliverAsync(Channel, (message, _) =>
        {
            output.WriteLine();
            output.WriteLine("📬 " + message.Text);
            if (message.FileSha256 is { } sha && files is not null) output.WriteLine($"📎 {message.FileName}: {files.PathOf(sha)}");
            return Task.FromResult(DeliveryOutcome.Sent);
        }, personId, ct: ct);
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
        if (reply.File is { } file) output.WriteLine($"📎 {file.FileName}: {file.Path}");
        _choices = reply.Buttons;
        if (_choices.Count == 0) return;
        output.WriteLine();
        for (var i = 0; i < _choices.Count; i++) output.WriteLine($"  {i + 1}) {_choices[i].Label}");
        output.WriteLine("  " + ChatTexts.TerminalChooseByNumber);
    }
}
