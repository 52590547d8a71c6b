using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2 (wip-33sc): a level claimed over one level the description leaves unsaid keeps its level (capping it
/// costs far more than it mends) but says what it assumed and asks. Worded for the test.
/// </summary>
public class SituationAssumedLevelTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    // Peta Rencana: level 3 is complete coverage, level 4 the review, level 5 its follow-up; coverage is not said.
    const string ReviewedNoCoverage = "Peta Rencana SPBE kami sudah ditetapkan dengan Perbup, direviu 2025 dan hasilnya sudah ditindaklanjuti.";

    [Fact]
    public void A_level_over_an_unsaid_level_names_what_it_assumes()
    {
        var p = Reader.Place(12, ReviewedNoCoverage, service: false, evaluationYear: 2026);
        Assert.Equal(5, p.Level);
        Assert.True(p.Decided);
        var assumed = Assert.Single(p.Assumed);
        Assert.Equal(3, assumed.Level);
        Assert.Contains(SituationReader.Element.Complete, assumed.Unsaid);
    }

    [Fact]
    public void The_reply_says_the_assumption_and_asks_it()
    {
        var answer = CriteriaAnswerer.Answer(ReviewedNoCoverage + " Level berapa indikator 12?", evaluationYear: 2026);
        var text = answer.FullText;
        Assert.Contains("Level 5 ini dengan anggapan kriteria level 3 (", text, StringComparison.Ordinal);
        Assert.Contains("sudah terpenuhi, karena saya belum menemukannya dalam uraian Bapak/Ibu — apakah benar? Bila belum, posisinya paling tinggi level 2.", text, StringComparison.Ordinal);
        Assert.Contains("indikator 12 level 3", answer.Reply.Buttons.Select(b => b.Payload));
    }

    [Fact]
    public void The_english_reply_says_it_in_english_only()
    {
        var text = CriteriaAnswerer.Answer("Our SPBE roadmap was established by a regent regulation, reviewed in 2025 and the findings were followed up. Which level is indicator 12?", evaluationYear: 2026).FullText;
        Assert.Contains("Level 5 assumes that the criterion of level 3 (", text, StringComparison.Ordinal);
        Assert.Contains("is met, since I could not find it in your description — is that right? If not, the situation is at most level 2.", text, StringComparison.Ordinal);
        Assert.Contains("meets at least the criterion of level 5", text, StringComparison.Ordinal);
        Assert.DoesNotContain("anggapan", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chain_stated_to_the_top_assumes_nothing()
    {
        const string question = "Peta Rencana SPBE kami sudah ditetapkan dengan Perbup, mencakup seluruh domain SPBE, direviu 2025 dan hasilnya sudah ditindaklanjuti.";
        var p = Reader.Place(12, question, service: false, evaluationYear: 2026);
        Assert.Equal(5, p.Level);
        Assert.Empty(p.Assumed);
        Assert.DoesNotContain("dengan anggapan", CriteriaAnswerer.Answer(question + " Level berapa indikator 12?", evaluationYear: 2026).FullText, StringComparison.Ordinal);
    }

    // m33sc (review of wip-33sc), worded for the test.
    [Fact]
    public void A_reply_that_assumes_says_at_least_not_meets()
    {
        // Was "memenuhi kriteria level 5", then "if not, at most level 2": a claim and its contradiction.
        var text = CriteriaAnswerer.Answer(ReviewedNoCoverage + " Level berapa indikator 12?", evaluationYear: 2026).FullText;
        Assert.Contains("sekurang-kurangnya memenuhi kriteria level 5", text, StringComparison.Ordinal);
        Assert.DoesNotContain("kondisi tersebut memenuhi kriteria level 5", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undecided_reply_asks_one_question_not_the_assumption_too()
    {
        // Level 4 over the unsaid coverage of level 3, the follow-up of level 5 open: the reply asks about level 5 only.
        const string question = "Peta Rencana SPBE kami sudah ditetapkan dengan Perbup dan direviu pada 2025.";
        var p = Reader.Place(12, question, service: false, evaluationYear: 2026);
        Assert.Equal(4, p.Level);
        Assert.False(p.Decided);
        Assert.NotEmpty(p.Assumed);
        var text = CriteriaAnswerer.Answer(question + " Level berapa indikator 12?", evaluationYear: 2026).FullText;
        Assert.DoesNotContain("dengan anggapan", text, StringComparison.Ordinal);
        Assert.Contains("apakah sudah level 5", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(12, "Peta Rencana SPBE kami sudah ditetapkan dengan Perbup, memuat ketujuh muatan Peta Rencana, direviu 2025 dan hasilnya sudah ditindaklanjuti.")]
    [InlineData(12, "Peta Rencana SPBE kami sudah ditetapkan dengan Perbup, memuat keenam domain SPBE, direviu 2025 dan hasilnya sudah ditindaklanjuti.")]
    public void All_of_a_counted_set_of_parts_is_coverage_said(int indicator, string question)
    {
        // Was assumed unsaid: "keenam domain" (all six domains) was not read as complete coverage.
        var p = Reader.Place(indicator, question, service: false, evaluationYear: 2026);
        Assert.Equal(5, p.Level);
        Assert.Contains(SituationReader.Element.Complete, p.Asserted);
        Assert.Empty(p.Assumed);
    }

    [Fact]
    public void An_ordinal_alone_is_no_coverage()
    {
        // Guard: "tahun keenam" is the sixth year, not all of anything.
        var p = Reader.Place(12, "Peta Rencana SPBE kami sudah ditetapkan dengan Perbup pada tahun keenam RPJMD, direviu 2025 dan hasilnya sudah ditindaklanjuti.", service: false, evaluationYear: 2026);
        Assert.DoesNotContain(SituationReader.Element.Complete, p.Asserted);
    }
}
