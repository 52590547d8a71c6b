using SpbeBot.Core.Questions;
using SpbeBot.Core.Regulations;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Tests.Regulations;

/// <summary>
/// Issue 15 point 1, wip-15pc: a question naming one of the Permen's two ladders (kapabilitas proses, kapabilitas layanan) is
/// about the ladder, whose level names ("kolaborasi", "informasi") and words ("proses", "layanan") the criteria matcher took for
/// an indicator's subject. Phrasings of my own.
/// </summary>
public class LadderRoutingTests
{
    static ProcessRoute Route(string question) => ProcessRouting.Decide(question, QuestionParser.For("spbe-2024").Parse(question));

    [Theory]
    [InlineData("tingkat transaksi di kapabilitas layanan tuh gimana?")]
    [InlineData("kapabilitas proses ada lima tingkat, sebutkan namanya")]
    [InlineData("What does the optimum level mean on the service capability ladder?")]
    public void A_question_naming_a_ladder_goes_to_the_passages_first(string question) =>
        Assert.Contains(Route(question), new[] { ProcessRoute.Process, ProcessRoute.Evaluation });

    [Theory]
    [InlineData("kapabilitas layanan pengaduan kami sudah transaksi, masuk level berapa?")]
    [InlineData("indikator 20 kapabilitas proses level 4 syaratnya apa?")]
    public void Ones_own_situation_or_a_numbered_indicator_stays_with_the_criteria(string question) =>
        Assert.Equal(ProcessRoute.Criteria, Route(question));

    [Fact]
    public void A_level_of_the_service_ladder_is_quoted_from_the_permen()
    {
        var answer = CriteriaAnswerer.Answer("tingkat kolaborasi pada kapabilitas layanan itu apa?");
        Assert.Equal("process", answer.Process?.Kind);
        Assert.Contains(answer.Process!.Quoted, p => p.Text.Contains("Kolaborasi", StringComparison.Ordinal) && p.Id.StartsWith("permenpanrb-59-2020/lampiran/II.A.3", StringComparison.Ordinal));
    }
}
