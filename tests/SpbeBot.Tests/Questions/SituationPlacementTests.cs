using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2 (wip-15y): the reader's rules for level 4 and 5 claims and for "not yet", one rule a row, read on
/// the indicator given (the indicator choice is the parser's, tested elsewhere). Each row is worded for the test, not
/// copied from a question set.
/// </summary>
public class SituationPlacementTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    static SituationReader.Placement Place(int indicator, string question) => Reader.Place(indicator, question, service: indicator >= 32);

    [Theory]
    // A follow-up under way is not a follow-up done (level 5 is "ditindaklanjuti"): level 4 (external audit) and no more.
    [InlineData(29, "Audit infrastruktur TIK kami dilakukan auditor eksternal bersertifikat sesuai standar, perbaikan atas temuannya sedang berlangsung.")]
    [InlineData(30, "Our application audit was carried out by an independent certified auditor following a standard; the follow-up of its findings is still in progress.")]
    public void A_follow_up_under_way_keeps_the_level_below_the_follow_up(int indicator, string question)
    {
        var p = Place(indicator, question);
        Assert.Equal(4, p.Level);
        Assert.Contains(SituationReader.Element.FollowedUp, p.Denied);
    }

    [Fact]
    public void A_follow_up_said_to_be_done_is_not_under_way() =>
        // "masih" alone does not make a follow-up pending: the improved process is there, still run by hand.
        Assert.DoesNotContain(SituationReader.Element.FollowedUp, Place(14, "Proses bisnis kami sesuai pedoman dan beberapa proses telah disederhanakan; proses yang disederhanakan itu masih dikerjakan manual.").Denied);

    [Theory]
    // Service level 5: "perbaikan … berdasarkan hasil evaluasi": a change made after a review is that improvement.
    [InlineData(33, "Aplikasi penganggaran kami terintegrasi dengan aplikasi perencanaan dan keuangan. Setelah direviu tahun lalu, kami menambahkan modul pelaporan realisasi.", 5)]
    [InlineData(37, "Our e-office app is integrated with the archive system, and once we had reviewed it we changed the disposition flow.", 5)]
    public void A_change_made_after_a_review_is_its_follow_up(int indicator, string question, int level) =>
        Assert.Equal(level, Place(indicator, question).Level);

    [Fact]
    public void A_change_after_a_review_whose_link_the_asker_doubts_is_not_its_follow_up() =>
        Assert.DoesNotContain(SituationReader.Element.FollowedUp,
            Place(33, "Aplikasi penganggaran kami terintegrasi dengan aplikasi perencanaan. Tahun lalu aplikasinya direviu, lalu kami menambahkan modul pelaporan, tetapi saya tidak yakin itu karena hasil reviu.").Asserted);

    [Fact]
    public void A_change_made_before_a_review_is_not_its_follow_up() =>
        Assert.DoesNotContain(SituationReader.Element.FollowedUp,
            Place(33, "Aplikasi penganggaran kami terintegrasi dengan aplikasi perencanaan. Tahun lalu kami menambahkan modul pelaporan, kemudian aplikasi itu direviu.").Asserted);

    [Fact]
    public void A_capitalised_acronym_that_chat_slang_reads_as_a_negation_is_a_name()
    {
        // "BKN" (Badan Kepegawaian Negara) is not "bkn" = "bukan": the connection stands.
        var p = Place(36, "Aplikasi kepegawaian kami sudah memproses persetujuan cuti secara elektronik dan terhubung ke SIASN BKN. Perbaikan berdasarkan hasil reviu belum ada.");
        Assert.Equal(4, p.Level);
        Assert.Contains(SituationReader.Element.Integrated, p.Asserted);
        // A negator spelled in capitals stays one.
        Assert.Contains(SituationReader.Element.Integrated, Place(36, "Aplikasi kepegawaian kami bisa unggah dokumen, tapi TIDAK terhubung dengan aplikasi lain.").Denied);
    }

    [Fact]
    public void No_new_policy_since_the_review_denies_the_follow_up_not_the_policy()
    {
        var p = Place(2, "The regent signed our SPBE roadmap regulation; it covers all the required content, is aligned with the national roadmap and was reviewed last year. No new regulation has been issued since then.");
        Assert.Equal(4, p.Level);
        Assert.Contains(SituationReader.Element.FollowedUp, p.Denied);
        Assert.DoesNotContain(SituationReader.Element.Established, p.Denied);
    }

    [Fact]
    public void A_level_stated_above_a_gap_claims_no_level_and_asks_the_first_level_not_reached()
    {
        // Level 5's review and follow-up are stated, nothing of coverage (levels 3 and 4): not level 2 (three off if
        // coverage is complete), nor 4 (a guess between; wip-31sc), but no level: level 3's criterion decides.
        var p = Place(3, "Our data management regulation was issued by the mayor in 2023; it was evaluated this year and the evaluation led to an amended regulation.");
        Assert.Null(p.Level);
        Assert.True(p.Gap);
        Assert.False(p.Decided);
        Assert.Equal(2, p.Lower);
        Assert.Equal(3, p.DecidingLevel);
    }

    [Fact]
    public void Nothing_at_all_but_a_chat_group_is_level_1() =>
        Assert.Equal(1, Place(26, "manajemen pengetahuan kami belum ada apa-apa, cuma folder bersama di drive.").Level);
}
