using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Dialogs.Plans;

namespace SpbeBot.Dialogs.Reminders;

/// <summary>"/tunda &lt;id&gt;": remind me of this item again tomorrow. Only for items the person may see.</summary>
static class Snooze
{
    public static async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn)
    {
        var (item, refusal) = await MyActions.FindVisibleAsync(turn);
        if (refusal is not null) return refusal;
        var tomorrow = turn.Today.AddDays(1);
        await turn.Services.Reminders.SnoozeAsync(item!.Id, turn.Person.Id, tomorrow, turn.Ct);
        return Turn.One(turn.Texts.Snoozed(item.Indicator));
    }
}
