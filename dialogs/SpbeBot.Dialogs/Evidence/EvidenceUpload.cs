using SpbeBot.Core.Criteria;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Core.Observability;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Dialogs.Conversation.Steps;

namespace SpbeBot.Dialogs.Evidence;

/// <summary>
/// Evidence arriving in the chat. A caption such as "bukti 32 L4" files it at once; otherwise the file is stored as a
/// draft straight away (acknowledged means stored) and a short dialog asks indicator → level → evidence item → plan
/// item. Files sent while the dialog runs, or in one album, are filed together. Refusals store nothing.
/// </summary>
sealed class EvidenceUpload : IStepDialog
{
    public IReadOnlyDictionary<string, Type> StepKinds { get; } = new Dictionary<string, Type> { ["evidence-filing"] = typeof(Filing) };

    /// <summary>
    /// While a filing question is open (a finished album's filing waits only for more files): a typed answer or a
    /// "/berkas …" button continues, "/batal" drops the unfiled files.
    /// </summary>
    public Task<IReadOnlyList<Reply>>? ContinueAsync(Turn turn, DialogStep step) => step switch
    {
        Filing { Complete: false } filing when turn.Command == "/batal" => CancelAsync(turn, filing),
        Filing { Complete: false } filing when turn.IsTypedAnswer || turn.Command == "/berkas" => AnswerAsync(turn, filing),
        _ => null,
    };

    /// <summary>Unfiled uploads stay as drafts; say how to pick them up again.</summary>
    public string? LeftBehindNote(Turn turn, DialogStep step) => step is Filing { Complete: false } ? turn.EvidenceTexts.DraftsKept : null;

    /// <summary>A file arrives, whatever step the chat is in; <paramref name="pending"/> is the filing under way, if any.</summary>
    public static async Task<IReadOnlyList<Reply>> ReceiveAsync(Turn turn, Filing? pending)
    {
        var e = turn.EvidenceTexts;
        var file = turn.Message.File!;
        var person = turn.Person;
        var max = turn.Services.Intake.Options.MaxBytes;
        if (person.Role is PersonRole.TimKoordinasi) return Turn.One(e.UploadNotAllowed);
        if (person.Role is PersonRole.Operator && person.OpdId is null) return Turn.One(e.NoOpdForUpload);
        if (file.CopyToAsync is null) return Turn.One(e.DownloadFailed);
        if (file.Size > max) return Turn.One(e.Problem(FileProblem.TooLarge, max));
        if (file.Size == 0) return Turn.One(e.Problem(FileProblem.Empty, max));

        var catalog = CatalogStore.Get(turn.Framework);
        var intent = CaptionReader.Read(turn.Message.Text, catalog);
        if (Invalid(turn, intent, catalog) is { } invalid) return invalid;
        var (opdId, refusal) = await ResolveOpdAsync(turn, intent.OpdText);
        if (refusal is not null) return refusal;

        var group = Filing.SafeGroup(file.GroupId);
        Filing filing;
        if (pending is { Complete: true } && group is not null && pending.Group == group && intent.Indicator is null)
            filing = pending;                                    // the rest of an album whose caption filed it
        else if (pending is { Complete: false } && intent.Indicator is null)
            filing = pending;                                    // another file while the questions are open
        else
            filing = await AutoPlanAsync(turn, new Filing(group is null ? Guid.NewGuid().ToString("N")[..16] : "album-" + group,
                intent.Indicator, intent.Indicator is null ? null : intent.Level, intent.Level is null ? null : intent.Item,
                opdId ?? person.OpdId, null, false, group));

        var result = await turn.Services.Intake.ReceiveAsync(new UploadRequest(
            file.CopyToAsync, file.FileName, file.Size, turn.Framework, turn.Year, person.Id, person.Name,
            filing.OpdId ?? person.OpdId, turn.Message.Channel, filing.Batch, filing.Complete ? filing.Target : null, PhotoStem(turn)), turn.Actor, turn.Ct);
        if (!result.Stored) return Turn.One(result.DownloadFailed ? e.DownloadFailed : e.Problem(result.Problem, max, result.Detail));

        if (filing.Complete)
        {
            // An album's later files arrive as separate messages without a caption: remember how the first was filed.
            if (group is not null) await turn.SetStepAsync(filing);
            else if (pending is not null) await turn.ClearStepAsync();
            return [await ReceiptAsync(turn, result.Record!, result.AlreadyStored, catalog)];
        }
        await turn.SetStepAsync(filing);
        var drafts = await turn.Services.Evidence.DraftsAsync(person.Id, filing.Batch, turn.Ct);
        var received = e.Received(result.Record!.OriginalName, result.Record.Size, drafts.Count);
        // In an album every file arrives at once: ask once, not once per file.
        if (drafts.Count > 1 && pending == filing) return Turn.One(received);
        var question = await QuestionAsync(turn, filing, catalog);
        return [question with { Text = received + "\n\n" + question.Text }];
    }

