using SpbeBot.Core.Criteria;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.People;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Dialogs.Conversation.Steps;

namespace SpbeBot.Dialogs.Evidence;

/// <summary>Waiting for the coordinator's note on why upload <paramref name="EvidenceId"/> is rejected.</summary>
sealed record RejectNoteStep(long EvidenceId) : DialogStep
{
    /// <summary>Only coordinators decide on evidence.</summary>
    public override bool Permits(Person person) => IsCoordinator(person);
}

/// <summary>
/// The coordinators' queue ("/verifikasi"): one pending upload at a time, oldest first, with approve, reject (with a
/// note for the uploader), view the file, next. Decisions are audited and the uploader is told through the outbox.
/// </summary>
sealed class Verification : IStepDialog
{
    public IReadOnlyDictionary<string, Type> StepKinds { get; } = new Dictionary<string, Type> { ["evidence-reject"] = typeof(RejectNoteStep) };

    /// <summary>The typed rejection note.</summary>
    public Task<IReadOnlyList<Reply>>? ContinueAsync(Turn turn, DialogStep step) =>
        step is RejectNoteStep reject && turn.IsTypedAnswer ? FinishRejectAsync(turn, reject, turn.Message.Text) : null;

    /// <summary>"/verifikasi [after-id]": the next pending upload after the given one (the oldest when none).</summary>
    public static async Task<IReadOnlyList<Reply>> QueueAsync(Turn turn)
    {
        var after = turn.ArgList is [var a, ..] && long.TryParse(a, out var id) ? id : 0;
        var (page, total) = await turn.Services.Evidence.PendingAsync(turn.Framework, turn.Year, after, 1, turn.Ct);
        if (page.Count == 0 && after > 0) (page, total) = await turn.Services.Evidence.PendingAsync(turn.Framework, turn.Year, 0, 1, turn.Ct);
        if (page.Count == 0) return Turn.One(turn.EvidenceTexts.QueueEmpty);
        var e = page[0];
        var t = turn.EvidenceTexts;
        // The pre-check, when there is one for this file as filed: advice beside the decision, never instead of it.
        var check = turn.Services.Precheck is { } precheck ? await precheck.Store.GetAsync(e.Id, turn.Ct) : null;
        var precheckLines = check is not null && check.Matches(e) ? "\n\n" + PrecheckTexts.For(turn.Person.Language).ForCoordinator(check) : "";
        return Turn.One(t.QueueItem(e, total, ItemText(e), turn.Zone) + precheckLines,
            new ReplyButton(t.Approve, $"/setujui {e.Id}"), new ReplyButton(t.Reject, $"/tolak {e.Id}"),
            new ReplyButton(t.ViewFile, $"/lihatberkas {e.Id}"), new ReplyButton(t.Next, $"/verifikasi {e.Id}"));
    }

    /// <summary>"/setujui &lt;id&gt;".</summary>
    public static Task<IReadOnlyList<Reply>> ApproveAsync(Turn turn) =>
        Id(turn) is { } id ? DecideAsync(turn, id, approve: true, note: null) : Task.FromResult(Turn.One(turn.Texts.NotFound));

