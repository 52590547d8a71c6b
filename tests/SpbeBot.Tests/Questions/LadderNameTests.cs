using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Branch wip-37sc: the service ladder's level names (informasi, interaksi, transaksi, kolaborasi, optimal) ask a level
/// only of a service indicator. "level kolaborasi" about Kolaborasi Penerapan SPBE (indicator 20, a process ladder) is
/// that indicator's level, not level 4: a described situation is placed, a bare question is about the indicator. Rows
/// worded for the test, not copied from a set.
/// </summary>
public class LadderNameTests
{
    static readonly QuestionParser Parser = new(CatalogStore.Get("spbe-2024"));

    [Fact]
    public void A_described_collaboration_asked_its_level_by_name_is_placed_not_answered_as_level_four()
    {
        var u = Parser.Parse("Tim kolaborasi SPBE kami sudah ditetapkan dengan SK Bupati, tapi anggotanya baru enam OPD yang ikut proyek integrasi perizinan, belum seluruh perangkat daerah. Level kolaborasi kami?", evaluationYear: 2026);
        Assert.Equal(20, u.Indicator);
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.NotEqual(4, u.Level);
    }

    [Fact]
    public void A_bare_question_about_the_collaboration_indicator_asks_no_level()
    {
        var u = Parser.Parse("tingkat kolaborasi penerapan spbe itu apa?");
        Assert.Equal(20, u.Indicator);
        Assert.Null(u.Level);
    }

    [Theory]
    // A level by number stays a level; on a service indicator the level's name is still its level.
    [InlineData("kolaborasi penerapan spbe level 3 apa syaratnya?", 20, 3)]
    [InlineData("layanan pengaduan publik level kolaborasi itu apa?", 42, 4)]
    // Review m37sc finding 1: a service name that is no word of the indicator's own name stays a level ("optimal" is how
    // Pemda staff write the process ladder's Optimum); near misses of the collaboration rule.
    [InlineData("level optimal arsitektur spbe syaratnya apa?", 11, 5)]
    [InlineData("arsitektur SPBE level optimal itu apa saja buktinya?", 11, 5)]
    [InlineData("tingkat optimal manajemen risiko SPBE apa kriterianya?", 21, 5)]
    [InlineData("tingkat optimal peta rencana spbe apa kriterianya?", 12, 5)]
    [InlineData("manajemen keamanan informasi level optimal kriterianya apa?", 22, 5)]
    [InlineData("level optimum arsitektur spbe syaratnya apa?", 11, 5)]
    [InlineData("indikator 12 level kolaborasi itu apa?", 12, 4)]
    [InlineData("kolaborasi penerapan spbe level optimal apa syaratnya?", 20, 5)]
    public void Levels_by_number_and_on_the_service_ladder_stay(string question, int indicator, int level)
    {
        var u = Parser.Parse(question);
        Assert.Equal(indicator, u.Indicator);
        Assert.Equal(level, u.Level);
    }

    /// <summary>Review m37sc finding 8: the collaboration indicator named in words or typed by number gets one answer, the indicator's (no level 4).</summary>
    [Theory]
    [InlineData("indikator 20 level kolaborasi itu apa?")]
    [InlineData("kolaborasi penerapan spbe level kolaborasi apa syaratnya?")]
    [InlineData("indikator 20 kolaborasi penerapan spbe level kolaborasi apa syaratnya?")]
    public void The_collaboration_indicator_by_number_or_in_words_asks_no_level_by_its_own_name(string question)
    {
        var u = Parser.Parse(question);
        Assert.Equal(20, u.Indicator);
        Assert.Null(u.Level);
    }
}