    /// <summary>A typed answer or a "/berkas ..." button while the filing questions are open.</summary>
    static async Task<IReadOnlyList<Reply>> AnswerAsync(Turn turn, Filing filing)
    {
        var catalog = CatalogStore.Get(turn.Framework);
        var answered = await ApplyAsync(turn, filing, catalog);
        if (answered is null)
        {
            var again = await QuestionAsync(turn, filing, catalog);
            return [again with { Text = turn.EvidenceTexts.NotAnAnswer + "\n\n" + again.Text }];
        }
        filing = await AutoPlanAsync(turn, answered);
        if (!filing.Complete)
        {
            await turn.SetStepAsync(filing);
            return [await QuestionAsync(turn, filing, catalog)];
        }
        await turn.ClearStepAsync();
        var filed = await turn.Services.Evidence.FileDraftsAsync(turn.Person.Id, filing.Batch, filing.Target, turn.Actor, turn.Ct);
        if (filed.Count == 0) return Turn.One(turn.EvidenceTexts.NoDrafts);
        var receipts = new List<Reply>();
        foreach (var record in filed) receipts.Add(await ReceiptAsync(turn, record, false, catalog));
        return receipts;
    }

    /// <summary>"/batal" while filing: the unfiled files are dropped (they were never counted).</summary>
    static async Task<IReadOnlyList<Reply>> CancelAsync(Turn turn, Filing filing)
    {
        await turn.ClearStepAsync();
        var removed = await turn.Services.Evidence.DiscardDraftsAsync(turn.Person.Id, filing.Batch, turn.Actor, turn.Ct);
        return Turn.One(turn.EvidenceTexts.DraftsDiscarded(removed));
    }

    /// <summary>"/berkas" with no filing open: pick up the newest unfiled drafts (left when the person moved on).</summary>
    public static async Task<IReadOnlyList<Reply>> ResumeAsync(Turn turn)
    {
        var batch = await turn.Services.Evidence.LatestDraftBatchAsync(turn.Person.Id, turn.Ct);
        if (batch is null) return Turn.One(turn.EvidenceTexts.NoDrafts);
        var filing = new Filing(batch, null, null, null, turn.Person.OpdId, null, false, null);
        await turn.SetStepAsync(filing);
        return [await QuestionAsync(turn, filing, CatalogStore.Get(turn.Framework))];
    }

    /// <summary>The answer to the open question, applied; null when it answers nothing.</summary>
    static async Task<Filing?> ApplyAsync(Turn turn, Filing filing, CriteriaCatalog catalog)
    {
        var args = turn.Command == "/berkas" ? turn.ArgList : [];
        int? number = args.Length == 2 && int.TryParse(args[1], out var n) ? n
            : turn.Command is null && int.TryParse(turn.Args.Trim().TrimStart('#'), out var typed) ? typed : null;
        var intent = turn.Command is null ? CaptionReader.Read(turn.Args, catalog) : FilingIntent.None;
        if (filing.Indicator is null)
        {
            var indicator = number ?? intent.Indicator;
            if (indicator is null || catalog.FindIndicator(indicator.Value) is null) return null;
            return filing with { Indicator = indicator, Level = intent.Level, Item = intent.Level is null ? null : intent.Item };
        }
        if (filing.Level is null)
        {
            var level = number ?? intent.Level;
            if (level is not (>= 1 and <= 5)) return null;
            var items = catalog.FindIndicator(filing.Indicator.Value)!.Level(level.Value)?.Evidence ?? [];
            return filing with { Level = level, Item = intent.Item is int i && i <= items.Count ? i : CaptionReader.MatchItem(items, intent.Words) };
        }
        if (filing.Item is null)
        {
            var count = catalog.FindIndicator(filing.Indicator.Value)!.Level(filing.Level.Value)?.Evidence.Count ?? 0;
            var item = number ?? intent.Item;
            return item is int i && i >= 0 && i <= count ? filing with { Item = i } : null;
        }
        if (number is not { } planId) return null;
        if (planId == 0) return filing with { PlanItemId = 0, PlanAsked = true };
        var candidates = await PlanCandidatesAsync(turn, filing);
        return candidates.Any(c => c.Id == planId) ? filing with { PlanItemId = planId, PlanAsked = true } : null;
    }

