using SpbeBot.Core.Messaging;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Host.Channels.Terminal;

/// <summary>
/// The terminal channel: the same dialogs as Telegram, with buttons shown as lettered choices (a, b, c …), so a typed
/// number stays what the dialog asked for (an indicator, a level) and never presses a button by accident. Typing a
/// choice's letter presses that button; "/unggah &lt;path&gt; [keterangan]" sends a file; a file in a reply is copied
/// under its original name into a folder the terminal prints. Messages addressed to the person (decisions on uploads,
/// reminders) are shown before each prompt. "keluar" or the end of input ends the chat.
/// </summary>
/// <param name="languageNow">The person's language as stored now, read after each turn: "/bahasa en" changes the
/// terminal's own prompts too (null: <paramref name="language"/> for the whole chat).</param>
sealed class TerminalChat(IConversationHandler handler, TextReader input, TextWriter output, string userId, string displayName,
    Outbox? outbox = null, long? personId = null, SpbeBot.Core.Evidence.EvidenceFileStore? files = null, string? language = null,
    Func<CancellationToken, Task<string?>>? languageNow = null)
{
    const string Channel = "terminal";
    static readonly string[] UploadCommands = ["/unggah", "/upload", "/kirim"];
    TerminalTexts _texts = TerminalTexts.For(language);
    IReadOnlyList<ReplyButton> _choices = [];

    /// <summary>Where files shown in the chat are copied with their original names (one folder per chat session).</summary>
    public string FileFolder { get; } = Path.Combine(Path.GetTempPath(), "spbebot-berkas", Guid.NewGuid().ToString("N")[..8]);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await ShowInboxAsync(cancellationToken);
            output.Write("\n" + _texts.Prompt);
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
                replies = [Reply.Plain(_texts.SomethingWentWrong)];
            }
            if (languageNow is not null) _texts = TerminalTexts.For(await languageNow(cancellationToken));
            foreach (var reply in replies) Show(reply);
        }
        output.WriteLine("\n" + _texts.Goodbye);
    }

    IncomingMessage? ToMessage(string line)
    {
        if (ChoiceIndex(line) is { } choice && choice < _choices.Count)
            return new IncomingMessage(Channel, userId, userId, displayName, IncomingKind.Button, _choices[choice].Payload);
        var head = line.Split(' ', 2)[0].ToLowerInvariant();
        if (UploadCommands.Contains(head)) return FileMessage(line[head.Length..].Trim());
        var kind = line.StartsWith('/') ? IncomingKind.Command : IncomingKind.Text;
        return new IncomingMessage(Channel, userId, userId, displayName, kind, line);
    }

    /// <summary>"a" → 0, "b" → 1 … (a single letter, optionally followed by ")"); null for anything else.</summary>
    static int? ChoiceIndex(string line)
    {
        line = line.TrimEnd(')');
        return line.Length == 1 && char.ToLowerInvariant(line[0]) is var c and >= 'a' and <= 'z' ? c - 'a' : null;
    }

    static string Letter(int index) => ((char)('a' + index)).ToString();

    /// <summary>
    /// "/unggah "C:\dok\sk tim.pdf" bukti 19 L3", "/unggah /tmp/sk.pdf bukti 19 L3", or an unquoted path with spaces
    /// ("/unggah /home/budi/sk tim.pdf bukti 19 L3"): the longest run of leading words that names an existing file is
    /// the path, the rest the caption.
    /// </summary>
    internal static (string Path, string Caption) SplitPath(string rest)
    {
        rest = rest.Trim();
        if (rest.Length > 0 && rest[0] is '"' or '\'' && rest.IndexOf(rest[0], 1) is var close and > 0)
            return (rest[1..close], rest[(close + 1)..].Trim());
        var words = rest.Split(' ');
        for (var n = words.Length; n >= 1; n--)
        {
            var candidate = string.Join(' ', words[..n]);
            if (File.Exists(candidate)) return (candidate, string.Join(' ', words[n..]).Trim());
        }
        return words.Length > 1 ? (words[0], string.Join(' ', words[1..]).Trim()) : (rest, "");
    }

    IncomingMessage? FileMessage(string rest)
    {
        var (path, caption) = SplitPath(rest);
        if (path.Length == 0 || !File.Exists(path))
        {
            // The whole line, not just its first word: the path may have had spaces.
            output.WriteLine(path.Length == 0 ? "\n" + _texts.UploadUsage : "\n" + _texts.FileNotFound(rest.Trim()));
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
            if (message.FileSha256 is { } sha && files is not null) ShowFile(files.PathOf(sha), message.FileName ?? sha[..12]);
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
        if (reply.File is { } file) ShowFile(file.Path, file.FileName);
        _choices = reply.Buttons.Take(26).ToList();
        if (_choices.Count == 0) return;
        output.WriteLine();
        for (var i = 0; i < _choices.Count; i++) output.WriteLine($"  {Letter(i)}) {_choices[i].Label}");
        output.WriteLine("  " + _texts.ChooseByLetter);
    }

    /// <summary>
    /// A file in the chat: the store keeps it under its fingerprint with no extension, which nothing opens. Copy it under
    /// its original name (made safe) into this session's folder and print that path.
    /// </summary>
    void ShowFile(string stored, string name)
    {
        if (!File.Exists(stored))
        {
            output.WriteLine(_texts.FileMissing(name));
            return;
        }
        var safe = string.Concat(Path.GetFileName(name).Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));
        if (safe.Length == 0 || safe is "." or "..") safe = "berkas";
        Directory.CreateDirectory(FileFolder);
        var copy = Path.Combine(FileFolder, safe);
        File.Copy(stored, copy, overwrite: true);
        output.WriteLine(_texts.FileCopy(name, copy));
    }
}
