using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15, branch wip-25ib. A message written as points "1. … 2. …" from its first word, after a salutation's comma or
/// after a question mark: the points' numbers are no indicators or levels. A sector service numbered in a word ("sektoral
/// dua") or written short ("sktrl 2") names its indicator, every time it is named. Regional words of rising ("naik ka 4",
/// Javanese "munggah"), a level aimed at written as a word ("kalau mau tiga"), joining two indicators (Ambonese "deng", Minang "jo", Javanese "karo") and of denial (Javanese
/// "dudu"). "the 47 indicators" counts them; "permenpan 19" is a regulation's number. Phrasings written for these tests, not
/// taken from any question set.
/// </summary>
public class PointsSectorsAndRegionalWordsTests
{
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    [Theory]
    [InlineData("1. Manajemen risiko SPBE kami sudah berjalan tiap tahun. 2. Mohon penjelasan syarat untuk naik ke level 4.")]
    [InlineData("Dengan hormat, 1. manajemen risiko SPBE kami sudah berjalan tiap tahun; 2. mohon penjelasan syarat untuk naik ke level 4.")]
    public void Points_from_the_first_word_or_after_a_salutation_are_no_indicators(string question)
    {
        var u = Parser.Parse(question);
        Assert.Equal((21, (int?)4), (u.Indicator, u.Level));
    }

    [Fact]
    public void Points_after_a_question_mark_are_no_levels()
    {
        var u = Parser.Parse("1. Apa perbedaan indikator 29 dan 31? 2. Untuk indikator 31, apa yang dinilai?");
        Assert.Equal((31, (int?)null), (u.Indicator, u.Level));
    }

    [Fact]
    public void A_sector_numbered_in_a_word_names_its_indicator()
    {
        var u = Parser.Parse("layanan publik sektoral dua level tiga kriterianya apa");
        Assert.Equal((46, (int?)3), (u.Indicator, u.Level));
    }

    [Fact]
    public void A_short_sector_named_twice_reads_both_as_sectors()
    {
        var u = Parser.Parse("sktrl 2 bobotnya sama dengan sktrl 3?");
        Assert.Equal((46, (int?)null), (u.Indicator, u.Level));
    }

    [Theory]
    [InlineData("manajemen risiko katong su lengkap. mau naik ka 4 musti tambah apa?", 4)]
    [InlineData("Manajemen risiko isih manual. Piye ben munggah 3?", 3)]
    public void A_regional_rise_leads_to_the_level_aimed_at(string question, int level)
    {
        var u = Parser.Parse(question);
        Assert.Equal((21, (int?)level), (u.Indicator, u.Level));
    }

    [Theory]
    [InlineData("manajemen risiko kita levelnya dua kalau mau tiga apa yang harus ada", 3)]
    [InlineData("manajemen risiko kita baru level dua, targetnya empat, apa saja yang harus ada", 4)]
    public void A_level_aimed_at_may_be_written_as_a_word(string question, int level)
    {
        var u = Parser.Parse(question);
        Assert.Equal((21, (int?)level), (u.Indicator, u.Level));
    }

    [Fact]
    public void Joined_into_one_is_no_level()
    {
        var u = Parser.Parse("aplikasi perencanaan dan penganggaran kami mau digabung jadi satu, masuk indikator apa?");
        Assert.Null(u.Level);
    }

    [Theory]
    [InlineData("indikator 6 deng 17. yang dinilai kabel fiber yang su tersambung ke OPD, masuk yang mana?", 17)]
    [InlineData("bingung indikator 5 jo 16. SOP pengoperasian pusat data itu masuak mana?", 16)]
    [InlineData("Aku bingung indikator 9 karo 30. Sing audit aplikasi (dudu kebijakane) piye?", 30)]
    public void A_regional_joiner_makes_a_pair_and_the_later_words_choose(string question, int indicator)
    {
        var u = Parser.Parse(question);
        Assert.Equal(indicator, u.Indicator);
    }

    [Fact]
    public void A_count_of_indicators_in_english_is_no_indicator()
    {
        var u = Parser.Parse("Where does SIPD fall among the 47 indicators?");
        Assert.Equal(33, u.Indicator);
    }

    [Fact]
    public void A_permenpan_number_is_no_indicator()
    {
        var u = Parser.Parse("peta proses bisnis kami udh sesuai permenpan 19, itu indikator apa?");
        Assert.Equal(14, u.Indicator);
    }
}
