using SpbeBot.Core.Regulations;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Tests.Regulations;

/// <summary>
/// Issue 15 point 1, wip-15w: "apa bedanya X dan Y" is answered by the definitions of both terms (the texts state no
/// difference), and "def" is a chat form of "definisi". The phrasings are our own.
/// </summary>
public class DefinitionDifferenceTests
{
    static readonly Passage Monitoring = new("t/1.2", "t", "Permen", ["Pasal 1", "angka 2"], "2. Pemantauan Kinerja adalah kegiatan mengamati kemajuan kinerja secara berkala.");
    static readonly Passage Evaluation = new("t/1.3", "t", "Permen", ["Pasal 1", "angka 3"], "3. Evaluasi Kinerja adalah proses penilaian kinerja secara sistematis.");
    static readonly Passage Stages = new("t/tahap", "t", "Permen", ["BAB III", "Konsep"], "Pemantauan kinerja dan evaluasi kinerja dilaksanakan oleh tim dengan penilaian mandiri dan penilaian dokumen.");

    [Fact]
    public void A_difference_question_marks_the_definitions_of_the_terms_it_names_and_asks_no_fact()
    {
        using var index = new PassageIndex([Stages, Monitoring, Evaluation]);

        var hits = index.Search("apa perbedaan pemantauan kinerja dengan evaluasi kinerja?", 3);

        Assert.Equal(["t/1.2", "t/1.3"], hits.Where(h => h.DefinesNamedTerm).Select(h => h.Passage.Id).Order().ToList());
        Assert.DoesNotContain(index.Search("siapa yang melaksanakan pemantauan kinerja?", 3), h => h.DefinesNamedTerm);
        Assert.Empty(index.AskedFact("What is the difference between pemantauan kinerja and evaluasi kinerja?"));
        Assert.Empty(index.UnknownWords("difference between pemantauan kinerja and evaluasi kinerja"));
        Assert.True(PassageIndex.AsksDifference("evaluasi vs pemantauan"));
        Assert.False(PassageIndex.AsksDifference("siapa yang melaksanakan pemantauan?"));
    }

    [Theory]
    [InlineData("Mohon dijelaskan perbedaan antara Pemantauan SPBE dengan Evaluasi SPBE")]
    [InlineData("How do Evaluasi SPBE and Pemantauan SPBE differ?")]
    public void Both_definitions_are_quoted_for_a_difference(string question)
    {
        var answer = CriteriaAnswerer.Answer(question);

        Assert.Equal("process", answer.Process?.Kind);
        var quoted = answer.Process!.Quoted.Select(p => p.Id).ToList();
        Assert.Contains("permenpanrb-59-2020/pasal-1.2", quoted);
        Assert.Contains("permenpanrb-59-2020/pasal-1.3", quoted);
    }

    [Fact]
    public void Def_asks_a_definition_and_is_no_unknown_word()
    {
        Assert.Empty(PassageIndex.Shipped.UnknownWords("responden itu apa sih def nya"));

        var answer = CriteriaAnswerer.Answer("responden tuh apa ya def-nya?");

        Assert.Equal("process", answer.Process?.Kind);
        Assert.Equal("permenpanrb-59-2020/pasal-1.7", answer.Process!.Quoted[0].Id);
    }
}
