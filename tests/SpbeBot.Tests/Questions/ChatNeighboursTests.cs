using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>Issue 15 points 4–5 (wip-15u): the labelled chat messages as nearest neighbours behind the rules, and what they may not take.</summary>
public class ChatNeighboursTests
{
    static readonly ChatNeighbours Small = new(
    [
        new("t", "thanks", "makasih banyak ya min"),
        new("t", "thanks", "terima kasih atas bantuannya"),
        new("t", "upload-state", "status upload bukti dukung saya gimana"),
        new("t", "none", "bukti dukung level 3 indikator arsitektur apa saja"),
        new("t", "none", "syarat level 4 manajemen risiko apa"),
    ]);

    [Fact]
    public void A_message_close_to_labelled_ones_gets_their_intent_and_a_far_one_none()
    {
        Assert.Equal("thanks", Small.Guess("makasih banyak min"));
        Assert.Null(Small.Guess("jadwal visitasi kapan"));
        // Nearest to criteria questions ("none"): never an intent.
        Assert.Null(Small.Guess("syarat level 4 manajemen risiko"));
    }

    [Fact]
    public void The_rules_consult_the_neighbours_only_when_they_find_nothing()
    {
        const string text = "status upload bukti dukung saya gimana ya";
        Assert.Equal(ChatIntent.UploadState, ChatIntents.Read(text, neighbours: Small).Intent);
        Assert.Equal(ChatIntent.None, ChatIntents.Read("makasih banyak min, syarat level 4 manajemen risiko apa", neighbours: Small).Intent);
        Assert.Equal(ChatIntent.None, ChatIntents.Read("jadwal visitasi kapan", neighbours: ChatNeighbours.Empty).Intent);
    }

    [Fact]
    public void A_long_message_the_rules_read_as_own_data_is_left_to_the_criteria_when_its_neighbours_are_questions()
    {
        // The rules read "status … dicek" of a described application as an upload's state; the nearest labelled messages
        // are described situations ("none"), so the criteria answer gets it. Short own-data questions are not vetoed.
        var situations = new ChatNeighbours(
        [
            new("t", "none", "pengaduan online kita masyarakat bisa kirim aduan dan lampiran status bisa dicek alur verifikasi belum ada"),
            new("t", "none", "aplikasi pengaduan kami warga kirim aduan dan lampiran lalu status aduan dicek tanpa verifikasi"),
            new("t", "none", "pengaduan masyarakat lewat aplikasi status bisa dicek lampiran bisa dikirim"),
            new("t", "upload-state", "status upload bukti dukung saya gimana"),
        ]);
        const string described = "pengaduan online kita masyarakat bisa kirim aduan dan lampiran, status bisa dicek. tp ga ada alur verifikasi";
        Assert.Equal(ChatIntent.UploadState, ChatIntents.Read(described, neighbours: ChatNeighbours.Empty).Intent);   // the rules alone
        Assert.Equal(ChatIntent.None, ChatIntents.Read(described, neighbours: situations).Intent);
        Assert.Equal(ChatIntent.UploadState, ChatIntents.Read("bukti sy yg kemarin sdh diverifikasi blm?", neighbours: situations).Intent);
        Assert.Equal("none", situations.Nearest("pengaduan online kita, status aduan bisa dicek dan lampiran dikirim"));
        Assert.Null(situations.Guess("pengaduan online kita, status aduan bisa dicek dan lampiran dikirim"));
    }

    [Theory]
    // ("spbe itu sama kayak e-gov bukan?" and "cabut dl yak" were here: the rules read them now, "sama seperti" asking what
    // SPBE is and "dl" after a goodbye word as "dulu".)
    [InlineData("status upload bkti dkng ind 21 gmn", ChatIntent.UploadState)]
    public void The_shipped_examples_recognise_small_talk_the_rules_miss(string text, ChatIntent intent)
    {
        Assert.Equal(ChatIntent.None, ChatIntents.Read(text, neighbours: ChatNeighbours.Empty).Intent);
        Assert.Equal(intent, ChatIntents.Read(text).Intent);
    }

    [Theory]
    [InlineData("e-SAKIP kita bisa upload renstra, LKjIP, PK; reviewer bisa kasih nilai dan catatan di aplikasi. lvl?")]
    [InlineData("Peta rencana SPBE kita udh lengkap, biar dpt nilai 4 harus ngapain lagi?")]
    [InlineData("kalau semua indikator level 3 indeksnya berapa")]
    [InlineData("jadwal rapat besok")]
    public void A_level_asked_of_a_described_situation_or_values_given_are_never_own_data(string text) =>
        Assert.Equal(ChatIntent.None, ChatIntents.Read(text).Intent);
}
