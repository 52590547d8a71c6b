using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Branch wip-22dm (issue 15 point 3): a level named again is one level ("(lvl 2) … dari 2 ke 3"); "apa" after the level
/// wanted asks what it needs, it offers no other level ("buat lvl 4 apa yg harus ada"); "more" is no typo of "move"; the
/// one list of rise words; a comparison of levels quotes what the higher level adds from its criterion. Each row is worded
/// for the test, not copied from a set.
/// </summary>
public class DifferenceAddsTests
{
    static readonly QuestionParser Parser = new(CatalogStore.Get("spbe-2024"));

    [Theory]
    [InlineData("layanan pengaduan kami sudah interaksi (lvl 2). dari 2 ke 3 apa saja tambahannya?", 42, 3)]
    [InlineData("jaringan intra kami (lvl 2), dr 2 ke 3 perlu apa?", 17, 3)]
    public void A_level_named_again_is_the_one_moved_from(string question, int indicator, int target)
    {
        var u = Parser.Parse(question);
        Assert.Equal(QuestionKind.MoveUp, u.Kind);
        Assert.Equal((indicator, target), (u.Indicator, u.Level));
    }

    [Theory]
    [InlineData("indikator 21: manajemen risiko kita sudah mengacu pedoman (lvl 3). buat lvl 4 apa yg harus ada?", 4)]
    [InlineData("indikator 21: manajemen risiko kita sudah mengacu pedoman (lvl 3). utk lvl 4 apa saja?", 4)]
    public void What_a_wanted_level_needs_is_a_move_up_not_a_choice_of_two(string question, int target)
    {
        var u = Parser.Parse(question);
        Assert.Equal(QuestionKind.MoveUp, u.Kind);
        Assert.Equal(target, u.Level);
    }

    [Fact]
    public void Two_levels_offered_are_still_a_choice()
    {
        var u = Parser.Parse("indikator 21: manajemen risiko kita sudah mengacu pedoman dan dipakai semua OPD. level 3 apa level 4?");
        Assert.Equal(QuestionKind.Situation, u.Kind);
    }

    [Fact]
    public void More_is_not_a_typo_of_move()
    {
        Assert.Contains("more", Parser.CorrectedTokens("our intranet links two offices, nothing more"));
    }

    [Fact]
    public void The_level_added_is_quoted_from_the_criterion_after_the_level_below()
    {
        var catalog = CatalogStore.Get("spbe-2024");
        foreach (var level in catalog.Indicators.SelectMany(i => i.Levels).Where(l => l.Added() is not null))
        {
            var added = level.Added()!;
            Assert.DoesNotContain("Kriteria tingkat", added, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Kondisi:", added, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(added[1..], level.Criterion, StringComparison.Ordinal);
        }
        // Level 1 adds to nothing; a criterion that does not open on the level below is not cut.
        Assert.Null(catalog.FindIndicator(21)!.Level(1)!.Added());
        Assert.Null(new IndicatorLevel { Level = 3, Criterion = "Kriteria tingkat 1 telah terpenuhi dan kebijakan ditetapkan." }.Added());
        Assert.Equal("Kebijakan ditetapkan.", new IndicatorLevel { Level = 2, Criterion = "Kriteria tingkat 1 telah terpenuhi dan kebijakan ditetapkan. Kondisi: belum lengkap." }.Added());
    }

    [Theory]
    [InlineData("beda level 3 dan 4 indikator 21 apa?", "Yang ditambahkan di level 4 (setelah level 3 terpenuhi):")]
    [InlineData("what is the difference between level 3 and level 4 of indicator 21?", "What level 4 adds (once level 3 is met):")]
    public void A_comparison_of_two_levels_shows_what_the_higher_adds_in_the_criterion_s_words(string question, string heading)
    {
        var added = CatalogStore.Get("spbe-2024").FindIndicator(21)!.Level(4)!.Added()!;
        Assert.StartsWith("Kebijakan strategis Manajemen Risiko SPBE", added, StringComparison.Ordinal);
        Assert.Contains($"{heading}\n{added[..60]}", CriteriaAnswerer.Answer(question).FullText, StringComparison.Ordinal);
    }
}
