namespace SpbeBot.Dialogs.Common;

/// <summary>
/// A channel-neutral reply: text, buttons and follow-up parts. Each adapter renders it natively
/// (Telegram inline keyboard, Teams Adaptive Card, terminal numbered choices).
/// </summary>
/// <param name="Text">The first message; always within <see cref="MaxMessageLength"/>.</param>
/// <param name="Buttons">Choices; pressing one sends its <see cref="ReplyButton.Payload"/> back as if typed.</param>
/// <param name="More">Further parts, sent on request ("Selengkapnya") or right after, each within the limit.</param>
public sealed record Reply(string Text, IReadOnlyList<ReplyButton> Buttons, IReadOnlyList<string> More)
{
    /// <summary>A file sent after the text (a stored evidence file, a chart, a spreadsheet); null for none.</summary>
    public ReplyFile? File { get; init; }

    /// <summary>Telegram's limit for one message; the smallest of the supported channels.</summary>
    public const int MaxMessageLength = 4096;

    /// <summary>
    /// The limit for a text written whole by a person or the bot (a broadcast, a reminder, a digest): kept a little
    /// under <see cref="MaxMessageLength"/>, so it always goes out as one message, ellipsis or emoji included.
    /// </summary>
    public const int MaxComposedLength = 4000;

    public static Reply Plain(string text) => new(text, [], []);
}

/// <param name="Label">What the button shows.</param>
/// <param name="Payload">What pressing it sends back into the dialogs (a question or a command).</param>
public sealed record ReplyButton(string Label, string Payload);

/// <summary>A file to send with a reply. The adapter opens <paramref name="Path"/> when it sends.</summary>
/// <param name="Path">Where the bytes are on local disk.</param>
/// <param name="FileName">The name the recipient sees.</param>
/// <param name="IsImage">Shown inline as a photo where the channel can (a chart), otherwise sent as a document.</param>
public sealed record ReplyFile(string Path, string FileName, string ContentType, bool IsImage = false);
