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
}
