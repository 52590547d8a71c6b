using SpbeBot.Core.Criteria;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Dialogs.Evidence;

namespace SpbeBot.Dialogs.Plans;

/// <summary>"/aksi": an OPD's plan items, overdue first; an item's detail with its progress log.</summary>
static class MyActions
{
    /// <summary>Operators see only their OPD's items; coordinators, admins and the Tim Koordinasi see every OPD's.</summary>
    public static bool CanSee(Person person, PlanItem item) =>
        person.Role is not PersonRole.Operator || (person.OpdName is { } opd && item.Opds.Contains(opd));

    /// <summary>Operators change only their OPD's items; the Tim Koordinasi only reads.</summary>
    public static bool CanUpdate(Person person, PlanItem item) =>
        person.Role is PersonRole.Coordinator or PersonRole.Admin || (person.Role == PersonRole.Operator && CanSee(person, item));

    /// <summary>Items per page: a long plan (a coordinator's OPD may have dozens) is paged, not one wall of buttons.</summary>
    public const int PageSize = 8;

    /// <summary>"/aksi [page]".</summary>
    public static Task<IReadOnlyList<Reply>> MineAsync(Turn turn) =>
        turn.Person.OpdName is { } opd
            ? ListAsync(turn, opd, turn.ArgList is [var p, ..] && int.TryParse(p, out var page) ? page : 1)
            : Task.FromResult(Turn.One(turn.Texts.NoOpd));

    /// <summary>
    /// One page of an OPD's items, grouped by where they stand (overdue, under way, done, cancelled), with a button per
    /// item and previous/next buttons. Paging of other OPDs' lists ("/opd") starts on page 1.
    /// </summary>
    /// <param name="pageCommand">What a page button sends, followed by the page number ("/aksi ", "/opd 3 ").</param>
    public static async Task<IReadOnlyList<Reply>> ListAsync(Turn turn, string opd, int page = 1, string pageCommand = "/aksi ")
    {
        var t = turn.Texts;
        var items = await turn.Services.Plans.ListAsync(new PlanFilter { Opd = opd, Framework = turn.Framework, Year = turn.Year }, turn.Ct);
        if (items.Count == 0) return Turn.One(t.NoItems(opd));
        var ordered = Order(items, turn.Today);
        // One query for the whole year's evidence, then each item's target level checked against it.
        var catalog = CatalogStore.Get(turn.Framework);
        var evidence = await turn.Services.Evidence.ListAsync(new EvidenceFilter { Framework = turn.Framework, Year = turn.Year, Limit = 100_000 }, turn.Ct);
        var pages = (ordered.Count + PageSize - 1) / PageSize;
        page = Math.Clamp(page, 1, pages);
        var shown = ordered.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var lines = new List<string>();
        string? group = null;
        foreach (var i in shown)
        {
            var heading = t.Group(GroupOf(i, turn.Today));
            if (heading != group) lines.Add((group is null ? "" : "\n") + heading);
            group = heading;
            lines.Add(Line(t, i, turn.Today) + " — " + turn.EvidenceTexts.Counted(EvidenceChecklist.For(catalog, i.Indicator, i.TargetLevel ?? 1, evidence)));
        }
        var buttons = shown.Select(i => new ReplyButton($"{t.Indicator(i.Indicator)} · {Short(i.Action, 28)}", $"/item {i.Id}")).ToList();
        if (page > 1) buttons.Add(new ReplyButton(t.PreviousPage, pageCommand + (page - 1)));
        if (page < pages) buttons.Add(new ReplyButton(t.NextPage, pageCommand + (page + 1)));
        var header = t.ItemsHeader(opd, turn.Year) + (pages > 1 ? " " + t.PageOf(page, pages, ordered.Count) : "");
        var parts = MessageSplitter.Split(header + "\n" + string.Join("\n", lines), Reply.MaxMessageLength);
        return [new Reply(parts[0], buttons, parts.Skip(1).ToList())];
    }

