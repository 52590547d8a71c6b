using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2 (wip-15v): the rules of scope and of interaction read the English and chat forms of what they count.
/// Each row is worded for the test, not copied from a set.
/// </summary>
public class SituationEnglishAndChatTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    static SituationReader.Placement Place(int indicator, string question) => Reader.Place(indicator, question, service: indicator >= 32);

    [Theory]
    // The host and a count of other units ("two other agencies", "tiga OPD lain", "beberapa dinas") are part of the units:
    // level 2, not the host alone.
    [InlineData(22, "Firewall and antivirus controls run only at Diskominfo and two other agencies. Level?")]
    [InlineData(16, "Pusat data kami baru dipakai Diskominfo dan tiga OPD lain. Level?")]
    [InlineData(17, "The intranet only reaches the Diskominfo building and several other offices so far. Level?")]
    public void The_host_and_a_count_of_other_units_are_part_of_the_units(int indicator, string question) =>
        Assert.Equal(2, Place(indicator, question).Level);

    [Fact]
    public void The_host_alone_stays_level_1() =>
        Assert.Equal(1, Place(16, "Ruang server cuma dipakai Diskominfo sendiri, OPD lain sewa hosting sendiri. Level?").Level);

    [Theory]
    // Service ladder: the English "validation", "validates", "verified" and the chat "di-acc" are the transaction of level 3.
    [InlineData(43, "Agencies can upload datasets to the portal and Diskominfo validates them before they go public; no link to any other system. Level?")]
    [InlineData(36, "Staff upload their certificates in the HR app and the HR unit verified each one in the system; it is not connected to other apps. Level?")]
    [InlineData(41, "pegawai upload laporan harian, atasan acc di aplikasi, tp blm nyambung ke aplikasi lain. lvl?")]
    public void English_and_chat_transaction_words_are_the_transaction(int indicator, string question)
    {
        var p = Place(indicator, question);
        Assert.Equal(3, p.Level);
        Assert.Contains(SituationReader.Element.Transaction, p.Asserted);
    }

    [Fact]
    public void Blm_prnh_denies_the_review() =>
        Assert.Contains(SituationReader.Element.Reviewed, Place(6, "perwal jaringan intra udh atur semua opd, tp dievaluasi blm prnh").Denied);

    [Fact]
    public void A_sudden_activity_is_unplanned() =>
        Assert.Equal(1, Place(27, "manajemen perubahan kami cuma rapat dadakan kalau ada sistem baru").Level);

    [Theory]
    // Service ladder: a step done "di luar aplikasi", "lewat surat", with a wet signature is done outside the system, like
    // "masih manual": the transaction is not met.
    [InlineData(37, "Warga bisa unggah berkas permohonan di aplikasi, tapi persetujuannya dilakukan di luar aplikasi. Level?")]
    [InlineData(36, "Pegawai bisa unduh slip dan unggah berkas, tapi pengajuan cuti masih lewat surat. Level?")]
    [InlineData(45, "Citizens upload their documents online, but the approval still needs a wet signature at the office. Level?")]
    public void A_step_outside_the_system_is_not_the_transaction(int indicator, string question)
    {
        var p = Place(indicator, question);
        Assert.Equal(2, p.Level);
        Assert.DoesNotContain(SituationReader.Element.Transaction, p.Asserted);
    }

    [Fact]
    public void A_letter_downloaded_is_not_a_step_outside_the_system() =>
        Assert.Equal(3, Place(36, "Pegawai bisa unduh surat keputusan dan mengajukan cuti yang disetujui atasan di aplikasi. Level?").Level);
}
