using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2 (wip-15h): negations and "not yet / only some" read with what they deny, and no level claimed from a
/// feature word without its condition — never two levels off. Each row is worded for the test, not copied from a set.
/// </summary>
public class SituationNegationTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    static SituationReader.Placement Place(int indicator, string question) => Reader.Place(indicator, question, service: indicator >= 32);

    [Theory]
    // Manajemen Risiko level 1: "diterapkan tanpa program kegiatan yang terarah dan terencana"; "gada" is "ga ada".
    [InlineData("penilaian risiko cuma kalau ada temuan inspektorat, gada program rutinnya")]
    [InlineData("gada rencana manajemen risiko, kami hanya isi formulir risiko saat diminta")]
    public void No_programme_written_as_one_word_is_level_1(string question)
    {
        var p = Place(21, question);
        Assert.Equal(1, p.Level);
        Assert.Contains(SituationReader.Element.Planned, p.Denied);
    }

    [Theory]
    // Branch wip-25sm: "haven't started" denies the follow-up as "have not started" does; the "t" of "n't" is no word between.
    [InlineData("Our intranet reaches all OPDs and is interconnected with the national government intranet; we reviewed it in January 2026 with findings. Improvements haven't started. Level?")]
    [InlineData("Our intranet reaches all OPDs and is interconnected with the national government intranet; we reviewed it in January 2026 with findings. The improvements haven't been made yet. Level?")]
    public void A_contracted_not_denies_the_follow_up(string question)
    {
        var p = Place(17, question);
        Assert.Equal(4, p.Level);
        Assert.Contains(SituationReader.Element.FollowedUp, p.Denied);
    }

    [Fact]
    public void Improvements_based_on_the_review_not_made_keep_the_review() =>
        // Four words between the follow-up and its review ("improvements based on that review") still name the review held.
        Assert.Equal(4, Place(21, "Risk management: every OPD keeps the SPBE risk register under the PermenPANRB 5/2020 method, the Tim Koordinasi set the risk strategy for the whole province, and the Inspektorat reviewed it in 2025. Improvements based on that review haven't been made yet. Level?").Level);

    [Fact]
    public void Gada_is_a_negator_of_the_vocabulary() =>
        Assert.Contains("gada", SituationReader.NegatorWords);

    [Fact]
    public void Not_yet_applied_to_every_unit_denies_the_reach_not_the_policy()
    {
        // Kebijakan Internal Manajemen Data: every content of level 4 is listed; "belum diberlakukan bagi seluruh OPD" does
        // not make the Perbup a draft, and "belum direviu" stops it below level 5.
        var p = Place(3, "Perbup manajemen data kami mengatur arsitektur data, data induk, data referensi, basis data, kualitas data dan interoperabilitas data, tetapi belum diberlakukan untuk semua OPD dan belum direviu.");
        Assert.Equal(4, p.Level);
        Assert.DoesNotContain(SituationReader.Element.Established, p.Denied);
        // Not set at all: level 1.
        Assert.Equal(1, Place(3, "Perbup manajemen data kami belum ditetapkan, masih dibahas di bagian hukum.").Level);
    }

    [Fact]
    public void A_strategy_not_yet_set_denies_the_strategy_not_the_practice()
    {
        // Manajemen Keamanan Informasi: the controls run in every OPD; what is not set is the strategy (level 4), so the
        // practice is not sent down to level 1.
        var p = Place(22, "Kontrol keamanan informasi sudah berjalan sesuai pedoman di semua OPD, tetapi strategi keamanan informasi dari tim koordinasi belum juga ditetapkan.");
        Assert.True(p.Level >= 3, $"level {p.Level}");
        Assert.Contains(SituationReader.Element.Strategy, p.Denied);
        Assert.DoesNotContain(SituationReader.Element.Established, p.Denied);
    }

    [Theory]
    // Audit level 3's condition: "dilaksanakan oleh auditor … internal"; level 4 needs an external certified auditor, so a
    // follow-up of the findings does not reach level 5 over it.
    [InlineData(31, "Audit keamanan kami dijadwalkan tiap dua tahun, mengacu standar BSSN, dilakukan tim internal Diskominfo, dan temuannya sudah ditindaklanjuti.")]
    [InlineData(30, "Our application audit is planned every two years, uses a standard, is done by our own internal auditors, and its findings were fixed.")]
    [InlineData(30, "Audit aplikasi diperiksa Inspektorat sesuai pedoman audit dan terjadwal, hasil audit sudah diperbaiki.")]
    public void An_internal_auditor_stops_below_the_external_level(int indicator, string question)
    {
        var p = Place(indicator, question);
        Assert.Equal(3, p.Level);
        Assert.Contains(SituationReader.Element.External, p.Denied);
    }

    [Fact]
    public void An_internal_policy_is_not_an_internal_auditor() =>
        Assert.DoesNotContain(SituationReader.Element.External, Place(30, "Audit aplikasi kami terjadwal dan mengikuti standar sesuai kebijakan internal audit TIK.").Denied);

    [Fact]
    public void Not_following_a_guideline_denies_the_guideline_not_a_follow_up()
    {
        // Manajemen Risiko level 2: a planned programme "tanpa mengacu pada pedoman"; level 3: with the guideline.
        var p = Place(21, "Our SPBE risk work runs as a planned yearly programme, but it is not following the national risk management guideline.");
        Assert.Equal(2, p.Level);
        Assert.Contains(SituationReader.Element.Guideline, p.Denied);
        Assert.DoesNotContain(SituationReader.Element.FollowedUp, p.Denied);
    }

    [Theory]
    // Sistem Penghubung Layanan level 4: integrated with other agencies' SPLP *and* reviewed. An API between two OPDs names
    // neither the system nor the review: no level 4 from the word alone.
    [InlineData(18, "Dua dinas kami tukar data lewat API buatan vendor, tapi sistem penghubung layanan sendiri belum punya.")]
    [InlineData(18, "The gateway connects Bapenda and BPKAD only.")]
    public void A_feature_word_without_its_condition_points_at_no_level(int indicator, string question)
    {
        var p = Place(indicator, question);
        Assert.NotNull(p.Level);
        Assert.True(p.Level <= 2, $"level {p.Level}");
        Assert.False(p.PointsAt);
    }

    [Fact]
    public void A_level_named_in_full_is_still_pointed_at()
    {
        // Both criteria of level 4 named, nothing of the levels below: the description points at 4 and the reply asks.
        var p = Place(18, "SPLP kita sudah terintegrasi dengan SPLP pemprov dan direviu tiap tahun.");
        Assert.Equal(4, p.Level);
        Assert.False(p.Decided);
    }

    [Fact]
    public void Only_a_limit_on_a_ladder_without_a_partial_level_is_level_1()
    {
        // Manajemen Aset TIK has no level whose condition is "sebagian": "cuma" blocks the level of every unit but reaches
        // nothing; level 2 (a planned programme) is what decides.
        var p = Place(24, "aset TIK kami cuma dicatat di aplikasi BMD");
        Assert.Equal(1, p.Level);
        Assert.False(p.Decided);
        Assert.Equal(2, p.DecidingLevel);
    }

    [Theory]
    // The Pedoman counts a review while it is valid (< 2 years): the description dates its last review and says the year now.
    [InlineData("Perbup keamanan informasi kami mengatur seluruh cakupan dan berlaku untuk semua OPD; reviu terakhir tahun 2021, sekarang 2024.", 3)]
    [InlineData("Perbup keamanan informasi kami mengatur seluruh cakupan dan berlaku untuk semua OPD; reviu terakhir tahun 2023, sekarang 2024.", 4)]
    public void A_review_dated_two_years_before_the_year_said_now_does_not_count(string question, int level) =>
        Assert.Equal(level, Place(8, question).Level);

    // wip-23sm: "sama sekali" after "belum pernah" stresses the denial; it is no other verb the "pernah" belongs to.
    [Theory]
    [InlineData("Perbup keamanan informasi kami mengatur seluruh cakupan dan berlaku untuk semua OPD, tapi reviu blm pernah sama sekali. level berapa?")]
    [InlineData("Our information security regulation covers the whole scope and applies to all OPDs, but a review has never been done at all. Which level?")]
    public void A_review_never_done_at_all_is_denied(string question)
    {
        var p = Place(8, question);
        Assert.Equal(3, p.Level);
        Assert.Contains(SituationReader.Element.Reviewed, p.Denied);
    }

    [Theory]
    // wip-24sm: a list of the criterion's items with the policy itself denied ("perbupnya belum ada") is no policy yet
    // (level 1 at most), not a policy that covers part of the items (level 3).
    [InlineData("aturan arsitektur data dan basis data masih dibahas di bagian hukum, perbupnya belum ada. level berapa?")]
    [InlineData("arsitektur data dan basis data sudah dibahas, tapi belum ada perbup. level berapa?")]
    public void A_list_whose_policy_does_not_exist_is_not_partial_coverage(string question)
    {
        var p = Place(3, question);
        Assert.True(p.Level <= 1, $"placed {p.Level}");
        Assert.DoesNotContain(SituationReader.Element.Partial, p.Asserted);
    }

    [Fact]
    public void A_list_with_items_denied_stays_partial_coverage() =>
        // Its near miss: the Perbup is set and two items are denied — part of the contents (level 3).
        Assert.Equal(3, Place(3, "Perbup manajemen data sudah ditetapkan, mengatur data induk dan data referensi, arsitektur data dan basis data belum diatur. level berapa?").Level);
}
