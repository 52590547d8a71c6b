using SpbeBot.Core.Questions;
using static SpbeBot.Tests.Questions.Reading;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15, branch wip-15ib: the level a rise starts from (an own word or "mentok" before it), a level wanted written
/// bare ("mau 3"), a pair's numbers read in the comparison's own sentence, two bare numbers of the topic named, one
/// indicator by number compared with one named in words, a requirement asked which level it is for, counts of a whole
/// ("9 of our 40"), "all … for level 3", ICT assets named by their hardware. Phrasings written for these tests, not taken
/// from any question set.
/// </summary>
public class PairAndRiseTests
{

    [Theory]
    [InlineData("manajemen risiko kami mentok lvl 2, gmn caranya naik?", 21, 3)]
    [InlineData("Knowledge management is done in every OPD for us (level 2). What's the next step?", 26, 3)]
    [InlineData("audit aplikasi skrg lvl 2, mau 3 apa yg kurang?", 30, 3)]
    public void A_rise_from_where_the_asker_stands_is_answered_with_the_next_level(string question, int indicator, int level)
    {
        Read(question, QuestionKind.MoveUp, indicator, level);
    }

    [Fact]
    public void A_level_wanted_after_an_own_word_is_the_target_not_where_the_asker_stands()
    {
        var u = Parser.Parse("gimana biar kita level 4 di manajemen risiko, apa yg harus ditambah?");
        Assert.Equal(21, u.Indicator);
        Assert.Equal(4, u.Level);
    }

    [Theory]
    [InlineData("Arsitektur: ind 1 vs 11. Dokumen arsitektur yg disusun Bappeda dinilai di mana?", 11, 1)]
    [InlineData("Sistem penghubung layanan ada di 7 dan 18. Pemakaian API-nya oleh OPD masuk mana?", 18, 7)]
    [InlineData("Aplikasi pengaduan masuk indikator berapa, dan bedanya dengan indikator 40?", 42, 40)]
    public void The_one_of_a_pair_the_question_finally_asks_about_is_answered(string question, int answered, int offered)
    {
        var u = Parser.Parse(question);
        Assert.Equal(answered, u.Indicator);
        Assert.Contains(offered, u.Alternatives);
    }

    [Fact]
    public void A_requirement_heard_of_asked_which_level_it_is_for_is_no_described_situation()
    {
        var u = Parser.Parse("Pak Sekda bilang kebijakan manajemen data harus direviu berkala. Itu syarat untuk level berapa?");
        Assert.Equal(3, u.Indicator);
        Assert.NotEqual(QuestionKind.Situation, u.Kind);
    }

    [Fact]
    public void A_count_of_a_whole_is_no_indicator()
    {
        var u = Parser.Parse("Only 9 of our 40 agencies use the central data center. What level for the data center service?");
        Assert.Equal(16, u.Indicator);
    }

    [Fact]
    public void All_before_a_level_asked_for_is_no_level_of_every_indicator()
    {
        var u = Parser.Parse("Which stages must all be covered for level 3 of ICT asset management?");
        Assert.Equal(24, u.Indicator);
        Assert.Equal(3, u.Level);
    }

    [Fact]
    public void An_inventory_of_computers_and_servers_is_ict_assets()
    {
        Assert.Equal(24, Parser.Parse("inventaris komputer dan server dinas kami masuk indikator berapa?").Indicator);
        // An inventory with no word of ICT stays the regional property indicator.
        Assert.Equal(38, Parser.Parse("inventaris kendaraan dinas masuk indikator berapa?").Indicator);
    }

    [Theory]
    [InlineData("manajemen perubahan lvl 4 bedanya apa sama lvl 3?", 27, 4)]
    [InlineData("Mohon penjelasan perbedaan tingkat 3 dan tingkat 2 pada indikator 43.", 43, 3)]
    public void A_difference_asked_with_the_higher_level_first_is_what_it_adds(string question, int indicator, int level)
    {
        Read(question, QuestionKind.MoveUp, indicator, level);
        // The lower level first stays a comparison of the two.
        Assert.Equal(QuestionKind.Compare, Parser.Parse("manajemen perubahan lvl 3 bedanya apa sama lvl 4?").Kind);
    }
}
