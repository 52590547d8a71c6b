using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Branch wip-19sm: regional Malay negators (Minang "indak", Kupang "sonde", Papua/Maluku "tra", "trada") read as
/// "tidak" / "tidak ada", so what they deny is denied; wip-23sm: Maluku "seng"; wip-26sm: Manado "nyanda"; wip-24sm: Banjar "kada", "balum" and
/// Minang "alun" (belum), but not "alun-alun" (a town square) nor "SK kada" (the head of region); wip-25sm: Javanese
/// "durung", "urung", "ora", "mung", "liyane", "nanging", and "tak" after "wis"/"sing" as the speaker. Rows worded for the test.
/// </summary>
public class RegionalNegatorTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    [Theory]
    [InlineData("indak bisa daftar", "tidak bisa daftar")]
    [InlineData("SOP sonde ada", "sop tidak ada")]
    [InlineData("trada reviu", "tidak ada reviu")]
    [InlineData("seng ditandatangani", "tidak ditandatangani")]
    [InlineData("nyanda terhubung", "tidak terhubung")]
    [InlineData("kada ada reviu", "tidak ada reviu")]
    [InlineData("balum diteken", "belum diteken")]
    [InlineData("alun ditetapkan", "belum ditetapkan")]
    [InlineData("wifi di alun-alun kota", "wifi di alun alun kota")]
    [InlineData("SK kada tentang tim", "sk kada tentang tim")]
    [InlineData("durung direviu", "belum direviu")]
    [InlineData("urung ana SOP", "belum ana sop")]
    [InlineData("ora disebut blas", "tidak disebut blas")]
    // The Javanese "tak" before a verb after "wis" / "sing" is the speaker, not "tidak"; elsewhere it stays "tak".
    [InlineData("wis tak susun", "wis saya susun")]
    [InlineData("file sing tak unggah", "file sing saya unggah")]
    [InlineData("tak ada standar", "tak ada standar")]
    public void Regional_negators_read_as_tidak(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', TextNormalizer.Tokenize(text)));

    [Fact]
    public void A_service_in_manado_not_linked_to_others_is_not_collaboration() =>
        Assert.Equal(3, Reader.Place(39, "aplikasi e-audit kami: auditor input temuan, OPD upload bukti, inspektur validasi deng setujui. nyanda terhubung ke aplikasi laeng.", service: true).Level);

    [Fact]
    public void A_service_that_only_informs_and_cannot_register_is_level_1() =>
        Assert.Equal(1, Reader.Place(46, "aplikasi antrian puskesmas kami cuma info jadwal dokter, pasien indak bisa daftar", service: true).Level);

    [Fact]
    public void A_draft_the_head_has_not_signed_is_level_1() =>
        Assert.Equal(1, Reader.Place(1, "rancangan Perbup arsitektur SPBE kami sudah lengkap, tapi Bupati seng tandatangan. level berapa?", service: false).Level);

    [Fact]
    public void A_concept_the_mayor_has_not_yet_set_in_banjar_is_level_1() =>
        Assert.Equal(1, Reader.Place(6, "kebijakan jaringan intra kami masih konsep haja, balum ditetapkan Wali Kota. level barapa?", service: false).Level);

    [Fact]
    public void A_process_improved_but_not_yet_in_an_application_in_javanese_is_level_3() =>
        // Proses Bisnis level 3 is the improvement; level 4 needs it in an electronic system, which "durung" denies.
        Assert.Equal(3, Reader.Place(14, "Wis tak susun probis sesuai pedoman, alur pelayanan disederhanakan dadi 4 langkah. Nanging isih manual, durung nganggo aplikasi. Level piro?", service: false).Level);

    [Fact]
    public void Planned_but_only_some_units_in_javanese_is_level_2() =>
        Assert.Equal(2, Reader.Place(27, "manajemen perubahan wis dilakoni sesuai rencana, nanging mung 3 OPD sing nglakoni, liyane urung. level piro?", service: false).Level);

    [Fact]
    public void A_service_that_cannot_search_in_banjar_is_level_1() =>
        Assert.Equal(1, Reader.Place(37, "aplikasi arsip kami cuma manampaikan daftar surat haja, kada bisa dicari, kada bisa diunduh. level barapa?", service: true).Level);
}
