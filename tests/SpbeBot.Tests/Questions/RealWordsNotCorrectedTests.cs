using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15, branch wip-26ib. Real words are not typos of others: a letter's "Perihal:" is no "perwal" (a policy word that
/// would pick the policy indicator), "Wali Kota" no "kali kota", "fiber" no "siber", "pengajuan" no "pengaduan". Phrasings
/// written for these tests, not taken from any question set.
/// </summary>
public class RealWordsNotCorrectedTests
{
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    [Fact]
    public void A_letters_perihal_is_no_policy_word()
    {
        var u = Parser.Parse("Perihal: Pelaksanaan Tim Koordinasi SPBE. Dengan hormat, mohon petunjuk syarat tingkat 3.");
        Assert.Equal(((int?)19, (int?)3), (u.Indicator, u.Level));
    }

    [Theory]
    [InlineData("Keputusan Wali Kota", "keputusan wali kota")]
    [InlineData("jaringan fiber", "jaringan fiber")]
    [InlineData("pengajuan izin", "pengajuan izin")]
    [InlineData("penawaran harga", "penawaran harga")]
    public void A_real_word_stays_as_written(string written, string read)
    {
        Assert.Equal(read, string.Join(" ", Parser.CorrectedTokens(written)));
    }
}
