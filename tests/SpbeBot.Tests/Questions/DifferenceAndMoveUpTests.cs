using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15, points 1 and 3: two indicators named to tell apart (the one the asker is after answered, the other a
/// button) and moving up to a level (the target level, not a comparison or a described situation). Phrasings written
/// for these tests, not taken from any question set.
/// </summary>
public class DifferenceAndMoveUpTests
{
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    [Theory]
    // The number said again after the comparison.
    [InlineData("Apa beda indikator 5 dengan indikator 16? Yang saya urus sekarang 16.", 16, 5)]
    // The topic named after it.
    [InlineData("ind 32 vs ind 33 apa bedanya? fokus kami ke penganggaran", 33, 32)]
    // A policy document named after it: the kebijakan-internal member.
    [InlineData("Indikator 3 dan indikator 23 bedanya apa? Kami sedang menyusun perbup untuk itu.", 3, 23)]
    // Doing the thing named after it: the other member.
    [InlineData("What separates indicator 4 from indicator 15? We care about how the apps are actually built.", 15, 4)]
    // Both named in words on either side of "vs".
    [InlineData("kebijakan audit TIK vs audit keamanan: kami mau tahu soal pelaksanaan auditnya", 31, 9)]
    // One sentence: what follows "yang mana" after the comparison.
    [InlineData("ind 8 vs ind 22, yang mana yang menilai penerapan SMKI di OPD?", 22, 8)]
    public void The_indicator_the_asker_is_after_is_answered_with_the_other_as_a_button(string question, int answered, int button)
    {
        var u = Parser.Parse(question);
        Assert.Equal(answered, u.Indicator);
        Assert.Equal(new[] { button }, u.Alternatives);
    }

    [Theory]
    [InlineData("ind 10 vs ind 19 bedanya apa?", 10, 19)]
    // "Keduanya": both are meant alike, so nothing after the comparison picks one.
    [InlineData("Bedanya indikator 6 dan 17 apa? Keduanya tentang jaringan intra.", 6, 17)]
    public void Without_a_focus_the_first_named_is_answered_and_the_other_offered(string question, int answered, int button)
    {
        var u = Parser.Parse(question);
        Assert.Equal(answered, u.Indicator);
        Assert.Equal(new[] { button }, u.Alternatives);
    }

    [Fact]
    public void A_share_in_percent_is_not_an_indicator_number()
    {
        var u = Parser.Parse("Rapat tim koordinasi kami sudah terlaksana 80% dari rencana. lvl?");
        Assert.Equal(19, u.Indicator);
    }

    [Fact]
    public void A_count_in_an_account_is_not_a_second_indicator()
    {
        var u = Parser.Parse("data center kami baru dipakai 8 dari 30 OPD, sisanya server sendiri. ind 16 level berapa?");
        Assert.Equal(16, u.Indicator);
        Assert.Empty(u.Alternatives);
    }

    [Theory]
    [InlineData("dari level 2 ke level 3 manajemen risiko apa bedanya?", 21, 3)]
    [InlineData("Apa syarat level 5 manajemen risiko dibanding level 4?", 21, 5)]
    [InlineData("Kami ingin naik ke 3 tahun depan; apa yang membedakan level 3 dari level 2 untuk manajemen risiko?", 21, 3)]
    [InlineData("Beyond level 2, what does the risk management indicator need?", 21, 3)]
    [InlineData("Arsitektur SPBE kita sudah level 3. Untuk level 4 apa lagi?", 11, 4)]
    [InlineData("Mohon informasi apa saja yang harus dipenuhi agar Indikator 21 Manajemen Risiko SPBE kami mencapai tingkat 4, mengingat register risiko sudah disusun oleh semua perangkat daerah.", 21, 4)]
    [InlineData("For the SPL policy, what is needed at level 2?", 7, 2)]
    public void Moving_up_is_answered_with_the_target_level(string question, int indicator, int target)
    {
        var u = Parser.Parse(question);
        Assert.Equal(indicator, u.Indicator);
        Assert.Equal(target, u.Level);
        if (!question.Contains("SPL", StringComparison.Ordinal)) Assert.Equal(QuestionKind.MoveUp, u.Kind);
    }
}
