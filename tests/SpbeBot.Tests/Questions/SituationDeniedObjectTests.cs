using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2 (wip-34sc): two readings behind two-offs of the retired authors BB and BC. A denied word of
/// establishing whose object names the strategy, the guideline or the plan ("hasn't issued any risk-based security
/// strategy", "belum menerbitkan strategi") denies that object, not the indicator's own establishment; "belum ada
/// kebijakan baru yang ditetapkan" denies the new policy (the follow-up), not the policy in force. Worded for the test.
/// </summary>
public class SituationDeniedObjectTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    static SituationReader.Placement Place(int indicator, string question) =>
        Reader.Place(indicator, question, service: false, evaluationYear: 2026);

    [Fact]
    public void A_strategy_not_adopted_after_the_verb_denies_the_strategy_not_the_controls()
    {
        // Was level 1: "adopted" denied read as the controls not in place, the strategy read as stated (two off).
        var p = Place(22, "Our security controls are in the SPBE roadmap and run in every agency in line with the national standard, but the coordination team has not adopted a risk-based security strategy. Level?");
        Assert.Contains(SituationReader.Element.Strategy, p.Denied);
        Assert.DoesNotContain(SituationReader.Element.Strategy, p.Asserted);
        Assert.DoesNotContain(SituationReader.Element.Established, p.Denied);
        Assert.Equal(3, p.Level);
    }

    [Fact]
    public void An_active_verb_of_establishing_denied_before_the_strategy_in_Indonesian()
    {
        // Was level 1: "belum menerbitkan" denied the establishment as well as the strategy.
        var p = Place(22, "Pengendalian keamanan informasi sudah direncanakan dalam Peta Rencana SPBE dan diterapkan di seluruh perangkat daerah mengikuti pedoman nasional, tetapi Tim Koordinasi belum menerbitkan strategi keamanan berbasis risiko. Level berapa?");
        Assert.Contains(SituationReader.Element.Strategy, p.Denied);
        Assert.DoesNotContain(SituationReader.Element.Established, p.Denied);
        Assert.Equal(3, p.Level);
    }

    [Fact]
    public void A_policy_not_set_according_to_the_guideline_is_still_no_policy()
    {
        // "sesuai" ends the object: the establishment is what is denied.
        var p = Place(3, "Perbup manajemen data belum ditetapkan sesuai pedoman. level berapa?");
        Assert.Contains(SituationReader.Element.Established, p.Denied);
        Assert.Equal(1, p.Level);
    }

    [Fact]
    public void No_new_policy_that_was_set_denies_the_follow_up_not_the_policy_in_force()
    {
        // Was level 1: "belum ada … yang ditetapkan" denied the establishment of the revised Perwali.
        var p = Place(5, "Perwali pusat data kami direvisi tahun lalu dan berlaku untuk seluruh perangkat daerah, sudah direviu Inspektorat Maret 2025, tapi belum ada kebijakan baru yang ditetapkan atas rekomendasinya.");
        Assert.Contains(SituationReader.Element.FollowedUp, p.Denied);
        Assert.DoesNotContain(SituationReader.Element.Established, p.Denied);
        Assert.Equal(4, p.Level);
    }

    [Fact]
    public void No_policy_that_was_set_is_still_no_policy()
    {
        // The head before "yang" names no other notion: the policy itself is absent.
        var p = Place(3, "belum ada perwal manajemen data yang ditetapkan, level berapa?");
        Assert.Contains(SituationReader.Element.Established, p.Denied);
        Assert.Equal(1, p.Level);
    }

    [Fact]
    public void External_certified_auditors_never_engaged_are_denied()
    {
        // Was level 4: "belum pernah dilibatkan" read as another verb's denial, the external auditor as stated (one above).
        var p = Place(29, "Audit infrastruktur SPBE masuk Peta Rencana dan dijadwalkan tiap 2 tahun; audit 2025 dilakukan auditor TIK internal sesuai pedoman audit TIK dan mencakup seluruh hal pokok teknis. Auditor eksternal bersertifikat belum pernah dilibatkan.");
        Assert.Contains(SituationReader.Element.External, p.Denied);
        Assert.Equal(3, p.Level);
    }

    [Fact]
    public void External_certified_auditors_never_been_engaged_in_English()
    {
        var p = Place(30, "Our application audits are planned in the roadmap, follow the national audit guideline and cover every application. External certified auditors have never been engaged.");
        Assert.Contains(SituationReader.Element.External, p.Denied);
        Assert.Equal(3, p.Level);
    }

    [Fact]
    public void A_programme_never_socialised_is_still_another_verbs_denial()
    {
        // Guard: "pernah" before a verb that is not one of employing denies that verb, not the programme.
        var p = Place(19, "Program kerja tim koordinasi sudah disusun, tapi program kerjanya belum pernah disosialisasikan ke OPD.");
        Assert.DoesNotContain(SituationReader.Element.Planned, p.Denied);
    }

    [Fact]
    public void Review_results_not_used_to_improve_keep_the_review()
    {
        // Guard: "belum dipakai memperbaiki" denies the use (the follow-up), not the review nor the fulfilment.
        var p = Place(25, "Pemenuhan kompetensi SDM SPBE lengkap, ada penilaian kompetensi tiap tahun dan sudah direviu, tapi hasil reviu belum dipakai untuk memperbaiki model kompetensi.");
        Assert.DoesNotContain(SituationReader.Element.Reviewed, p.Denied);
    }

    [Fact]
    public void A_plan_not_changed_after_the_review_is_a_follow_up_denied_not_a_plan_denied()
    {
        // Was level 1: the negator of "haven't changed" four words back denied the plan it names.
        var p = Place(25, "Our SPBE competency plan covers every agency and follows the national standard, and it was reviewed in 2025. We haven't changed the competency plan since the review.");
        Assert.DoesNotContain(SituationReader.Element.Planned, p.Denied);
        Assert.Contains(SituationReader.Element.FollowedUp, p.Denied);
    }

    [Fact]
    public void Not_following_the_standard_still_denies_the_standard()
    {
        // Guard: "follow" is a verb of conformity, not of change; the guideline it names stays denied.
        var p = Place(14, "We have business process maps made by Bagian Organisasi, but they don't follow the standard notation of the national guideline.");
        Assert.Contains(SituationReader.Element.Guideline, p.Denied);
        Assert.DoesNotContain(SituationReader.Element.Guideline, p.Asserted);
    }

    // r34b finding 1 (m35sc): the object of a denied active verb is the indicator's own document (its plan is no rung of
    // this ladder): the establishment is denied. Was level 4 (ind 12) and 3 (ind 11).
    [Theory]
    [InlineData(12, "Bupati belum menetapkan Peta Rencana SPBE kami, padahal isinya sudah lengkap untuk semua OPD dan sudah direviu Bappeda. Level berapa?")]
    [InlineData(12, "The regent has not adopted our SPBE roadmap yet; the draft covers every agency and Bappeda reviewed it in 2025. What level?")]
    [InlineData(11, "The regent has not yet signed our SPBE architecture plan, although it covers every domain. What level for the SPBE architecture?")]
    public void The_indicators_own_plan_not_set_is_no_plan(int indicator, string question)
    {
        var p = Place(indicator, question);
        Assert.Contains(SituationReader.Element.Established, p.Denied);
        Assert.DoesNotContain(SituationReader.Element.Established, p.Asserted);
        Assert.Equal(1, p.Level);
    }

    // r34b finding 2 (m35sc): a passive verb's subject is before it; the role after it ("menjadi pedoman", "into the
    // plan") and a document with its own predicate ("rencana induknya udh ada") are no object. Was level 3.
    [Theory]
    [InlineData("Dokumen Arsitektur SPBE kami sudah mencakup seluruh domain, namun belum ditetapkan menjadi pedoman perencanaan SPBE daerah. Level berapa?")]
    [InlineData("arsitektur spbe udh cover semua domain tp blm disahkan jd rencana resmi pemda. lvl brp?")]
    [InlineData("Arsitektur SPBE kab kami blm ditetapkan sebagai dokumen perencanaan, tp sdh mencakup semua domain. level brp?")]
    [InlineData("Our SPBE architecture document covers every domain but has not been formally adopted into the SPBE plan yet. What level?")]
    [InlineData("arsitektur SPBE blm ditetapkan rencana induknya udh ada, isinya cover semua domain. level brp?")]
    public void A_document_not_set_as_a_guideline_or_into_the_plan_is_not_set(string question)
    {
        var p = Place(11, question);
        Assert.Contains(SituationReader.Element.Established, p.Denied);
        Assert.DoesNotContain(SituationReader.Element.Established, p.Asserted);
        Assert.Equal(1, p.Level);
    }

    [Fact]
    public void A_passive_verb_with_a_nya_object_still_denies_the_strategy()
    {
        // Near miss: "belum ditetapkan strateginya" names its object (the strategy, a rung of ind 22), not the controls.
        var p = Place(22, "Pengendalian keamanan informasi sudah diterapkan di seluruh perangkat daerah, tapi tim koordinasi belum menetapkan strateginya. Level berapa?");
        Assert.Contains(SituationReader.Element.Strategy, p.Denied);
        Assert.DoesNotContain(SituationReader.Element.Established, p.Denied);
        Assert.Equal(3, p.Level);
    }

    // r34b finding 3 (m35sc): a purpose after a verb of employing makes the denial the use's only for a result used or a
    // follow-up named; an auditor never engaged "untuk audit …" is still not there. Was level 4.
    [Theory]
    [InlineData(29, "Audit infrastruktur SPBE masuk Peta Rencana dan dijadwalkan tiap 2 tahun; audit 2025 dilakukan auditor TIK internal sesuai pedoman audit TIK dan mencakup seluruh hal pokok teknis. Auditor eksternal bersertifikat belum pernah dilibatkan untuk audit infrastruktur.")]
    [InlineData(29, "Audit infra SPBE sdh masuk peta rencana & dijadwalkan tiap 2 thn, audit 2025 oleh auditor internal sesuai pedoman audit TIK, cakup semua hal pokok teknis. Auditor eksternal bersertifikat blm pernah dipakai buat audit kami.")]
    [InlineData(30, "Our application audits are planned in the roadmap, follow the national audit guideline and cover every application. External certified auditors have never been engaged to audit our applications.")]
    public void External_auditors_never_engaged_for_an_audit_are_denied(int indicator, string question)
    {
        var p = Place(indicator, question);
        Assert.Contains(SituationReader.Element.External, p.Denied);
        Assert.Equal(3, p.Level);
    }

    [Fact]
    public void Review_results_not_used_for_improvement_still_keep_the_review()
    {
        // Near miss: a result used "sbg dasar perbaikan" keeps the purpose exception (the use denied, the review held).
        var p = Place(25, "Pemenuhan kompetensi SDM SPBE lengkap, ada penilaian kompetensi tiap tahun dan sudah direviu, tapi hasil reviu belum dipakai sbg dasar perbaikan model kompetensi.");
        Assert.DoesNotContain(SituationReader.Element.Reviewed, p.Denied);
    }
}
