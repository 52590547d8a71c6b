using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15, branch wip-21ib: a rise of one step asked after a described state ("naik satu tingkat", "naik 1 level",
/// "level berikutnya") is a move up from where the account stands; a number after "semua" counts; a pair of indicators whose later words ask about one
/// (the level's number in those words names no indicator; two indicators written with their numbers in brackets; a choice
/// "2 or 12" with a level asked elsewhere). Phrasings written for these tests, not taken from any question set.
/// </summary>
public class OneStepRiseAndNamedPairTests
{
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    [Theory]
    [InlineData("perwal sistem penghubung layanan kita baru berlaku di sebagian OPD, biar naik 1 level harus gimana?", 7, 3)]
    [InlineData("Kebijakan pusat data kami baru mengatur sebagian perangkat daerah. Apa yang perlu ditambah agar naik satu tingkat?", 5, 3)]
    [InlineData("aplikasi pengaduan kita sdh nyambung ke SP4N LAPOR. level berikutnya apa?", 42, 5)]
    public void A_one_step_rise_after_a_described_state_moves_to_the_level_above(string question, int indicator, int level)
    {
        var u = Parser.Parse(question);
        Assert.Equal(QuestionKind.MoveUp, u.Kind);
        Assert.Equal(indicator, u.Indicator);
        Assert.Equal(level, u.Level);
        Assert.Equal(level - 1, u.FromLevel);
    }

    [Fact]
    public void A_rise_to_a_named_level_keeps_that_level()
    {
        var u = Parser.Parse("kami sudah level 3 di audit aplikasi, naik ke level 4 apa syaratnya?");
        Assert.Equal((QuestionKind.MoveUp, 30, 4), (u.Kind, u.Indicator, u.Level));
    }

    [Theory]
    [InlineData("manajemen aset TIK (24) sama BMD (38) sering ketuker. yg BMD lvl 3 apa?", 38, 24, 3)]
    [InlineData("ind 2 vs 12 bedanya? yg dokumen peta rencana lvl 2 apa", 12, 2, 2)]
    [InlineData("ind 4 vs 15 bedanya apa? yg penerapan pembangunan aplikasi lvl 3 syaratnya apa", 15, 4, 3)]
    [InlineData("Is data management indicator 3 or 23? I mean the practice itself, not the regulation. What does level 4 need?", 23, 3, 4)]
    public void A_pair_whose_later_words_ask_about_one_answers_that_one(string question, int indicator, int other, int level)
    {
        var u = Parser.Parse(question);
        Assert.Equal(indicator, u.Indicator);
        Assert.Contains(other, u.Alternatives);
        Assert.Equal(level, u.Level);
    }

    [Fact]
    public void A_number_after_a_word_of_all_counts_and_names_no_indicator()
    {
        var u = Parser.Parse("semua 34 PD sudah menyimpan aplikasinya di pusat data kami dan ada SOP pengoperasian. pusat data level berapa?");
        Assert.Equal(16, u.Indicator);
    }
}
