using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2 (wip-32lv): a policy criterion counts an element only when the policy regulates it; a negated verb
/// of regulating ("tidak mengatur …", "… gak diatur") denies the element named in its object. Worded for the test.
/// </summary>
public class SituationNotRegulatedTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    [Theory]
    // Indicator 4: level 2 regulates the cycle, level 3 adds the consultation with the ICT unit.
    [InlineData(4, "Perbup pembangunan aplikasi kami sudah ditetapkan dan mengatur siklus perencanaan, analisis, desain, pengujian dan pemeliharaan. Perbup itu tidak mengatur kewajiban perangkat daerah berkonsultasi dengan Diskominfo. Level berapa?", 2)]
    [InlineData(4, "perwal pembangunan aplikasi udh ditetapkan, ngatur tahapan perencanaan, analisis, desain, implementasi. soal konsultasi ke diskominfo gak diatur sama sekali. lvl?", 2)]
    // Indicator 10: level 3 needs the team's tasks supporting every unit.
    [InlineData(10, "SK Tim Koordinasi SPBE kami sudah ditetapkan, tapi tidak menyebut tugas tim mendukung penerapan SPBE di semua perangkat daerah. Level?", 2)]
    public void A_negated_verb_of_regulating_denies_its_object(int indicator, string question, int level) =>
        Assert.Equal(level, Reader.Place(indicator, question, service: false).Level);

    [Theory]
    // A comma ends the denial: the consultation is regulated (m32lv); before the comma it is still denied.
    [InlineData(4, "Perbup pembangunan aplikasi kami sudah ditetapkan dan mengatur siklus perencanaan, analisis, desain, pengujian dan pemeliharaan. Perbup itu tidak mengatur sanksi, kewajiban perangkat daerah berkonsultasi dengan Diskominfo diatur di pasal 5. Indikator 4 level berapa?", 3)]
    [InlineData(4, "Perbup pembangunan aplikasi kami sudah ditetapkan dan mengatur siklus perencanaan, analisis, desain, pengujian dan pemeliharaan. Perbup itu tidak mengatur kewajiban perangkat daerah berkonsultasi dengan Diskominfo, sanksinya juga tidak. Level berapa?", 2)]
    // So does a word affirming the duty ("wajib") between the verb and the notion.
    [InlineData(4, "Perbup pembangunan aplikasi kami sudah ditetapkan dan mengatur siklus perencanaan, analisis, desain, pengujian dan pemeliharaan. Perbup itu tidak mengatur sanksi bagi perangkat daerah yang wajib berkonsultasi dengan Diskominfo. Level berapa?", 3)]
    public void A_comma_or_an_affirming_word_ends_the_denial(int indicator, string question, int level) =>
        Assert.Equal(level, Reader.Place(indicator, question, service: false).Level);

    [Fact]
    public void The_element_regulated_still_counts() =>
        Assert.Equal(3, Reader.Place(4, "Perbup pembangunan aplikasi kami sudah ditetapkan, mengatur siklus perencanaan, analisis, desain, pengujian dan pemeliharaan, dan mengatur kewajiban perangkat daerah berkonsultasi dengan Diskominfo. Level berapa?", service: false).Level);
}
