using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Dialogs.Evidence;

namespace SpbeBot.Tests.Evidence;

/// <summary>The receipt's pre-check lines as the person reads them (no database).</summary>
public class PrecheckTextsTests
{
    static readonly EvidenceCheckRequest Request = new("/dev/null", "perbup.pdf", "spbe-2024", 1, 3, 2026, AllowOcr: false);

    [Fact]
    public void The_next_levels_line_does_not_repeat_the_level_it_names_and_keeps_another_levels_name()
    {
        var check = ScriptedChecker.Verdict(Request, 3,
            missing: ["Level 4: laporan/notulensi reviu atau evaluasi kebijakan < 2 tahun berisi isu dan rekomendasi", "Level 5: kebijakan baru hasil reviu"]);
        var line = PrecheckTexts.Id.Lines(check).Split('\n')[1];
        Assert.Equal("➡️ Untuk level 4 masih perlu: laporan/notulensi reviu atau evaluasi kebijakan < 2 tahun berisi isu dan rekomendasi; Level 5: kebijakan baru hasil reviu", line);
        Assert.Equal("➡️ Level 4 still needs: laporan/notulensi reviu atau evaluasi kebijakan < 2 tahun berisi isu dan rekomendasi; Level 5: kebijakan baru hasil reviu",
            PrecheckTexts.En.Lines(check).Split('\n')[1]);
    }
}
