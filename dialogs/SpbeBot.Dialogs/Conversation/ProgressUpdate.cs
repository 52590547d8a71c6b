using SpbeBot.Core.Plans;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Conversation;

/// <summary>
/// "Perbarui progres": choose a status (buttons), then type a note. The "waiting for the note" step is stored in the
/// database, so the note typed after a restart of the bot still lands on the right item.
/// </summary>
static class ProgressUpdate
{
    const string StepPrefix = "progress-note:";

    public static bool Owns(string step) => step.StartsWith(StepPrefix, StringComparison.Ordinal);

    /// <summary>"/perbarui &lt;id&gt;": the status buttons.</summary>
    public static async Task<IReadOnlyList<Reply>> StartAsync(Turn turn)
    {
        var (item, refusal) = await FindUpdatableAsync(turn);
        if (refusal is not null) return refusal;
        var buttons = Enum.GetValues<PlanStatus>()
            .Select(s => new ReplyButton(turn.T.StatusName(s), $"/status {item!.Id} {DbEnum.ToText(s)}")).ToArray();
        return Turn.One(turn.T.ChooseStatus, buttons);
    }

    /// <summary>"/status &lt;id&gt; &lt;status&gt;": remember the choice and ask for the note.</summary>
    public static async Task<IReadOnlyList<Reply>> ChooseStatusAsync(Turn turn)
    {
        var (item, refusal) = await FindUpdatableAsync(turn);
        if (refusal is not null) return refusal;
        var args = turn.ArgList;
        if (args.Length < 2 || DbEnum.Parse<PlanStatus>(args[1]) is not { } status) return Turn.One(turn.T.NotFound);
        await turn.S.State.SetAsync(turn.Message.Channel, turn.Message.ChatId, $"{StepPrefix}{item!.Id}:{DbEnum.ToText(status)}", turn.Ct);
        return Turn.One(turn.T.TypeNote(status));
    }

    /// <summary>The note (or none, for "/lewati") arrives: check access again — the role may have changed since — and save.</summary>
    public static async Task<IReadOnlyList<Reply>> FinishAsync(Turn turn, string step, string? note)
    {
        await turn.S.State.ClearAsync(turn.Message.Channel, turn.Message.ChatId, turn.Ct);
        var parts = step[StepPrefix.Length..].Split(':');
        if (parts.Length != 2 || !long.TryParse(parts[0], out var id) || DbEnum.Parse<PlanStatus>(parts[1]) is not { } status)
            return Turn.One(turn.T.NotFound);
        var item = await turn.S.Plans.GetAsync(id, turn.Ct);
        if (item is null) return Turn.One(turn.T.NotFound);
        if (!MyActions.CanUpdate(turn.Person, item)) return Turn.One(turn.T.NotAllowed);
        var saved = await turn.S.Plans.UpdateProgressAsync(id, status, note, turn.Actor, turn.Ct);
        return saved is null ? Turn.One(turn.T.NotFound)
            : Turn.One(turn.T.ProgressSaved(saved), new ReplyButton(turn.T.MenuMyActions, "/aksi"), new ReplyButton(turn.T.Back, $"/item {id}"));
    }

    static async Task<(PlanItem? Item, IReadOnlyList<Reply>? Refusal)> FindUpdatableAsync(Turn turn)
    {
        var (item, refusal) = await MyActions.FindVisibleAsync(turn);
        if (refusal is not null) return (null, refusal);
        return MyActions.CanUpdate(turn.Person, item!) ? (item, null) : (null, Turn.One(turn.T.NotAllowed));
    }
}
