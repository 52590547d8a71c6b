using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;
using static SpbeBot.Tests.Questions.Reading;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 points 2–3 (wip-15sb): an account followed by a sentence that asks only the level is placed; a count that
/// changes ("dari 12 langkah menjadi 4") and "Satu Data" are no levels; two levels offered after an account are checked,
/// not moved to; moving up from where the asker stands ("mentok lvl 2", "(level 3)", "skrg lvl 2, mau 3"). Each row is
/// worded for the test, not copied from a set.
/// </summary>
public class SituationAskedAndMoveUpTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    [Theory]
    [InlineData("Manajemen perubahan di tempat kami belum terencana, tiap OPD jalan sendiri-sendiri. Indikator 27?", 27, 1)]
    [InlineData("Aplikasi kepegawaian kami hanya menampilkan daftar pegawai, belum bisa pencarian. Mohon penjelasan tingkat kematangan indikator 36. Terima kasih.", 36, 1)]
    [InlineData("Our archive app just shows a list of letters; users can't search or download anything. Indicator 37 level?", 37, 1)]
    public void An_account_then_a_sentence_asking_only_the_level_is_placed(string question, int indicator, int level)
    {
        Read(question, QuestionKind.Situation, indicator, level);
    }

    [Fact]
    public void A_sentence_asking_the_evidence_after_a_statement_stays_an_evidence_question() =>
        Assert.Equal(QuestionKind.Evidence, Parser.Parse("Kami sedang menyiapkan evaluasi tahun ini. Bukti dukung indikator 23 apa saja?").Kind);

    [Theory]
    // "dari 12 langkah menjadi 4": four steps, not level 4.
    [InlineData("Proses perizinan kami sudah dipangkas dari 12 langkah menjadi 4 dan dipakai di aplikasi. Level berapa indikator 14?", 14)]
    // "ke Satu Data Indonesia": the national data policy, not level 1.
    [InlineData("Portal data kami sudah bisa unduh dataset tapi belum terhubung ke Satu Data Indonesia. Level berapa indikator 43?", 43)]
    public void Counts_and_names_are_no_levels(string question, int indicator)
    {
        var u = Parser.Parse(question);
        Assert.Equal(QuestionKind.Situation, u.Kind);
        Assert.Equal(indicator, u.Indicator);
        Assert.Equal(u.Situation!.Level, u.Level);
    }

    [Theory]
    // The indicator's number is no level offered; a word of moving inside the account asks no move.
    [InlineData("Perwal data kami mengatur data induk dan data referensi, tapi interoperabilitas belum diatur. Untuk indikator 3 apakah ini level 2 atau 3?", 3, 2)]
    [InlineData("jaringan intra sudah menjangkau semua OPD dan tersambung ke jaringan intra provinsi, reviu tahun ini ada. hasil reviu minta upgrade perangkat, belum dikerjakan. 4 atau 5?", 17, 4)]
    public void Two_levels_offered_after_an_account_are_checked_not_moved_to(string question, int indicator, int level)
    {
        Read(question, QuestionKind.Situation, indicator, level);
    }

    [Theory]
    [InlineData("indikator 21 skrg lvl 2, mau 3 kurang apa?", 21, 3, 2)]
    [InlineData("aplikasi kearsipan kami mentok lvl 2, gmn biar naik? ind 37", 37, 3, 2)]
    [InlineData("Indicator 16: all OPDs already use the data centre (level 3). What's next?", 16, 4, 3)]
    public void Moving_up_from_where_the_asker_stands_answers_the_next_level(string question, int indicator, int target, int from)
    {
        var u = Read(question, QuestionKind.MoveUp, indicator, target);
        Assert.Equal(from, u.FromLevel);
    }

    [Fact]
    public void A_level_in_parentheses_after_a_move_is_the_target()
    {
        var u = Parser.Parse("layanan penganggaran naik ke transaksi (lvl 3) gmn, indikator 33");
        Assert.Equal(QuestionKind.MoveUp, u.Kind);
        Assert.Equal(3, u.Level);
    }

    [Fact]
    public void Consulting_the_ict_unit_is_the_consultation_the_criteria_ask_for() =>
        Assert.Contains(SituationReader.Element.Consulted,
            Reader.Place(4, "Our app development policy is enacted, covers the whole lifecycle, and every OPD must consult Diskominfo before building. Level?", service: false).Asserted);
}
