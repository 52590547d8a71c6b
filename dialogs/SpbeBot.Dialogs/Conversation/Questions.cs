using SpbeBot.Core.Plans;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Criteria;
using SpbeBot.Dialogs.Evidence;

namespace SpbeBot.Dialogs.Conversation;

/// <summary>
/// Criteria questions, tied to the asker's own work: the OPD's plan item for the indicator asked about, and for a
/// level question where the instansi's evidence for that level stands.
/// </summary>
static class Questions
{
    public static async Task<IReadOnlyList<Reply>> AskAsync(Turn turn, string question, PendingParts pending, string chatKey)
    {
        if (string.IsNullOrWhiteSpace(question)) return Turn.One(turn.Texts.AskPrompt);
        var answer = CriteriaAnswerer.Answer(question, turn.Framework, turn.Person.Language == "en" ? Language.En : null);
        var reply = answer.Reply;
        pending.Set(chatKey, reply.More);
        reply = reply with { More = [] };
        if (answer.Indicator is not { } indicator) return [reply];

        var lines = new List<string>();
        if (answer.Level is { } level)
        {
            lines.Add(turn.EvidenceTexts.ChecklistHeader(indicator, "").TrimEnd(' ', '—') + ": " + await EvidenceView.SummaryAsync(turn, indicator, level));
            reply = reply with { Buttons = [.. reply.Buttons, new ReplyButton(turn.EvidenceTexts.ChecklistButton, $"/bukti {indicator} {level}")] };
        }
        if (turn.Person.OpdName is not null)
        {
            var items = await turn.Services.Plans.ListAsync(new PlanFilter
            {
                Opd = turn.Person.OpdName, Framework = turn.Framework, Year = turn.Year, Indicator = indicator,
            }, turn.Ct);
            if (items.Count > 0) lines.Add(turn.Texts.PlanLine(items[0]));
        }
        if (lines.Count == 0) return [reply];
        var extra = string.Join("\n", lines);
        // Appended where it fits; otherwise its own short message, so the answer is never cut.
        return reply.Text.Length + extra.Length + 2 <= Reply.MaxMessageLength
            ? [reply with { Text = reply.Text + "\n\n" + extra }]
            : [reply, Reply.Plain(extra)];
    }
}
