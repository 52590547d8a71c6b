using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 points 4 and 5: the causes of chat misses shared by several tuning authors in 2026-12-05's leave-one-author-out
/// run (thanks after a statement that names an indicator, "which indicators lack evidence", a plan's "target level", regional
/// and short words, a self-introduction by role, "dl" in a goodbye, "nanti" of a meeting today) and the reverse (a predikat's
/// range, whether the index must be adjusted), each read by the rules alone with a criteria question beside it that must stay
/// one. Phrasings written for these tests, not taken from any question set.
/// </summary>
public class ChatIntentsSharedCausesTests
{
    static string Rules(string text) => ChatIntents.Read(text, neighbours: ChatNeighbours.Empty).Label;

    [Theory]
    [InlineData("sip, sudah paham skrg beda ind 5 sm 16. makasih ya", "thanks")]
    [InlineData("terima kasih, jadi jelas soal level indikator 9", "thanks")]
    [InlineData("makasih, sudah jelas. trus ind 9 level 3 syaratnya apa", "none")]
    [InlineData("makasih. indikator 9 level 3 gimana", "none")]
    public void Thanks_beside_what_is_now_understood(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("indikator apa saja yang buktinya belum diunggah?", "missing-evidence")]
    [InlineData("which indicators have no documents yet?", "missing-evidence")]
    [InlineData("sudah ada SK tapi belum direviu, masuk indikator mana?", "none")]
    public void Which_indicators_lack_evidence(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("apa aja yg masih kurang di indikator 30 kita", "missing-evidence")]
    [InlineData("indikator 30 dari lvl 2 ke 3 apa yg kurang", "none")]
    [InlineData("ind 30 naik ke 4 kurang apa? skrg 3", "none")]
    public void An_indicators_gaps_without_a_file_word(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    // An inflection of a word of understanding ("clear"), a spelling of "simple" ("sederhana").
    [InlineData("Thank you, that cleared up the difference between level 2 and 3.", "thanks")]
    [InlineData("thanks, that clears it up", "thanks")]
    [InlineData("thanks. level 2 and 3 of indicator 9, what differs?", "none")]
    [InlineData("aku pegawai baru, belum paham spbe itu apa, jelaskan yang simpel ya", "what-is-spbe")]
    [InlineData("indikator 5 itu apa, jelasin simpel", "none")]
    public void Understood_and_explained_simply(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    // "sesuai rencana" is the plan's targets met; "ajari" asks to be taught how to use the bot.
    [InlineData("jika semua butir berjalan sesuai rencana, indeks kita jadi berapa?", "index-if-targets")]
    [InlineData("indeks 3,1 sesuai rencana predikatnya apa?", "none")]
    [InlineData("ajarin dong cara pakai bot ini", "help")]
    [InlineData("ajarin cara isi indikator 5 level 3", "none")]
    public void As_planned_and_teach_me(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("asisten ini bisa susun laporan rapat ga, atau cuma jawab soal kriteria?", "capabilities")]
    [InlineData("Could you draft our evidence notes or only answer questions?", "capabilities")]
    [InlineData("kamu bisa jelasin indikator 7 atau cuma level 2?", "none")]
    [InlineData("dokumen reviu kita sudah diverifikasi atau cuma diunggah?", "upload-state")]
    public void One_ability_set_against_another_asks_what_the_bot_does(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("What would our index be with each indicator at its target level?", "index-if-targets")]
    [InlineData("target level 3 ya?", "none")]
    [InlineData("At its target level? nilai 4 kah", "none")]
    [InlineData("targetnya level 2 tercapai, indeks kita jadi brp?", "index-if-targets")]
    [InlineData("indikator 12 kami level 3 ya?", "none")]
    public void A_target_level_is_the_plans(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("sore kk", "greeting")]
    [InlineData("makase kaka", "thanks")]
    [InlineData("torang pu tenggat rencana aksi kapan?", "my-deadlines")]
    [InlineData("halo, ulun staf dinas perikanan", "greeting")]
    [InlineData("sudah dl ya", "goodbye")]
    [InlineData("pamit dl min", "goodbye")]
    public void Regional_and_short_words(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("kadis minta angka indeks kita sekarang buat rapat nanti sore", "index-now")]
    [InlineData("indeks kita nanti berapa kalau target tercapai?", "index-if-targets")]
    public void Nanti_of_a_meeting_today(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("predikat sangat baik itu indeks brp?", "none")]
    [InlineData("apakah target indeks kita wajib masuk RPJMD?", "none")]
    [InlineData("indeks spbe brp?", "index-now")]
    public void A_predikats_range_or_a_rule_is_no_figure_of_ours(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("gak ngerti cara pakainya, help", "help")]
    [InlineData("saya staf baru, blm ngerti spbe itu apa, bisa dijelasin?", "what-is-spbe")]
    [InlineData("Which tasks of ours are past their deadline?", "overdue")]
    [InlineData("apakah bukti yang diunggah Bappeda sudah diverifikasi?", "upload-state")]
    public void Not_understanding_passed_deadlines_and_an_opds_uploads(string text, string intent) => Assert.Equal(intent, Rules(text));
    // Minang function words (a regional word class, like "ambo" and "torang" before): own phrasings.
    [Theory]
    [InlineData("tenggat kito kapan sajo?", "my-deadlines")]
    [InlineData("bukti ambo alah diverifikasi alun?", "upload-state")]
    [InlineData("apo sajo nan bisa ang bantu?", "capabilities")]
    [InlineData("bot, baa caro pakainyo?", "help")]
    [InlineData("apo itu SPBE?", "what-is-spbe")]
    [InlineData("syarat indikator 32 level 4 apo sajo?", "none")]
    public void Minang_words(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("ok bye for now", "goodbye")]
    [InlineData("Pimpinan kami tanya bot ini bisa bantu apa saja, bisa dijelaskan?", "capabilities")]
    public void English_goodbye_and_a_request_to_explain_what_the_bot_does(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("apa definisi pemantauan SPBE?", "none")]
    [InlineData("What does Evaluasi SPBE mean?", "none")]
    [InlineData("yang dimaksud asesor eksternal itu apa", "none")]
    [InlineData("SPBE itu apa menurut peraturan?", "what-is-spbe")]
    [InlineData("apa itu evaluasi kinerja pemerintah digital?", "what-is-spbe")]
    public void An_evaluation_term_asked_is_no_what_is_SPBE(string text, string intent) => Assert.Equal(intent, Rules(text));
}
