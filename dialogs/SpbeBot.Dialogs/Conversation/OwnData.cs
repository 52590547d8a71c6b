using SpbeBot.Core.Criteria;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Questions;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Criteria;
using SpbeBot.Dialogs.Plans;

namespace SpbeBot.Dialogs.Conversation;

/// <summary>
/// Questions about the asker's own data, answered from the store within their role's access (the same rules as /aksi,
/// /bukti, /ringkasan and the coordinator views), each with the command that goes further. Never "not found": an
/// empty plan or no uploads is said as such.
/// </summary>
static class OwnData
{
    const int Shown = 10;

    public static Task<IReadOnlyList<Reply>> AnswerAsync(Turn turn, ChatIntentResult intent, string question, IReadOnlyList<Opd> opds) => intent.Intent switch
    {
        ChatIntent.IndexNow => IndexAsync(turn, targets: false, intent.OtherPemda),
        ChatIntent.IndexIfTargets => IndexAsync(turn, targets: true, intent.OtherPemda),
        ChatIntent.MyDeadlines => DeadlinesAsync(turn, question, opds, overdue: false),
        ChatIntent.Overdue => DeadlinesAsync(turn, question, opds, overdue: true),
        ChatIntent.UploadState => UploadsAsync(turn, intent.Indicator, question, opds),
        _ => MissingAsync(turn, intent, question, opds),
    };

    /// <summary>
    /// "tenggat inspektorat" where the Pemda has no Inspektorat: said as such, with the OPDs it has, instead of the answer
    /// for no OPD named (every OPD's deadlines, the asker's own uploads).
    /// </summary>
    static IReadOnlyList<Reply>? UnknownOpd(Turn turn, string question, IReadOnlyList<Opd> opds)
    {
        // Not only when no known OPD is named: "tenggat dinas perikanan dan dinas kesehatan" names one the Pemda lacks too.
        if (OpdMention.Unknown(question, Words(opds)) is not { } asked) return null;
        var x = ChatIntentTexts.For(turn.Person.Language);
        var known = opds.Select(o => o.DisplayName).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var text = x.UnknownOpd(asked, known, turn.IsCoordinator, turn.Person.Role is PersonRole.Operator ? turn.Person.OpdName : null);
        return turn.IsCoordinator ? Turn.One(text, new ReplyButton(turn.Texts.MenuAllOpds, "/semuaopd"))
            : turn.Person.Role is PersonRole.Operator ? Turn.One(text, new ReplyButton(turn.Texts.MenuMyActions, "/aksi"))
            : Turn.One(text);
    }

    /// <summary>Who may see the Pemda's index: those who get the digest (/ringkasan).</summary>
    public static bool MaySeeIndex(Person person) => person.Role is not PersonRole.Operator;

