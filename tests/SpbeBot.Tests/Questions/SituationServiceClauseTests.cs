using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2 (branch wip-29sa): where a clause of a service or audit description ends — a parenthesis that
/// denies, a list whose last item carries "manual", a step "masih lewat WA" or sent by e-mail, a list of steps after a
/// denied verb off the ladder, two nouns of one head joined by "dan", the sector's name in parentheses, data "langsung ke"
/// another system; Banjar "kadada" and chat "gbs"; "don't hold any
/// certificate"; "a planned schedule" is no plan only. Rows worded for the test, not copied from a question set.
/// </summary>
public class SituationServiceClauseTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    static SituationReader.Placement Place(int indicator, string question) => Reader.Place(indicator, question, service: indicator >= 32);

    [Theory]
    // Was 1: "bukan SIMDA" reached the steps after the parenthesis.
    [InlineData(38, "aplikasi aset kami (buatan sendiri, bukan SIMDA) bisa cari barang & unduh KIB, tapi mutasi masih manual. lvl?", 2)]
    // Was 2: only the last item of the list was manual.
    [InlineData(46, "Website Disdukcapil cuma memuat persyaratan. Pengajuan, unggah berkas, dan verifikasi masih dilakukan manual di kantor. Level?", 1)]
    // Was 3: "masih lewat WA" was no step outside the system.
    [InlineData(42, "warga bisa kirim aduan & upload foto di aplikasi. Validasi dan disposisi aduan masih lewat WA. lvl?", 2)]
    // Was 3: the steps after "cannot log in" were stated.
    [InlineData(41, "The SKP page only shows a yearly recap per agency. Staff cannot log in, submit targets or download anything. Level?", 1)]
    // Was 3: "dan" closed the clause before "belum tersedia".
    [InlineData(37, "Aplikasi arsip bisa cari dan unduh naskah. Persetujuan naskah masuk dan naskah keluar belum tersedia di aplikasi. Level?", 2)]
    // Was 3 and 2: Banjar "kadada" (tidak ada), chat "gbs" (tidak bisa).
    [InlineData(32, "aplikasi perencanaan kami bisa upload usulan lawan download dokumen. kadada validasi atau persetujuan. level?", 2)]
    [InlineData(38, "web aset cm tampil statistik barang per opd, gbs cari gbs unduh. lvl?", 1)]
    // Was 3: "(population registration)" named the sector, and its "registration" read as a transaction step.
    [InlineData(46, "Sectoral public service 2 (population registration): residents can download forms and upload files, but processing is still manual. Level?", 2)]
    // Was 3 (two off): four words between the sector and the parenthesis that names it.
    [InlineData(45, "For sector 1 we chose health (hospital online registration). Patients can only view doctor schedules on the website. Level?", 1)]
    // Was 3: the data going straight to another system had no verb of sending.
    [InlineData(36, "Pegawai ajukan cuti online, atasan approve di aplikasi, datanya langsung ke SIASN. lvl?", 4)]
    public void Where_a_service_clause_ends(int indicator, string question, int level) =>
        Assert.Equal(level, Place(indicator, question).Level);

    [Theory]
    // A parenthesis without a negator still lists (wip-28sa): the integration is denied as a whole.
    [InlineData(45, "Pasien daftar online, verifikasi dan approval petugas di aplikasi. Tapi integrasinya ke layanan lain (BPJS, Dukcapil) belum ada. Level?", 3)]
    // An item with a predicate of its own ("bisa") keeps it: the upload stands.
    [InlineData(46, "Warga bisa unggah berkas, bisa unduh formulir, dan verifikasi masih manual di kantor. Level?", 2)]
    // "tidak ada" at the end of a part denies what it names, not the steps after it.
    [InlineData(42, "Warga bisa kirim aduan di aplikasi, verifikasi tidak ada, upload foto bisa. Level?", 2)]
    // A notification by WhatsApp is no step done outside the system.
    [InlineData(42, "Aduan diverifikasi dan didisposisi di aplikasi, notifikasi ke pelapor via WA. Level?", 3)]
    // Without a word of data, "langsung ke aplikasi" is where the users work, not another system.
    [InlineData(36, "Pegawai ajukan cuti online dan upload langsung ke aplikasi, atasan approve di aplikasi. lvl?", 3)]
    // Denied: "data belum langsung ke SIASN".
    [InlineData(36, "Pegawai ajukan cuti online, atasan approve di aplikasi, tapi data belum langsung ke SIASN. lvl?", 3)]
    public void Near_misses_keep_their_level(int indicator, string question, int level) =>
        Assert.Equal(level, Place(indicator, question).Level);

    [Fact]
    public void Auditors_without_any_certificate_are_not_certified() =>
        // Was 4: the negation did not reach "certificate" over "hold any IT audit".
        Assert.Equal(3, Place(29, "Our infrastructure audit is planned and guideline-based, done by an external firm, but the auditors don't hold any IT audit certificate. Level?").Level);

    [Fact]
    public void A_planned_schedule_is_no_plan_only() =>
        // Was 3: "certified external auditors under a planned schedule" read the auditors as only planned.
        Assert.Equal(4, Place(31, "Our security audit was performed by certified external auditors under a planned schedule and a guideline. The findings are not followed up yet. Level?").Level);

    [Fact]
    public void An_auditor_only_planned_stays_planned() =>
        Assert.Equal(3, Place(31, "Security audits follow a guideline and a yearly plan, done by our internal auditors. An external certified auditor is planned for 2027. Level?").Level);
}