    /// <summary>Once the slot is known, link the plan item without asking when there is only one sensible choice.</summary>
    static async Task<Filing> AutoPlanAsync(Turn turn, Filing filing)
    {
        if (!filing.Located || filing.PlanAsked) return filing;
        var candidates = await PlanCandidatesAsync(turn, filing);
        var forLevel = candidates.Where(c => c.TargetLevel == filing.Level).ToList();
        var chosen = candidates.Count == 1 ? candidates[0] : forLevel.Count == 1 ? forLevel[0] : null;
        return chosen is not null || candidates.Count == 0 ? filing with { PlanItemId = chosen?.Id ?? 0, PlanAsked = true } : filing;
    }

    /// <summary>Plan items of the indicator this person may attach evidence to: operators their OPD's, coordinators any.</summary>
    static async Task<IReadOnlyList<PlanItem>> PlanCandidatesAsync(Turn turn, Filing filing) =>
        (await turn.Services.Plans.ListAsync(new PlanFilter
        {
            Framework = turn.Framework, Year = turn.Year, Indicator = filing.Indicator,
            Opd = turn.IsCoordinator ? null : turn.Person.OpdName,
        }, turn.Ct)).Where(p => p.Status != PlanStatus.Cancelled).ToList();

    static async Task<Reply> QuestionAsync(Turn turn, Filing filing, CriteriaCatalog catalog)
    {
        var e = turn.EvidenceTexts;
        var cancel = new ReplyButton(e.Cancel, "/batal");
        if (filing.Indicator is not { } number)
        {
            var mine = turn.Person.OpdName is null ? [] : await turn.Services.Plans.ListAsync(new PlanFilter { Framework = turn.Framework, Year = turn.Year, Opd = turn.Person.OpdName }, turn.Ct);
            var buttons = mine.Select(p => p.Indicator).Distinct().Order().Take(8).Select(i => new ReplyButton(e.IndicatorButton(i), $"/berkas ind {i}")).Append(cancel).ToList();
            return new Reply(e.AskIndicator, buttons, []);
        }
        var indicator = catalog.FindIndicator(number)!;
        if (filing.Level is not { } level)
        {
            var targets = (await PlanCandidatesAsync(turn, filing)).Select(p => p.TargetLevel).ToHashSet();
            var buttons = Enumerable.Range(1, 5).Select(l => new ReplyButton(e.LevelButton(l, targets.Contains(l)), $"/berkas lvl {l}")).Append(cancel).ToList();
            return new Reply(e.AskLevel(number, indicator.Name), buttons, []);
        }
        if (filing.Item is null)
        {
            var items = indicator.Level(level)?.Evidence ?? [];
            var buttons = items.Select((_, i) => new ReplyButton(e.ItemButton(i + 1), $"/berkas butir {i + 1}"))
                .Append(new ReplyButton(e.Other, "/berkas butir 0")).Append(cancel).ToList();
            var parts = MessageSplitter.Split(e.AskItem(number, level, items), Reply.MaxMessageLength);
            return new Reply(parts[0], buttons, parts.Skip(1).ToList());
        }
        var candidates = await PlanCandidatesAsync(turn, filing);
        var planButtons = candidates.Take(10).Select(p => new ReplyButton($"#{p.Id} {Format.Short(p.Action ?? "-", 30)}", $"/berkas rencana {p.Id}"))
            .Append(new ReplyButton(e.NoPlanItem, "/berkas rencana 0")).Append(cancel).ToList();
        return new Reply(e.AskPlan + "\n" + string.Join("\n", candidates.Take(10).Select(p => $"#{p.Id} · {string.Join(", ", p.Opds)} · {p.Action}")), planButtons, []);
    }

    static async Task<Reply> ReceiptAsync(Turn turn, EvidenceRecord record, bool alreadyStored, CriteriaCatalog catalog)
    {
        var itemText = record.Item is > 0 ? catalog.FindIndicator(record.Indicator!.Value)?.Level(record.Level!.Value)?.Evidence.ElementAtOrDefault(record.Item.Value - 1) : null;
        var plan = record.PlanItemId is { } id ? await turn.Services.Plans.GetAsync(id, turn.Ct) : null;
        var planLine = plan is null ? null : $"#{plan.Id} {Format.Short(plan.Action ?? "-", 80)}";
        var e = turn.EvidenceTexts;
        var text = e.Receipt(record, itemText, alreadyStored, planLine) + await PrecheckAsync(turn, record);
        var checklist = new ReplyButton(e.ChecklistButton, $"/bukti {record.Indicator} {record.Level}");
        // A second file for the same evidence item replaces the first: say so, and let the uploader keep both when the
        // item needs several documents.
        var replaced = await turn.Services.Evidence.SupersededByAsync(record.Id, turn.Ct);
        if (replaced.Count == 0) return new Reply(text, [checklist], []);
        return new Reply(text + "\n\n" + e.Supersedes(replaced), [new ReplyButton(e.KeepBoth, $"/simpankeduanya {record.Id}"), new ReplyButton(e.Replace, $"/ganti {record.Id}"), checklist], []);
    }

