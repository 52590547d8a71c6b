using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2 (branch wip-29sm): where a description leaves the deciding level open, the reply names the deciding
/// criteria it says nothing of, read from the catalog's levels; and the readings behind four two-offs and misses — a
/// draft of the past, a regulation's number between "follow" and "guideline", "at all" after a denial, recommendations
/// "done". Rows worded for the test; the evaluation year is an input.
/// </summary>
public class SituationSilentCriteriaTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    static SituationReader.Placement Place(int indicator, string question) =>
        Reader.Place(indicator, question, service: indicator >= 32, evaluationYear: 2026);

    [Fact]
    public void The_deciding_criteria_left_unsaid_are_named()
    {
        // Peta Rencana: level 3 is complete coverage, level 4 adds the review; nothing is said of a review.
        var p = Place(12, "Peta Rencana SPBE kami sudah ditetapkan dan mencakup seluruh domain SPBE. Level berapa?");
        Assert.Equal(3, p.Level);
        Assert.False(p.Decided);
        Assert.Equal(4, p.SilentLevel);
        Assert.Equal([SituationReader.Element.Reviewed], p.Silent);
        var reply = CriteriaAnswerer.Answer("Peta Rencana SPBE kami sudah ditetapkan dan mencakup seluruh domain SPBE. Level berapa indikator 12?", evaluationYear: 2026).FullText;
        Assert.Contains("belum menyebut bagian kriteria level 4 ini: direviu/dievaluasi. Apakah itu sudah terpenuhi?", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Our SPBE roadmap is established and covers all SPBE domains. Which level is indicator 12?", "Is it met?", "Whether it is level 4 depends on the criterion below.")]
    [InlineData("Peta Rencana SPBE kami sudah ditetapkan dan mencakup seluruh domain SPBE. Level berapa indikator 12?", "terpenuhi?", "Yang menentukan apakah sudah level 4 adalah kriteria berikut.")]
    public void The_unsaid_criteria_are_asked_once(string question, string asked, string deciding)
    {
        // Was asked twice: the silent-criteria line, then the deciding line ("Is it met?" / "Apakah kriteria ini sudah terpenuhi?").
        var reply = CriteriaAnswerer.Answer(question, evaluationYear: 2026).FullText;
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(reply, System.Text.RegularExpressions.Regex.Escape(asked)));
        // The deciding criterion is still introduced and quoted after the one question.
        Assert.Contains(deciding, reply, StringComparison.Ordinal);
        Assert.True(reply.IndexOf(asked, StringComparison.Ordinal) < reply.IndexOf(deciding, StringComparison.Ordinal));
    }

    [Fact]
    public void A_criterion_the_description_denies_is_not_asked()
    {
        var p = Place(12, "Peta Rencana SPBE kami sudah ditetapkan dan mencakup seluruh domain SPBE, tapi belum pernah direviu. Level berapa?");
        Assert.Equal(3, p.Level);
        Assert.True(p.Decided);
        Assert.Empty(p.Silent);
        Assert.Null(p.SilentLevel);
    }

    [Fact]
    public void A_draft_of_the_past_is_not_the_document_now()
    {
        // Was placed 1: "pas masih draft" read as the architecture still a draft (two off).
        var p = Place(11, "Dokumen Arsitektur SPBE kami sudah mencakup keenam domain dan disusun mengacu ke Arsitektur SPBE Nasional. Reviu terakhirnya 2022 pas masih draft versi lama. Level berapa?");
        Assert.Equal(3, p.Level);
        Assert.DoesNotContain(SituationReader.Element.Draft, p.Asserted);
        // Now is now: "saat ini masih draft" stays a draft.
        Assert.Equal(1, Place(11, "Dokumen Arsitektur SPBE kami saat ini masih draft. Level berapa?").Level);
    }

    [Theory]
    [InlineData("Perwal pusat data kami saat masih berupa draft sudah disosialisasikan ke semua OPD. Level berapa?")]
    [InlineData("Perwal pusat data kami pas masih draft. Level berapa?")]
    [InlineData("Kalau saat masih draft, level berapa?")]
    public void A_draft_after_a_time_word_stands_unless_the_document_changed_since(string question)
    {
        // Was placed 3, 2 and not at all: the draft after "saat"/"pas" was dropped though nothing says it changed since.
        Assert.Equal(1, Place(5, question).Level);
    }

    [Theory]
    [InlineData("Perwal pusat data kami pas masih draft sudah disosialisasikan ke semua OPD, sekarang sudah ditetapkan. Level berapa?")]
    [InlineData("Perwal pusat data kami saat masih berupa draft sudah disosialisasikan ke semua OPD. Kini sudah diundangkan. Level berapa?")]
    public void A_draft_after_a_time_word_is_the_past_where_the_document_changed_since(string question)
    {
        var p = Place(5, question);
        Assert.True(p.Level > 1);
        Assert.DoesNotContain(SituationReader.Element.Draft, p.Asserted);
    }

    [Fact]
    public void A_guideline_not_followed_is_denied_past_the_regulations_number()
    {
        // Was placed 4: "follow" read as a follow-up denied and the guideline as followed (two off).
        var p = Place(21, "SPBE risk management is programmed in our roadmap and we keep a risk register, but we don't follow the PermenPANRB 5/2020 risk management guideline. Which level?");
        Assert.Equal(2, p.Level);
        Assert.Contains(SituationReader.Element.Guideline, p.Denied);
        Assert.DoesNotContain(SituationReader.Element.FollowedUp, p.Denied);
    }

    [Fact]
    public void At_all_after_a_denial_is_no_coverage()
    {
        // Was placed 3: "at all" read as complete coverage.
        var p = Place(12, "Our SPBE roadmap exists, but it does not cover SPBE management at all. Which level?");
        Assert.DoesNotContain(SituationReader.Element.Complete, p.Asserted);
        Assert.True(p.Level < 3);
    }

    [Fact]
    public void What_is_not_done_yet_listed_after_yang_belum_stays_denied()
    {
        // Was placed 4: "Yang belum: … belum pernah menetapkan strategi" read as a conditional rule, its negations dropped.
        var p = Place(23, "Manajemen data kami sudah berjalan sesuai pedoman di seluruh OPD dan programnya tercantum di peta rencana SPBE. Yang belum: Forum Satu Data belum pernah menetapkan strategi pengelolaan data. Level berapa?");
        Assert.Equal(3, p.Level);
        Assert.Contains(SituationReader.Element.Strategy, p.Denied);
        // A rule about a head noun is still a rule.
        Assert.Equal("usulan", string.Join(' ', SituationReader.WithoutConditionalRule(TextNormalizer.Tokenize("usulan yang tidak lolos konsultasi tidak dianggarkan"))));
    }

    [Fact]
    public void Recommendations_done_are_the_follow_up()
    {
        // Was placed 4: "done" was no word of carrying out.
        var p = Place(22, "Keamanan informasi: kontrol berjalan di seluruh OPD sesuai pedoman, strategi keamanan ditetapkan tim koordinasi. Reviu Agustus 2025, all recommendations done. Level berapa?");
        Assert.Equal(5, p.Level);
        Assert.Contains(SituationReader.Element.FollowedUp, p.Asserted);
    }
}
