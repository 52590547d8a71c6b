using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Branch wip-36ib (issue 15 point 7): an account told only to ask which indicator it belongs to ("… ini masuk indikator
/// mana?", "which indicator is that?") asks the indicator, not where the asker stands, so no level is placed; with a level
/// asked too ("masuk indikator mana dan level berapa?") the account is placed as before. The cause recurs in the first
/// blind misses of six authors (AQ, AU, AZ, BB, BC, BE). Each row is worded for the test, not copied from a set.
/// </summary>
public class WhichIndicatorAskedTests
{
    static readonly QuestionParser Parser = new(CatalogStore.Get("spbe-2024"));

    [Theory]
    // The asking sentence is not the last one. Near miss of review m36qs: "yang dinilai apanya?" asks what is assessed, no score.
    [InlineData("Aplikasi SPLP sudah kami pasang di diskominfo, kira-kira penilaiannya di indikator yang mana ya? yang dinilai apanya?", 18)]
    [InlineData("Kominfo kami sudah jalankan SMKI berbasis ISO 27001 tapi dinas lain belum. Ini masuk indikator mana?", 22)]
    [InlineData("We already host several of our apps at the PDN data centre. Which indicator is that?", 16)]
    [InlineData("kita udh pake srikandi di semua opd buat surat menyurat, itu indikator brp ya?", 37)]
    public void An_account_asking_only_which_indicator_gets_the_indicator_and_no_level(string question, int indicator)
    {
        var u = Parser.Parse(question);
        Assert.NotEqual(QuestionKind.Situation, u.Kind);
        Assert.Equal(indicator, u.Indicator);
        Assert.Null(u.Level);
    }

    [Fact]
    public void An_account_asking_which_indicator_and_level_is_still_placed()
    {
        var u = Parser.Parse("Kami sudah numpang PDN untuk hosting semua aplikasi OPD, masuk indikator mana dan level berapa?");
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.Equal(16, u.Indicator);
        Assert.NotNull(u.Level);
    }

    [Theory]
    // Review m36qs (r36b finding 1): the level asked as its score ("nilainya berapa", "skor brp", "dapat berapa") is asked too.
    [InlineData("Aplikasi SPLP sudah dipakai semua OPD dan sudah direviu tahun lalu. Kira2 masuk indikator mana, nilainya berapa?", 18)]
    [InlineData("Aplikasi SPLP sudah dipakai semua OPD dan sudah direviu tahun lalu. Ini masuk indikator mana dan skornya brp?", 18)]
    [InlineData("Aplikasi SPLP sudah dipakai semua OPD dan sudah direviu tahun lalu. Masuk indikator mana, kira2 dapat berapa?", 18)]
    public void An_account_asking_which_indicator_and_its_score_is_placed(string question, int indicator)
    {
        var u = Parser.Parse(question);
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.Equal(indicator, u.Indicator);
        Assert.NotNull(u.Level);
    }

    [Theory]
    // "untuk mencapai tingkat/level N", "to reach level N": the level aimed at, not a level claimed over the account before it.
    [InlineData("Kebijakan keamanan informasi kami sudah memuat semua cakupan, namun baru berlaku di Diskominfo saja. Mohon penjelasan apa saja yang perlu dipenuhi untuk mencapai tingkat 4.", 8, 4)]
    [InlineData("Manajemen risiko SPBE kami sudah ada di Peta Rencana tapi belum mengikuti pedoman nasional. Apa yang harus dilakukan untuk mencapai level 3?", 21, 3)]
    public void A_level_aimed_at_after_an_account_is_a_move_up_to_it(string question, int indicator, int level)
    {
        var u = Parser.Parse(question);
        Assert.Equal(QuestionKind.MoveUp, u.Kind);
        Assert.Equal(indicator, u.Indicator);
        Assert.Equal(level, u.Level);
    }

    [Fact]
    public void A_level_claimed_after_an_account_is_still_checked()
    {
        var u = Parser.Parse("Perbup pusat data kami sudah berlaku untuk seluruh OPD dan sudah direviu tahun lalu dengan rekomendasi. Apakah kami sudah mencapai level 4?");
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.Equal(5, u.Indicator);
    }
}

