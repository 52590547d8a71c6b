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
}
