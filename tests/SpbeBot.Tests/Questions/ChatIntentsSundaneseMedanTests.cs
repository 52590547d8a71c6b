using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 points 4 and 5: the causes of chat misses of AR and AS (new to tuning on 2026-12-07, 02:05) shared with earlier
/// authors (wip-28ch): Sundanese and Medan words in the roles they play ("urang", "ayeuna", "kaliwat", "katampi", "pisan",
/// "lae", "rupanya", "kau"); thanks, then a statement naming what was understood or passed on; a goodbye among clauses that
/// say why and what comes next; a greeting, then who writes; the bot asked for a purpose ("untuk keperluan …"); a deadline
/// list asked "supaya saya tidak ketinggalan"; an upload asked after in the closing clause of a long message. Each with a
/// criteria question beside it that must stay one. Phrasings written for these tests, not taken from any question set.
/// </summary>
public class ChatIntentsSundaneseMedanTests
{
    static string Rules(string text) => ChatIntents.Read(text, neighbours: ChatNeighbours.Empty).Label;

    [Theory]
    [InlineData("nilai SPBE urang ayeuna sabaraha kang?", "index-now")]
    [InlineData("tindak lanjut nu kaliwat tenggatna aya teu?", "overdue")]
    [InlineData("dokumen nu kamari tos katampi teu?", "upload-state")]
    [InlineData("nuhun pisan, jelas pisan", "thanks")]
    [InlineData("Punten, kumaha carana nganggo bot ieu?", "help")]
    [InlineData("pami indikator 5 level 3, indeks urang sabaraha?", "none")]
    [InlineData("syarat level 4 indikator 32 naon kitu?", "none")]
    public void Sundanese_words(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("Horas, apa kabar kau lae?", "greeting")]
    [InlineData("Pemdi itu apa rupanya lae? Awak belum paham kali.", "what-is-spbe")]
    [InlineData("Udah dulu lah lae, awak mau pigi. Jumpa lagi!", "goodbye")]
    [InlineData("indikator 21 level 3 apa rupanya syaratnya lae?", "none")]
    public void Medan_words(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("Terima kasih, tadi saya bingung soal bukti indikator 12, sekarang sudah jelas.", "thanks")]
    [InlineData("Makasih, jawaban soal level 3 tadi saya teruskan ke Kabid hari ini.", "thanks")]
    [InlineData("Terima kasih atas arahan yang diberikan, sangat membantu kami dalam penilaian mandiri.", "thanks")]
    [InlineData("Terima kasih, tadi sudah jelas. Tapi syarat level 4 indikator 32 mohon dikirim.", "none")]
    public void Thanks_then_what_was_understood_or_passed_on(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("Saya ada rapat jam 3, jadi cukup dulu ya. Besok saya lanjut soal bukti dukung indikator 10.", "goodbye")]
    [InlineData("Demikian yang dapat kami sampaikan, kami akhiri konsultasi ini, terima kasih.", "goodbye")]
    [InlineData("Cukup dulu ya. Tolong kirim syarat level 3 indikator 10.", "none")]
    public void A_goodbye_among_clauses_that_ask_nothing(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("Selamat pagi, saya Dedi dari Dinas Perikanan. Baru pertama kali pakai bot ini karena ditunjuk jadi operator.", "greeting")]
    [InlineData("Dengan hormat, mohon petunjuk penggunaan asisten ini untuk keperluan rapat koordinasi.", "help")]
    [InlineData("Bot ini bisa membantu apa saja untuk tugas seperti itu?", "capabilities")]
    [InlineData("Bot ini bisa membantu apa untuk indikator 5?", "none")]
    public void A_greeting_then_who_writes_and_the_bot_asked_for_a_purpose(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("Saya PIC baru di Bappeda. Tolong daftarkan tenggat tindak lanjut Bappeda supaya saya tidak ketinggalan.", "my-deadlines")]
    [InlineData("Minggu lalu saya mengunggah Perbup dan SK tim untuk indikator 2 dan 3 dari rumah, sinyalnya jelek sekali waktu itu. Tolong cek apakah berkasnya sudah diterima dan diverifikasi.", "upload-state")]
    public void A_deadline_list_asked_not_to_miss_one_and_an_upload_asked_last(string text, string intent) => Assert.Equal(intent, Rules(text));
}