    /// <param name="otherPemda">Another kind of Pemda's index was asked ("indeks spbe provinsi berapa?" in a kabupaten): only
    /// our own is held, which is said first and then offered as usual (or who may see it).</param>
    static async Task<IReadOnlyList<Reply>> IndexAsync(Turn turn, bool targets, bool otherPemda)
    {
        var x = ChatIntentTexts.For(turn.Person.Language);
        var catalog = CatalogStore.Get(turn.Framework);
        // "Berikut Indeks SPBE …" only where the index follows; the refusal then does not apologise a second time.
        string Lead(bool shown) => otherPemda ? x.OnlyOwnIndex(catalog.IndexLabel, shown) + "\n\n" : "";
        var lead = Lead(shown: false);
        if (!MaySeeIndex(turn.Person)) return Turn.One(lead + x.IndexNotAllowed(catalog.IndexLabel, turn.Person.OpdName, apologised: otherPemda), new ReplyButton(turn.Texts.MenuMyActions, "/aksi"));
        var (current, target) = await PlanLevels.LoadAsync(turn.Services.Plans, turn.Services.Evidence, turn.Framework, turn.Year, turn.Ct);
        // A new Pemda: no plan stored for the year yet.
        if (current.Count == 0) return Turn.One(lead + x.IndexNoPlan(catalog.IndexLabel, turn.Year) + "\n" + x.ImportPlan(turn.IsCoordinator));
        var missing = catalog.Indicators.Where(i => !current.ContainsKey(i.Number)).Select(i => i.Number).ToList();
        if (missing.Count > 0 || catalog.Indicators.Any(i => i.Weight is null))
        {
            var numbers = missing.Count <= 12 ? string.Join(", ", missing) : string.Join(", ", missing.Take(12)) + ", …";
            return Turn.One(lead + x.IndexIncomplete(catalog.IndexLabel, missing.Count, catalog.Indicators.Count, numbers));
        }
        var texts = turn.Person.Language == "en" ? CriteriaTexts.En : CriteriaTexts.Id;
        var reply = targets ? CriteriaAnswerer.WhatIf(catalog, current, target, texts) : CriteriaAnswerer.Index(catalog, current.ToDictionary(p => p.Key, p => (decimal)p.Value), texts);
        var text = Lead(shown: true) + reply.Text + "\n\n" + x.IndexFrom(turn.Year) + "\n" + x.IndexMore(targets);
        var parts = MessageSplitter.Split(text, Reply.MaxMessageLength);
        return [new Reply(parts[0], [], parts.Skip(1).ToList())];
    }

    /// <summary>
    /// An OPD named in the question ("tenggat bappeda"), by its name, abbreviation or an alias, else by a usual short name its
    /// full name stands behind ("tenggat dinkes" for a Dinas Kesehatan listed without "Dinkes").
    /// </summary>
    static Opd? NamedOpd(string question, IReadOnlyList<Opd> opds) => NamedOpds(question, opds).FirstOrDefault();

    /// <summary>Every OPD named in the question ("tenggat bappeda dan dkis": both), as <see cref="NamedOpd"/> finds one.</summary>
    static IReadOnlyList<Opd> NamedOpds(string question, IReadOnlyList<Opd> opds)
    {
        var text = " " + TextNormalizer.Normalize(question) + " ";
        var named = opds.Where(o => Names(o).Any(n => n.Length > 2 && text.Contains(" " + n + " ", StringComparison.Ordinal))).ToList();
        return named.Count > 0 ? named : OpdMention.ByShortName(question, opds) is { } shortName ? [shortName] : [];
    }

    /// <summary>
    /// Every OPD's names, normalised, for <see cref="ChatIntents.Read"/>: once per OPD list (the directory cache hands
    /// out one list per directory version), not once per question (issue 17.5).
    /// </summary>
    public static IReadOnlyList<string> Words(IReadOnlyList<Opd> opds) => OpdWords.GetValue(opds, l => l.SelectMany(Names).ToArray());

    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<Opd>, string[]> OpdWords = new();

