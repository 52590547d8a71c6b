using SpbeBot.Core.Audit;
using SpbeBot.Core.People;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Evidence;

namespace SpbeBot.Dialogs.Conversation;

/// <summary>One incoming message from a known person, with what every dialog needs to answer it.</summary>
/// <param name="Command">"/aksi" for "/aksi 12" (lower case); null for free text and question buttons.</param>
/// <param name="Args">What follows the command, or the whole text when there is no command.</param>
/// <param name="Zone">The instansi's IANA time zone, for showing times.</param>
/// <param name="Framework">The instansi's framework and evaluation year (demo-free defaults when it is not set up).</param>
sealed record Turn(
    IncomingMessage Message,
    Person Person,
    ConversationTexts T,
    string? Command,
    string Args,
    string Framework,
    int Year,
    DateOnly Today,
    string Zone,
    ConversationServices S,
    CancellationToken Ct)
{
    public Actor Actor => new(Person.Name, Person.Id);

    /// <summary>The evidence texts in the person's language.</summary>
    public EvidenceTexts E => EvidenceTexts.For(Person.Language);

    /// <summary>Coordinators and admins manage every OPD; the others see only their own.</summary>
    public bool IsCoordinator => Person.Role is PersonRole.Coordinator or PersonRole.Admin;

    /// <summary>The arguments split on spaces; button payloads are built by the dialogs but arrive untrusted.</summary>
    public string[] ArgList => Args.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static IReadOnlyList<Reply> One(string text, params ReplyButton[] buttons) => [new Reply(text, buttons, [])];
}
