using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Evidence;

/// <summary>Where one evidence item of a level stands: the best state among its current files.</summary>
public enum ItemState { Missing, Rejected, Pending, Approved }

/// <param name="Item">1-based number in the level's Kriteria Bukti Dukung.</param>
/// <param name="Optional">The Pedoman marks it "(opsional)": shown, but not needed for the level.</param>
public sealed record ChecklistItem(int Item, string Text, bool Optional, int Approved, int Pending, int Rejected)
{
    public ItemState State => Approved > 0 ? ItemState.Approved : Pending > 0 ? ItemState.Pending : Rejected > 0 ? ItemState.Rejected : ItemState.Missing;
}

/// <summary>The Pedoman's evidence items of one level against what has been uploaded (all OPDs together: the
/// instansi is evaluated as a whole).</summary>
/// <param name="Others">Current "lainnya" files (supporting material outside the numbered items).</param>
public sealed record LevelChecklist(int Indicator, int Level, IReadOnlyList<ChecklistItem> Items, int Others)
{
    public int Required => Items.Count(i => !i.Optional);
    public int RequiredApproved => Items.Count(i => !i.Optional && i.State == ItemState.Approved);
    public int Pending => Items.Count(i => i.State == ItemState.Pending);
    /// <summary>Every required item has an approved file.</summary>
    public bool Complete => Required > 0 && RequiredApproved == Required;
}

public static class EvidenceChecklist
{
    public static bool IsOptional(string itemText) => itemText.Contains("(opsional)", StringComparison.OrdinalIgnoreCase);

    /// <param name="current">Uploads of this indicator (any level; superseded and drafts are ignored).</param>
    public static LevelChecklist For(CriteriaCatalog catalog, int indicator, int level, IEnumerable<EvidenceRecord> current)
    {
        var texts = catalog.FindIndicator(indicator)?.Level(level)?.Evidence ?? [];
        var files = current.Where(e => e.Indicator == indicator && e.Level == level
                                       && e.Status is EvidenceStatus.Pending or EvidenceStatus.Approved or EvidenceStatus.Rejected).ToList();
        var items = texts.Select((text, i) =>
        {
            var mine = files.Where(f => f.Item == i + 1).ToList();
            return new ChecklistItem(i + 1, text, IsOptional(text),
                mine.Count(f => f.Status == EvidenceStatus.Approved), mine.Count(f => f.Status == EvidenceStatus.Pending),
                mine.Count(f => f.Status == EvidenceStatus.Rejected));
        }).ToList();
        return new LevelChecklist(indicator, level, items, files.Count(f => f.Item == 0 && f.Status != EvidenceStatus.Rejected));
    }

    /// <summary>
    /// The highest level whose required items, and those of every level below it, all have an approved file;
    /// 0 when even level 1 is incomplete. What the evidence supports, for the self-assessment draft.
    /// </summary>
    public static int SupportedLevel(CriteriaCatalog catalog, int indicator, IEnumerable<EvidenceRecord> current) =>
        SupportedLevel(catalog, indicator, current.Where(e => e.Indicator == indicator && e.Status == EvidenceStatus.Approved)
            .Select(e => (e.Level!.Value, e.Item!.Value)));

    /// <param name="approved">(level, item) of every approved file of the indicator.</param>
    public static int SupportedLevel(CriteriaCatalog catalog, int indicator, IEnumerable<(int Level, int Item)> approved)
    {
        var have = approved.ToHashSet();
        var supported = 0;
        for (var level = 1; level <= 5; level++)
        {
            var items = catalog.FindIndicator(indicator)?.Level(level)?.Evidence ?? [];
            var required = items.Select((text, i) => (text, i)).Where(x => !IsOptional(x.text)).ToList();
            if (required.Count == 0 || required.Any(x => !have.Contains((level, x.i + 1)))) break;
            supported = level;
        }
        return supported;
    }
}
