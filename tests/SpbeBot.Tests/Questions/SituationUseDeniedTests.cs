using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2 (wip-36sc, the last session's leftover): a review's results "not (yet) used to revise …" deny the
/// follow-up — the use for it did not happen — however far the negator stands before the purpose ("have not been used
/// yet to revise", "belum benar-benar digunakan untuk merevisi"). Before, the description was placed at level 5. Worded
/// for the test.
/// </summary>
public class SituationUseDeniedTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    static SituationReader.Placement Place(int indicator, string question) =>
        Reader.Place(indicator, question, service: false, evaluationYear: 2026);

    [Theory]
    [InlineData("Our SDM competency plan is set by the Bupati and was reviewed in 2025; the review results have not been used yet to revise the competency model. What level?")]
    [InlineData("Our SDM competency plan is set by the Bupati and was reviewed in 2025; the review results have not yet been used to revise the competency model. What level?")]
    [InlineData("Rencana kompetensi SDM SPBE sudah ditetapkan Bupati dan direviu tahun 2025, hasil reviu itu belum benar-benar digunakan untuk merevisi model kompetensi. Level berapa?")]
    public void Review_results_not_used_to_revise_deny_the_follow_up(string question)
    {
        var p = Place(25, question);
        Assert.Contains(SituationReader.Element.FollowedUp, p.Denied);
        Assert.DoesNotContain(SituationReader.Element.FollowedUp, p.Asserted);
        Assert.Contains(SituationReader.Element.Reviewed, p.Asserted);
        Assert.Equal(4, p.Level);
    }

    [Fact]
    public void Review_results_used_to_revise_are_the_follow_up()
    {
        var p = Place(25, "Our SDM competency plan is set by the Bupati and was reviewed in 2025; the review results have been used to revise the competency model. What level?");
        Assert.Contains(SituationReader.Element.FollowedUp, p.Asserted);
        Assert.Equal(5, p.Level);
    }
}

/// <summary>
/// Issue 15 point 2 (wip-36sc): on the Tim Koordinasi's ladder (its criteria name the "program kerja") the activities listed
/// in the work programme are its contents, not the ladder's steps: "penyusunan arsitektur" is no draft, "monev aplikasi"
/// no review, "SOP" no guideline (AZ's, BB's and BE's two-offs). "Reviu atas program kerja belum" denies the review, not
/// the programme. Worded for the test.
/// </summary>
public class SituationProgrammeItemsTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    static SituationReader.Placement Place(int indicator, string question) =>
        Reader.Place(indicator, question, service: false, evaluationYear: 2026);

    [Theory]
    // Was level 1: "penyusunan arsitektur" read as a draft.
    [InlineData("Tim Koordinasi SPBE kami ditetapkan dengan SK Bupati. Program kerja tahun ini: penyusunan arsitektur, rapat triwulan, bimtek operator, semuanya terlaksana. Tapi program kerja itu belum disosialisasikan ke semua OPD. Level berapa?", 3)]
    // Was level 4: "monev aplikasi" read as a review and "SOP" as a guideline.
    [InlineData("Tim koordinasi kami sudah di-SK-kan bupati dan menyusun program kerja 2026 isinya 6 kegiatan (rakor, penyusunan SOP, monev aplikasi, dll). Baru 3 yang terlaksana. Level berapa?", 2)]
    public void A_work_programmes_listed_activities_are_no_steps_of_the_ladder(string question, int level)
    {
        var p = Place(19, question);
        Assert.DoesNotContain(SituationReader.Element.Draft, p.Asserted);
        Assert.Equal(level, p.Level);
    }

    [Theory]
    // Review m36qs (r36b finding 2): the team's own reviu/evaluasi of the programme and its perbaikan, listed after
    // "Kegiatan …:", are the Pedoman's levels 4 and 5 applied to the programme, not its contents (were 3).
    [InlineData("Kegiatan Tim Koordinasi SPBE tahun ini: reviu dan evaluasi program kerja oleh Bappeda, hasilnya dipakai untuk perbaikan program kerja 2026. Program kerja sudah dilaksanakan seluruhnya dan dikomunikasikan ke semua OPD. Level berapa?")]
    [InlineData("Kegiatan tim koordinasi SPBE thn ini: rapat evaluasi program kerja semester, reviu capaian oleh Inspektorat, dan perbaikan renja 2026 dari hasil reviu itu. Program kerja dilaksanakan seluruhnya sesuai rencana dan dikomunikasikan ke semua OPD. Level berapa?")]
    public void The_programmes_own_review_and_revision_listed_are_read(string question)
    {
        var p = Place(19, question);
        Assert.Contains(SituationReader.Element.Reviewed, p.Asserted);
        Assert.Equal(5, p.Level);
    }

    [Fact]
    public void A_listed_review_of_something_else_is_still_left_out()
    {
        // Near miss: "monev aplikasi", "evaluasi kinerja OPD", "perbaikan jaringan" review and mend things the programme
        // holds, not the programme: they stay out, and the programme not communicated keeps level 3.
        var p = Place(19, "Tim Koordinasi SPBE kami ditetapkan dengan SK Bupati. Program kerja tahun ini: monev aplikasi, evaluasi kinerja OPD, perbaikan jaringan, semuanya terlaksana. Tapi program kerja itu belum disosialisasikan ke semua OPD. Level berapa?");
        Assert.DoesNotContain(SituationReader.Element.Reviewed, p.Asserted);
        Assert.Equal(3, p.Level);
    }

    [Fact]
    public void A_review_of_the_programme_denied_leaves_the_programme()
    {
        var p = Place(19, "Tim Koordinasi SPBE kami ditetapkan SK Bupati, program kerja tahun ini semuanya sudah terlaksana dan disosialisasikan ke seluruh OPD. Reviu atas program kerja juga belum. Level berapa?");
        Assert.Contains(SituationReader.Element.Reviewed, p.Denied);
        Assert.DoesNotContain(SituationReader.Element.Planned, p.Denied);
        Assert.Equal(3, p.Level);
    }

    [Fact]
    public void On_another_ladder_the_listed_activities_are_read()
    {
        // Indicator 4's ladder names no work programme: a draft named in a list is still a draft.
        var p = Place(4, "Kegiatan kami tahun ini: penyusunan rancangan perbup manajemen data, belum ditetapkan. Level berapa?");
        Assert.Equal(1, p.Level);
    }
}
