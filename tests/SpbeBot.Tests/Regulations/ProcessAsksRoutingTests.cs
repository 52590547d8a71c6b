using SpbeBot.Core.Questions;
using SpbeBot.Core.Regulations;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Tests.Regulations;

/// <summary>
/// Issue 15 point 1, wip-15pa: the evaluation's roles and bodies, the Pedoman's worked examples naming an indicator, the
/// Pemda's IKU, a formal opening's "mohon penjelasan", English cues and words only the passages know decide the route.
/// Phrasings of my own.
/// </summary>
public class ProcessAsksRoutingTests
{
    static ProcessRoute Route(string question) => ProcessRouting.Decide(question, QuestionParser.For("spbe-2024").Parse(question));

    static IReadOnlyList<string> Tokens(string text) => TextNormalizer.Tokenize(text);

    [Theory]
    [InlineData("yang jadi penanggung jawab di tim internal kerjanya apa aja sih, tugasnya?")]
    [InlineData("pelaksana entri data itu perannya ngapain?")]
    [InlineData("Who leads the Tim Koordinasi SPBE Nasional?")]
    [InlineData("Tim Koordinasi SPBE di pemda diketuai siapa?")]
    public void A_question_about_an_evaluation_role_goes_to_the_passages_never_to_an_indicator(string question) =>
        Assert.Equal(ProcessRoute.Evaluation, Route(question));

    [Theory]
    [InlineData("penanggung jawab keamanan informasi diatur di kebijakan indikator 8 level 2?")]
    [InlineData("Tim koordinasi SPBE kabupaten kami belum punya program kerja, siapa yang harus menyusun? level berapa ind 19?")]
    public void A_role_word_with_a_numbered_indicator_stays_with_the_criteria(string question) =>
        Assert.Equal(ProcessRoute.Criteria, Route(question));

    [Theory]
    [InlineData("tim koordinasi", false)]
    [InlineData("tim koordinasi spbe nasional", true)]
    [InlineData("penanggung jawab", true)]
    [InlineData("tai", true)]
    [InlineData("pelaksana entri", true)]
    [InlineData("pelaksana kegiatan", false)]
    public void Role_names_need_a_question_about_the_role(string role, bool expected)
    {
        Assert.Equal(expected, ProcessAsks.AsksRole(Tokens($"{role} itu tugasnya apa")));
        Assert.False(ProcessAsks.AsksRole(Tokens($"{role} itu")));
    }

    [Theory]
    [InlineData("di pedoman ada contoh kalimat penjelasan ind 27 lvl 3, bunyinya gimana?")]
    [InlineData("contoh interviu untuk indikator 5 di pedoman isinya apa")]
    [InlineData("contoh nama file bukti dukung untuk perbup tik gimana")]
    public void A_worked_example_naming_an_indicator_goes_to_the_passages_never_to_its_criteria(string question) =>
        Assert.Equal(ProcessRoute.Evaluation, Route(question));

    [Theory]
    [InlineData("contoh bukti dukung indikator 27 level 3 apa saja")]
    [InlineData("kasih contoh dokumen untuk level 4 ind 12")]
    [InlineData("contoh penjelasan ind 30 level 3 di pedoman, jadi bukti dukungnya apa saja?")]
    [InlineData("mohon penjelasan mengenai contoh dokumen indikator 14 level 2")]
    public void An_indicators_example_evidence_stays_with_the_criteria(string question)
    {
        Assert.False(ProcessAsks.AsksWorkedExample(Tokens(question)));
        Assert.Equal(ProcessRoute.Criteria, Route(question));
    }

    [Theory]
    [InlineData("Domain-domain apa yang belum mencapai target nasional menurut pedoman?")]
    [InlineData("pertanyaan umum tiap tahun diganti atau tetap?")]
    public void National_results_and_the_general_questions_go_to_the_passages_first(string question) =>
        Assert.Equal(ProcessRoute.Process, Route(question));

    [Theory]
    [InlineData("Indeks SPBE wajib masuk IKU daerah atau tidak?")]
    [InlineData("apakah capaian indeks spbe harus jadi indikator kinerja utama pemda?")]
    public void The_pemdas_key_performance_indicator_is_no_spbe_indicator(string question) =>
        Assert.Equal(ProcessRoute.Process, Route(question));

    [Theory]
    [InlineData("Dengan hormat, mohon penjelasan bobot indikator Sistem Penghubung Layanan.", false)]
    [InlineData("minta penjelasan level 3 manajemen data", false)]
    [InlineData("mohon penjelasan, penjelasan per indikator ditulis seperti apa?", true)]
    [InlineData("format penjelasan di aplikasi gimana", true)]
    [InlineData("how long should the explanation be?", true)]
    public void A_formal_requests_penjelasan_is_no_cue_an_english_one_is(string question, bool expected) =>
        Assert.Equal(expected, ProcessAsks.HasCue(Tokens(question)));

    [Fact]
    public void Words_only_the_passages_know_are_no_noise()
    {
        const string question = "kode perilaku asesor terkait rahasia pihak yang dinilai gimana?";
        Assert.True(ProcessAsks.NamesProcess(Tokens(question)));
        Assert.False(ProcessAsks.NamesProcess(Tokens("lorem ipsum dolor sit amet")));
        var answer = CriteriaAnswerer.Answer(question);
        Assert.NotNull(answer.Process);
    }
}
