using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Branch wip-20sm: a notion followed by its own verb of doing ("evaluasi dilakukan Agustus 2025") is stated; a negation
/// later in the sentence ("…, tindak lanjutnya belum berjalan") denies the notion of its own clause only. Rows worded
/// for the test. Also: "belum pakai standar yang ditetapkan …" — the relative clause describes the standard denied, it
/// does not deny that the indicator's own policy is set.
/// </summary>
public class OwnVerbBeforeNegationTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    [Theory]
    [InlineData("Evaluasi pusat data dilakukan Agustus 2025, tindak lanjut hasilnya belum berjalan.")]
    [InlineData("Reviu kebijakan dilaksanakan tahun lalu, perbaikan hasilnya belum dimulai.")]
    public void The_review_done_stands_and_only_its_follow_up_is_denied(string text)
    {
        var placed = Reader.Place(16, text, service: false);
        Assert.Contains(SituationReader.Element.Reviewed, placed.Asserted);
        Assert.Contains(SituationReader.Element.FollowedUp, placed.Denied);
    }

    [Theory]
    [InlineData("Reviu pusat data belum pernah dilakukan.")]
    [InlineData("Evaluasi terhadap pusat data kami belum dilakukan.")]
    public void A_review_denied_by_its_own_verb_stays_denied(string text) =>
        Assert.Contains(SituationReader.Element.Reviewed, Reader.Place(16, text, service: false).Denied);

    [Fact]
    public void A_standard_that_is_set_elsewhere_denied_does_not_deny_the_policy()
    {
        var placed = Reader.Place(22, "pengamanan informasi sudah jalan di seluruh perangkat daerah, tapi belum memakai standar yang ditetapkan pusat", service: false);
        Assert.DoesNotContain(SituationReader.Element.Established, placed.Denied);
        Assert.Equal(3, placed.Level);
    }
}
