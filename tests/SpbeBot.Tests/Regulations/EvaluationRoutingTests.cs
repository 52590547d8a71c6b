using SpbeBot.Core.Questions;
using SpbeBot.Core.Regulations;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Tests.Regulations;

/// <summary>Issue 15, wip-15u: questions about the evaluation's own people and the regulation's scale never get an indicator's criteria.</summary>
public class EvaluationRoutingTests
{
    static ProcessRoute Route(string question) => ProcessRouting.Decide(question, QuestionParser.For("spbe-2024").Parse(question));

    [Theory]
    [InlineData("tim asesor internal minimal berapa orang")]
    [InlineData("Berapa honor untuk anggota Tim Asesor Internal?")]
    [InlineData("level 3 itu nilainya 3 ya?")]
    [InlineData("Mohon penjelasan makna tingkat kolaborasi pada kapabilitas layanan")]
    [InlineData("level 4 itu dihitung 4 ya? bukan nilai desimal per indikator?")]
    [InlineData("nilai level 2 sama dengan 2 kan?")]
    [InlineData("kalau setiap indikator dapat level 5, nilainya 5?")]
    public void The_evaluation_and_the_regulation_scale_go_to_the_passages(string question) =>
        Assert.Equal(ProcessRoute.Evaluation, Route(question));

    [Theory]
    [InlineData("What do assessors accept as evidence that SPBE budgets were consulted with Diskominfo?")]
    [InlineData("Mohon penjelasan, persyaratan apa yang harus dipenuhi kebijakan internal Layanan Pusat Data agar dapat dinilai pada tingkat 4?")]
    [InlineData("What does the guideline mean by \"layanan transaksi\" for the regional asset (BMD) service?")]
    [InlineData("helpdesk TIK kita masuk indikator apa")]
    [InlineData("level 3 indikator 3 nilainya berapa?")]
    [InlineData("level 2 di ind 2 dihitung nilai berapa?")]
    [InlineData("aplikasi kepegawaian nilainya di indikator mana? level 3 nya gimana")]
    public void An_indicator_question_that_touches_those_words_stays_with_the_criteria(string question) =>
        Assert.NotEqual(ProcessRoute.Evaluation, Route(question));

    [Fact]
    public void A_question_about_the_assessors_that_the_texts_do_not_answer_is_refused_not_answered_with_indicator_19()
    {
        var answer = CriteriaAnswerer.Answer("Berapa honor untuk anggota Tim Asesor Internal?");
        Assert.Null(answer.Indicator);
        Assert.NotEqual("process", answer.Process?.Kind);
        Assert.Equal("process-not-found", answer.Process?.Kind);
    }

    [Theory]
    [InlineData("What is the weight of the Tata Kelola domain?", 2)]
    [InlineData("weight of the Manajemen SPBE domain?", 3)]
    [InlineData("how heavy is the policy domain weighted?", 1)]
    [InlineData("the internal policy domain: what weight?", 1)]
    public void An_english_domain_named_before_the_word_domain_gets_its_weight(string question, int domain)
    {
        var u = QuestionParser.For("spbe-2024").Parse(question);
        Assert.Equal(QuestionKind.Weight, u.Kind);
        Assert.Equal(domain, u.Domain);
    }
}
