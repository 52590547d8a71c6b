using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2 (wip-15t): described situations placed at the level their criterion supports, one rule at a time;
/// each row is a description and the level it must get (or, undecided, the level whose criterion the reply asks about).
/// </summary>
public class SituationLevelTests
{
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    static Understanding Situation(string question, int indicator)
    {
        var u = Parser.Parse(question);
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.Equal(indicator, u.Indicator);
        return u;
    }

    [Theory]
    // A short account of one's own state, with no question at all, is a described situation.
    [InlineData("kebijakan audit tik kita msh konsep di bagian hukum", 9, 1)]
    [InlineData("manajemen aset tik kita belum ada sama sekali", 24, 1)]
    [InlineData("aplikasi kepegawaian kita cuma bisa unduh data pegawai", 36, 2)]
    public void A_short_account_of_ones_own_state_is_placed(string question, int indicator, int level) =>
        Assert.Equal(level, Situation(question, indicator).Level);

    [Fact]
    public void A_short_account_that_asks_which_indicator_is_not_a_situation() =>
        Assert.NotEqual(QuestionKind.Situation, Parser.Parse("aplikasi kepegawaian kita sdh bisa unduh data, masuk indikator brp?").Kind);

    [Theory]
    // "tidak tahu apakah …" leaves only its own clause unsaid: the clause before it stands (content complete: level 3).
    [InlineData("Perbup keamanan informasi kami sudah diundangkan dan mencakup seluruh cakupan manajemen keamanan informasi, namun saya tidak tahu apakah berlaku di seluruh perangkat daerah. Indikator 8 level berapa?", 8, 3)]
    // A negation at a sentence's end denies its head ("perbaikan"), not the complement after it ("program").
    [InlineData("Tim koordinasi SPBE kami sudah melaksanakan seluruh program kerja dan sudah dikoordinasikan ke semua OPD, dan ada reviu tiap tahun. Perbaikan program belum. Level berapa?", 19, 4)]
    // An English draft is a draft.
    [InlineData("Our SPBE architecture document was drafted last month but it only covers two domains. Is that level 2?", 11, 1)]
    // Proses Bisnis level 3 is "perbaikan sebagai bentuk inovasi": a simplified process is that improvement.
    [InlineData("Peta proses bisnis kami sudah sesuai standar dan tahun ini alur pelayanan perizinan disederhanakan, tapi belum diterapkan di aplikasi. Indikator 14 level berapa?", 14, 3)]
    public void Clauses_heads_and_words_of_the_criteria_are_read(string question, int indicator, int level) =>
        Assert.Equal(level, Situation(question, indicator).Level);

    [Theory]
    // The thing assessed does not exist: level 1, decided, whatever else is said (plans, where servers are).
    [InlineData("Peta Rencana SPBE kami belum ada sama sekali, baru akan direncanakan tahun depan. Indikator 12 level berapa?", 12, 1)]
    [InlineData("jaringan intra kita blm ada, semua dinas pakai isp sendiri. ind 17 lvl brp", 17, 1)]
    public void A_subject_that_does_not_exist_meets_level_1_only(string question, int indicator, int level)
    {
        var u = Situation(question, indicator);
        Assert.Equal(level, u.Level);
        Assert.True(u.Situation!.Decided);
    }

    [Fact]
    public void A_missing_policy_document_says_nothing_of_the_practice() =>
        // The Perwal is absent, the practice is planned: not the absent-subject rule.
        Assert.Equal(2, Situation("Perwal aset TIK kami belum ada. Kegiatan pengelolaan aset sudah terprogram di renja, tapi pengadaan, pengelolaan dan penghapusan belum mengikuti pedoman apa pun. Indikator 24 level berapa?", 24).Level);

    [Fact]
    public void A_level_the_asker_names_is_checked_against_the_description_not_taken()
    {
        // "Level 4 or 5?" after an account: placed from the account (review stated, no follow-up: 4), not a move up to 5.
        var u = Situation("Our data centre is used by all OPDs under an SOP, it is connected to PDN, and we review it every year. Level 4 or 5 for indicator 16?", 16);
        Assert.Equal(4, u.Level);
        // Asking what the named level needs stays a move up.
        Assert.Equal(QuestionKind.MoveUp, Parser.Parse("Perwal manajemen data kami sudah ditetapkan dan sudah direviu, namun hasil reviu belum ditindaklanjuti dengan kebijakan baru, apa yang diperlukan untuk mencapai tingkat 5?").Kind);
    }

    [Fact]
    public void A_step_of_the_service_done_by_hand_denies_the_transaction_level() =>
        // Upload and download are interaction; "evaluasi masih manual" leaves the processing outside the system.
        Assert.Equal(2, Situation("Layanan pengadaan kami: penyedia bisa mengunggah dokumen penawaran dan mengunduh dokumen lelang. Evaluasi masih manual. Indikator 35 tingkat berapa?", 35).Level);
}
