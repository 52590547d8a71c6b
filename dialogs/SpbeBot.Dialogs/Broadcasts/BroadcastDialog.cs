using SpbeBot.Core.Broadcasts;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;

namespace SpbeBot.Dialogs.Broadcasts;

/// <summary>
/// "/siaran" (coordinators): type the message, see a preview with the recipient count, choose the audience, confirm.
/// The text waits in the dialog step (so a restart loses nothing); only the confirmation queues the broadcast.
/// </summary>
static class BroadcastDialog
{
    const string TypingStep = "broadcast-text";
    const string ReadyStep = "broadcast-ready:";   // + audience key + "|" + text

    public static bool OwnsTyping(string step) => step == TypingStep;

    /// <summary>"/siaran" starts; "/siaran ke &lt;audience&gt;" re-previews; "/siaran kirim" sends.</summary>
    public static async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, string? step)
    {
        var args = turn.ArgList;
        var ready = step is not null && step.StartsWith(ReadyStep, StringComparison.Ordinal) ? step[ReadyStep.Length..].Split('|', 2) : null;
        if (args is ["kirim", ..] && ready is [var key, var text])
        {
            await turn.S.State.ClearAsync(turn.Message.Channel, turn.Message.ChatId, turn.Ct);
            var audience = await Audience.ParseAsync(key, turn.S.Opds, turn.Ct) ?? Audience.All;
            var status = await turn.S.Broadcasts.CreateAsync(audience, text, turn.Actor, turn.Today, null, turn.Ct);
            return Turn.One(BroadcastTexts.Queued(status));
        }
        if (args is ["ke", var target] && ready is [_, var message])
            return await PreviewAsync(turn, target, message);
        await turn.S.State.SetAsync(turn.Message.Channel, turn.Message.ChatId, TypingStep, turn.Ct);
        return Turn.One(turn.Person.Language == "en"
            ? "Type the broadcast message (at most 4000 characters), or /batal."
            : "Silakan ketik isi siaran (maks. 4000 karakter), atau /batal.");
    }

    /// <summary>
    /// The message has been typed: preview it to everyone by default. The role is checked again, like the other typed
    /// steps: it may have changed since "/siaran", and in a group chat someone else may be the one typing.
    /// </summary>
    public static async Task<IReadOnlyList<Reply>> TypedAsync(Turn turn, string text)
    {
        if (!turn.IsCoordinator)
        {
            await turn.S.State.ClearAsync(turn.Message.Channel, turn.Message.ChatId, turn.Ct);
            return Turn.One(turn.T.NotAllowed);
        }
        return text.Trim().Length is 0 or > 4000
            ? Turn.One(turn.Person.Language == "en" ? "The message must be 1–4000 characters." : "Isi siaran harus 1–4000 karakter.")
            : await PreviewAsync(turn, "all", text.Trim());
    }

    static async Task<IReadOnlyList<Reply>> PreviewAsync(Turn turn, string target, string text)
    {
        var audience = await Audience.ParseAsync(target, turn.S.Opds, turn.Ct) ?? Audience.All;
        var recipients = await turn.S.Broadcasts.RecipientsAsync(audience, turn.Today, turn.Ct);
        await turn.S.State.SetAsync(turn.Message.Channel, turn.Message.ChatId, ReadyStep + audience.Key + "|" + text, turn.Ct);
        var en = turn.Person.Language == "en";
        return Turn.One(BroadcastTexts.Preview(AudienceName(audience, en), recipients.Count, text),
            new ReplyButton(en ? $"Send ({recipients.Count})" : $"Kirim ({recipients.Count})", "/siaran kirim"),
            new ReplyButton(en ? "Everyone" : "Semua", "/siaran ke all"),
            new ReplyButton(en ? "OPDs with overdue items" : "OPD yang lewat tenggat", "/siaran ke overdue"),
            new ReplyButton(en ? "Operators only" : "Operator saja", "/siaran ke role:operator"),
            new ReplyButton(en ? "Cancel" : "Batal", "/batal"));
    }

    static string AudienceName(Audience a, bool en) => a.Kind switch
    {
        "overdue" => en ? "operators of OPDs with overdue items" : "operator OPD yang lewat tenggat",
        "role" => a.Key[5..],
        "opd" => "OPD",
        _ => en ? "everyone" : "semua",
    };
}
