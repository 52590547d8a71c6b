using SpbeBot.Core.Questions;
using SpbeBot.Core.Regulations;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Tests.Regulations;

/// <summary>
/// Issue 15 point 1, wip-15g: how old a review or an audit may be is the Pedoman's rule for them all ("dalam kurun waktu 2
/// (dua) tahun terakhir", "masih berlaku (&lt;2 tahun)"), so the passages answer it first; a situation of the asker's own or
/// a numbered indicator or level stays with the criteria.
/// </summary>
public class EvidenceAgeRoutingTests
{
    static ProcessRoute Route(string question) => ProcessRouting.Decide(question, QuestionParser.For("spbe-2024").Parse(question));

    [Theory]
    [InlineData("laporan audit keamanan dari tahun 2020 masih bisa diterima sebagai bukti?")]
    [InlineData("dokumen reviu paling tua umurnya berapa yg boleh diupload")]
    [InlineData("How old may an application audit report be to still count as evidence?")]
    [InlineData("hasil audit aplikasi yg diakui brp tahun terakhir ya")]
    public void A_question_for_the_age_of_a_review_or_an_audit_goes_to_the_passages_first(string question) =>
        Assert.Equal(ProcessRoute.Process, Route(question));

    [Theory]
    [InlineData("audit aplikasi kami tahun 2021 masih bisa dipakai?")]
    [InlineData("audit infrastruktur indikator 29 level 3 masih berlaku berapa tahun?")]
    public void A_situation_of_ones_own_or_a_numbered_level_stays_with_the_criteria(string question) =>
        Assert.Equal(ProcessRoute.Criteria, Route(question));

    [Theory]
    [InlineData("bukti audit masih dipakai", true)]
    [InlineData("reviu itu berapa tahun", true)]
    [InlineData("laporan evaluasi kedaluwarsa", true)]
    [InlineData("audit tahun ke belakang", true)]
    [InlineData("reviu dalam kurun waktu", true)]
    [InlineData("audit aplikasi itu apa", false)]
    [InlineData("masih bisa dipakai berapa tahun", false)]
    [InlineData("pedoman ini masih berlaku untuk evaluasi tahun depan", false)]
    public void Evidence_age_words(string words, bool expected) =>
        Assert.Equal(expected, EvaluationCues.AsksEvidenceAge(TextNormalizer.Tokenize(words)));

    [Fact]
    public void A_year_named_for_the_audit_is_its_date_and_the_rule_is_quoted()
    {
        var answer = CriteriaAnswerer.Answer("laporan audit keamanan dari tahun 2020 masih bisa diterima sebagai bukti?");

        Assert.Equal("process", answer.Process?.Kind);
        Assert.Contains(answer.Process!.Quoted, p => p.Text.Contains("dalam kurun waktu 2 (dua) tahun terakhir", StringComparison.Ordinal));
    }
}
