using SpbeBot.Core.Questions;
using SpbeBot.Core.Regulations;

namespace SpbeBot.Tests.Regulations;

/// <summary>
/// Issue 15 point 1, wip-15pc: the evaluation's technical guidance (bimtek) is the Permen's (Lampiran III), not the
/// staff-competence indicator whose descriptions also name a bimtek. Phrasings of my own.
/// </summary>
public class TrainingRoutingTests
{
    static ProcessRoute Route(string question) => ProcessRouting.Decide(question, QuestionParser.For("spbe-2024").Parse(question));

    [Theory]
    [InlineData("pemda harus ngadain bimtek sendiri buat tim asesor internal?")]
    [InlineData("bimbingan teknis pedoman evaluasi itu siapa yang menyelenggarakan?")]
    [InlineData("Does the ministry hold a technical training for new assessors?")]
    public void A_question_about_the_evaluations_bimtek_goes_to_the_passages_first(string question) =>
        Assert.Equal(ProcessRoute.Process, Route(question));

    [Theory]
    [InlineData("pegawai TIK kami cuma ikut bimtek kalau ada undangan, tidak ada rencana kompetensi. level berapa?")]
    [InlineData("SDM SPBE kami ikut bimtek dari kementerian tiap tahun tanpa perencanaan kompetensi")]
    public void A_bimtek_in_a_described_practice_stays_with_the_criteria(string question) =>
        Assert.Equal(ProcessRoute.Criteria, Route(question));
}