    public static IEnumerable<string> Names(Opd o) =>
        new[] { o.Name, o.Abbreviation }.Concat(o.Aliases).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => TextNormalizer.Normalize(n!));

    static async Task<IReadOnlyList<Reply>> DeadlinesAsync(Turn turn, string question, IReadOnlyList<Opd> opds, bool overdue)
    {
        var t = turn.Texts;
        var x = ChatIntentTexts.For(turn.Person.Language);
        if (UnknownOpd(turn, question, opds) is { } unknown) return unknown;
        var named = NamedOpds(question, opds);
        string? opd;
        // Two or more OPDs named ("tenggat bappeda dan dkis"): each one's deadlines, for those who see every OPD.
        IReadOnlyList<string> several = [];
        if (turn.Person.Role is PersonRole.Operator)
        {
            if (turn.Person.OpdName is not { } own) return Turn.One(x.NoOpd);
            if (named.FirstOrDefault(o => o.Id != turn.Person.OpdId) is { } other) return Turn.One(x.OtherOpdNotAllowed(own, other.DisplayName), new ReplyButton(t.MenuMyActions, "/aksi"));
            opd = own;
        }
        else if (named.Count > 1) (opd, several) = (null, named.Select(o => o.DisplayName).ToList());
        else opd = named.FirstOrDefault()?.DisplayName;

        var items = new List<PlanItem>();
        string?[] whom = several.Count > 0 ? [.. several] : [opd];
        foreach (var one in whom)
            items.AddRange(await turn.Services.Plans.ListAsync(new PlanFilter { Opd = one, Framework = turn.Framework, Year = turn.Year }, turn.Ct));
        items = items.DistinctBy(i => i.Id).ToList();
        var whose = opd ?? (several.Count > 0 ? string.Join(", ", several) : x.AllOpds);
        if (items.Count == 0) return Turn.One(x.NoPlan(whose, turn.Year) + "\n" + x.ImportPlan(turn.IsCoordinator));
        var open = items.Where(i => i.Status is PlanStatus.Open or PlanStatus.InProgress).ToList();
        var late = MyActions.Order(open.Where(i => MyActions.IsOverdue(i, turn.Today)), turn.Today);
        var chosen = overdue ? late : open.OrderBy(i => i.Deadline ?? DateOnly.MaxValue).ThenBy(i => i.Indicator).ToList();
        if (chosen.Count == 0) return Turn.One(overdue ? x.NothingOverdue(whose) : x.NothingOpen(whose), new ReplyButton(t.MenuMyActions, "/aksi"));

        var lines = chosen.Take(Shown).Select(i => MyActions.Line(t, i, turn.Today) + (opd is null ? $" ({string.Join(", ", i.Opds)})" : "")).ToList();
        if (chosen.Count > Shown) lines.Add(x.AndMore(chosen.Count - Shown));
        var header = overdue ? x.OverdueHeader(whose) : x.DeadlinesHeader(whose, turn.Year);
        var footer = new List<string>();
        if (!overdue && late.Count > 0) footer.Add(x.OverdueCount(late.Count));
        footer.Add(overdue ? x.OverdueMore
            : opd is not null && opd == turn.Person.OpdName ? x.DeadlinesMore(opdList: true)
            : turn.IsCoordinator ? x.DeadlinesMore(opdList: false)
            : x.DeadlinesMoreReadOnly);
        var buttons = chosen.Take(Shown).Select(i => new ReplyButton($"{t.Indicator(i.Indicator)} · {string.Join(", ", i.Opds)}", $"/item {i.Id}")).ToList();
        var parts = MessageSplitter.Split(header + "\n" + string.Join("\n", lines) + "\n\n" + string.Join("\n", footer), Reply.MaxMessageLength);
        return [new Reply(parts[0], buttons, parts.Skip(1).ToList())];
    }

    /// <summary>
    /// The asker's uploads, or those of the OPD the question names ("bukti yang diunggah Inspektorat sudah disetujui?"): any
    /// OPD for those who see every OPD, their own OPD only for an operator.
    /// </summary>
    static async Task<IReadOnlyList<Reply>> UploadsAsync(Turn turn, int? indicator, string question, IReadOnlyList<Opd> opds)
    {
        if (UnknownOpd(turn, question, opds) is { } unknown) return unknown;
        var named = NamedOpd(question, opds);
        var x = ChatIntentTexts.For(turn.Person.Language);
        var e = turn.EvidenceTexts;
        var operatorOpd = turn.Person.Role is PersonRole.Operator ? turn.Person.OpdId : null;
        if (named is not null && operatorOpd is not null && named.Id != operatorOpd)
            return Turn.One(x.OtherOpdUploadsNotAllowed(turn.Person.OpdName ?? "", named.DisplayName), new ReplyButton(turn.Texts.MenuMyActions, "/aksi"));
        var all = await turn.Services.Evidence.ListAsync(new EvidenceFilter
        {
            Framework = turn.Framework, Year = turn.Year, Indicator = indicator,
            OpdId = operatorOpd ?? named?.Id, Limit = 100_000,
        }, turn.Ct);
        if (turn.Person.Role is PersonRole.TimKoordinasi && named is null)
        {
            if (all.Count == 0) return Turn.One(x.NoUploadsInstansi(turn.Year) + "\n\n" + x.TimUploadsMore);
            var counts = x.UploadCounts(all.Count(r => r.Status == EvidenceStatus.Approved), all.Count(r => r.Status == EvidenceStatus.Pending),
                all.Count(r => r.Status == EvidenceStatus.Rejected), 0);
            return Turn.One(x.InstansiUploads(turn.Year) + "\n" + counts + "\n\n" + x.TimUploadsMore);
        }
        var mine = all.Where(r => named is not null || r.UploaderId == turn.Person.Id).OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).ToList();
        var lines = new List<string>();
        if (mine.Count == 0) lines.Add(named is null ? x.NoUploads(turn.Year) : x.NoUploadsOpd(named.DisplayName, turn.Year));
        else
        {
            var filed = mine.Where(r => r.Status != EvidenceStatus.Draft).ToList();
            var drafts = mine.Count - filed.Count;
            lines.Add(x.UploadsHeader(named?.DisplayName ?? x.You, turn.Year));
            lines.Add(x.UploadCounts(filed.Count(r => r.Status == EvidenceStatus.Approved), filed.Count(r => r.Status == EvidenceStatus.Pending),
                filed.Count(r => r.Status == EvidenceStatus.Rejected), drafts));
            // Rejected files first: they need something from the uploader.
            foreach (var r in filed.OrderBy(r => r.Status == EvidenceStatus.Rejected ? 0 : 1).Take(Shown))
            {
                lines.Add(x.UploadLine(r, e.StatusName(r.Status), turn.Texts.Date(DateOnly.FromDateTime(r.CreatedAt.UtcDateTime))));
                if (r.Status == EvidenceStatus.Rejected)
                {
                    lines.Add(x.RejectedNote(r.ReviewNote, r.Reviewer));
                    if (r.Indicator is { } i && r.Level is { } l) lines.Add(x.Resend(i, l));
                }
            }
            if (filed.Count > Shown) lines.Add(x.AndMore(filed.Count - Shown));
            if (drafts > 0) lines.Add(x.DraftsWaiting(drafts));
        }
        if (turn.IsCoordinator)
        {
            var (_, waiting) = await turn.Services.Evidence.PendingAsync(turn.Framework, turn.Year, ct: turn.Ct);
            if (waiting > 0) lines.Add(x.QueueWaiting(waiting));
        }
        if (mine.Count > 0) lines.Add(x.UploadsMore);
        var buttons = mine.Where(r => r.Status != EvidenceStatus.Draft && r.Indicator is not null && r.Level is not null)
            .Select(r => (r.Indicator!.Value, r.Level!.Value)).Distinct().Take(6)
            .Select(p => new ReplyButton($"/bukti {p.Item1} {p.Item2}", $"/bukti {p.Item1} {p.Item2}")).ToList();
        var parts = MessageSplitter.Split(string.Join("\n", lines), Reply.MaxMessageLength);
        return [new Reply(parts[0], buttons, parts.Skip(1).ToList())];
    }

    static async Task<IReadOnlyList<Reply>> MissingAsync(Turn turn, ChatIntentResult intent, string question, IReadOnlyList<Opd> opds)
    {
        var x = ChatIntentTexts.For(turn.Person.Language);
        var catalog = CatalogStore.Get(turn.Framework);
        // "bukti dukung Inspektorat yang masih kurang": for those who see every OPD, the one OPD named is whose plan is read
        // (an operator's is always their own); an OPD the Pemda lacks is said as such, not answered with every OPD's.
        var named = NamedOpds(question, opds);
        if (turn.Person.Role is not PersonRole.Operator && UnknownOpd(turn, question, opds) is { } unknown) return unknown;
        var namedOpd = turn.Person.Role is not PersonRole.Operator && named.Count == 1 ? named[0] : null;
        var number = intent.Indicator;
        if (number is null)
        {
            // A topic instead of a number ("bukti manajemen risiko yang kurang"): the criteria matcher names the indicator.
            // Only the words beyond the intent's own are read, so "kekurangan" is not taken for a topic, nor an OPD's name.
            var topic = WithoutNames(ChatIntents.Topic(question), named);
            var understood = topic.Length == 0 ? null : QuestionParser.For(turn.Framework).Parse(topic);
            if (understood is { Kind: not QuestionKind.Ambiguous and not QuestionKind.NotFound }) number = understood.Indicator;
        }
        if (number is { } n && catalog.FindIndicator(n) is null) return Turn.One(x.UnknownIndicator(n, catalog.Indicators.Count));
        return number is { } indicator ? await MissingForAsync(turn, catalog, indicator, intent.Level, namedOpd?.DisplayName)
            : await MissingInPlanAsync(turn, catalog, namedOpd?.DisplayName);
    }

    /// <summary>The topic's words without the OPDs' names it holds ("inspektorat audit tik" → "audit tik").</summary>
    static string WithoutNames(string topic, IReadOnlyList<Opd> named)
    {
        var text = " " + topic + " ";
        foreach (var name in named.SelectMany(Names).Where(n => n.Length > 0)) text = text.Replace(" " + name + " ", " ", StringComparison.Ordinal);
        return text.Trim();
    }

    /// <param name="namedOpd">The OPD a coordinator named: its plan's target sets the level (an operator's is their own OPD).</param>
    static async Task<IReadOnlyList<Reply>> MissingForAsync(Turn turn, CriteriaCatalog catalog, int indicator, int? asked, string? namedOpd)
    {
        var x = ChatIntentTexts.For(turn.Person.Language);
        var e = turn.EvidenceTexts;
        var evidence = await turn.Services.Evidence.ListAsync(new EvidenceFilter { Framework = turn.Framework, Year = turn.Year, Indicator = indicator }, turn.Ct);
        int level;
        string why;
        if (asked is { } a) (level, why) = (a, x.WhyAsked);
        else
        {
            var items = await turn.Services.Plans.ListAsync(new PlanFilter { Framework = turn.Framework, Year = turn.Year, Indicator = indicator }, turn.Ct);
            var whose = turn.Person.Role is PersonRole.Operator ? turn.Person.OpdName : namedOpd ?? turn.Person.OpdName;
            var mine = items.Where(i => i.Status != PlanStatus.Cancelled && i.TargetLevel is not null
                                        && (whose is null || i.Opds.Contains(whose))).ToList();
            var anyTarget = mine.Count > 0 ? mine : items.Where(i => i.Status != PlanStatus.Cancelled && i.TargetLevel is not null).ToList();
            if (anyTarget.Count > 0) (level, why) = (anyTarget.Max(i => i.TargetLevel!.Value), x.WhyTarget);
            else (level, why) = (Math.Min(5, EvidenceChecklist.SupportedLevel(catalog, indicator, evidence) + 1), x.WhyNext);
        }
        var name = catalog.FindIndicator(indicator)!.Name;
        var checklist = EvidenceChecklist.For(catalog, indicator, level, evidence);
        var lines = new List<string> { x.MissingHeader(indicator, name, level, why) };
        if (checklist.Items.Count == 0) lines.Add(x.NoEvidenceItems(indicator, level));
        else
        {
            var open = checklist.Items.Where(i => i.State != ItemState.Approved).ToList();
            lines.Add(e.LevelSummary(checklist));
            if (checklist.Complete) lines.Add(x.AllApproved);
            else lines.Add(x.StillNeeded(checklist.Required - checklist.RequiredApproved, checklist.Required));
            lines.AddRange(open.Select(i => e.ItemLine(i, whole: true)));
            if (!checklist.Complete && turn.Person.Role is not PersonRole.TimKoordinasi) lines.Add("\n" + x.Upload(turn.IsTerminal, indicator, level));
        }
        var parts = MessageSplitter.Split(string.Join("\n", lines), Reply.MaxMessageLength);
        return [new Reply(parts[0], [new ReplyButton(e.ChecklistButton, $"/bukti {indicator} {level}")], parts.Skip(1).ToList())];
    }

    /// <summary>No indicator named: the plan's targets whose evidence is incomplete (operators: their OPD's items; others: the OPD named, else every OPD's).</summary>
    static async Task<IReadOnlyList<Reply>> MissingInPlanAsync(Turn turn, CriteriaCatalog catalog, string? namedOpd)
    {
        var x = ChatIntentTexts.For(turn.Person.Language);
        string? opd = turn.Person.Role is PersonRole.Operator ? turn.Person.OpdName : namedOpd;
        if (turn.Person.Role is PersonRole.Operator && opd is null) return Turn.One(x.NoOpd);
        var items = await turn.Services.Plans.ListAsync(new PlanFilter { Opd = opd, Framework = turn.Framework, Year = turn.Year }, turn.Ct);
        var evidence = await turn.Services.Evidence.ListAsync(new EvidenceFilter { Framework = turn.Framework, Year = turn.Year, Limit = 100_000 }, turn.Ct);
        var byIndicator = evidence.GroupBy(r => r.Indicator ?? 0).ToDictionary(g => g.Key, g => g.ToList());
        var incomplete = items.Where(i => i.Status is PlanStatus.Open or PlanStatus.InProgress && i.TargetLevel is not null)
            .GroupBy(i => (i.Indicator, Level: i.TargetLevel!.Value))
            .Select(g => (g.Key.Indicator, g.Key.Level, Deadline: g.Min(i => i.Deadline),
                Checklist: EvidenceChecklist.For(catalog, g.Key.Indicator, g.Key.Level, byIndicator.GetValueOrDefault(g.Key.Indicator, []))))
            .Where(c => c.Checklist.Items.Count > 0 && !c.Checklist.Complete)
            .OrderBy(c => c.Deadline ?? DateOnly.MaxValue).ThenBy(c => c.Indicator).ToList();
        var whose = opd ?? x.AllOpds;
        // No plan, or no target in it: nothing to measure the evidence against — said as such, not "all complete".
        if (items.Count == 0) return Turn.One(x.NoPlan(whose, turn.Year) + "\n" + x.ImportPlan(turn.IsCoordinator) + "\n" + x.MissingMore);
        if (!items.Any(i => i.Status is PlanStatus.Open or PlanStatus.InProgress && i.TargetLevel is not null))
            return Turn.One(x.NoOpenTargets(whose, turn.Year) + "\n" + x.MissingMore);
        if (incomplete.Count == 0) return Turn.One(x.NothingMissing(whose) + "\n" + x.MissingMore);
        var lines = incomplete.Take(Shown).Select(c => x.MissingPlanLine(c.Indicator, c.Level, c.Checklist.RequiredApproved, c.Checklist.Required, turn.Texts.Date(c.Deadline))).ToList();
        if (incomplete.Count > Shown) lines.Add(x.AndMore(incomplete.Count - Shown));
        var buttons = incomplete.Take(Shown).Select(c => new ReplyButton($"/bukti {c.Indicator} {c.Level}", $"/bukti {c.Indicator} {c.Level}")).ToList();
        var parts = MessageSplitter.Split(x.MissingPlanHeader(whose, turn.Year) + "\n" + string.Join("\n", lines) + "\n\n" + x.MissingMore, Reply.MaxMessageLength);
        return [new Reply(parts[0], buttons, parts.Skip(1).ToList())];
    }
}
