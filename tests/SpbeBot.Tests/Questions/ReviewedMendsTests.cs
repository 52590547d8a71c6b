using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Branch m34sc (issue 15 points 2 and 7): the sentences a reviewer found on merge33 that the mends m33sc and m33ib read
/// wrong, and the near cases that must still read as before. Each row is the reviewer's sentence or one worded for the test.
/// </summary>
public class ReviewedMendsTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));
    static readonly QuestionParser Parser = new(CatalogStore.Get("spbe-2024"));

    /// <summary>Was level 3: "keenam domain", "ketiga muatan", "tahun ketiga domain" read as complete coverage.</summary>
    [Theory]
    [InlineData("Arsitektur SPBE sudah ditetapkan perbup, tapi keenam domain belum lengkap. indikator 11 level berapa?", 11)]
    [InlineData("Arsitektur SPBE sudah ditetapkan perbup, baru memuat ketiga domain dari enam domain SPBE. indikator 11 level berapa?", 11)]
    [InlineData("Peta Rencana SPBE sudah ditetapkan perbup, baru memuat ketiga muatan dari tujuh muatan. indikator 12 level berapa?", 12)]
    [InlineData("Arsitektur SPBE sudah ditetapkan perbup. Pada tahun ketiga domain layanan baru dipetakan. indikator 11 level berapa?", 11)]
    [InlineData("Arsitektur SPBE sudah ditetapkan perbup, baru memuat keempat domain dari enam domain SPBE. indikator 11 level berapa?", 11)]
    [InlineData("Arsitektur SPBE sudah ditetapkan perbup. Pada tahun keenam domain layanan baru dipetakan. indikator 11 level berapa?", 11)]
    public void A_limited_or_denied_count_of_parts_is_no_complete_coverage(string question, int indicator)
    {
        var u = Parser.Parse(question);
        Assert.Equal(indicator, u.Indicator);
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.Equal(2, u.Level);
    }

    [Fact]
    public void The_sixth_year_mid_sentence_is_no_coverage()
    {
        var p = Reader.Place(12, "Peta Rencana SPBE kami ditetapkan dengan Perbup pada tahun keenam domain kerja RPJMD, direviu 2025 dan hasilnya sudah ditindaklanjuti.", service: false, evaluationYear: 2026);
        Assert.DoesNotContain(SituationReader.Element.Complete, p.Asserted);
    }

    [Theory]
    [InlineData(11, "Arsitektur SPBE kami sudah ditetapkan dengan Perbup, memuat keenam domain SPBE, direviu 2025 dan hasilnya sudah ditindaklanjuti.")]
    [InlineData(12, "Peta Rencana SPBE kami sudah ditetapkan dengan Perbup dan memuat ketujuh muatan, direviu 2025 dan hasilnya sudah ditindaklanjuti.")]
    public void All_of_the_parts_unlimited_is_still_coverage(int indicator, string question)
    {
        var p = Reader.Place(indicator, question, service: false, evaluationYear: 2026);
        Assert.Contains(SituationReader.Element.Complete, p.Asserted);
    }

    /// <summary>Was placed at 2 as "sebagian": "hanya" before a count of people read as a limited state.</summary>
    [Theory]
    [InlineData("CSIRT kami hanya satu orang tapi sudah aktif, itu indikator apa dan level berapa?")]
    [InlineData("CSIRT kami cuma 2 orang tapi sudah jalan, itu indikator apa dan level berapa?")]
    public void A_limit_on_a_count_is_no_unfinished_state(string question)
    {
        var u = Parser.Parse(question);
        Assert.Equal(22, u.Indicator);
        Assert.Equal(QuestionKind.Level, u.Kind);
        Assert.Equal(4, u.Level);
    }

    [Theory]
    [InlineData("Keamanan informasi: CSIRT kami hanya draft, level berapa?")]
    [InlineData("Keamanan informasi: CSIRT kami sebatas di atas kertas, level berapa?")]
    public void A_limit_on_the_state_is_still_placed(string question)
    {
        var u = Parser.Parse(question);
        Assert.Equal(22, u.Indicator);
        Assert.Equal(QuestionKind.Situation, u.Kind);
    }

    /// <summary>Was "paling tinggi level 4 … belum ditindaklanjuti" / level 4: "perbup baru …" after a comma read as the follow-up denied.</summary>
    [Theory]
    [InlineData(12, "Peta Rencana SPBE belum ditetapkan, perwal baru diajukan ke bagian hukum. indikator 12 level berapa?")]
    [InlineData(21, "Kebijakan manajemen risiko SPBE belum ditetapkan, perbup baru dibahas. indikator 21 level berapa?")]
    [InlineData(21, "Dokumennya belum ditetapkan, perwal baru diajukan ke bagian hukum. indikator 21 level berapa?")]
    public void A_new_document_after_a_comma_caps_nothing(int indicator, string question)
    {
        var u = Parser.Parse(question);
        Assert.Equal(indicator, u.Indicator);
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.True(u.Level is <= 2, $"level {u.Level}");
    }

    /// <summary>Was placed at 3: "sebagai nilai untuk indikator 12?" read as asking the level.</summary>
    [Fact]
    public void Nilai_without_a_question_word_asks_whether_accepted()
    {
        var u = Parser.Parse("Peta Rencana SPBE kami sudah ditetapkan perbup tapi belum direviu. Apakah itu diakui sebagai nilai untuk indikator 12?");
        Assert.NotEqual(QuestionKind.Situation, u.Kind);
        Assert.Null(u.Level);
    }

    [Theory]
    [InlineData("Peta Rencana SPBE kami sudah ditetapkan perbup tapi belum direviu. Apakah itu diakui dan dapat nilai untuk indikator 12?")]
    [InlineData("Peta Rencana SPBE kami sudah ditetapkan perbup tapi belum direviu. Apakah itu diakui, nilai berapa untuk indikator 12?")]
    public void Nilai_with_a_question_word_still_asks_the_level(string question)
    {
        var u = Parser.Parse(question);
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.NotNull(u.Level);
    }
}
