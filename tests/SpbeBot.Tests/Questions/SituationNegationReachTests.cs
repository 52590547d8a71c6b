using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2 (branch wip-28sm): what a negation or a word of drafting reaches. "baru terbit, belum pernah direviu"
/// denies the review, not the issuing; drafting named as the asker's duty is no draft; "usulan yang tidak lolos konsultasi
/// tidak dianggarkan" is a rule, not consultation denied; Sundanese "teu acan" is "belum"; the improvement a
/// recommendation names is not a follow-up made, and recommendations not carried out leave the review held. Rows worded for the test; the evaluation year is an input.
/// </summary>
public class SituationNegationReachTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    static SituationReader.Placement Place(int indicator, string question) =>
        Reader.Place(indicator, question, service: indicator >= 32, evaluationYear: 2026);

    [Fact]
    public void Never_reviewed_since_it_was_issued_leaves_it_issued()
    {
        // Was placed 1: "terbit belum pernah" denied the issuing (two off).
        var p = Place(10, "Perwal Tim Koordinasi SPBE kami sudah mengatur tugas tim untuk penerapan SPBE di seluruh perangkat daerah, tapi belum mengatur koordinasi dengan instansi lain, dan karena baru terbit belum pernah direviu. Kebijakan internal tim koordinasi level berapa?");
        Assert.Equal(3, p.Level);
        Assert.Contains(SituationReader.Element.Established, p.Asserted);
        Assert.Contains(SituationReader.Element.Reviewed, p.Denied);
    }

    [Fact]
    public void Drafting_as_the_askers_duty_is_no_draft()
    {
        // Was placed 1: "yang pegang penyusunan" read as a draft.
        Assert.Equal(3, Place(10, "Saya Kabag Hukum yang pegang penyusunan Perwal Tim Koordinasi SPBE. Perwal Tim Koordinasi SPBE kami sudah mengatur tugas tim untuk penerapan SPBE di seluruh perangkat daerah, tapi belum mengatur koordinasi dengan instansi lain. Kebijakan internal tim koordinasi level berapa?").Level);
        // A document still being drafted is a draft.
        Assert.Equal(1, Place(10, "Perwal Tim Koordinasi SPBE kami masih dalam penyusunan. Kebijakan internal tim koordinasi level berapa?").Level);
    }

    [Fact]
    public void A_rule_for_proposals_that_fail_consultation_does_not_deny_consultation()
    {
        // Was placed 1: the relative clause's "tidak lolos konsultasi" denied consultation (two off).
        var p = Place(13, "Sejak 2025 semua usulan belanja TIK dari seluruh perangkat daerah wajib dikonsultasikan ke Diskominfo. Bappeda mengendalikan seluruh anggaran SPBE dalam satu daftar terpadu; usulan yang tidak lolos konsultasi tidak dianggarkan. Keterpaduan rencana dan anggaran kami level berapa?");
        Assert.Equal(3, p.Level);
        Assert.DoesNotContain(SituationReader.Element.Consulted, p.Denied);
    }

    [Theory]
    // Was "perwal direviu": the second negator and one word went, leaving a review asserted.
    [InlineData("Perwal yang belum ditetapkan itu belum pernah direviu", "perwal")]
    // Was "usulan dianggarkan": the filler went in place of the verb, leaving it un-negated.
    [InlineData("usulan yang tidak lolos konsultasi tidak pernah dianggarkan", "usulan")]
    [InlineData("usulan yang tidak lolos konsultasi belum juga dianggarkan oleh Bappeda", "usulan oleh bappeda")]
    // The rule without a filler goes as before; one negation only is no rule.
    [InlineData("usulan yang tidak lolos konsultasi tidak dianggarkan", "usulan")]
    [InlineData("proposals that never pass consultation are never funded", "proposals")]
    [InlineData("ada SOP yang belum ditetapkan", "ada sop yang belum ditetapkan")]
    public void A_conditional_rule_goes_with_its_whole_predicate(string text, string left) =>
        Assert.Equal(left, string.Join(' ', SituationReader.WithoutConditionalRule(TextNormalizer.Tokenize(text))));

    [Fact]
    public void A_never_reviewed_rule_clause_asserts_no_review()
    {
        // Was read "perwal direviu": a review asserted from its denial.
        var p = Place(10, "Perwal Tim Koordinasi SPBE kami sudah mengatur tugas tim untuk penerapan SPBE di seluruh perangkat daerah, tapi belum mengatur koordinasi dengan instansi lain. Perwal yang belum ditetapkan itu belum pernah direviu. Kebijakan internal tim koordinasi level berapa?");
        Assert.DoesNotContain(SituationReader.Element.Reviewed, p.Asserted);
    }

    [Fact]
    public void Sundanese_teu_acan_denies_the_improvement()
    {
        // Was placed 5: "Perbaikan teu acan" read as the improvement made.
        var p = Place(28, "Manajemen layanan SPBE urang tos ngawengku pelayanan pengguna sareng pengoperasian layanan, nganggo aplikasi helpdesk, direncanakeun dina peta rencana. Reviu dilaksanakeun Oktober 2025. Perbaikan teu acan. Level sabaraha?");
        Assert.Equal(4, p.Level);
        Assert.Contains(SituationReader.Element.FollowedUp, p.Denied);
    }

    [Theory]
    // Was placed 3: the negation of the recommendations took the review with it.
    [InlineData("Jaringan intra kami menghubungkan seluruh perangkat daerah dan terinterkoneksi dengan Jaringan Intra Pemerintah sejak 2025. Reviu jaringan intra dilaksanakan Agustus 2025, rekomendasinya belum dilaksanakan. Level berapa?", 4)]
    [InlineData("Jaringan intra kami menghubungkan seluruh perangkat daerah dan terinterkoneksi dengan Jaringan Intra Pemerintah sejak 2025. Reviu dilaksanakan Agustus 2025 dengan rekomendasi jalur cadangan yang belum dilaksanakan. Level berapa?", 4)]
    public void Recommendations_not_carried_out_leave_the_review_held(string question, int level)
    {
        var p = Place(17, question);
        Assert.Equal(level, p.Level);
        Assert.Contains(SituationReader.Element.Reviewed, p.Asserted);
    }

    [Theory]
    // Was placed 5: "rekomendasi perbaikan" read as the improvement made.
    [InlineData("Perbup Audit TIK kami telah mengatur audit infrastruktur SPBE, audit aplikasi SPBE, dan audit keamanan SPBE. Kebijakan itu direviu Juli 2025 dengan hasil notulensi dan rekomendasi perbaikan. Level berapa?", 4)]
    // The recommendations carried out are the follow-up.
    [InlineData("Perbup Audit TIK kami telah mengatur audit infrastruktur SPBE, audit aplikasi SPBE, dan audit keamanan SPBE. Kebijakan itu direviu Juli 2025 dengan rekomendasi perbaikan, dan rekomendasinya sudah dilaksanakan dengan Perbup perubahan 2026. Level berapa?", 5)]
    public void An_improvement_a_recommendation_names_is_not_made(string question, int level) =>
        Assert.Equal(level, Place(9, question).Level);
}
