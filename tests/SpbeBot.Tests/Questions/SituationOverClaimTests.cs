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

    [Theory]
    // Service ladder: the transaction (persetujuan in the system) doubted or asked about is not stated; level 3 decides.
    [InlineData(45, "Di aplikasi perizinan kami warga bisa unggah berkas dan mengajukan permohonan, tapi saya belum tahu persetujuannya sudah di sistem atau masih di atas kertas.")]
    [InlineData(37, "Aplikasi arsip kami bisa mencari dan mengunduh naskah dinas. Itu termasuk transaksi atau masih interaksi?")]
    [InlineData(36, "Our staff portal lets employees upload certificates and download payslips; I am not sure whether leave approval happens in the system.")]
    public void A_doubted_transaction_stays_at_interaction(int indicator, string question)
    {
        var p = Place(indicator, question);
        Assert.Equal(2, p.Level);
        Assert.False(p.Decided);
        Assert.Equal(3, p.DecidingLevel);
    }

    [Fact]
    public void A_doubt_closing_the_clause_hedges_what_the_clause_names()
    {
        // "kolaborasi … blm tau": the collaboration (level 4) is doubted; the transaction stated stands.
        var p = Place(33, "e-budgeting kami sudah ada validasi dan persetujuan online oleh TAPD. Kolaborasi dengan aplikasi keuangan blm tau.");
        Assert.Equal(3, p.Level);
        Assert.Equal(4, p.DecidingLevel);
    }

    [Fact]
    public void Unclear_coverage_of_a_policy_is_not_full_coverage()
    {
        // Kebijakan Internal Pusat Data: established is stated, whether it binds every OPD is not.
        var p = Place(5, "Perbup pusat data sudah ditetapkan dan mengatur pemanfaatan data center, tapi tidak jelas apakah berlaku bagi seluruh perangkat daerah.");
        Assert.Equal(2, p.Level);
        Assert.Equal(3, p.DecidingLevel);
    }

    [Fact]
    public void A_question_about_an_element_already_stated_is_a_confirmation_not_a_doubt()
    {
        var p = Place(36, "Pegawai bisa mengunggah berkas dan mengunduh SK di aplikasi kepegawaian. Berarti sudah interaksi?");
        Assert.Equal(2, p.Level);
    }

    [Fact]
    public void Asking_whether_the_description_meets_a_level_hedges_nothing()
    {
        // "apakah … sudah memenuhi tingkat 3": the level is asked, not an element doubted.
        var asked = Place(24, "Mohon penjelasan, apakah manajemen aset TIK kami yang terencana dan dilaksanakan sesuai pedoman sudah memenuhi tingkat 3?");
        var told = Place(24, "Manajemen aset TIK kami terencana dan dilaksanakan sesuai pedoman.");
        Assert.Equal(told.Level, asked.Level);
    }

    [Theory]
    // Proses Bisnis-like ladders: a review still to come is not a review held; level 4 decides.
    [InlineData(12, "Peta Rencana SPBE kami memuat seluruh muatan dan sudah ditetapkan; evaluasi dokumennya akan dilakukan tahun depan.")]
    [InlineData(12, "Our SPBE roadmap is enacted and complete in content. A review of it is planned for next year.")]
    public void A_review_still_to_come_is_not_held(int indicator, string question)
    {
        var p = Place(indicator, question);
        Assert.Equal(3, p.Level);
        Assert.Equal(4, p.DecidingLevel);
    }

    [Theory]
    // Service ladder: only information stated, a later step said to be off the system: level 1, and level 2 decides.
    [InlineData(39, "Untuk pengawasan internal, website Inspektorat hanya memuat informasi jadwal pemeriksaan; pelaporan temuan masih lewat kertas.")]
    [InlineData(40, "Our performance accountability page only shows information on the reports; everything else is still done on paper.")]
    public void Information_only_with_a_later_step_offline_is_level_1(int indicator, string question)
    {
        var p = Place(indicator, question);
        Assert.Equal(1, p.Level);
        Assert.Equal(2, p.DecidingLevel);
    }

    [Theory]
    // Penerapan Manajemen Keamanan Informasi level 1: "belum atau telah tersedia dalam tahap pembangunan".
    [InlineData("Kontrol keamanan informasi di pemda kami sedang dibangun, WAF baru saja dipasang.")]
    [InlineData("Our security controls are still under construction; the vulnerability scanner was only bought this month.")]
    public void Security_controls_still_being_built_are_level_1(string question)
    {
        var p = Place(22, question);
        Assert.Equal(1, p.Level);
        Assert.Equal(2, p.DecidingLevel);
    }

    [Fact]
    public void Controls_in_every_unit_with_one_tool_still_being_built_stay_above_level_1()
    {
        var p = Place(22, "Pengendalian keamanan informasi sudah dilaksanakan di semua perangkat daerah; SIEM masih dibangun.");
        Assert.True(p.Level >= 2, $"level {p.Level}");
    }

    [Fact]
    public void Steps_of_a_process_counted_are_not_a_move_between_levels()
    {
        // "dari 8 ke 4 langkah" counts steps; read as "from level 8 to 4" it was a move up to level 4 (or 5).
        var u = QuestionParser.For("spbe-2024").Parse("Alur izin usaha kami sudah disederhanakan dari 8 ke 4 langkah, tapi belum diterapkan di aplikasi. Indikator 14 level berapa?");
        Assert.NotEqual(QuestionKind.MoveUp, u.Kind);
        Assert.NotEqual(4, u.Level);
    }
}
