using SpbeBot.Core.Questions;
using SpbeBot.Core.Regulations;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// "mohon" and "pls" reach every rule as <see cref="ChatVocabulary.Request"/> (wip-mend8): the two rules that look for a
/// request — a formal opening's "mohon penjelasan" is no process cue, "pls kirim …" is a request to send — name that word,
/// and hold for every spelling.
/// </summary>
public class RequestWordTests
{
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    [Theory]
    [InlineData("mohon")]
    [InlineData("Mohon")]
    [InlineData("pls")]
    [InlineData("tolong")]
    public void Every_spelling_of_a_request_reaches_the_rules_as_one_word(string word) =>
        Assert.Equal([ChatVocabulary.Request], TextNormalizer.Tokenize(word));

    [Theory]
    [InlineData("Dengan hormat, mohon penjelasan bobot indikator 25")]
    [InlineData("pls penjelasan bobot indikator 25")]
    [InlineData("tolong penjelasan bobot indikator 25")]
    public void A_request_for_an_explanation_is_no_process_cue_whichever_spelling(string question)
    {
        Assert.True(ProcessAsks.HasCue(TextNormalizer.Tokenize("penjelasan bobot indikator 25")));   // the word alone is one
        Assert.False(ProcessAsks.HasCue(TextNormalizer.Tokenize(question)));
    }

    [Theory]
    [InlineData("mohon kirim SK tim SPBE yg kemarin")]
    [InlineData("pls kirim SK tim SPBE yg kemarin")]
    [InlineData("kami minta tolong kirim SK tim SPBE yg kemarin")]
    public void A_request_to_send_is_no_criteria_question_whichever_spelling(string question)
    {
        var u = Parser.Parse(question);
        Assert.Equal(QuestionKind.NotFound, u.Kind);
        Assert.Equal(NotFoundReason.OffTopic, u.Reason);
    }
}
