using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2 (wip-15l): never above what the description says. A level is given only when its criterion is
/// stated; an element hedged or asked about is not stated. Each row is worded for the test, not copied from a set.
/// </summary>
public class SituationOverClaimTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    static SituationReader.Placement Place(int indicator, string question) => Reader.Place(indicator, question, service: indicator >= 32);

    [Theory]
    // Kebijakan Internal Manajemen Keamanan Informasi: level 2's condition is a policy that does not yet cover the whole
    // scope (ruang lingkup, penanggung jawab, perencanaan, dukungan pengoperasian, evaluasi kinerja, perbaikan
    // berkelanjutan "terhadap Keamanan Informasi"); the last items named as missing are that condition, not a review denied.
    [InlineData("Perwali SMKI kami sudah berlaku, tapi belum memuat evaluasi kinerja maupun perbaikan berkelanjutan.")]
    [InlineData("Peraturan keamanan informasi kami sudah disahkan dan memuat ruang lingkup serta penanggung jawab. Evaluasi kinerja dan perbaikan berkelanjutan belum ada di dalamnya.")]
    public void Security_policy_missing_its_last_items_is_level_2(string question)
    {
        var p = Place(8, question);
        Assert.Equal(2, p.Level);
        Assert.Contains(SituationReader.Element.Partial, p.Asserted);
    }
}