    /// <summary>0 overdue, 1 open or under way, 2 done, 3 cancelled — the order <see cref="Order"/> keeps within a page.</summary>
    static int GroupOf(PlanItem i, DateOnly today) =>
        IsOverdue(i, today) ? 0 : i.Status switch { PlanStatus.Done => 2, PlanStatus.Cancelled => 3, _ => 1 };

    /// <summary>Overdue first (longest late first), then open or under way, done, cancelled; each by deadline, none last.</summary>
    public static IReadOnlyList<PlanItem> Order(IEnumerable<PlanItem> items, DateOnly today) =>
        items.OrderBy(i => GroupOf(i, today)).ThenBy(i => i.Deadline ?? DateOnly.MaxValue).ThenBy(i => i.Indicator).ToList();

    public static bool IsOverdue(PlanItem item, DateOnly today) =>
        item.Status is PlanStatus.Open or PlanStatus.InProgress && item.Deadline < today;

    public static string Line(ConversationTexts t, PlanItem i, DateOnly today)
    {
        var late = IsOverdue(i, today) ? $" — {t.DaysLate(today.DayNumber - i.Deadline!.Value.DayNumber)}" : "";
        return $"• {t.Indicator(i.Indicator)}: {Short(i.Action, 80)} — {t.Date(i.Deadline)} — {t.StatusName(i.Status)}{late}";
    }

    public static async Task<IReadOnlyList<Reply>> DetailAsync(Turn turn)
    {
        var item = await FindVisibleAsync(turn);
        if (item.Refusal is not null) return item.Refusal;
        var t = turn.Texts;
        var log = await turn.Services.Plans.ListProgressAsync(item.Item!.Id, turn.Ct);
        var logText = log.Count == 0 ? t.NoProgress : string.Join("\n", log.TakeLast(10).Select(p =>
            $"• {t.Date(DateOnly.FromDateTime(p.At.UtcDateTime))} {p.Actor}: {t.StatusName(p.OldStatus)} → {t.StatusName(p.NewStatus)}{(p.Note is null ? "" : " — " + p.Note)}"));
        var level = item.Item.TargetLevel ?? 1;
        var evidence = await EvidenceView.SummaryAsync(turn, item.Item.Indicator, level);
        var text = t.ItemDetail(item.Item) + "\n" + turn.EvidenceTexts.ChecklistHeader(item.Item.Indicator, "").TrimEnd(' ', '—') + ": " + evidence
                   + "\n\n" + t.ProgressLogHeader + "\n" + logText;
        var buttons = new List<ReplyButton>();
        if (CanUpdate(turn.Person, item.Item)) buttons.Add(new ReplyButton(t.UpdateProgress, $"/perbarui {item.Item.Id}"));
        buttons.Add(new ReplyButton(turn.EvidenceTexts.ChecklistButton, $"/bukti {item.Item.Indicator} {level}"));
        var parts = MessageSplitter.Split(text, Reply.MaxMessageLength);
        return [new Reply(parts[0], buttons, parts.Skip(1).ToList())];
    }

    /// <summary>The item named by the first argument, or the polite refusal when it is malformed, missing or not the person's to see.</summary>
    public static async Task<(PlanItem? Item, IReadOnlyList<Reply>? Refusal)> FindVisibleAsync(Turn turn)
    {
        var args = turn.ArgList;
        if (args.Length == 0 || !long.TryParse(args[0], out var id) || id <= 0) return (null, Turn.One(turn.Texts.NotFound));
        var item = await turn.Services.Plans.GetAsync(id, turn.Ct);
        if (item is null) return (null, Turn.One(turn.Texts.NotFound));
        if (!CanSee(turn.Person, item)) return (null, Turn.One(turn.Texts.NotAllowed));
        return (item, null);
    }

    static string Short(string? text, int max) =>
        text is null ? "-" : Format.Short(text, max);
}
