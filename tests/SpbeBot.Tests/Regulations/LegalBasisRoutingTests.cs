using SpbeBot.Core.Questions;
using SpbeBot.Core.Regulations;

namespace SpbeBot.Tests.Regulations;

/// <summary>
/// Issue 15 point 1, wip-15e: a question about the evaluation's people read as a described situation, and a question for
/// the regulation something rests on, go to the passages; a described situation of the asker's own stays with the criteria.
/// </summary>
public class LegalBasisRoutingTests
{
    static ProcessRoute Route(string question) => ProcessRouting.Decide(question, QuestionParser.For("spbe-2024").Parse(question));

    [Theory]
    [InlineData("tim asesor eksternal anggotanya siapa saja? ada tenaga ahli?")]
    public void An_evaluation_question_that_reads_like_a_situation_goes_to_the_passages(string question)
    {
        Assert.Equal(QuestionKind.Situation, QuestionParser.For("spbe-2024").Parse(question).Kind);
        Assert.Equal(ProcessRoute.Evaluation, Route(question));
    }

    [Theory]
    [InlineData("asesor eksternal kemarin bilang dokumen arsitektur kami belum ditetapkan, jadi masih level berapa?")]
    [InlineData("Kebijakan internal arsitektur kita sudah ditetapkan tapi belum direviu, asesor bilang level 2?")]
    public void A_situation_of_ones_own_that_names_an_assessor_stays_with_the_criteria(string question) =>
        Assert.NotEqual(ProcessRoute.Evaluation, Route(question));

    [Theory]
    [InlineData("arsitektur spbe nasional itu ditetapkan dengan perpres apa ya?")]
    [InlineData("Apa dasar hukum pemantauan dan evaluasi SPBE?")]
    [InlineData("Which presidential regulation set the national SPBE architecture?")]
    public void A_question_for_the_regulation_behind_something_goes_to_the_passages_first(string question) =>
        Assert.Equal(ProcessRoute.Process, Route(question));

    [Theory]
    [InlineData("Dokumen arsitektur kami disusun mengacu Perpres nasional dan sudah ditetapkan bupati, tapi belum direviu")]
    [InlineData("Perpres apa yang jadi acuan indikator 11 level 3?")]
    public void A_situation_or_a_numbered_indicator_naming_a_perpres_stays_with_the_criteria(string question) =>
        Assert.NotEqual(ProcessRoute.Process, Route(question));

    [Theory]
    [InlineData("perpres", true)]
    [InlineData("dasar hukumnya", true)]
    [InlineData("peraturan presiden", true)]
    [InlineData("legal basis", true)]
    [InlineData("peraturan bupati", false)]
    [InlineData("dasar pertimbangan", false)]
    public void Legal_basis_words(string words, bool expected) =>
        Assert.Equal(expected, EvaluationCues.AsksLegalBasis(TextNormalizer.Tokenize("apa " + words + " itu")));
}
