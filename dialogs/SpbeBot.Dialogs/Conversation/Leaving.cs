using SpbeBot.Core.People;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Conversation;

/// <summary>"/berhenti": unlinks this chat account from the person after a confirmation button; the person stays.</summary>
static class Leaving
{
    public static async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn)
    {
        if (turn.Args.Trim().ToLowerInvariant() != "ya") return Turn.One(turn.T.ConfirmLeave, new ReplyButton(turn.T.YesLeave, "/berhenti ya"));
        await turn.S.People.UnlinkChatAsync(new ChatIdentity(turn.Message.Channel, turn.Message.UserId), turn.Actor, turn.Ct);
        await turn.S.State.ClearAsync(turn.Message.Channel, turn.Message.ChatId, turn.Ct);
        return Turn.One(turn.T.Left);
    }
}