    /// <summary>"/tolak &lt;id&gt; [note]": with no note, ask for one (the uploader needs to know what to fix).</summary>
    public static async Task<IReadOnlyList<Reply>> RejectAsync(Turn turn)
    {
        if (Id(turn) is not { } id) return Turn.One(turn.Texts.NotFound);
        var note = turn.Args.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries) is [_, var rest] ? rest.Trim() : null;
        if (!string.IsNullOrWhiteSpace(note)) return await DecideAsync(turn, id, approve: false, note);
        var record = await turn.Services.Evidence.GetAsync(id, turn.Ct);
        if (record is null) return Turn.One(turn.Texts.NotFound);
        if (record.Status != EvidenceStatus.Pending) return Turn.One(turn.EvidenceTexts.AlreadyDecided(record));
        await turn.SetStepAsync(new RejectNoteStep(id));
        return Turn.One(turn.EvidenceTexts.TypeRejectNote);
    }

    /// <summary>The typed rejection note arrives; the role is checked again, it may have changed since.</summary>
    static async Task<IReadOnlyList<Reply>> FinishRejectAsync(Turn turn, RejectNoteStep step, string note)
    {
        await turn.ClearStepAsync();
        if (!turn.IsCoordinator) return Turn.One(turn.Texts.NotAllowed);
        return await DecideAsync(turn, step.EvidenceId, approve: false, note);
    }

    /// <summary>"/lihatberkas &lt;id&gt;": the stored file itself. Operators see their own OPD's files only.</summary>
    public static async Task<IReadOnlyList<Reply>> ViewAsync(Turn turn)
    {
        if (Id(turn) is not { } id) return Turn.One(turn.Texts.NotFound);
        var record = await turn.Services.Evidence.GetAsync(id, turn.Ct);
        if (record is null || record.Framework != turn.Framework) return Turn.One(turn.Texts.NotFound);
        // An operator needs an OPD of their own: two missing OPDs are not a match.
        if (turn.Person.Role == PersonRole.Operator && (turn.Person.OpdId is null || record.OpdId != turn.Person.OpdId)) return Turn.One(turn.Texts.NotAllowed);
        var path = turn.Services.Intake.Files.PathOf(record.Sha256);
        // A coordinator looking at a pending upload decides next: the same choices as in the queue, so viewing the
        // file does not drop the queue ("/verifikasi <id - 1>" shows this upload again).
        var t = turn.EvidenceTexts;
        ReplyButton[] buttons = turn.IsCoordinator && record.Status == EvidenceStatus.Pending
            ? [new(t.Approve, $"/setujui {record.Id}"), new(t.Reject, $"/tolak {record.Id}"), new(t.Next, $"/verifikasi {record.Id}"), new(t.BackToQueue, $"/verifikasi {record.Id - 1}")]
            : turn.IsCoordinator ? [new(t.BackToQueue, "/verifikasi")] : [];
        return [new Reply($"#{record.Id} · {record.OriginalName} · {t.StatusName(record.Status)}", buttons, []) { File = new ReplyFile(path, record.OriginalName, record.ContentType) }];
    }

    static async Task<IReadOnlyList<Reply>> DecideAsync(Turn turn, long id, bool approve, string? note)
    {
        var record = await turn.Services.Evidence.GetAsync(id, turn.Ct);
        if (record is null || record.Framework != turn.Framework) return Turn.One(turn.Texts.NotFound);
        // The notice goes out in the uploader's language, not the reviewer's.
        var uploader = record.UploaderId is { } uid ? await turn.Services.People.GetAsync(uid, turn.Ct) : null;
        var texts = EvidenceTexts.For(uploader?.Language);
        var (after, changed) = await turn.Services.Evidence.DecideAsync(id, approve, note, turn.Actor,
            r => approve ? texts.NoticeApproved(r) : texts.NoticeRejected(r), turn.Ct);
        if (after is null) return Turn.One(turn.Texts.NotFound);
        if (!changed) return Turn.One(turn.EvidenceTexts.AlreadyDecided(after));
        var next = await QueueAsync(turn with { Args = after.Id.ToString() });
        return [Reply.Plain(approve ? turn.EvidenceTexts.Approved(after) : turn.EvidenceTexts.Rejected(after)), .. next];
    }

    static string? ItemText(EvidenceRecord e) => e.Item is > 0
        ? CatalogStore.Get(e.Framework).FindIndicator(e.Indicator!.Value)?.Level(e.Level!.Value)?.Evidence.ElementAtOrDefault(e.Item.Value - 1)
        : null;

    static long? Id(Turn turn) => turn.ArgList is [var a, ..] && long.TryParse(a, out var id) && id > 0 ? id : null;
}
