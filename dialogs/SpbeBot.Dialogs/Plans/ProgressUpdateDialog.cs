using SpbeBot.Core.Evidence;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Dialogs.Conversation.Steps;

namespace SpbeBot.Dialogs.Plans;

/// <summary>Waiting for the note on a plan item's new status.</summary>
sealed record ProgressNoteStep(long PlanItemId, PlanStatus Status) : DialogStep
{
    /// <summary>Operators and coordinators update progress (the item itself is checked again when the note arrives).</summary>
    public override bool Permits(Person person) => person.Role is not PersonRole.TimKoordinasi && (IsCoordinator(person) || person.OpdId is not null);
}

/// <summary>
/// "Perbarui progres": choose a status (buttons), then type a note. The "waiting for the note" step is stored in the
/// database, so the note typed after a restart of the bot still lands on the right item.
/// </summary>
sealed class ProgressUpdateDialog : IStepDialog
{
    public IReadOnlyDictionary<string, Type> StepKinds { get; } = new Dictionary<string, Type> { ["progress-note"] = typeof(ProgressNoteStep) };

    /// <summary>The typed note, or "/lewati" for none.</summary>
    public Task<IReadOnlyList<Reply>>? ContinueAsync(Turn turn, DialogStep step) => step switch
    {
        ProgressNoteStep note when turn.IsTypedAnswer => FinishAsync(turn, note, turn.Message.Text),
        ProgressNoteStep note when turn.Command == "/lewati" => FinishAsync(turn, note, null),
        _ => null,
    };

    /// <summary>"/perbarui &lt;id&gt;": the status buttons.</summary>
    public static async Task<IReadOnlyList<Reply>> StartAsync(Turn turn)
    {
        var (item, refusal) = await FindUpdatableAsync(turn);
        if (refusal is not null) return refusal;
        var buttons = Enum.GetValues<PlanStatus>()
            .Select(s => new ReplyButton(turn.Texts.StatusName(s), $"/status {item!.Id} {DbEnum.ToText(s)}")).ToArray();
        return Turn.One(turn.Texts.ChooseStatus, buttons);
    }

    /// <summary>"/status &lt;id&gt; &lt;status&gt;": remember the choice and ask for the note.</summary>
    public static async Task<IReadOnlyList<Reply>> ChooseStatusAsync(Turn turn)
    {
        var (item, refusal) = await FindUpdatableAsync(turn);
        if (refusal is not null) return refusal;
        var args = turn.ArgList;
        if (args.Length < 2 || DbEnum.Parse<PlanStatus>(args[1]) is not { } status) return Turn.One(turn.Texts.NotFound);
        await turn.SetStepAsync(new ProgressNoteStep(item!.Id, status));
        return Turn.One(turn.Texts.TypeNote(status));
    }

    /// <summary>The note (or none, for "/lewati") arrives: check access again — the role may have changed since — and save.</summary>
    static async Task<IReadOnlyList<Reply>> FinishAsync(Turn turn, ProgressNoteStep step, string? note)
    {
        await turn.ClearStepAsync();
        var (id, status) = (step.PlanItemId, step.Status);
        var item = await turn.Services.Plans.GetAsync(id, turn.Ct);
        if (item is null) return Turn.One(turn.Texts.NotFound);
        if (!MyActions.CanUpdate(turn.Person, item)) return Turn.One(turn.Texts.NotAllowed);
        var saved = await turn.Services.Plans.UpdateProgressAsync(id, status, note, turn.Actor, turn.Ct);
        if (saved is null) return Turn.One(turn.Texts.NotFound);
        var text = turn.Texts.ProgressSaved(saved);
        // "Done" with no approved evidence at the target level is a claim nobody has checked: say so, and how it counts.
        if (saved.Status == PlanStatus.Done && saved.TargetLevel is { } level)
        {
            var approved = await turn.Services.Evidence.ListAsync(new EvidenceFilter
            {
                Framework = turn.Framework, Year = saved.Year, Indicator = saved.Indicator, Level = level, Status = EvidenceStatus.Approved,
            }, turn.Ct);
            if (approved.Count == 0) text += "\n\n" + turn.Texts.DoneWithoutApprovedEvidence(saved.Indicator, level);
        }
        return Turn.One(text, new ReplyButton(turn.Texts.MenuMyActions, "/aksi"), new ReplyButton(turn.Texts.Back, $"/item {id}"));
    }

    static async Task<(PlanItem? Item, IReadOnlyList<Reply>? Refusal)> FindUpdatableAsync(Turn turn)
    {
        var (item, refusal) = await MyActions.FindVisibleAsync(turn);
        if (refusal is not null) return (null, refusal);
        return MyActions.CanUpdate(turn.Person, item!) ? (item, null) : (null, Turn.One(turn.Texts.NotAllowed));
    }
}
