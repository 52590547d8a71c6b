using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 points 4–5, the review of wip-29ch: chat slang and capability words that take other meanings. "ko" is "kamu" only
/// right before "bisa" with what it can do asked ("ko bisa bikin apa sa?"); elsewhere it is "kok" ("ko gak bisa unggah?",
/// "ko bisa gitu?") or Minang "ini". "kr" is "kurang" only beside a word of evidence. Tasks named of the asker's own data
/// ("tenggat saya") with the bot not addressed ask for that data, not what the bot does. Phrasings written for these tests.
/// </summary>
public class ChatSlangContextTests
{
    static string Rules(string text) => ChatIntents.Read(text, neighbours: ChatNeighbours.Empty).Label;
    static string Shipped(string text) => ChatIntents.Read(text).Label;

    [Theory]
    [InlineData("ko gak bisa unggah?")]
    [InlineData("ko tidak bisa login?")]
    [InlineData("ko ga bisa dibuka?")]
    [InlineData("ko bisa gitu?")]
    public void Ko_as_kok_is_no_address_of_the_bot(string text)
    {
        Assert.NotEqual("capabilities", Rules(text));
        Assert.NotEqual("capabilities", Shipped(text));
    }

    [Theory]
    [InlineData("ko bisa bantu apa sa?", "capabilities")]
    public void Ko_before_can_with_what_asked_or_after_the_bot_still_addresses_it(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("bisa bantu cek tenggat saya?")]
    [InlineData("bisa bantu lihat bukti dukung dan tenggat saya?")]
    public void Tasks_on_the_askers_own_data_are_no_capabilities(string text)
    {
        Assert.Equal("my-deadlines", Rules(text));
        Assert.Equal("my-deadlines", Shipped(text));
    }

    [Theory]
    [InlineData("Apakah asisten ini bisa menghitung indeks, melihat tenggat, dan mengecek bukti dukung kami?", "capabilities")]
    [InlineData("bot ini bisa bantu lihat tenggat dan bukti dukung?", "capabilities")]
    public void Tasks_asked_of_the_addressed_bot_stay_capabilities(string text, string intent) => Assert.Equal(intent, Rules(text));

    // "di sini" names the place the features are, not the asker's data: still what the bot can do.
    [Theory]
    [InlineData("fitur apa aja yang ada di sini?", "capabilities")]
    [InlineData("apa saja yang bisa dibantu disini ya?", "capabilities")]
    public void Features_here_are_no_own_data(string text, string intent) => Assert.Equal(intent, Rules(text));

    [Theory]
    [InlineData("nilai indikator 12 kr dari target?")]
    [InlineData("tenggat kr berapa hari lagi?")]
    public void Kr_without_evidence_is_not_missing_evidence(string text)
    {
        Assert.NotEqual("missing-evidence", Rules(text));
        Assert.NotEqual("missing-evidence", Shipped(text));
    }

    [Theory]
    [InlineData("bkt dkg kr ap aj pk", "missing-evidence")]
    [InlineData("dokumen kami kr apa aja?", "missing-evidence")]
    public void Kr_beside_evidence_is_still_kurang(string text, string intent) => Assert.Equal(intent, Rules(text));
}
