using SpbeBot.Core.Evidence;
using SpbeBot.Dialogs.Evidence;

namespace SpbeBot.Tests.Dialogs;

/// <summary>An optional evidence item says so once: the Pedoman's own "(opsional)." at the end of a quoted item is not repeated. Texts written for these tests.</summary>
public class EvidenceItemLineTests
{
    [Fact]
    public void An_item_whose_text_says_optional_is_not_marked_twice()
    {
        var item = new ChecklistItem(4, "Bukti undangan rapat evaluasi layanan (opsional).", Optional: true, 0, 0, 0);
        var line = EvidenceTexts.Id.ItemLine(item, whole: true);
        Assert.Equal(1, line.Split("(opsional)").Length - 1);
        Assert.EndsWith("(opsional). — belum ada", line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_optional_item_is_marked_in_the_persons_language()
    {
        var said = new ChecklistItem(4, "Bukti undangan rapat evaluasi layanan (opsional).", Optional: true, 0, 0, 0);
        var unsaid = new ChecklistItem(3, "Dokumentasi aktivitas evaluasi layanan", Optional: true, 0, 0, 0);
        Assert.Contains("(opsional). (optional) — missing", EvidenceTexts.En.ItemLine(said, whole: true), StringComparison.Ordinal);
        Assert.EndsWith("layanan (opsional) — belum ada", EvidenceTexts.Id.ItemLine(unsaid), StringComparison.Ordinal);
    }
}