    /// <summary>
    /// The pre-check lines under a receipt (none where no checker is installed): the verdict from the text layer, "being
    /// read" for a scan or a text layer that outlasted the chat's wait (the result follows through the outbox), or "not available". It never changes the filing.
    /// </summary>
    static async Task<string> PrecheckAsync(Turn turn, EvidenceRecord record)
    {
        if (turn.Services.Precheck is not { } precheck || record.Status != EvidenceStatus.Pending) return "";
        var p = PrecheckTexts.For(turn.Person.Language);
        var outcome = await precheck.InChatAsync(record, turn.Ct);
        Timeline.Mark("in-chat-done " + outcome.State);
        return "\n\n" + outcome.State switch
        {
            PrecheckState.Done => p.Lines(outcome.Check!),
            PrecheckState.Reading => p.ReadingFor(outcome.Check),
            PrecheckState.Later => p.Later,
            _ => p.Unavailable,
        };
    }

    /// <summary>"/simpankeduanya &lt;id&gt;": the files upload &lt;id&gt; replaced are put back beside it. "/ganti &lt;id&gt;": the replacement stands.</summary>
    public static async Task<IReadOnlyList<Reply>> KeepBothAsync(Turn turn, bool keep)
    {
        var e = turn.EvidenceTexts;
        if (turn.ArgList is not [var a, ..] || !long.TryParse(a, out var id)) return Turn.One(turn.Texts.NotFound);
        var record = await turn.Services.Evidence.GetAsync(id, turn.Ct);
        if (record is null || record.Framework != turn.Framework) return Turn.One(turn.Texts.NotFound);
        // Operators decide about their own OPD's uploads (an OPD needed: two missing OPDs are not a match); coordinators about any.
        if (!turn.IsCoordinator && (turn.Person.Role != PersonRole.Operator || turn.Person.OpdId is null || record.OpdId != turn.Person.OpdId))
            return Turn.One(turn.Texts.NotAllowed);
        if (!keep) return Turn.One(e.Replaced(record));
        var restored = await turn.Services.Evidence.KeepBothAsync(id, turn.Actor, turn.Ct);
        return Turn.One(restored.Count == 0 ? e.NothingToKeep(record) : e.KeptBoth(record, restored),
            new ReplyButton(e.ChecklistButton, $"/bukti {record.Indicator} {record.Level}"));
    }

    static IReadOnlyList<Reply>? Invalid(Turn turn, FilingIntent intent, CriteriaCatalog catalog)
    {
        var e = turn.EvidenceTexts;
        if (intent.InvalidIndicator is int n) return Turn.One(e.UnknownIndicator(n, catalog.Indicators.Count));
        if (intent.InvalidLevel is int l) return Turn.One(e.InvalidLevel(l));
        if (intent.InvalidItem is int i)
            return Turn.One(e.InvalidItem(i, catalog.FindIndicator(intent.Indicator!.Value)?.Level(intent.Level!.Value)?.Evidence.Count ?? 0));
        return null;
    }

    /// <summary>The OPD a caption names: coordinators may file for any OPD, operators only for their own.</summary>
    static async Task<(long? OpdId, IReadOnlyList<Reply>? Refusal)> ResolveOpdAsync(Turn turn, string? opdText)
    {
        if (string.IsNullOrWhiteSpace(opdText)) return (null, null);
        var opd = await turn.Services.Opds.FindAsync(opdText, turn.Ct);
        if (opd is null) return (null, Turn.One(turn.EvidenceTexts.UnknownOpd(Format.Short(opdText, 60))));
        if (!turn.IsCoordinator && opd.Id != turn.Person.OpdId) return (null, Turn.One(turn.EvidenceTexts.OtherOpd(opd.Abbreviation ?? opd.Name)));
        return (opd.Id, null);
    }

    /// <summary>Telegram photos come without a name: "foto-20250312-093000" in the instansi's local time (the extension follows the content).</summary>
    static string PhotoStem(Turn turn) =>
        "foto-" + TimeZones.ToLocal(turn.Services.Clock.GetUtcNow(), turn.Zone).ToString("yyyyMMdd-HHmmss");
}
