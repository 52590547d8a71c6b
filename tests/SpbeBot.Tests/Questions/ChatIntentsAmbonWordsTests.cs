using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 points 4 and 5: the causes of chat misses of AP and AQ (new to tuning on 2026-12-06, 23:25) shared with earlier
/// authors (wip-27ch): Ambon Malay words in the roles they play ("su", "balong", "samua", "tacapai", "bae-bae"); chat short
/// forms "ap", "y"; "exactly"; a goodbye "tutup dulu"; how to ask the assistant, or its use for whom;
/// "ada yang bisa bantu …?" asked first, then who asks; what SPBE is asked with "kah" and the addressee after it; a process word after "rapat" (the occasion). Each with a
/// criteria question beside it that must stay one. Phrasings written for these tests, not taken from any question set.
/// </summary>
public class ChatIntentsAmbonWordsTests
{
    static string Rules(string text) => ChatIntents.Read(text, neighbours: ChatNeighbours.Empty).Label;

    [Theory]
    [InlineData("dokumen apa sa yang balong ada", "missing-evidence")]
    [InlineData("indeks kalo samua target tacapai?", "index-if-targets")]
    [InlineData("siang, bae bae kaka?", "greeting")]
    [InlineData("syarat level 4 indikator 32 apa su?", "none")]
    public void Ambon_Malay_words(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("pemdi tu ap y", "what-is-spbe")]
    [InlineData("What is Pemdi exactly?", "what-is-spbe")]
    [InlineData("Pemdi tu apa kah, pian?", "what-is-spbe")]
    [InlineData("What is level 3 of indicator 5 exactly?", "none")]
    public void What_SPBE_is_in_short_forms_and_with_the_addressee_after_it(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("oke, sy tutup dulu. besok lanjut", "goodbye")]
    [InlineData("Mohon petunjuk penggunaan asisten ini bagi staf perangkat daerah", "help")]
    [InlineData("gimana sebaiknya saya bertanya ke asisten ini?", "help")]
    [InlineData("tutup dulu aplikasi lama, apa syarat level 4 indikator 10?", "none")]
    public void Goodbye_and_help_worded_as_a_letter_or_a_newcomer(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("Fwd: \"ada yg bisa bantu soal rencana aksi? sy baru jadi operator\"", "help")]
    [InlineData("ada yang bisa membantu? saya baru ditugaskan di bagian umum", "help")]
    [InlineData("ada yang bisa bantu jelaskan level 3 indikator 5?", "none")]
    public void Help_asked_of_anyone_first_then_who_asks(string text, string intent) => Assert.Equal(intent, Rules(text));

    /// <summary>A meeting named before a process word says on what occasion, not what is asked ("rapat evaluasi", "rapat pemantauan").</summary>
    [Theory]
    [InlineData("Besok ada rapat evaluasi di Bappeda. Tolong daftar tindak lanjut kami yang sudah lewat tenggat.", "overdue")]
    [InlineData("rapat pemantauan SPBE itu kapan diadakan?", "none")]
    [InlineData("siapa yang memimpin rapat evaluasi SPBE?", "none")]
    public void A_meeting_names_the_occasion_of_a_process_word(string text, string intent) => Assert.Equal(intent, Rules(text));
}
