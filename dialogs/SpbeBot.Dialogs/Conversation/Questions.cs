using SpbeBot.Core.Plans;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Dialogs.Conversation;

/// <summary>Criteria questions, tied to the asker's own plan: the OPD's item for the indicator asked about.</summary>
static class Questions
{
    public static async Task<IReadOnlyList<Reply>> AskAsync(Turn turn, string question, PendingParts pending, string chatKey)
    {
        if (string.IsNullOrWhiteSpace(question)) return Turn.One(turn.T.AskPrompt);
        var answer = CriteriaAnswerer.Answer(question, turn.Framework, turn.Person.Language == "en" ? Language.En : null);
        var reply = answer.Reply;
        pending.Set(chatKey, reply.More);
        reply = reply with { More = [] };
        if (answer.Indicator is not { } indicator || turn.Person.OpdName is null) return [reply];

        var items = await turn.S.Plans.ListAsync(new PlanFilter
        {
            Opd = turn.Person.OpdName, Framework = turn.Framework, Year = turn.Year, Indicator = indicator,
        }, turn.Ct);
        if (items.Count == 0) return [reply];
        var line = turn.T.PlanLine(items[0]);
        // One line appended where it fits; otherwise its own short message, so the answer is never cut.
        return reply.Text.Length + line.Length + 2 <= Reply.MaxMessageLength
            ? [reply with { Text = reply.Text + "\n\n" + line }]
            : [reply, Reply.Plain(line)];
    }
}
