using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15, points 2 and 6: a description of the Pemda's state told as a statement, with nothing asked, is placed as a
/// situation (not answered with the overview); level 1 of a Kebijakan Internal indicator in the Pedoman's words (no
/// policy, only a draft, only one OPD's document where level 2 asks for the instansi's policy); two indicators told apart
/// by the clause after the comparison; "lvl 2 ke 3" is a move. Phrasings written for these tests, not taken from any set.
/// </summary>
public class StatedSituationTests
{
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    [Theory]
    [InlineData("manajemen risiko spbe: blm ada register risiko, penanganan insiden spontan aja", 21)]
    [InlineData("audit aplikasi spbe sama sekali blm pernah dijalankan", 30)]
    [InlineData("JDIH pemkab cuma daftar judul perbup, file ga bisa diunduh", 44)]
    [InlineData("Our knowledge management portal does not exist yet; notes stay on staff laptops", 26)]
    public void A_statement_of_state_is_a_situation(string statement, int indicator)
    {
        var u = Parser.Parse(statement);
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.Equal(indicator, u.Indicator);
        Assert.NotNull(u.Level);
    }

    [Theory]
    // "kalau perlu" is a condition, and "masalah" is not typo-corrected into a question word.
    [InlineData("manajemen perubahan di kita dijalankan kalau perlu aja, ga ada rencana sosialisasi", 27)]
    [InlineData("audit aplikasi dilakukan kalau ada masalah saja, tidak ada jadwal", 30)]
    // "upload", "download" in an account ending on a bare reference tell what the service does; no evidence is asked.
    [InlineData("aplikasi e-kinerja: pegawai bs upload laporan harian & download rekap, atasan blm approve di sistem. ind 41 lvl?", 41)]
    public void Words_that_only_look_like_asking_leave_a_statement_a_situation(string statement, int indicator)
    {
        var u = Parser.Parse(statement);
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.Equal(indicator, u.Indicator);
    }

    [Theory]
    // A question without a question mark stays a question.
    [InlineData("tolong jelaskan indikator manajemen risiko spbe")]
    // A closing tag asks yes or no.
    [InlineData("ind 44 itu JDIH kabupaten juga gak")]
    // Evidence asked for is not a state.
    [InlineData("bukti dukung manajemen risiko yang sudah ada apa saja")]
    public void A_question_is_not_read_as_a_statement(string question)
    {
        Assert.NotEqual(QuestionKind.Situation, Parser.Parse(question).Kind);
    }

    [Theory]
    [InlineData("e-budgeting kami cuma tampil info pagu, belum bisa transaksi", 33)]
    [InlineData("aplikasi kepegawaian bisa usul mutasi online, blm integrasi ke BKN", 36)]
    public void A_ladder_step_said_not_reached_describes_the_service(string statement, int indicator)
    {
        var u = Parser.Parse(statement);
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.Equal(indicator, u.Indicator);
    }

    [Theory]
    // No policy at all: the concept is all there is.
    [InlineData("belum ada kebijakan manajemen data sama sekali, baru notulen rapat penyusunan", 3)]
    // Still a draft.
    [InlineData("Perbup arsitektur SPBE masih rancangan, belum ditandatangani bupati. Level?", 1)]
    [InlineData("The data management policy is still a draft at the legal bureau. Level?", 3)]
    // Only one OPD's document, where level 2 asks for the instansi's policy.
    [InlineData("kebijakan keamanan informasi kami cuma SK kadis kominfo, belum ada perbup. level brp?", 8)]
    [InlineData("SOP pembangunan aplikasi hanya berlaku di dinas kominfo, dinas lain bikin sendiri. ind 4 lvl?", 4)]
    public void A_policy_not_in_force_for_the_instansi_is_level_1(string description, int indicator)
    {
        var u = Parser.Parse(description);
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.Equal(indicator, u.Indicator);
        Assert.Equal(1, u.Level);
    }

    [Theory]
    // A document still being drawn up is its concept (Arsitektur: "Konsep dokumen … belum atau telah tersedia").
    [InlineData("dokumen arsitektur SPBE kami masih disusun konsultan, baru 3 domain. level brp?", 11, 1)]
    // Planning denied where level 1 reads "tanpa perencanaan".
    [InlineData("pengelolaan pengetahuan di pemkot jalan sendiri2 tanpa perencanaan, ada wiki di diskominfo. level?", 26, 1)]
    public void A_concept_or_unplanned_work_is_level_1(string description, int indicator, int level)
    {
        var u = Parser.Parse(description);
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.Equal(indicator, u.Indicator);
        Assert.Equal(level, u.Level);
    }

    [Theory]
    // "tanya jawab" is what the service offers; "info persyaratan" too.
    [InlineData("aplikasi penganggaran kita bisa tanya jawab antar OPD, tp penetapan pagu masih manual", 33)]
    // One's own service told as done, with a ladder word.
    [InlineData("Srikandi kami sudah terintegrasi dengan aplikasi kepegawaian dan sudah dievaluasi pengguna", 37)]
    public void A_service_told_as_ones_own_is_a_situation(string statement, int indicator)
    {
        var u = Parser.Parse(statement);
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.Equal(indicator, u.Indicator);
    }

    [Fact]
    public void An_opd_heads_decree_is_not_held_to_level_1_where_the_table_accepts_it_for_level_2()
    {
        // Jaringan Intra (6): level 2's evidence names "peraturan/kebijakan kepala unit kerja/perangkat daerah".
        var u = Parser.Parse("kebijakan jaringan intra kami berupa SK kadis kominfo untuk sebagian OPD. level brp?");
        Assert.Equal(6, u.Indicator);
        Assert.NotEqual(1, u.Level);
    }

    [Fact]
    public void A_setting_stated_in_another_sentence_is_not_denied()
    {
        var u = Parser.Parse("kebijakan audit tik kami cuma ngatur audit aplikasi, yg lain blm. perbupnya sdh ditetapkan");
        Assert.Equal(9, u.Indicator);
        Assert.NotEqual(1, u.Level);
    }

    [Theory]
    [InlineData("ind 2 vs 12, yang dokumennya sendiri dinilai di mana", 12, 2)]
    [InlineData("kinerja pegawai vs akuntabilitas kinerja, lakip itu masuk mana", 40, 41)]
    [InlineData("indikator 3 atau 23? yg penerapan walidata di OPD", 23, 3)]
    public void The_clause_after_the_comparison_names_the_one_asked_about(string question, int answered, int button)
    {
        var u = Parser.Parse(question);
        Assert.Equal(answered, u.Indicator);
        Assert.Equal(new[] { button }, u.Alternatives);
    }

    [Fact]
    public void A_level_then_ke_then_the_next_level_is_a_move_up()
    {
        var u = Parser.Parse("manajemen aset tik lvl 3 ke 4 bedanya apa aja");
        Assert.Equal(QuestionKind.MoveUp, u.Kind);
        Assert.Equal(24, u.Indicator);
        Assert.Equal(4, u.Level);
    }

    [Fact]
    public void A_decree_names_the_policy_member_of_the_twin()
    {
        var u = Parser.Parse("Our SPBE coordination team decree is still being drafted by the legal division.");
        Assert.Equal(10, u.Indicator);
    }
}
