using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2 (wip-15o): a described practice asked as "lvl?" is a situation, not the overview — when the account
/// names the requirements a service shows ("baca syarat", "info persyaratan"), writes the level word in chat ("lvlnya"),
/// or uses a real word the typo corrector had turned into a question word ("seadanya" → "bedanya"). Phrasings are
/// worded for the test, not copied from a question set.
/// </summary>
public class SituationRoutingChatTests
{
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    [Theory]
    [InlineData("layanan perizinan kami di web cuma menampilkan syarat dan jadwal, tidak bisa daftar. ind 45?", 45)]
    [InlineData("website layanan kami baru info persyaratan pengajuan aja. ind 45 lvl?", 45)]
    [InlineData("audit infrastruktur kita sudah dijadwalkan tiap tahun tp blm pakai pedoman. ind 29 lvlnya?", 29)]
    [InlineData("manajemen perubahan di kita, aplikasi baru langsung dipakai, pelatihan seadanya. ind 27 lvl?", 27)]
    public void A_practice_asked_as_lvl_is_a_situation(string question, int indicator)
    {
        var u = Parser.Parse(question);
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.Equal(indicator, u.Indicator);
    }

    [Fact]
    public void A_requirement_asked_stays_a_requirement_question()
    {
        // "syarat" asked, not shown: not a situation.
        var u = Parser.Parse("layanan perizinan kami sudah online, apa syarat level 4? ind 45");
        Assert.NotEqual(QuestionKind.Situation, u.Kind);
    }
}
