using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2 (wip-15m): described situations placed one level too low. A hedge about the next level's element
/// does not remove the current level; a negation at a sentence's end denies its last clause, not an earlier one; "Level N?"
/// past 5 names the indicator the words describe. Each row is worded for the test, not copied from a question set.
/// </summary>
public class SituationBelowTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    static SituationReader.Placement Place(int indicator, string question) => Reader.Place(indicator, question, service: indicator >= 32);

    [Theory]
    // Audit level 2 is "terencana"; whether a guideline is used (level 3) is asked, not denied.
    [InlineData(30, "audit aplikasi kami terjadwal setiap tahun oleh tim internal, tapi gatau sudah mengacu standar atau belum")]
    [InlineData(30, "audit aplikasi dijadwalkan tiap semester oleh inspektorat, standarnya saya blm lihat ada ato tidak")]
    [InlineData(29, "Our infrastructure audit is scheduled every year by our own staff, but I am not sure whether it follows a standard or not")]
    public void A_doubt_about_the_next_element_keeps_the_planned_level(int indicator, string question)
    {
        var p = Place(indicator, question);
        Assert.Equal(2, p.Level);
        Assert.DoesNotContain(SituationReader.Element.Planned, p.Denied);
        Assert.DoesNotContain(SituationReader.Element.Guideline, p.Denied);
    }

    [Fact]
    public void An_alternative_asked_is_not_a_denial()
    {
        // "… semua OPD apa ngga" asks; "… semua OPD belum" denies.
        var asked = Place(13, "OPD kami biasanya konsultasi ke diskominfo sebelum menganggarkan TIK, tp sy gak tahu itu semua OPD apa ngga");
        Assert.Equal(2, asked.Level);
        Assert.Contains(SituationReader.Element.Consulted, asked.Asserted);
    }

    [Fact]
    public void A_negation_at_the_end_denies_the_last_clause_only()
    {
        // Manajemen Layanan level 2: "terencana … sebagian"; the user service is planned, the operations are not yet managed.
        var p = Place(28, "layanan helpdesk (pelayanan pengguna) kami sudah terjadwal, tapi pengoperasian layanan blm diatur");
        Assert.Equal(2, p.Level);
        Assert.Contains(SituationReader.Element.Planned, p.Asserted);
        var q = Place(28, "pelayanan pengguna kami sudah terencana tapi pengoperasian layanan sama sekali belum ditangani");
        Assert.Equal(2, q.Level);
    }

    [Fact]
    public void A_bare_not_yet_still_denies_the_whole_sentence()
    {
        // "… ada rencana integrasi ke X tp blm": the integration is denied, not kept from the first clause.
        var p = Place(46, "aplikasi pengaduan sektor 2 bisa upload foto dan petugas memverifikasi. ada rencana integrasi ke aplikasi pusat tp blm");
        Assert.Equal(3, p.Level);
        Assert.Contains(SituationReader.Element.Integrated, p.Denied);
    }

    [Fact]
    public void A_service_where_users_enter_data_is_interactive()
    {
        var p = Place(40, "Di aplikasi kinerja, OPD bisa menginput realisasi kinerja bulanan. Saya tidak yakin ada validasi di aplikasinya.");
        Assert.Equal(2, p.Level);
        Assert.DoesNotContain(SituationReader.Element.Transaction, p.Denied);
    }

    [Theory]
    [InlineData("Audit TIK untuk keamanan informasi kami sudah dijadwalkan tiap tahun oleh tim internal. Level 31?", 31)]
    [InlineData("jaringan intra kita baru sampai kantor bupati, kecamatan blm. lvl 17?", 17)]
    public void A_level_past_five_that_the_words_describe_is_the_indicator(string question, int indicator)
    {
        var u = Parser.Parse(question);
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.Equal(indicator, u.Indicator);
        Assert.NotNull(u.Level);
    }

    [Theory]
    // Out of range with another indicator named, or words of no indicator: still "level N tidak ada".
    [InlineData("level 7 indikator 3")]
    [InlineData("audit keamanan kami level 12?")]
    public void Any_other_level_past_five_stays_out_of_range(string question) =>
        Assert.Equal(NotFoundReason.LevelOutOfRange, Parser.Parse(question).Reason);

    [Theory]
    // Service level 4 ("terintegrasi dengan layanan lain"): the service's data used by or shared with another system.
    [InlineData(36, "Di aplikasi kepegawaian, usulan mutasi diverifikasi dan disetujui secara online, lalu datanya dipakai untuk penggajian di aplikasi keuangan.")]
    [InlineData(38, "aplikasi aset kami bisa usulan pemindahtanganan dgn persetujuan online, dan berbagi data dgn aplikasi akuntansi.")]
    [InlineData(41, "aplikasi kinerja pegawai: atasan approve target secara online, nilainya dibagikan ke aplikasi penggajian.")]
    public void Data_used_by_another_system_is_the_collaboration_step(int indicator, string question)
    {
        var p = Place(indicator, question);
        Assert.Equal(4, p.Level);
        Assert.Contains(SituationReader.Element.Integrated, p.Asserted);
    }

    [Theory]
    // Used where, not by what: no other system is named, so no collaboration.
    [InlineData(41, "aplikasi kinerja kami dipakai di semua OPD, atasan approve SKP secara online")]
    // Denied: "belum dipakai aplikasi lain".
    [InlineData(41, "atasan approve SKP secara online, tapi nilainya belum dipakai aplikasi keuangan")]
    public void Use_without_another_system_or_denied_is_not_collaboration(int indicator, string question)
    {
        var p = Place(indicator, question);
        Assert.Equal(3, p.Level);
        Assert.DoesNotContain(SituationReader.Element.Integrated, p.Asserted);
    }

    [Fact]
    public void A_new_module_after_a_review_is_its_follow_up()
    {
        var p = Place(34, "Our treasury system approves payment orders online and exchanges data with the bank; our annual review this year led to a new reporting module.");
        Assert.Equal(5, p.Level);
        // Without a review, a new module is not the review's follow-up.
        Assert.Equal(4, Place(34, "Our treasury system approves payment orders online and exchanges data with the bank; we also built a new reporting module.").Level);
    }

    [Theory]
    // "standar" followed, in an account's body, is not a requirement asked: the account ends on a bare reference.
    [InlineData("Infrastructure audits run on a yearly schedule, done by a certified external firm against a standard. Indicator 29 level?", 29)]
    [InlineData("Audit aplikasi kami terjadwal dua tahunan dan sesuai standar BSSN, dikerjakan auditor eksternal bersertifikat. Ind 30 lvl?", 30)]
    public void An_account_that_followed_a_standard_is_a_situation(string question, int indicator)
    {
        var u = Parser.Parse(question);
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.Equal(indicator, u.Indicator);
    }
}
