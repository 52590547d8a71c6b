using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 points 4 and 5: the causes of chat misses that held across tuning authors, each read by the rules alone
/// (no labelled neighbours), with a question that must stay a criteria question beside it. Phrasings written for these
/// tests, not taken from any question set.
/// </summary>
public class ChatIntentsCausesTests
{
    static ChatIntentResult Rules(string text) => ChatIntents.Read(text, neighbours: ChatNeighbours.Empty);

    [Theory]
    // A deadline feared ahead is asked, not one passed.
    [InlineData("bagian kami kapan tenggatnya? jangan sampai telat", "my-deadlines")]
    [InlineData("kapan batas unggah dokumen dinas kami? takut terlambat", "my-deadlines")]
    [InlineData("dokumen kami yang terlambat apa saja?", "overdue")]
    // Past a deadline that is named, even when a list is asked.
    [InlineData("mohon daftar OPD yang mengirim bukti dukung melewati tenggat", "overdue")]
    public void Deadlines_feared_and_passed(string text, string intent) => Assert.Equal(intent, Rules(text).Label);

    [Theory]
    [InlineData("kamu bisa hitung indeks ga?", "capabilities")]
    [InlineData("Could you compute our index, or do you only answer questions?", "capabilities")]
    [InlineData("bisa kamu jelaskan syarat level 4 indikator 32?", "none")]
    public void The_bot_addressed_with_can_asks_what_it_does(string text, string intent) => Assert.Equal(intent, Rules(text).Label);

    [Theory]
    [InlineData("selamat pagi, saya andi dari bappeda", "greeting")]
    [InlineData("hai, aku staf baru dari dinas kesehatan", "greeting")]
    [InlineData("halo, saya dari bappeda, syarat level 3 indikator 12 apa?", "none")]
    [InlineData("halooo", "greeting")]
    [InlineData("makasihhh min", "thanks")]
    [InlineData("udah ya bot, mau rapat dulu", "goodbye")]
    public void Greetings_with_an_introduction_held_letters_and_a_goodbye_for_a_meeting(string text, string intent) => Assert.Equal(intent, Rules(text).Label);

    [Theory]
    [InlineData("spbe itu sbnrnya apa?", "what-is-spbe")]
    [InlineData("spbe = e-gov ya?", "what-is-spbe")]
    [InlineData("perintahnya apa aja ya min?", "help")]
    [InlineData("menunya apa aja, harus ketik apa?", "help")]
    public void What_SPBE_is_and_the_commands(string text, string intent) => Assert.Equal(intent, Rules(text).Label);

    [Theory]
    // "TKS" in capitals in a message that is not all capitals is the Pemda's Tim Koordinasi SPBE, not chat slang for thanks.
    [InlineData("TKS kami sudah ada", "none")]
    [InlineData("ok tks min", "thanks")]
    [InlineData("OK TKS MIN", "thanks")]
    public void Tks_in_capitals_is_the_coordination_team(string text, string intent) => Assert.Equal(intent, Rules(text).Label);
}
