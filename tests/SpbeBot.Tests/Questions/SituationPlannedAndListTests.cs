using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2 (wip-15v): an element only planned or still being made is not met; a numbered description's item
/// numbers are not levels or indicators, and a plan in one item does not erase what the other items state. Each row is
/// worded for the test, not copied from a set.
/// </summary>
public class SituationPlannedAndListTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    static SituationReader.Placement Place(int indicator, string question) => Reader.Place(indicator, question, service: indicator >= 32);

    [Theory]
    // The element beside "masih wacana", "masih rencana", "masih dalam pengembangan", "masih uji coba", "plan to" is not met:
    // the level that adds it decides, the placement is the level below.
    [InlineData(29, "Audit infrastruktur kami terjadwal tiap tahun dan mengikuti pedoman; auditor eksternal bersertifikat masih wacana. Level?", 3)]
    [InlineData(42, "Aduan warga divalidasi admin dan disetujui di aplikasi; integrasi dengan SP4N-LAPOR masih rencana. Level?", 3)]
    [InlineData(37, "Arsip digital kami bisa unggah dan unduh; fitur persetujuan naskah masih dalam pengembangan. Level?", 2)]
    [InlineData(36, "SIMPEG menampilkan data pegawai; fitur unggah berkas masih uji coba di dua bagian. Level?", 1)]
    [InlineData(42, "We plan to integrate our complaints app with the national complaints system; today admins validate and approve each complaint in the app. Level?", 3)]
    public void An_element_only_planned_or_in_development_is_not_met(int indicator, string question, int level)
    {
        var p = Place(indicator, question);
        Assert.Equal(level, p.Level);
        Assert.Equal(level + 1, p.DecidingLevel);
    }

    [Fact]
    public void A_periodic_plan_is_the_planning_itself() =>
        Assert.Equal(3, Place(30, "Audit aplikasi direncanakan setiap tahun dan mengikuti standar. Level?").Level);

    [Fact]
    public void A_doubt_that_ends_its_clause_is_of_the_clause_before() =>
        Assert.Equal(2, Place(43, "Portal data bisa cari dan unduh dataset. Mungkin ada validasi oleh walidata di sistem, tapi saya kurang yakin. Level?").Level);

    [Fact]
    public void A_numbered_description_is_read_item_by_item()
    {
        var u = QuestionParser.For("spbe-2024").Parse("Untuk indikator 40: 1) e-kinerja sudah ada validasi dan persetujuan; 2) sudah terintegrasi dengan aplikasi perencanaan; 3) evaluasi aplikasi sudah dilakukan 2025; 4) perbaikan fitur baru direncanakan. Level berapa?");
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.Equal(40, u.Indicator);
        Assert.Equal(4, u.Level);
    }

    [Fact]
    public void A_numbered_description_from_its_first_word_is_no_indicator_1()
    {
        var u = QuestionParser.For("spbe-2024").Parse("1. Layanan kepegawaian kami sudah ada validasi dan persetujuan usulan cuti secara elektronik. 2. Sudah terintegrasi dengan SIASN dan e-Kinerja. 3. Evaluasi layanan dilakukan Juli 2025. Mohon konfirmasi level layanan kepegawaian.");
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.Equal(36, u.Indicator);
        Assert.Equal(4, u.Level);
    }

    [Theory]
    [InlineData("Kondisi: 1) Perbup sudah ditetapkan 2) sudah direviu", "Kondisi: ;  Perbup sudah ditetapkan ;  sudah direviu")]
    [InlineData("1. Perbup sudah ditetapkan\n2. sudah direviu", ";  Perbup sudah ditetapkan\n;  sudah direviu")]
    // Inline, the first at the text's start (wip-25sm).
    [InlineData("1. Perbup sudah ditetapkan. 2. Sudah direviu.", ";  Perbup sudah ditetapkan. ;  Sudah direviu.")]
    // One marker, or numbers not counting up from 1, are not a list.
    [InlineData("sudah level 3) apa lagi?", "sudah level 3) apa lagi?")]
    [InlineData("poin 2) dan 4) belum", "poin 2) dan 4) belum")]
    public void List_markers_are_clause_breaks(string text, string expected) =>
        Assert.Equal(expected, NumberedList.WithoutMarkers(text));

    [Theory]
    // A statement whose record is said to be missing after "tapi" / "but" is not shown: the level adding it decides.
    [InlineData(16, "Pusat data dipakai semua OPD sesuai SOP dan terhubung ke PDN. Evaluasi pemanfaatannya pernah dibahas di rapat tahun lalu, tapi tidak ada notulen rapatnya. Level?", 3)]
    [InlineData(38, "Our asset app handles requests and approvals online. The developer says it exchanges data with the finance system, but we have no documentation of it. Level?", 3)]
    public void A_statement_without_its_record_is_not_met(int indicator, string question, int level)
    {
        var p = Place(indicator, question);
        Assert.Equal(level, p.Level);
        Assert.Equal(level + 1, p.DecidingLevel);
    }

    [Fact]
    public void A_statement_with_its_record_stays() =>
        Assert.Equal(4, Place(16, "Pusat data dipakai semua OPD sesuai SOP dan terhubung ke PDN. Evaluasinya sudah dilakukan tahun lalu dan laporannya ada. Level?").Level);
}
