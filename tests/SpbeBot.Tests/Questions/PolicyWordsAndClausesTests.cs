using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15, branch wip-19ib: a Peraturan Wali Kota called "perwako", "aturan" and "surat edaran" name a Kebijakan
/// Internal indicator (point 6); the clause after a dash says which of a pair is asked; the end of a form's range is no
/// indicator. Phrasings written for these tests, not taken from any question set.
/// </summary>
public class PolicyWordsAndClausesTests
{
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    [Theory]
    [InlineData("perwako pusat data kota kami baru draft, lvl brp?", 5)]
    [InlineData("aturan tentang jaringan intra di daerah kami belum ada. level berapa?", 6)]
    [InlineData("Surat edaran sistem penghubung layanan sudah terbit. Apa syarat level 3?", 7)]
    public void A_policy_named_in_other_words_is_the_kebijakan_internal_indicator(string question, int indicator)
    {
        Assert.Equal(indicator, Parser.Parse(question).Indicator);
    }

    [Fact]
    public void Implementation_words_still_name_the_other_member()
    {
        Assert.Equal(16, Parser.Parse("penerapan pusat data kami sesuai aturan, server sudah di satu tempat. level berapa?").Indicator);
    }

    [Theory]
    [InlineData("kepegawaian (36) vs kinerja pegawai (41) — yang aplikasi SKP?", 41, 36)]
    [InlineData("arsitektur: indikator 1 vs 11 - yg dokumennya sendiri?", 11, 1)]
    public void The_clause_after_a_dash_says_which_of_a_pair_is_asked(string question, int answered, int offered)
    {
        var u = Parser.Parse(question);
        Assert.Equal(answered, u.Indicator);
        Assert.Contains(offered, u.Alternatives);
    }

    [Theory]
    [InlineData("bukti dukung level 2 audit aplikasi: form 2-4 apa aja?")]
    [InlineData("bukti dukung level 2 audit aplikasi, form 2 s.d. 4?")]
    public void The_end_of_a_forms_range_is_no_indicator(string question)
    {
        var u = Parser.Parse(question);
        Assert.Equal(30, u.Indicator);
        Assert.Equal(2, u.Level);
    }
}
