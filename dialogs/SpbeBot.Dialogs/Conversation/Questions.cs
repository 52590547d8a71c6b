using SpbeBot.Core.Questions;
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
    public static async Task<IReadOnlyList<Reply>> AskAsync(Turn turn, string question, string chatKey)
    {
        if (string.IsNullOrWhiteSpace(question)) return Turn.One(turn.Texts.AskPrompt);
        // The asker's own data and small talk first (ChatIntents decides, and leaves criteria questions alone).
        if (await ChatIntentsAsync(turn, question) is { } own) return own;
        // The person's language, whatever the question is written in: the answer's buttons and hints are in it too.
        var answer = CriteriaAnswerer.Answer(question, turn.Framework, turn.Person.Language == "en" ? Language.En : Language.Id, turn.Year);
        var reply = answer.Reply;
        // Written when there is more, or to forget an earlier answer's parts: a short answer usually costs no statement.
        if (reply.More.Count > 0 || turn.PartsPending) await turn.Services.State.SetMoreAsync(chatKey, reply.More, turn.Ct);
        reply = reply with { More = [] };
        string? revoked = null;
        // While the instansi is on SPBE, say once per conversation that its regulation is revoked from 2026 — under an
        // answer: a "not found" uses no framework, and would spend the one notice.
        if (answer.Answered && answer.Framework.StartsWith("spbe", StringComparison.Ordinal) && turn.Framework.StartsWith("spbe", StringComparison.Ordinal)
            && await turn.Services.State.FirstTimeAsync(turn.Message.Channel, turn.Message.ChatId, "spbe-revoked", turn.Ct))
        {
            var notice = (turn.Person.Language == "en" ? CriteriaTexts.En : CriteriaTexts.Id).Framework.SpbeRevoked;
            revoked = notice;
        }
        var lines = new List<string>();
        // The asker's evidence and plan lines belong to the instansi's framework: not added to an answer from another one.
        if (answer.Indicator is not { } indicator || answer.Framework != turn.Framework) return revoked is null ? [reply] : Attach(reply, revoked);

        // The instansi's evidence for the level and the OPD's plan item for the indicator: one statement (issue 17.5).
        var (item, evidence) = await turn.Services.Plans.ForQuestionAsync(turn.Person.OpdName, turn.Framework, turn.Year, indicator,
            withEvidence: answer.Level is not null, turn.Ct);
        if (answer.Level is { } level)
        {
            lines.Add(turn.EvidenceTexts.ChecklistHeader(indicator, "").TrimEnd(' ', '—') + ": " + EvidenceView.Summary(turn, indicator, level, evidence));
            reply = reply with { Buttons = [.. reply.Buttons, new ReplyButton(turn.EvidenceTexts.ChecklistButton, $"/bukti {indicator} {level}")] };
        }
        if (item is not null) lines.Add(turn.Texts.PlanLine(item));
        if (revoked is not null) lines.Add(revoked);
        if (lines.Count == 0) return [reply];
        return Attach(reply, string.Join("\n", lines));
    }

    static async Task<IReadOnlyList<Reply>?> ChatIntentsAsync(Turn turn, string question)
    {
        var opds = await turn.Services.Opds.ListAsync(turn.DirectoryVersion, turn.Ct);
        var intent = ChatIntents.Read(question, OwnData.Words(opds), kind: turn.Kind);
        if (intent.IsSmallTalk) return SmallTalk.Answer(turn, intent);
        if (intent.IsOwnData) return await OwnData.AnswerAsync(turn, intent, question, opds);
        return null;
    }

    static IReadOnlyList<Reply> Attach(Reply reply, string extra)
    {
        // Appended where it fits; otherwise its own short message, so the answer is never cut.
        return reply.Text.Length + extra.Length + 2 <= Reply.MaxMessageLength
            ? [reply with { Text = reply.Text + "\n\n" + extra }]
            : [reply, Reply.Plain(extra)];
    }
}
