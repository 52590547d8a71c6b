using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Branch wip-22dm (issue 15 point 3): a level named again is one level ("(lvl 2) … dari 2 ke 3"); "apa" after the level
/// wanted asks what it needs, it offers no other level ("buat lvl 4 apa yg harus ada"); "more" is no typo of "move"; the
/// one list of rise words; a comparison of levels quotes what the higher level adds from its criterion. Branch wip-23dm:
/// the comparison also says the levels below the higher must be met, so it answers a move up, and is scored so; "target 2
/// tahun ini" aims at level 2 this year, it counts no years. Each row
/// is worded for the test, not copied from a set.
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

    [Theory]
    [InlineData("beda level 3 dan 4 indikator 21 apa saja?", "level 4 mensyaratkan level 1–3 sudah terpenuhi")]
    [InlineData("what is the difference between level 4 and level 5 of indicator 21?", "level 5 requires levels 1–4 to be met")]
    public void A_comparison_says_as_a_move_up_does_that_the_levels_below_the_higher_must_be_met(string question, string note)
    {
        Assert.Equal(QuestionKind.Compare, Parser.Parse(question).Kind);
        Assert.Contains(note, CriteriaAnswerer.Answer(question).FullText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_aimed_at_this_year_is_no_count_of_years()
    {
        var u = Parser.Parse("manajemen risiko kita lvl 2, targetnya 3 tahun ini. yg perlu disiapkan apa?");
        Assert.Equal((QuestionKind.MoveUp, 21, 3), (u.Kind, u.Indicator, u.Level));
        // "3 tahun lagi" (in three years) still counts years.
        Assert.NotEqual(3, Parser.Parse("manajemen risiko kita lvl 2, targetnya 3 tahun lagi. yg perlu disiapkan apa?").Level);
    }

    [Fact]
    public void A_move_up_answered_by_the_comparison_that_reaches_its_target_is_scored_right()
    {
        static Understanding Compared(int low, int high) => new() { Framework = "spbe-2024", Kind = QuestionKind.Compare, Indicator = 21, Level = low, OtherLevel = high };
        var toFour = new LabelledQuestion(1, "q", "21", "4", "moving-up", "");
        var threeToFour = new LabelledQuestion(2, "q", "21", "3,4", "moving-up", "");
        Assert.True(toFour.IsCorrect(Compared(3, 4)));
        Assert.True(threeToFour.IsCorrect(Compared(3, 4)));
        // The comparison must reach the target, and start where the move starts when the row says where.
        Assert.False(toFour.IsCorrect(Compared(4, 5)));
        Assert.False(threeToFour.IsCorrect(Compared(2, 4)));
        Assert.False(toFour.IsCorrect(new Understanding { Framework = "spbe-2024", Kind = QuestionKind.Level, Indicator = 21, Level = 3 }));
    }
}
