using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Branch wip-33ib: a short form the Pedoman writes in capitals at one level of one indicator only ("BPMN" at level 4 of
/// indicator 14, "CSIRT" at level 4 of indicator 22), asked at which level it counts, is answered with that level — not
/// placed as an account of the asker's state. An account that denies something, or states two notions of the criteria
/// besides, is still placed. And whether a practice is accepted ("masih diakui?", "does that count for …?"), with no level
/// asked, is no account to place. Each row is worded for the test, not copied from a set.
/// </summary>
public class NamedShortFormLevelTests
{
    static readonly QuestionParser Parser = new(CatalogStore.Get("spbe-2024"));

    [Theory]
    [InlineData("Kami baru bentuk CSIRT bulan lalu, itu ngaruh ke indikator apa dan level berapa?", 22, 4)]
    [InlineData("BPMN as-is dan to-be dipakai di level berapa?", 14, 4)]
    [InlineData("We created a CSIRT last month. Which indicator and level is that for?", 22, 4)]
    public void A_short_form_asked_for_its_level_gets_the_level_that_names_it(string question, int indicator, int level)
    {
        var u = Parser.Parse(question);
        Assert.Equal(indicator, u.Indicator);
        Assert.Equal(level, u.Level);
        Assert.Equal(QuestionKind.Level, u.Kind);
    }

    /// <summary>
    /// Every short form of the catalog's table (BPMN 14/4, CSIRT 22/4, SDI 23/5, DRH 36/2, IPPD 44/2), asked once, with
    /// nothing told of the asker's state.
    /// </summary>
    [Theory]
    [InlineData("BPMN inovasi proses bisnis itu dipakai di level berapa?", 14, 4)]
    [InlineData("CSIRT di keamanan informasi itu level berapa?", 22, 4)]
    [InlineData("SDI di penerapan manajemen data itu level berapa?", 23, 5)]
    [InlineData("Unduh DRH pegawai di layanan kepegawaian itu level berapa?", 36, 2)]
    [InlineData("Informasi hukum IPPD di layanan JDIH itu level berapa?", 44, 2)]
    public void Each_short_form_of_the_table_gets_its_level(string question, int indicator, int level)
    {
        var u = Parser.Parse(question);
        Assert.Equal(indicator, u.Indicator);
        Assert.Equal(level, u.Level);
        Assert.Equal(QuestionKind.Level, u.Kind);
    }

    /// <summary>
    /// Branch m33ib: a short form in an account of an unfinished state (a draft, "masih konsep", "cuma di atas kertas") is
    /// the asker's state, placed — before, the short form's level (4) was given.
    /// </summary>
    [Theory]
    [InlineData("BPMN inovasi proses bisnis kami masih draft, level berapa?", 14, 1)]
    [InlineData("BPMN inovasi proses bisnis kami masih konsep, ngaruh ke level berapa?", 14, 1)]
    [InlineData("Keamanan informasi: CSIRT kami cuma di atas kertas, level berapa?", 22, 2)]
    public void A_short_form_in_an_unfinished_account_is_placed(string question, int indicator, int level)
    {
        var u = Parser.Parse(question);
        Assert.Equal(indicator, u.Indicator);
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.Equal(level, u.Level);
    }

    /// <summary>
    /// "belum atau sudah tertuang dalam RKA/DIPA" (indicator 13 level 1) names DIPA whether or not it holds: DIPA is no short
    /// form of a level, and "… sudah tertuang dalam DIPA, level berapa?" is placed, not answered with a bare level 1.
    /// </summary>
    [Fact]
    public void A_short_form_the_criterion_names_either_way_is_placed()
    {
        var u = Parser.Parse("Anggaran SPBE kami sudah tertuang dalam DIPA, level berapa?");
        Assert.Equal(13, u.Indicator);
        Assert.Equal(QuestionKind.Situation, u.Kind);
    }

    [Theory]
    [InlineData("CSIRT kami belum ada, pengendalian keamanan baru jalan di 3 OPD. level brp?")]
    [InlineData("Pengendalian keamanan informasi sudah jalan di semua OPD, strategi keamanan informasi ditetapkan Tim Koordinasi, dan ada CSIRT. Level berapa?")]
    public void An_account_around_the_short_form_is_still_placed(string question)
    {
        var u = Parser.Parse(question);
        Assert.Equal(22, u.Indicator);
        Assert.Equal(QuestionKind.Situation, u.Kind);
    }

    [Theory]
    [InlineData("kalo dinas kita pakai kanban, sdlc-nya diakui ga buat pembangunan aplikasi?")]
    [InlineData("Kami punya komite TIK yang dipimpin Sekda. Apakah komite itu bisa diakui sebagai tim koordinasi SPBE?")]
    [InlineData("Our team runs Kanban instead of waterfall for our apps. Does that still count for the application development indicator?")]
    public void Whether_a_practice_is_accepted_places_no_level(string question)
    {
        var u = Parser.Parse(question);
        Assert.NotEqual(QuestionKind.Situation, u.Kind);
        Assert.Null(u.Level);
    }

    /// <summary>
    /// Branch m33ib: "nilai", "skor", "posisi", "maturity", "where … stand" ask the level as "level" does; and "was accepted
    /// by the regent" is the asker's state, not a question whether it is accepted. Before, each got an overview.
    /// </summary>
    [Theory]
    [InlineData("Kebijakan internal manajemen data kami sudah ditetapkan tapi belum direviu, apakah diakui dan dapat nilai berapa?")]
    [InlineData("Kebijakan internal manajemen data kami sudah ditetapkan tapi belum direviu, kalau diakui kira-kira skor berapa?")]
    [InlineData("Perbup manajemen data kami sudah ditetapkan tapi belum direviu. Kalau begitu apakah diakui, posisi kami di mana?")]
    [InlineData("Our data management policy was accepted by the regent but never reviewed, where do we stand?")]
    [InlineData("Our data management policy was accepted and signed by the regent but never reviewed, what maturity are we?")]
    public void Acceptance_asked_with_another_word_for_the_level_is_still_placed(string question)
    {
        var u = Parser.Parse(question);
        Assert.Equal(3, u.Indicator);
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.NotNull(u.Level);
    }

    [Fact]
    public void Accepted_as_the_askers_own_state_is_placed()
    {
        // "was accepted by the regent" tells the state; no "is … accepted?" is asked.
        var u = Parser.Parse("Our data management policy was accepted by the regent but never reviewed, what does that make us?");
        Assert.Equal(3, u.Indicator);
        Assert.Equal(QuestionKind.Situation, u.Kind);
    }

    [Theory]
    [InlineData("Our team runs Kanban for our apps. Is that accepted for the application development indicator?")]
    [InlineData("We use Kanban for our apps, is a Kanban process accepted for application development?")]
    public void Accepted_asked_as_a_question_places_no_level(string question)
    {
        var u = Parser.Parse(question);
        Assert.NotEqual(QuestionKind.Situation, u.Kind);
        Assert.Null(u.Level);
    }

    [Fact]
    public void Acceptance_asked_with_a_level_is_still_placed()
    {
        // "… diakui level 2?": a level is asked, so the account is placed.
        var u = Parser.Parse("Rancangan perbup pusat data kami sudah dibahas tapi belum ditetapkan. Apakah sudah bisa diakui level 2?");
        Assert.Equal(QuestionKind.Situation, u.Kind);
    }
}
