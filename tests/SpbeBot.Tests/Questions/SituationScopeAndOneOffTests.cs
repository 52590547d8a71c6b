using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2 (wip-15n): a minimal or partial state is not read as a higher level. Each row is worded for the test,
/// not copied from a set.
/// </summary>
public class SituationScopeAndOneOffTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    static SituationReader.Placement Place(int indicator, string question) => Reader.Place(indicator, question, service: indicator >= 32);

    [Theory]
    // Pusat Data, Jaringan Intra, Sistem Penghubung Layanan: level 1 "belum atau telah tersedia", level 2 used by part of
    // the units. Used by no unit, or only where it is hosted, is level 1; level 2 decides.
    [InlineData(18, "Gateway API-nya sudah terpasang, tapi belum ada OPD yang memakainya. Level?")]
    [InlineData(18, "The service bus is installed but not used by any agency yet.")]
    [InlineData(16, "Ruang server kami cuma dipakai Diskominfo sendiri, dinas lain sewa hosting. Level?")]
    [InlineData(17, "Jaringan intranet baru ada di gedung Diskominfo saja. Level?")]
    [InlineData(17, "The intranet only runs inside the Diskominfo building. Level?")]
    public void Used_by_no_unit_or_only_where_hosted_is_level_1(int indicator, string question)
    {
        var p = Place(indicator, question);
        Assert.Equal(1, p.Level);
        Assert.False(p.Decided);
        Assert.Equal(2, p.DecidingLevel);
    }

    [Theory]
    // Two units named ("Diskominfo dan BPKAD") are part of the units, not the host alone: level 2 stays.
    [InlineData(16, "Pusat data kami baru dipakai Diskominfo dan BPKAD, OPD lain belum. Level?")]
    [InlineData(18, "Gateway API kami dipakai Bappeda dan Dinkes saja. Level?")]
    public void Two_units_named_are_part_of_the_units(int indicator, string question) =>
        Assert.Equal(2, Place(indicator, question).Level);

    [Theory]
    // A connection to the Pemda's own units ("tersambung ke 15 OPD", "connects all offices") is coverage, not the
    // interconnection of level 4; "API gateway" is the gateway's name, not an integration.
    [InlineData(17, "Jaringan fiber kami baru tersambung ke 15 OPD, kelurahan masih pakai internet biasa. Level?", 2)]
    [InlineData(17, "Our fibre network connects all offices, but it is not yet linked to the national government intranet. Level?", 3)]
    [InlineData(18, "API gateway provinsi sudah dipakai BKAD, Bapenda dan Dukcapil. Level?", 2)]
    public void A_connection_to_own_units_is_coverage(int indicator, string question, int level)
    {
        var p = Place(indicator, question);
        Assert.Equal(level, p.Level);
        Assert.DoesNotContain(SituationReader.Element.Integrated, p.Asserted);
    }

    [Theory]
    // Audits, Manajemen Risiko, Aset …: level 1 is an activity "tanpa perencanaan (yang berkesinambungan)". A one-off is
    // that condition, whatever follows it; a periodic "sekali setahun" is not a one-off.
    [InlineData(30, "Audit aplikasi baru pernah sekali tahun 2022 karena ada keluhan, setelah itu tidak ada lagi. Level?")]
    [InlineData(31, "We had a security audit only once, after an incident, and nothing since then. Level?")]
    [InlineData(21, "Penilaian risiko SPBE cuma sekali waktu persiapan evaluasi, sejak itu tidak pernah lagi. Level?")]
    public void A_one_off_activity_is_level_1(int indicator, string question)
    {
        var p = Place(indicator, question);
        Assert.Equal(1, p.Level);
        Assert.Equal(2, p.DecidingLevel);
    }

    [Fact]
    public void Once_a_year_is_not_a_one_off() =>
        Assert.True(Place(30, "Audit aplikasi dilakukan sekali setahun sesuai rencana audit tahunan. Level?").Level >= 2);

    [Theory]
    // Service ladder: interaction stated, collaboration denied, transaction unsaid: level 2, and level 3 decides.
    [InlineData(44, "Di portal JDIH warga bisa mencari dan mengunduh produk hukum. Belum terhubung ke JDIHN. Level?")]
    [InlineData(43, "Our data portal lets people search and download datasets; there is no integration with the national portal. Level?")]
    public void Interaction_with_collaboration_denied_is_level_2(int indicator, string question)
    {
        var p = Place(indicator, question);
        Assert.Equal(2, p.Level);
        Assert.Equal(3, p.DecidingLevel);
    }

    [Theory]
    // Keamanan Informasi level 1 "dalam tahap pembangunan": still being built, with a denial beside it, stays level 1.
    [InlineData("Pengendalian keamanan kami masih tahap pembangunan, belum ada kontrol yang berjalan. Level?")]
    [InlineData("Security controls: just antivirus, the firewall procurement is ongoing. Level?")]
    public void Still_being_built_with_a_denial_is_level_1(string question) => Assert.Equal(1, Place(22, question).Level);
}
