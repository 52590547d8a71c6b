using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Conversation.Steps;

/// <summary>
/// Where a chat is in an unfinished dialog (waiting for a typed note, a filing question …), kept between messages in
/// conversation_state.step so it survives restarts. Each dialog declares its own step records; see <see cref="StepDialogs"/>.
/// </summary>
abstract record DialogStep;

/// <summary>A dialog that stores steps and continues them when the next message arrives.</summary>
interface IStepDialog
{
    /// <summary>
    /// The step records this dialog owns, by the kind name written to the database. Never rename a kind: steps stored
    /// under the old name would no longer be understood.
    /// </summary>
    IReadOnlyDictionary<string, Type> StepKinds { get; }

    /// <summary>The replies when the message continues <paramref name="step"/>; null when it is about something else.</summary>
    Task<IReadOnlyList<Reply>>? ContinueAsync(Turn turn, DialogStep step);

    /// <summary>What to tell the person when they move on and the step is dropped (null: nothing).</summary>
    string? LeftBehindNote(Turn turn, DialogStep step) => null;
}
