using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 6: two indicators named, then the clause that says which one the asker means (DifferenceFocus and
/// Lexicon/difference-words.json). Phrasings written for these tests, not taken from any question set.
/// </summary>
public class DifferenceClauseTests
{
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    static void AssertPair(string question, int answered, int button)
    {
        var u = Parser.Parse(question);
        Assert.Equal(answered, u.Indicator);
        Assert.Equal(new[] { button }, u.Alternatives);
    }

    [Theory]
    // "not the regulation": a negation points away from the policy member.
    [InlineData("Indicator 2 vs 12: we are asking about the roadmap document itself, not the mayor's regulation. Which one?", 12, 2)]
    [InlineData("Indikator 3 vs 23: saya tanya soal pengelolaan datanya sendiri, bukan perbupnya. Yang mana ya?", 23, 3)]
    // "bukan X tapi Y": what follows the contrast is affirmed.
    [InlineData("Indikator 9 vs 30, yang saya maksud bukan kebijakannya tapi pelaksanaan audit aplikasinya", 30, 9)]
    public void A_negated_clause_points_to_the_other_one(string question, int answered, int button) => AssertPair(question, answered, button);

    [Theory]
    // "Which indicator?" after the clause names nothing: the marker before it ("about") says which.
    [InlineData("Indicator 21 vs 29 — I'm asking about the infrastructure audit we ran last year. Which indicator?", 29, 21)]
    public void A_closing_question_that_names_nothing_is_no_focus(string question, int answered, int button) => AssertPair(question, answered, button);

    [Theory]
    // A circular letter (Surat Edaran) is a policy in the Pedoman's Kriteria Bukti Dukung: the Kebijakan Internal member.
    [InlineData("ind 4 vs 15, kami lg nyusun SE tentang standar pembangunan aplikasi", 4, 15)]
    // Every clause after the comparison is read, not only the last ("masuk mana?" names nothing).
    [InlineData("ind 6 vs 17, kami udah pasang jaringan fiber ke semua OPD, masuk mana?", 17, 6)]
    // "sama-sama keamanan informasi" says what the pair shares; the doing word after it still chooses.
    [InlineData("Indikator 8 dan 22 sama-sama keamanan informasi. Yang penerapannya di OPD yang mana?", 22, 8)]
    [InlineData("indikator 5 dan 16 sama2 pusat data ya? yg mana yg soal pemakaian pusat data oleh OPD", 16, 5)]
    public void Policy_or_doing_words_choose_between_twins_before_their_shared_subject(string question, int answered, int button) => AssertPair(question, answered, button);
}
