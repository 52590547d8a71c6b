using SpbeBot.Core.Questions;
using SpbeBot.Core.Regulations;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Tests.Regulations;

/// <summary>
/// Issue 15 point 1, wip-15p: the evaluation's own result (where it goes, what it is used for) is the Permen's, not an
/// indicator's; a regulation named with "Menteri"/"menpan" before its number keeps that number. Phrasings of my own.
/// </summary>
public class EvaluationResultRoutingTests
{
    static ProcessRoute Route(string question) => ProcessRouting.Decide(question, QuestionParser.For("spbe-2024").Parse(question));

    [Theory]
    [InlineData("hasil evaluasinya nanti dipakai kementerian untuk apa?")]
    [InlineData("What are the evaluation results used for by the ministry?")]
    [InlineData("hasil penilaian mandiri dikirim ke siapa sih")]
    public void The_evaluations_own_result_goes_to_the_passages_first(string question) =>
        Assert.Equal(ProcessRoute.Process, Route(question));

    [Theory]
    [InlineData("hasil evaluasi layanan JDIH kami sudah ditindaklanjuti dengan perbaikan fitur, level berapa?")]
    [InlineData("hasil evaluasi indikator 17 level 5 harus ditindaklanjuti bagaimana?")]
    public void A_described_situation_or_a_numbered_indicator_stays_with_the_criteria(string question) =>
        Assert.NotEqual(ProcessRoute.Process, Route(question));

    [Theory]
    [InlineData("hasil evaluasi dipakai apa", true)]
    [InlineData("hasil penilaian mandiri", true)]
    [InlineData("evaluation results", true)]
    [InlineData("aplikasi menampilkan hasil penilaian kinerja pegawai", false)]
    [InlineData("evaluasi hasil audit", false)]
    public void Evaluation_result_words(string words, bool expected) =>
        Assert.Equal(expected, EvaluationCues.AsksEvaluationResult(TextNormalizer.Tokenize(words)));

    [Theory]
    [InlineData("pedoman menpan 3/2024 dipakai oleh siapa saja?")]
    [InlineData("Pedoman Menteri Nomor 3 Tahun 2024 berlaku untuk siapa?")]
    public void A_regulations_number_after_menteri_is_not_a_figure(string question) =>
        Assert.Empty(ProcessRouting.Figures(TextNormalizer.Tokenize(question)));

    [Fact]
    public void A_regulation_named_with_menteri_before_its_number_is_answered_with_its_purpose()
    {
        var answer = CriteriaAnswerer.Answer("pedoman menteri 3/2024 itu sebenarnya ditujukan untuk siapa?");

        Assert.Equal("process", answer.Process?.Kind);
        Assert.Contains(answer.Process!.Quoted, p => p.Text.Contains("dimaksudkan untuk memberi panduan bagi", StringComparison.Ordinal));
    }
}
