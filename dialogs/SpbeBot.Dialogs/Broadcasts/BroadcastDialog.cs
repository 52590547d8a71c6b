using SpbeBot.Core.Broadcasts;
using SpbeBot.Core.People;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Dialogs.Conversation.Steps;

namespace SpbeBot.Dialogs.Broadcasts;

/// <summary>Waiting for the coordinator to type the broadcast message.</summary>
sealed record BroadcastTypingStep : DialogStep
{
    /// <summary>Only coordinators broadcast.</summary>
    public override bool Permits(Person person) => IsCoordinator(person);
}

/// <summary>The typed message, previewed to <paramref name="AudienceKey"/> and waiting for "/siaran kirim".</summary>
sealed record BroadcastReadyStep(string AudienceKey, string Text) : DialogStep
{
    /// <summary>Only coordinators broadcast.</summary>
    public override bool Permits(Person person) => IsCoordinator(person);
}

/// <summary>
/// "/siaran" (coordinators): type the message, see a preview with the recipient count, choose the audience, confirm.
/// The text waits in the dialog step (so a restart loses nothing); only the confirmation queues the broadcast.
/// </summary>
sealed class BroadcastDialog : IStepDialog
{
    public IReadOnlyDictionary<string, Type> StepKinds { get; } = new Dictionary<string, Type>
    {
        ["broadcast-text"] = typeof(BroadcastTypingStep),
        ["broadcast-ready"] = typeof(BroadcastReadyStep),
    };

    /// <summary>The typed message while typing; "/siaran …" (send, change audience, start over) at either step.</summary>
    public Task<IReadOnlyList<Reply>>? ContinueAsync(Turn turn, DialogStep step) => step switch
    {
        BroadcastTypingStep when turn.IsTypedAnswer => TypedAsync(turn, turn.Message.Text),
        _ when turn.Command == "/siaran" && turn.IsCoordinator => HandleAsync(turn, step as BroadcastReadyStep),
        _ => null,
    };

    /// <summary>"/siaran" starts; "/siaran ke &lt;audience&gt;" re-previews; "/siaran kirim" sends.</summary>
    public static async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, BroadcastReadyStep? ready)
    {
        var args = turn.ArgList;
        if (args is ["kirim", ..] && ready is not null)
        {
            await turn.ClearStepAsync();
            var audience = await Audience.ParseAsync(ready.AudienceKey, turn.Services.Opds, turn.Ct) ?? Audience.All;
            var status = await turn.Services.Broadcasts.CreateAsync(audience, ready.Text, turn.Actor, turn.Today, null, turn.Ct);
            return Turn.One(BroadcastDialogTexts.For(turn.Person.Language).Queued(status));
        }
        if (args is ["ke", var target] && ready is not null)
            return await PreviewAsync(turn, target, ready.Text);
        await turn.SetStepAsync(new BroadcastTypingStep());
        return Turn.One(BroadcastDialogTexts.For(turn.Person.Language).TypeMessage);
    }

    /// <summary>
    /// The message has been typed: preview it to everyone by default. The role is checked again, like the other typed
    /// steps: it may have changed since "/siaran", and in a group chat someone else may be the one typing.
    /// </summary>
    static async Task<IReadOnlyList<Reply>> TypedAsync(Turn turn, string text)
    {
        if (!turn.IsCoordinator)
        {
            await turn.ClearStepAsync();
            return Turn.One(turn.Texts.NotAllowed);
        }
        return text.Trim().Length is 0 or > Reply.MaxComposedLength
            ? Turn.One(BroadcastDialogTexts.For(turn.Person.Language).WrongLength)
            : await PreviewAsync(turn, "all", text.Trim());
    }

    static async Task<IReadOnlyList<Reply>> PreviewAsync(Turn turn, string target, string text)
    {
        var audience = await Audience.ParseAsync(target, turn.Services.Opds, turn.Ct) ?? Audience.All;
        var recipients = await turn.Services.Broadcasts.RecipientsAsync(audience, turn.Today, turn.Ct);
        await turn.SetStepAsync(new BroadcastReadyStep(audience.Key, text));
        var t = BroadcastDialogTexts.For(turn.Person.Language);
        return Turn.One(t.Preview(t.AudienceName(audience), recipients.Count, text),
            new ReplyButton(t.Send(recipients.Count), "/siaran kirim"),
            new ReplyButton(t.Everyone, "/siaran ke all"),
            new ReplyButton(t.OverdueOpds, "/siaran ke overdue"),
            new ReplyButton(t.OperatorsOnly, "/siaran ke role:operator"),
            new ReplyButton(t.Cancel, "/batal"));
    }
}
