using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Branch wip-21sm: a rise asked after an account with no level to rise to ("naik satu tingkat", "naik 1 lvl", "tingkat
/// berikutnya") moves from where the account places the asker to the level above; a level after a word of wanting
/// ("target lvl 4") is the target; "lvl 4 nya apa?" after the level one stands at asks that level; a difference of two
/// adjacent levels asked to rise is a move up. And "belum ada" takes the noun after it ("… sesuai perencanaan, belum ada
/// pelatihan lanjutan": the planning stands). Each row is worded for the test, not copied from a set.
/// </summary>
public class RiseByOneTests
{
    static readonly QuestionParser Parser = new(CatalogStore.Get("spbe-2024"));
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    [Theory]
    [InlineData("Perwal SPLP kami baru berlaku di sebagian OPD. Apa yang perlu ditambah supaya naik satu tingkat? indikator 7")]
    [InlineData("indikator 7: perwal SPLP kami baru berlaku di sebagian OPD, biar naik 1 lvl hrs gmn?")]
    [InlineData("indikator 42: aplikasi pengaduan kami sudah terintegrasi dengan SP4N-LAPOR. tingkat berikutnya apa?")]
    public void A_rise_of_one_after_an_account_moves_from_the_level_it_places(string question)
    {
        var u = Parser.Parse(question);
        Assert.Equal(QuestionKind.MoveUp, u.Kind);
        Assert.NotNull(u.FromLevel);
        Assert.Equal(u.FromLevel + 1, u.Level);
        var indicator = u.Indicator!.Value;
        Assert.Equal(Reader.Place(indicator, question, service: indicator >= 32).Level, u.FromLevel);
    }

    [Theory]
    [InlineData("indikator 16: pusat data kita sudah dipakai seluruh OPD dan ada SOP, target lvl 4", 4)]
    [InlineData("indikator 17: jaringan intra kami sudah lvl 3 (dipakai semua OPD). lvl 4 nya apa?", 4)]
    [InlineData("indikator 12: apa bedanya level 2 dan level 3? kami ingin naik", 3)]
    public void A_level_wanted_or_asked_after_where_one_stands_is_the_target(string question, int target)
    {
        var u = Parser.Parse(question);
        Assert.Equal(QuestionKind.MoveUp, u.Kind);
        Assert.Equal(target, u.Level);
    }

    [Fact]
    public void Belum_ada_denies_the_noun_after_it_not_the_planning_before()
    {
        var placed = Reader.Place(25, "Kompetensi SDM SPBE sudah terpenuhi sesuai perencanaan, belum ada pelatihan lanjutan.", service: false);
        Assert.DoesNotContain(SituationReader.Element.Planned, placed.Denied);
    }

    [Theory]
    [InlineData("Pusat data sudah dipakai seluruh OPD. Reviu belum ada, cuma rapat internal saja.")]
    [InlineData("Pusat data sudah dipakai seluruh OPD. Reviu belum ada sama sekali.")]
    public void A_review_that_does_not_exist_stays_denied(string text) =>
        Assert.Contains(SituationReader.Element.Reviewed, Reader.Place(16, text, service: false).Denied);
}
