using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2 (wip-33sc): two readings behind two-offs of the retired authors. A word of establishing followed by
/// a new document ("belum ada penetapan kebijakan baru") denies the follow-up, not the policy in force; the past forms of
/// the verbs of conformity ("haven't followed the … guideline") deny the guideline, not a follow-up. Worded for the test.
/// </summary>
public class SituationRenewalAndConformityTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    static SituationReader.Placement Place(int indicator, string question) =>
        Reader.Place(indicator, question, service: false, evaluationYear: 2026);

    [Fact]
    public void A_new_policy_not_yet_set_is_the_follow_up_not_the_policy()
    {
        // Was level 1: "penetapan" denied read as the audit policy never established (two off).
        var p = Place(9, "Perwali Audit TIK kami sudah mengatur ketiga jenis audit: infrastruktur, aplikasi, dan keamanan. Perwali itu direviu Januari 2026 dan ada rekomendasi perbaikan, tapi belum ada penetapan kebijakan baru.");
        Assert.Equal(4, p.Level);
        Assert.Contains(SituationReader.Element.FollowedUp, p.Denied);
        Assert.DoesNotContain(SituationReader.Element.Established, p.Denied);
    }

    [Fact]
    public void Only_a_draft_after_the_denial_is_still_no_policy()
    {
        var p = Place(9, "Kebijakan audit TIK kami belum ditetapkan, baru draf.");
        Assert.Equal(1, p.Level);
    }

    [Fact]
    public void Not_having_followed_the_guideline_denies_the_guideline()
    {
        // Was level 4: "followed" read as a follow-up denied and the guideline as stated (two off).
        var p = Place(21, "Our SPBE risk activities are planned in the Peta Rencana and we keep a risk register, but we haven't followed the national SPBE risk management guideline. Which level?");
        Assert.Contains(SituationReader.Element.Guideline, p.Denied);
        Assert.DoesNotContain(SituationReader.Element.Guideline, p.Asserted);
        Assert.Equal(2, p.Level);
    }

    [Fact]
    public void A_strategy_not_yet_set_far_from_its_verb_denies_the_strategy_not_the_policy()
    {
        // Was level 1: the strategy's word eleven tokens before "belum ditetapkan", past the eight the reading looked back.
        var p = Place(22, "Pengendalian keamanan informasi telah dilaksanakan pada seluruh perangkat daerah dengan mengacu pada pedoman yang berlaku. Strategi keamanan informasi berbasis risiko SPBE dari Tim Koordinasi SPBE belum ditetapkan.");
        Assert.Contains(SituationReader.Element.Strategy, p.Denied);
        Assert.DoesNotContain(SituationReader.Element.Established, p.Denied);
        Assert.Equal(3, p.Level);
    }

    [Fact]
    public void A_step_not_repeated_is_no_step_denied()
    {
        // Was level 1 on the service ladder: "tidak diinput ulang" read as the data entry (interaction) denied.
        var p = Reader.Place(35, "Pengadaan dilaksanakan melalui SPSE, termasuk unggah penawaran, evaluasi dan persetujuan pemenang oleh Pokja. Paket pengadaan terhubung dengan data perencanaan dan anggaran sehingga tidak diinput ulang. Belum ada reviu layanan.", service: true, evaluationYear: 2026);
        Assert.DoesNotContain(SituationReader.Element.Interaction, p.Denied);
        Assert.Equal(4, p.Level);
    }

    [Fact]
    public void A_review_not_repeated_is_still_the_review_denied()
    {
        // Guard (av-i021 in tuning): "belum ada reviu ulang" after a review of 2024 says there is no current review.
        var p = Place(11, "Dokumen Arsitektur SPBE telah ditetapkan dengan Keputusan Wali Kota dan memuat keenam domain secara lengkap. Reviu terakhir September 2024, sejak itu belum ada reviu ulang.");
        Assert.Contains(SituationReader.Element.Reviewed, p.Denied);
    }

    // m33sc (review of wip-33sc): the reviewer's regressions, worded for the test.
    const string PlanReviewed = "Peta Rencana SPBE kami ditetapkan dengan Perbup, mencakup seluruh domain SPBE, dan sudah direviu pada Januari 2026. ";

    [Theory]
    [InlineData(PlanReviewed + "Perubahan Peta Rencana berdasarkan hasil reviu tersebut belum ditetapkan.")]
    [InlineData(PlanReviewed + "Perbup perubahan sesuai rekomendasi hasil reviu belum ditetapkan.")]
    [InlineData("Our SPBE roadmap was established by a regent regulation, covers all SPBE domains, and was reviewed in January 2026. The amendment based on the review findings has not been established yet.")]
    public void An_amendment_not_set_denies_the_amendment_not_the_review_nearest_the_verb(string question)
    {
        // Was level 3: the review word nearest the denied "ditetapkan" taken as its subject, the review denied.
        var p = Place(12, question);
        Assert.Equal(4, p.Level);
        Assert.DoesNotContain(SituationReader.Element.Reviewed, p.Denied);
    }

    [Theory]
    [InlineData("Our SPBE roadmap was established by a regent regulation, covers all SPBE domains, was reviewed in January 2026, and the review results were followed up according to the national guideline.")]
    [InlineData("Our SPBE roadmap was established by a regent regulation, covers all SPBE domains, was reviewed in January 2026, and the results were followed according to the SPBE guideline.")]
    public void A_follow_up_done_according_to_a_guideline_is_the_follow_up(string question)
    {
        // Was level 4: the past form of "follow" before a guideline read as conformity, the follow-up dropped.
        var p = Place(12, question);
        Assert.Contains(SituationReader.Element.FollowedUp, p.Asserted);
        Assert.Equal(5, p.Level);
    }

    [Theory]
    [InlineData(9, "Kebijakan audit TIK kami belum ditetapkan, perwal baru diajukan ke bagian hukum bulan lalu.")]
    [InlineData(4, "Kebijakan manajemen data belum ditetapkan, peraturan baru dibahas dengan OPD.")]
    [InlineData(12, "Peta Rencana SPBE belum ditetapkan, perwal baru diajukan ke bagian hukum. indikator 12 level berapa?")]
    [InlineData(21, "Kebijakan manajemen risiko SPBE belum ditetapkan, perbup baru dibahas. indikator 21 level berapa?")]
    [InlineData(21, "Dokumennya belum ditetapkan, perwal baru diajukan ke bagian hukum. indikator 21 level berapa?")]
    public void A_new_document_after_a_comma_is_the_next_clause_not_the_follow_up(int indicator, string question)
    {
        // Was read as the follow-up denied: the comma between "ditetapkan" and "perwal baru" dropped with the tokens.
        // Branch m34sc: the three rows of indicators 12 and 21 were level 4, "perwal baru" read as the follow-up denied.
        var p = Place(indicator, question);
        Assert.DoesNotContain(SituationReader.Element.Established, p.Asserted);
        Assert.DoesNotContain(SituationReader.Element.FollowedUp, p.Denied);
        Assert.Equal(1, p.Level);
    }

    [Fact]
    public void Not_having_followed_up_the_review_is_still_the_follow_up_denied()
    {
        // Guard: "haven't followed up" is the follow-up denied, not the conformity to the guideline after it.
        var p = Place(12, "Our SPBE roadmap was established by a regent regulation, covers all SPBE domains and was reviewed in January 2026, but we haven't followed up the review results according to the national guideline yet.");
        Assert.Contains(SituationReader.Element.FollowedUp, p.Denied);
        Assert.DoesNotContain(SituationReader.Element.Guideline, p.Denied);
        Assert.Equal(4, p.Level);
    }
}
