using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 6: the indicator the asker names wins over a regulation's number, a count, a level read from a pair or
/// a domain named beside it; in a choice between two numbers the words after it say which. Phrasings written for these
/// tests, not taken from any question set.
/// </summary>
public class NamedIndicatorWinsTests
{
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    [Theory]
    [InlineData("Perbup Nomor 9 Tahun 2022 tentang pusat data sudah kami tetapkan dan berlaku untuk semua dinas. Indikator 5 level berapa?", 5)]
    [InlineData("Perwali No 21 thn 2021 soal jaringan intra sudah ada, itu indikator 6 dapat level berapa ya?", 6)]
    public void A_regulation_number_is_not_the_indicator(string question, int indicator) =>
        Assert.Equal(indicator, Parser.Parse(question).Indicator);

    [Fact]
    public void A_year_after_tahun_takes_its_number_along()
    {
        var u = Parser.Parse("peraturan 17 tahun 2020 itu masuk kebijakan audit tik level 3?");
        Assert.Equal(9, u.Indicator);
    }

    [Theory]
    [InlineData("pegawai TIK kami sudah punya 5 kompetensi, untuk level 4 kompetensi SDM apa lagi yang kurang?", 25)]
    [InlineData("kebijakan audit tik kami level 2 sudah mengatur 2 audit, apa syarat level 3?", 9)]
    public void A_count_of_things_is_not_an_indicator(string question, int indicator) =>
        Assert.Equal(indicator, Parser.Parse(question).Indicator);

    [Fact]
    public void A_small_number_of_a_compared_pair_is_not_a_level()
    {
        var u = Parser.Parse("Indicator 12 vs 2 – which one is about the roadmap document itself?");
        Assert.Equal(12, u.Indicator);
        Assert.Null(u.Level);
        Assert.Contains(2, u.Alternatives);
    }

    [Fact]
    public void The_words_after_a_choice_of_two_numbers_say_which()
    {
        var u = Parser.Parse("pusat data itu masuk ind 5 atau 16 ya, yg dinilai fisiknya?");
        Assert.Equal(16, u.Indicator);
        Assert.Contains(5, u.Alternatives);
    }

    [Fact]
    public void A_word_in_brackets_may_stand_inside_the_choice()
    {
        var u = Parser.Parse("Is the e-office app counted under indicator 37 (naskah dinas) or 41? I mean the staff performance app.");
        Assert.Equal(41, u.Indicator);
    }

    [Fact]
    public void A_policy_word_before_the_marker_picks_the_policy_member()
    {
        var u = Parser.Parse("Apa beda Indikator 23 dengan Indikator 3? Bagian kami menyiapkan Perbup mengenai manajemen data.");
        Assert.Equal(3, u.Indicator);
    }

    [Fact]
    public void An_indicator_named_by_number_is_weighed_whatever_domain_it_sits_in()
    {
        var u = Parser.Parse("Berapa bobot Indikator 25 di Domain Manajemen SPBE?");
        Assert.Equal(QuestionKind.Weight, u.Kind);
        Assert.Equal(25, u.Indicator);
    }

    [Fact]
    public void A_denied_ladder_word_is_no_level_asked()
    {
        var u = Parser.Parse("aplikasi BMD kami sudah bisa input dan approval online, tapi belum kolaborasi dengan sistem lain. ind 38?");
        Assert.Equal(38, u.Indicator);
        Assert.NotEqual(4, u.Level);
    }
}
