using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2 (branch wip-28sa): the application, service and audit levels in everyday words — the English "no" is
/// a negator ("nomor" only before a number); a step done manually that is the missing link to another system leaves the
/// approval stated elsewhere; procurement's winner set in the system is its approval step; a comma inside parentheses
/// closes no clause; Sundanese "teu", "teu acan", "aya", "ka"; Manajemen Layanan's two processes in English. Rows worded
/// for the test, not copied from a question set.
/// </summary>
public class SituationApprovalAndLinkTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    static SituationReader.Placement Place(int indicator, string question) => Reader.Place(indicator, question, service: indicator >= 32);

    [Theory]
    // "no" is "nomor" only before a number (was "nomor integration", "nomor approval").
    [InlineData("no integration yet", "no integration yet")]
    [InlineData("there is no approval step", "there is no approval step")]
    [InlineData("indikator no 32", "indikator nomor 32")]
    [InlineData("Perbup No. 5 Tahun 2020", "perbup nomor 5 tahun 2020")]
    [InlineData("no32", "nomor 32")]
    [InlineData("perpres no brp?", "perpres nomor berapa")]
    [InlineData("no WA tim asesor", "nomor wa tim asesor")]
    public void No_is_nomor_only_before_a_number(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', TextNormalizer.Tokenize(text)));

    [Theory]
    // The approval stated in another sentence stands; the manual step is the missing link (each was 2).
    [InlineData(36, "SIMPEG kami: cuti online dengan approval atasan dan validasi BKD. Tapi belum terhubung ke SIASN, datanya masih diekspor manual. Level?")]
    [InlineData(38, "aplikasi aset kami ada approval mutasi & validasi data, tp link ke aplikasi keuangan masih manual export excel. lvl?")]
    public void A_manual_link_to_another_system_leaves_the_approval_stated(int indicator, string question) =>
        Assert.Equal(3, Place(indicator, question).Level);

    [Theory]
    // Registering is no approval: the manual selection denies the transaction.
    [InlineData(46, "PPDB online kami: siswa bisa daftar dan upload berkas. Seleksinya masih manual di sekolah. Level?")]
    // The items listed before the manual predicate share it: "disposisi" there is manual too.
    [InlineData(37, "Pegawai bisa cari dan unduh naskah di aplikasi arsip. Tapi surat keluar, disposisi, paraf masih kertas. Level?")]
    public void A_manual_step_without_an_approval_stated_denies_the_transaction(int indicator, string question) =>
        Assert.Equal(2, Place(indicator, question).Level);

    [Fact]
    public void The_winner_set_in_the_system_is_procurements_approval() =>
        // Was 2: "menetapkan pemenang" named no transaction step.
        Assert.Equal(3, Place(35, "Pengadaan lewat LPSE: penyedia unggah penawaran, pokja menetapkan pemenang di sistem. Belum terhubung ke aplikasi lain. Level?").Level);

    [Fact]
    public void The_winner_announced_on_a_website_is_information() =>
        Assert.Equal(1, Place(35, "web pemda kami cuma menampilkan daftar paket & pengumuman pemenang. level?").Level);

    [Fact]
    public void A_comma_inside_parentheses_closes_no_clause()
    {
        // Was 4: "(BPJS" and "Dukcapil) belum ada" were two clauses, and the integration stood.
        var p = Place(45, "Pasien daftar online, verifikasi dan approval petugas di aplikasi. Tapi integrasinya ke layanan lain (BPJS, Dukcapil) belum ada. Level?");
        Assert.Contains(SituationReader.Element.Integrated, p.Denied);
        Assert.Equal(3, p.Level);
    }

    [Fact]
    public void Sundanese_teu_aya_denies_the_approval() =>
        // Was 3.
        Assert.Equal(2, Place(34, "Aplikasi keuangan urang tiasa unggah sareng unduh dokumen SPM. Teu aya persetujuan dina sistem. Level?").Level);

    [Fact]
    public void Sundanese_teu_acan_at_the_end_denies_the_follow_up()
    {
        // Was 5.
        var p = Place(28, "Manajemen layanan urang ngawengku pelayanan pengguna sareng pengoperasian layanan, nganggo aplikasi helpdesk, direncanakeun. Reviu Mei 2025. Perbaikan teu acan.");
        Assert.Contains(SituationReader.Element.FollowedUp, p.Denied);
        Assert.Equal(4, p.Level);
    }

    [Fact]
    public void Sundanese_integration_ka_another_app_describes_the_service()
    {
        // Was a question about level 4.
        var u = Parser.Parse("Surat masuk di sadaya OPD nganggo SRIKANDI: disposisi, persetujuan sareng TTE dina sistem. Integrasi ka aplikasi sanes teu acan. Kearsipan dinamis level sabaraha?");
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.Equal(37, u.Indicator);
        Assert.Equal(3, u.Level);
    }

    [Theory]
    // Both processes named in English are all of them (was no level, or 2 with "planned").
    [InlineData("Our service management covers both user support and service operations, as planned, but no service desk application. Indicator 28?", 3)]
    // One of them is part of them.
    [InlineData("Our service management is planned and covers user support only, no service desk application. Indicator 28?", 2)]
    public void Service_managements_two_processes_in_english(string question, int level) =>
        Assert.Equal(level, Place(28, question).Level);
}
