namespace SpbeBot.Dialogs.Common;

/// <summary>What a user sent, independent of the chat platform.</summary>
public enum IncomingKind
{
    /// <summary>Free text.</summary>
    Text,
    /// <summary>A slash command; <see cref="IncomingMessage.Text"/> holds it with its arguments ("/start abc123").</summary>
    Command,
    /// <summary>A button press; <see cref="IncomingMessage.Text"/> holds the button's payload.</summary>
    Button,
    /// <summary>A document or photo; see <see cref="IncomingMessage.File"/>; Text holds the caption.</summary>
    File,
}

/// <param name="Channel">"telegram", "teams", "terminal".</param>
/// <param name="ChatId">The conversation to reply into (platform id as text).</param>
/// <param name="UserId">The sender's platform id, the key of the person's chat identity.</param>
/// <param name="LanguageCode">The platform's language hint ("id", "en"), if any.</param>
public sealed record IncomingMessage(
    string Channel,
    string ChatId,
    string UserId,
    string? UserDisplayName,
    IncomingKind Kind,
    string Text,
    IncomingFile? File = null,
    string? LanguageCode = null);

/// <summary>A file the user sent.</summary>
/// <param name="FileId">The platform's id of the file (Telegram file_id, a path for the terminal).</param>
/// <param name="Size">The size the platform announces, if any; checked again while downloading.</param>
/// <param name="GroupId">Files sent together (a Telegram album) share it; the caption comes with the first only.</param>
public sealed record IncomingFile(string FileId, string? FileName, string? MimeType, long? Size, string? GroupId = null)
{
    /// <summary>
    /// Copies the file's bytes into the destination; set by the channel adapter. The destination refuses to grow past
    /// the size limit, so a lying or missing <see cref="Size"/> cannot fill the disk.
    /// </summary>
    public Func<Stream, CancellationToken, Task>? CopyToAsync { get; init; }
}

/// <summary>The conversation core as channel adapters see it: one message in, replies out.</summary>
public interface IConversationHandler
{
    Task<IReadOnlyList<Reply>> HandleAsync(IncomingMessage message, CancellationToken cancellationToken);
}
