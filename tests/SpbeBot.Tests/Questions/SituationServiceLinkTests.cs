using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2 (branch wip-27sa): what the application and service levels are made of, in the words people use —
/// regional negators "son", "balong", "tiada"; Ambon "tasambung"; data that "mengalir ke", is exchanged ("tukar data
/// dengan") or "tersinkron" with another system; a data flow denied ("belum dikirim ke aplikasi lain"); the Pemda's own
/// upload onto its website is publishing; one interaction step done manually does not undo the others; "integrated with
/// …" describes the service, it asks no level, nor does "no integration"; steps listed after a denied step are denied.
/// Rows worded for the test, not copied from a question set.
/// </summary>
public class SituationServiceLinkTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    static SituationReader.Placement Place(int indicator, string question) => Reader.Place(indicator, question, service: indicator >= 32);

    [Theory]
    // Kupang/Papua "son" (tidak): the approval is denied (was 3).
    [InlineData(33, "Aplikasi anggaran botong cuma bisa cari deng unduh DPA, son ada persetujuan di aplikasi. Level brapa?", 2)]
    // "tiada" (tidak ada): no download, no search (was 2).
    [InlineData(32, "Laman perencanaan kami hanya menampilkan jadwal Musrenbang, tiada fasilitas mengunduh maupun pencarian. Tingkat berapa?", 1)]
    public void Regional_negators_deny_the_step(int indicator, string question, int level) =>
        Assert.Equal(level, Place(indicator, question).Level);

    [Fact]
    public void Ambon_balong_denies_the_review()
    {
        var p = Place(35, "layanan pengadaan katong su ada transaksi lengkap, su terintegrasi deng aplikasi keuangan. reviu balong ada. level berapa?");
        Assert.Contains(SituationReader.Element.Reviewed, p.Denied);
        Assert.Equal(4, p.Level);
    }

    [Theory]
    // Each was placed 3: the link to another system was not read.
    [InlineData(41, "e-kinerja katong su ada persetujuan atasan deng validasi, deng su tasambung ke aplikasi kepegawaian. level berapa?")]
    [InlineData(32, "Aplikasi e-planning: OPD input usulan, sistem memvalidasi, Bappeda menyetujui, lalu datanya mengalir ke aplikasi penganggaran. Level?")]
    [InlineData(47, "layanan bansos: pendaftaran dan verifikasi online, persetujuan kadis, dan sudah tukar data dengan dukcapil. lvl?")]
    [InlineData(44, "JDIH kabupaten: unggah produk hukum divalidasi Bagian Hukum, dan datanya tersinkron ke JDIHN. Level?")]
    public void Data_moving_to_another_system_is_collaboration(int indicator, string question) =>
        Assert.Equal(4, Place(indicator, question).Level);

    [Fact]
    public void Data_not_yet_sent_to_another_system_is_no_collaboration()
    {
        // Was 4: "dikirim ke aplikasi" counted although "belum" stands before it.
        var p = Place(41, "Pegawai isi kinerja di aplikasi, atasan menyetujui, ada validasi, tapi hasilnya belum dikirim ke aplikasi lain. Level?");
        Assert.Equal(3, p.Level);
    }

    [Theory]
    // The Pemda's own upload onto its website is publishing: level 1 (was 2).
    [InlineData(40, "akuntabilitas kinerja kita cuma upload LKjIP di website buat dibaca publik. lvl?", 1)]
    [InlineData(32, "Bappeda hanya mengunggah RKPD dalam bentuk PDF di laman resmi, masyarakat cuma bisa baca. Level?", 1)]
    // The users' upload stays interaction.
    [InlineData(46, "warga bisa upload berkas dan unduh formulir di website perizinan, proses tetap di loket. Level?", 2)]
    public void The_pemdas_own_upload_onto_its_website_is_publishing(int indicator, string question, int level) =>
        Assert.Equal(level, Place(indicator, question).Level);

    [Theory]
    // Search and download in the system, the admin's upload manual: interaction stands (was 1).
    [InlineData("JDIH kota: bisa cari perda & download PDF. upload produk hukum masih manual oleh admin tanpa alur validasi. Level?", 2)]
    // Nothing but manual: no interaction.
    [InlineData("JDIH kota: semua produk hukum diunggah manual oleh admin, tidak ada pencarian maupun unduhan. Level?", 1)]
    public void One_interaction_step_done_manually_leaves_the_others(string question, int level) =>
        Assert.Equal(level, Place(44, question).Level);

    [Theory]
    // "integrated with …" is the description; the review and its new features place it at 5 (was read as "level 4?").
    [InlineData("Vehicle tax service online with payment, integrated with the police registration and bank systems. A review was done and new features were added based on it. Indicator 47?", 47, 5)]
    [InlineData("simpeg sdh integrasi SIASN BKN, reviu agustus 2025, abis itu diperbaiki modul kenaikan pangkat. lvl kepegawaian?", 36, 5)]
    public void Integrated_with_a_partner_is_a_described_situation(string question, int indicator, int level)
    {
        var u = Parser.Parse(question);
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.Equal(indicator, u.Indicator);
        Assert.Equal(level, u.Level);
    }

    [Theory]
    // The level names beside a partner named describe the service too (was a move from 3 to 4).
    [InlineData("Sector service 1 (licensing): full transactions, integrated into MPP Digital with the civil registry, reviewed in September 2025 and the 2026 release added new features from the review. Level?", 45, 5)]
    // "no integration": the collaboration name denied is no level asked (was "level 4").
    [InlineData("Sectoral service 3 is a fishing licence app with online payment and approval, but no integration. Level?", 47, 3)]
    public void Service_level_names_in_a_description_ask_no_level(string question, int indicator, int level)
    {
        var u = Parser.Parse(question);
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.Equal(indicator, u.Indicator);
        Assert.Equal(level, u.Level);
    }

    [Theory]
    // A part of steps alone after a denied step continues the denial (was 2: "unggah ato unduh" read as stated).
    [InlineData("aplikasi e-planning kami cuma nampilin jadwal musrenbang, gak ada fitur cari, unggah ato unduh. lvl brp?", 1)]
    // A part with a subject of its own stands.
    [InlineData("aplikasi e-planning kami tidak ada transaksi, OPD bisa unggah usulan dan unduh format. lvl brp?", 2)]
    public void Steps_listed_after_a_denied_step_are_denied(string question, int level) =>
        Assert.Equal(level, Place(32, question).Level);

    [Fact]
    public void A_collaboration_level_asked_by_name_stays_a_level()
    {
        var u = Parser.Parse("ind 45 naik dari transaksi ke kolaborasi, apa yang perlu disiapkan?");
        Assert.Equal(QuestionKind.MoveUp, u.Kind);
        Assert.Equal(4, u.Level);
    }
}
