using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 points 4 and 5: the causes of chat misses of AD and AE (new to tuning on 2026-12-06) shared with earlier authors
/// (wip-21cc): help asked for the asker ("can you help me with …"), a request for help followed by who asks, a greeting with
/// a group's or a role's introduction, SPBE spelled letter by letter, Javanese function words (as wip-19cc's Minang ones),
/// each read by the rules alone with a criteria question beside it that must stay one. Phrasings written for these tests,
/// not taken from any question set.
/// </summary>
public class ChatIntentsFreshAuthorsTests
{
    static string Rules(string text) => ChatIntents.Read(text, neighbours: ChatNeighbours.Empty).Label;

    [Theory]
    [InlineData("could you help me with the evaluation stuff?", "help")]
    [InlineData("bisa bantu saya ga? masih bingung", "help")]
    [InlineData("can you help me with indicator 32 level 4?", "none")]
    [InlineData("can you help me understand what level our SAKIP app is?", "none")]
    [InlineData("kamu bisa bantu saya apa saja?", "capabilities")]
    [InlineData("makasih, jawabannya sangat membantu kami", "thanks")]
    public void Help_asked_for_the_asker(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("Mohon bantuan, saya baru dimutasi ke bidang persandian dan belum mengerti tahapannya.", "help")]
    [InlineData("Mohon bantuan, indikator 32 level 4 buktinya apa?", "none")]
    public void Help_asked_first_then_who_asks(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("Selamat pagi. Kami dari Dinas Perpustakaan Kabupaten Lembah Hijau.", "greeting")]
    [InlineData("Hello, I'm Sari, a consultant for the regency", "greeting")]
    [InlineData("hi, I'm new here", "greeting")]
    [InlineData("Selamat pagi. Kami dari Dinas Perpustakaan, indikator 5 level 3 syaratnya apa?", "none")]
    public void A_greeting_with_who_is_writing(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("S.P.B.E itu apa?", "what-is-spbe")]
    [InlineData("es pe be e artinya apa", "what-is-spbe")]
    [InlineData("es teh itu apa", "none")]
    [InlineData("explain SPBE briefly", "what-is-spbe")]
    [InlineData("explain indicator 12 briefly", "none")]
    public void Spbe_spelled_out(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("indeks SPBE awake dhewe saiki piro?", "index-now")]
    [InlineData("deadline sing wis kliwat opo wae?", "overdue")]
    [InlineData("bot iki iso opo wae?", "capabilities")]
    [InlineData("indikator 32 level 4 syarate opo?", "none")]
    public void Javanese_function_words(string text, string intent) => Assert.Equal(intent, Rules(text));
}
