using SpbeBot.Core.Criteria;
using SpbeBot.Core.Evidence;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;

namespace SpbeBot.Dialogs.Evidence;

/// <summary>The checklist: what the Pedoman asks for per level against what has been uploaded and approved.</summary>
static class EvidenceView
{
    /// <summary>"/bukti &lt;indicator&gt; [level]": one level's items, or a line per level with buttons to open each.</summary>
    public static async Task<IReadOnlyList<Reply>> ChecklistAsync(Turn turn)
    {
        var e = turn.EvidenceTexts;
        var catalog = CatalogStore.Get(turn.Framework);
        var args = turn.ArgList;
        if (args.Length == 0 || !int.TryParse(args[0], out var number) || catalog.FindIndicator(number) is not { } indicator)
            return Turn.One(e.ChecklistUsage);
        int? level = args.Length > 1 && int.TryParse(args[1].TrimStart('L', 'l'), out var l) && l is >= 1 and <= 5 ? l : null;
        var current = await CurrentAsync(turn, number);
        var header = e.ChecklistHeader(number, indicator.Name);
        if (level is null)
        {
            var lines = indicator.Levels.Select(x => e.LevelSummary(EvidenceChecklist.For(catalog, number, x.Level, current)));
            var buttons = indicator.Levels.Select(x => new ReplyButton($"Level {x.Level}", $"/bukti {number} {x.Level}")).ToArray();
            return Turn.One(header + "\n" + string.Join("\n", lines) + "\n\n" + e.UploadHint(turn.IsTerminal), buttons);
        }
        var checklist = EvidenceChecklist.For(catalog, number, level.Value, current);
        var text = header + "\n" + e.LevelSummary(checklist) + "\n" + string.Join("\n", checklist.Items.Select(i => e.ItemLine(i)))
                   + (checklist.Others > 0 ? "\n" + e.Others(checklist.Others) : "") + "\n\n" + e.UploadHint(turn.IsTerminal);
        var parts = MessageSplitter.Split(text, Reply.MaxMessageLength);
        return [new Reply(parts[0], [], parts.Skip(1).ToList())];
    }

    /// <summary>"Level 4: 2 dari 4 bukti sudah disetujui" for criteria answers and plan items.</summary>
    public static async Task<string> SummaryAsync(Turn turn, int indicator, int level) =>
        Summary(turn, indicator, level, await CurrentAsync(turn, indicator));

    /// <summary>The same from the indicator's current evidence, already read (e.g. by <c>PlanStore.ForQuestionAsync</c>).</summary>
    public static string Summary(Turn turn, int indicator, int level, IReadOnlyList<EvidenceRecord> current) =>
        turn.EvidenceTexts.LevelSummary(EvidenceChecklist.For(CatalogStore.Get(turn.Framework), indicator, level, current));

    static Task<IReadOnlyList<EvidenceRecord>> CurrentAsync(Turn turn, int indicator) =>
        turn.Services.Evidence.ListAsync(new EvidenceFilter { Framework = turn.Framework, Year = turn.Year, Indicator = indicator }, turn.Ct);
}
