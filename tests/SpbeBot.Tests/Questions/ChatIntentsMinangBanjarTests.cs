using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 points 4 and 5: the causes of chat misses of AT and AU (new to tuning on 2026-12-07, 04:50) shared with earlier
/// authors (wip-29ch): Minang and Banjar words in the roles they play ("pk", "da", "kaba", "jaleh", "kawa", "napa", "ko"),
/// chat short forms ("cr", "kr"); an ability of the bot named as a task or with examples ("misalnya …") and its limits; the
/// bot or SPBE asked with a purpose after it; the closing clause alone asking which evidence is missing after clauses that
/// name the evaluation; the index asked now in a clause apart from a year's end; thanks, then the answer passed on,
/// whatever upload it names; "mn" after a greeting ("min"); what SPBE is told as a statement with a purpose after it.
/// Each with a criteria question beside it that must stay one. Phrasings written for these
/// tests, not taken from any question set.
/// </summary>
public class ChatIntentsMinangBanjarTests
{
    static string Rules(string text) => ChatIntents.Read(text, neighbours: ChatNeighbours.Empty).Label;

    [Theory]
    [InlineData("salamat pagi da, baa kaba?", "greeting")]
    [InlineData("tarimo kasih pk, alah jaleh", "thanks")]
    [InlineData("SPBE tu apo pk?", "what-is-spbe")]
    [InlineData("bukti dukung kami kr apo sajo pk", "missing-evidence")]
    [InlineData("dokumen nan ambo unggah patang alah masuak?", "upload-state")]
    [InlineData("syarat level 4 indikator 32 apo pk?", "none")]
    public void Minang_words(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("bot ni kawa membantu napa haja?", "capabilities")]
    [InlineData("gmn cr pakai bot ini pk", "help")]
    [InlineData("gmn cr nya da", "help")]
    [InlineData("gmn cr naik ke level 4 indikator 32?", "none")]
    [InlineData("indikator 5 level 3 napa haja syaratnya?", "none")]
    public void Banjar_words_and_chat_short_forms(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("Apakah bot ini bisa menghitung indeks dan melihat tenggat kami?", "capabilities")]
    [InlineData("Kami baru ditugaskan. Bot ini bisa membantu sampai sejauh mana, misalnya cek bukti dukung?", "capabilities")]
    [InlineData("Sebelum mulai, saya ingin tahu batas kemampuan bot ini: apa yang bisa dan tidak bisa dijawab?", "capabilities")]
    [InlineData("Bot ini bisa membantu apa, misalnya untuk indikator 5?", "none")]
    public void An_ability_named_as_a_task_with_examples_or_its_limits(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("Saya pelaksana baru. Tolong jelaskan cara bertanya ke chat ini supaya jawabannya tepat.", "help")]
    [InlineData("Saya baru dipindah ke Diskominfo. Boleh dijelaskan SPBE itu apa, biar saya tidak bingung waktu rapat?", "what-is-spbe")]
    [InlineData("SPBE itu apa, biar level 4 indikator 1 tercapai?", "none")]
    public void The_bot_or_SPBE_asked_with_a_purpose_after_it(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("Penilaian mandiri ditutup Jumat. Saya pengelola indikator audit TIK; tolong cek bukti dukung apa yang masih belum ada untuk indikator itu.", "missing-evidence")]
    [InlineData("Untuk bahan rapat akhir tahun nanti. Berapa indeks SPBE kita saat ini?", "index-now")]
    [InlineData("Kalau semua target tercapai akhir tahun, indeks kita saat ini jadi berapa?", "index-if-targets")]
    [InlineData("Terima kasih, jawaban soal bukti dukung tadi sudah saya teruskan ke operator supaya unggahannya diperbaiki sebelum verifikasi.", "thanks")]
    [InlineData("Terima kasih. Bukti dukung saya yang kemarin sudah diverifikasi belum?", "upload-state")]
    public void What_the_closing_clause_asks_after_its_context(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("hai mn bot ad ga", "greeting")]
    [InlineData("bukti dukung sy di mn ya min?", "none")]
    [InlineData("Kadis minta saya paham dulu apa itu SPBE sebelum rapat koordinasi.", "what-is-spbe")]
    [InlineData("SPBE itu apa sebelum tahun 2018?", "none")]
    public void A_greeting_asking_whether_the_bot_is_there_and_what_SPBE_is_told(string text, string intent) => Assert.Equal(intent, Rules(text));
}
