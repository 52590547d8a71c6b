using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2 (branch wip-27sm): what is done versus planned, scheduled or expired. A review "dilaksanakan … dengan
/// rekomendasi" is held, its recommendations not carried out; a follow-up scheduled or budgeted for a later year than the
/// evaluation's is not done; Maluku "balong" (belum) leaves a draft unsigned; "the only review" is the last one, dated;
/// an audit "not held again" since is a one-off; "direviu …, tindak lanjutnya belum" denies the follow-up, not the review;
/// "belum disusun ulang" denies the redrafting, not the work programme; a future named beside a claimed level is not done.
/// Rows worded for the test; the evaluation year is an input.
/// </summary>
public class SituationTimeAndCompletionTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    static SituationReader.Placement Place(int indicator, string question, int? evaluationYear = 2026) =>
        Reader.Place(indicator, question, service: indicator >= 32, evaluationYear);

    [Theory]
    // The review held with recommendations, nothing said of carrying them out (was placed 5).
    [InlineData("SPLP kami dipakai seluruh OPD dan terintegrasi dengan SPLP nasional. Reviu dilaksanakan Agustus 2025 dengan laporan dan rekomendasi. Level berapa?", 4)]
    // "tindak lanjutnya" is the follow-up: only planned, or done (was placed 4).
    [InlineData("SPLP kami dipakai seluruh OPD dan terintegrasi dengan SPLP nasional. Reviu penggunaannya Agustus 2025; tindak lanjutnya masih direncanakan. Level berapa?", 4)]
    [InlineData("SPLP kami dipakai seluruh OPD dan terintegrasi dengan SPLP nasional. Reviu penggunaannya Agustus 2025; tindak lanjutnya sudah dilakukan Januari 2026. Level berapa?", 5)]
    // The recommendations themselves carried out.
    [InlineData("SPLP kami dipakai seluruh OPD dan terintegrasi dengan SPLP nasional. Reviu Agustus 2025 menghasilkan rekomendasi, dan rekomendasinya sudah dilaksanakan. Level berapa?", 5)]
    public void A_review_held_with_recommendations_is_not_their_follow_up(string question, int level) =>
        Assert.Equal(level, Place(18, question).Level);

    [Theory]
    // A later year than the evaluation's: still to come (were placed 5).
    [InlineData("Pusat data kami dipakai semua OPD, ada SOP, terhubung ke PDN, dan direviu Februari 2026 dengan rekomendasi. Perbaikan layanannya dianggarkan tahun 2027. Level?", 4)]
    [InlineData("Our data centre is used by all agencies, has an SOP, is connected to PDN and was reviewed in February 2026. The improvements it recommended are scheduled for 2027. Level?", 4)]
    // A plan's period ending in a later year says nothing of what is to come.
    [InlineData("Pusat data kami dipakai semua OPD, ada SOP, terhubung ke PDN, dan direviu Februari 2026. Perbaikan layanan sudah dilakukan sesuai Renstra 2025-2029. Level?", 5)]
    public void A_follow_up_for_a_later_year_is_not_done(string question, int level) =>
        Assert.Equal(level, Place(16, question).Level);

    [Fact]
    public void A_year_is_later_only_against_the_evaluation_year_given()
    {
        const string question = "Pusat data kami dipakai semua OPD, ada SOP, terhubung ke PDN, dan direviu Februari 2026 dengan rekomendasi. Perbaikan layanannya dilakukan tahun 2027. Level?";
        Assert.Equal(4, Place(16, question, evaluationYear: 2026).Level);
        Assert.Equal(5, Place(16, question, evaluationYear: 2028).Level);
    }

    [Fact]
    public void Maluku_balong_leaves_the_draft_unsigned()
    {
        var p = Place(2, "Rancangan Perwal peta rencana SPBE su selesai disusun, tapi sampai sekarang balong ditandatangani wali kota. Level berapa?");
        Assert.Equal(1, p.Level);
        Assert.DoesNotContain(SituationReader.Element.Established, p.Asserted);
    }

    [Theory]
    // The only review, 2021, evaluated in 2026: too old to count (was placed 4).
    [InlineData("Our intranet regulation covers all OPDs and regulates interconnection with the national Jaringan Intra Pemerintah. The only review we ever did was in 2021. Level?", 3)]
    [InlineData("Our intranet regulation covers all OPDs and regulates interconnection with the national Jaringan Intra Pemerintah. We reviewed it in 2025. Level?", 4)]
    public void The_only_review_is_the_last_one(string question, int level) =>
        Assert.Equal(level, Place(6, question).Level);

    [Theory]
    // Held once and not again since: no sustained plan (was placed 4).
    [InlineData("Pentest ke seluruh aplikasi dilakukan Oktober 2024 oleh vendor bersertifikat, tahun ini belum ada audit keamanan lagi. Level?", 1)]
    public void An_audit_not_held_again_is_a_one_off(string question, int level) =>
        Assert.Equal(level, Place(31, question).Level);

    [Theory]
    [InlineData("Strategi manajemen data kami ditetapkan Forum Satu Data, mengikuti pedoman dan berjalan di semua OPD. Sudah direviu Oktober 2025, tindak lanjutnya belum. Level?")]
    [InlineData("Strategi manajemen data kami ditetapkan Forum Satu Data, mengikuti pedoman dan berjalan di semua OPD. Direviu Oktober 2025, perbaikannya belum. Level?")]
    public void A_follow_up_denied_after_a_review_leaves_the_review_held(string question)
    {
        var p = Place(23, question);
        Assert.Contains(SituationReader.Element.Reviewed, p.Asserted);
        Assert.Contains(SituationReader.Element.FollowedUp, p.Denied);
        Assert.Equal(4, p.Level);
    }

    [Theory]
    // Next year's work programme not drawn up again after the review: the follow-up, not the programme (was placed 1).
    [InlineData("Tim Koordinasi SPBE kami: semua program kerja 2025 terlaksana dan disosialisasikan ke seluruh perangkat daerah; November 2025 program kerja direviu, ada laporan dan rekomendasi; program kerja 2026 belum disusun ulang. Level?", 4)]
    // The programme itself never drawn up.
    [InlineData("Tim Koordinasi SPBE kami sudah dibentuk, tapi program kerja belum disusun. Level?", 1)]
    public void A_programme_not_drawn_up_again_is_a_follow_up_not_made(string question, int level) =>
        Assert.Equal(level, Place(19, question).Level);

    [Fact]
    public void An_integration_to_come_in_a_claimed_level_is_not_done()
    {
        // A level named in a statement, not asked: the integration "nanti" is still to come (was placed 4).
        var p = Place(32, "e-planning kami cuma bisa unggah dokumen renja dan unduh format, tapi kepala bidang klaimnya level 4 karena nanti mau diintegrasi. Sebenarnya level berapa?");
        Assert.Equal(3, p.Level);
        Assert.Equal(4, p.DecidingLevel);
    }

    [Fact]
    public void A_review_and_its_follow_up_both_denied_stay_denied()
    {
        var p = Place(23, "Strategi manajemen data kami ditetapkan Forum Satu Data, mengikuti pedoman dan berjalan di semua OPD. Reviu dan perbaikannya belum. Level?");
        Assert.DoesNotContain(SituationReader.Element.Reviewed, p.Asserted);
    }
}
