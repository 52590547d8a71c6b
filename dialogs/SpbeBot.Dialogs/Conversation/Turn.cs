using SpbeBot.Core.Audit;
using SpbeBot.Core.People;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation.Steps;
using SpbeBot.Dialogs.Evidence;

namespace SpbeBot.Dialogs.Conversation;

/// <summary>One incoming message from a known person, with what every dialog needs to answer it.</summary>
/// <param name="Texts">The conversation texts in the person's language.</param>
/// <param name="Command">"/aksi" for "/aksi 12" (lower case); null for free text and question buttons.</param>
/// <param name="Args">What follows the command, or the whole text when there is no command.</param>
/// <param name="Framework">The instansi's framework and evaluation year (demo-free defaults when it is not set up).</param>
/// <param name="Zone">The instansi's IANA time zone, for showing times.</param>
/// <param name="Steps">The step dialogs, to store this chat's step.</param>
sealed record Turn(
    IncomingMessage Message,
    Person Person,
    ConversationTexts Texts,
    string? Command,
    string Args,
    string Framework,
    int Year,
    DateOnly Today,
    string Zone,
    ConversationServices Services,
    StepDialogs Steps,
    CancellationToken Ct)
{
    public Actor Actor => new(Person.Name, Person.Id);

    /// <summary>The directory version read when the turn began (-1: unknown, read afresh); see <c>OpdStore.ListAsync(long, …)</c>.</summary>
    public long DirectoryVersion { get; init; } = -1;

    /// <summary>Parts of an earlier long answer wait for "/lanjut" (read when the turn began, in the same statement).</summary>
    public bool PartsPending { get; init; }

    /// <summary>The instansi's kind (kabupaten, kota …); null when it is not set up.</summary>
    public InstansiKind? Kind { get; init; }

    /// <summary>The evidence texts in the person's language.</summary>
    public EvidenceTexts EvidenceTexts => EvidenceTexts.For(Person.Language);

    /// <summary>Coordinators and admins manage every OPD; the others see only their own.</summary>
    public bool IsCoordinator => Person.Role is PersonRole.Coordinator or PersonRole.Admin;

    /// <summary>The terminal chat (`spbebot chat`): files are sent with /unggah &lt;path&gt;, buttons are lettered choices.</summary>
    public bool IsTerminal => Message.Channel == "terminal";

    /// <summary>Free text (not a command, not a file): the answer a stored step may be waiting for.</summary>
    public bool IsTypedAnswer => Message.Kind == IncomingKind.Text && Command is null;

    /// <summary>The arguments split on spaces; button payloads are built by the dialogs but arrive untrusted.</summary>
    public string[] ArgList => Args.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Remember where this person is in a dialog in this chat (a group chat keeps one step per member); the next message continues it (see <see cref="StepDialogs"/>).</summary>
    public Task SetStepAsync(DialogStep step) => Services.State.SetAsync(Message.Channel, Message.ChatId, Message.UserId, Steps.Encode(step), Ct);

    /// <summary>The person is no longer in the middle of a dialog in this chat.</summary>
    public Task ClearStepAsync() => Services.State.ClearAsync(Message.Channel, Message.ChatId, Message.UserId, Ct);

    public static IReadOnlyList<Reply> One(string text, params ReplyButton[] buttons) => [new Reply(text, buttons, [])];
}
