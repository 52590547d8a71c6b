using SpbeBot.Core.People;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Conversation;

/// <summary>"/berhenti": unlinks this chat account from the person after a confirmation button; the person stays.</summary>
static class Leaving
{
    public static async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn)
    {
        if (turn.Args.Trim().ToLowerInvariant() != "ya") return Turn.One(turn.Texts.ConfirmLeave, new ReplyButton(turn.Texts.YesLeave, "/berhenti ya"));
        await turn.Services.People.UnlinkChatAsync(new ChatIdentity(turn.Message.Channel, turn.Message.UserId), turn.Actor, turn.Ct);
        await turn.ClearStepAsync();
        return Turn.One(turn.Texts.Left);
    }
}
