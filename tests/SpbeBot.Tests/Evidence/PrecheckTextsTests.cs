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

    [Fact]
    public void A_reviu_report_that_supports_no_level_is_told_what_the_reviu_level_needs_not_level_1()
    {
        var check = ScriptedChecker.Verdict(Request with { Indicator = 11, Level = 4 }, 0,
            missing: ["Level 4: isu/permasalahan hasil reviu", "Level 4: rekomendasi perbaikan"]);
        Assert.Equal("➡️ Untuk level 4 masih perlu: isu/permasalahan hasil reviu; rekomendasi perbaikan", PrecheckTexts.Id.Lines(check).Split('\n')[1]);
        // Near miss: a need without its level's name is the next level's.
        var plain = ScriptedChecker.Verdict(Request, 0, missing: ["Dokumen tentang Audit TIK"]);
        Assert.Equal("➡️ Untuk level 1 masih perlu: Dokumen tentang Audit TIK", PrecheckTexts.Id.Lines(plain).Split('\n')[1]);
    }

    [Fact]
    public void An_english_reader_is_told_the_checkers_own_needs_in_english_and_criterion_texts_as_the_pedoman_writes_them()
    {
        var other = ScriptedChecker.Verdict(Request, 0, missing: ["Dokumen milik Pemerintah Kabupaten Sukamaju sendiri"]);
        Assert.Equal("➡️ Level 1 still needs: a document of Pemerintah Kabupaten Sukamaju itself", PrecheckTexts.En.Lines(other).Split('\n')[1]);
        var offTopic = ScriptedChecker.Verdict(Request, 0, missing: ["Dokumen tentang Audit TIK"]);
        Assert.Equal("➡️ Level 1 still needs: a document about Audit TIK", PrecheckTexts.En.Lines(offTopic).Split('\n')[1]);
        // Near miss: a criterion's own text is quoted as written.
        var criterion = ScriptedChecker.Verdict(Request, 1, missing: ["Level 2: telah ditetapkan"]);
        Assert.Equal("➡️ Level 2 still needs: telah ditetapkan", PrecheckTexts.En.Lines(criterion).Split('\n')[1]);
    }

    [Fact]
    public void The_coordinator_sees_why_the_level_is_what_it_is_and_one_quote_once()
    {
        var title = new FoundElement("topik: Arsitektur", "LAPORAN HASIL REVIU ARSITEKTUR SPBE", 1);
        var check = ScriptedChecker.Verdict(Request with { Indicator = 11, Level = 4 }, 0,
            found: [title, title with { Element = "reviu/evaluasi kebijakan" }], missing: ["Level 4: isu/permasalahan hasil reviu"]);
        var view = PrecheckTexts.Id.ForCoordinator(new StoredCheck(1, "x", "spbe-2024", 11, 4, EvidenceCheckStatus.Done, check, 1, null, null, false)).Split('\n');
        Assert.Equal("➡️ Untuk level 4 masih perlu: isu/permasalahan hasil reviu", view[1]);
        Assert.Single(view, l => l.StartsWith("📌", StringComparison.Ordinal));
    }
}
