using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2, the review of merge30 (branch m30sa): readings at a level the text does not support — a name after a
/// title read as a regional word ("Bu Mita" as Acehnese "cari", "Bu Hana" as "tidak"), a review's own date after "saat"
/// read as the year now, "gak soal" (no problem) read as a denial of what follows, and "perubahan ke 4" read as a round.
/// Rows worded for the test; the evaluation year is an input.
/// </summary>
public class SituationNamesTimeAndDenialReachTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    static SituationReader.Placement Place(int indicator, string question) =>
        Reader.Place(indicator, question, service: indicator >= 32, evaluationYear: 2026);

    [Theory]
    [InlineData("Mita")]
    [InlineData("Rina")]
    public void A_name_after_a_title_is_no_search(string name)
    {
        // "Bu Mita" was Acehnese "mita" (cari): a search feature, level 2.
        var p = Place(44, $"JDIH kami cuma tampilkan daftar produk hukum, dikelola Bu {name} dari Bagian Hukum. Level berapa indikator 44?");
        Assert.Equal(1, p.Level);
        Assert.DoesNotContain(SituationReader.Element.Interaction, p.Asserted);
    }

    [Theory]
    [InlineData("Bu Hana")]
    [InlineData("Pak Goh")]
    [InlineData("dr. Ndek")]
    [InlineData("Bu Rina")]
    public void A_name_after_a_title_is_no_negator(string name)
    {
        // "ditindaklanjuti Bu Hana" was "ditindaklanjuti tidak": the follow-up denied, level 3. Read as a name, the
        // review's follow-up stands over the unsaid coverage: no level claimed, the gap asked (wip-31sc).
        var p = Place(2, $"Peta rencana SPBE sudah ditetapkan Perbup dan direviu tahun 2025, hasilnya sudah ditindaklanjuti {name}. Indikator 2 level?");
        Assert.Null(p.Level);
        Assert.True(p.Gap);
        Assert.DoesNotContain(SituationReader.Element.FollowedUp, p.Denied);
    }

    [Fact]
    public void A_regional_negator_without_a_title_still_denies()
    {
        var p = Place(2, "Peta rencana SPBE sudah ditetapkan Perbup dan direviu tahun 2025, hasilnya hana ditindaklanjuti. Indikator 2 level?");
        Assert.Contains(SituationReader.Element.FollowedUp, p.Denied);
    }

    [Fact]
    public void Saat_before_the_review_date_is_not_the_year_now()
    {
        // The review of June 2023 is three years before the 2026 evaluation: too old, level 3 (was 4: 2023 read as "now").
        var p = Place(8, "kebijakan SMKI kami lengkap dan berlaku untuk semua OPD. reviu terakhir dilakukan saat bulan juni 2023. level?");
        Assert.Equal(3, p.Level);
        Assert.Contains(SituationReader.Element.Reviewed, p.Denied);
    }

    [Theory]
    [InlineData("saat ini 2026")]
    [InlineData("saat ini sudah desember 2026")]
    [InlineData("sekarang 2026")]
    public void Saat_ini_still_says_the_year_now(string now)
    {
        var p = Reader.Place(8, $"kebijakan SMKI kami lengkap dan berlaku untuk semua OPD. reviu terakhir juni 2024. {now}. level?", service: false, evaluationYear: null);
        Assert.Equal(3, p.Level);
        Assert.Contains(SituationReader.Element.Reviewed, p.Denied);
    }

    [Fact]
    public void Gak_soal_is_no_denial_of_what_follows()
    {
        // "gak soal lagi": no problem; the duty to consult stands (was denied, level 2).
        var p = Place(4, "Perbup pengembangan aplikasi kami (2024) mengatur siklus pengembangan, gak soal lagi OPD wajib konsultasi ke Diskominfo sebelum membangun aplikasi. Level?");
        Assert.Equal(3, p.Level);
        Assert.DoesNotContain(SituationReader.Element.Consulted, p.Denied);
    }

    [Fact]
    public void Tidak_ada_soal_still_denies_what_follows()
    {
        var p = Place(4, "Perbup pengembangan aplikasi kami (2024) mengatur siklus pengembangan, tapi tidak ada soal kewajiban OPD konsultasi ke Diskominfo. Level?");
        Assert.Contains(SituationReader.Element.Consulted, p.Denied);
    }

    [Theory]
    [InlineData("bukti dukung indikator 12 untuk perubahan ke 4?", 12, 4)]
    [InlineData("bukti dukung indikator 12 untuk tahap ke 4?", 12, 4)]
    public void A_move_to_a_level_after_a_noun_of_change_is_a_level(string question, int indicator, int level)
    {
        var u = Parser.Parse(question);
        Assert.Equal(indicator, u.Indicator);
        Assert.Equal(level, u.Level);
    }
}
