using SpbeBot.Core.People;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 points 4–5 (wip-33cl): the writer says who they are and why in sentences that ask nothing, then asks in a
/// sentence of its own — the closing sentence is read by the rules alone. A described state of the Pemda's ("… kita sudah
/// ditetapkan … Nilainya berapa?") names no writer and stays a criteria question; help or abilities asked last need the
/// bot named. Phrasings written for these tests, not taken from any question set.
/// </summary>
public class ChatIntentsClosingRequestTests
{
    static ChatIntent Rules(string text) => ChatIntents.Read(text, neighbours: ChatNeighbours.Empty, kind: InstansiKind.Kabupaten).Intent;

    [Fact]
    public void The_request_after_who_writes_and_why_is_read()
    {
        Assert.Equal(ChatIntent.MyDeadlines, Rules("Saya dari Bagian Organisasi, kami mendapat beberapa tindak lanjut hasil evaluasi tahun lalu. "
            + "Sebelum rapat pimpinan, saya perlu daftar tenggat setiap tindak lanjut yang dibebankan ke bagian kami."));
    }

    [Theory]
    [InlineData("Kebijakan tata kelola data kita sudah ditetapkan tahun lalu, tetapi belum pernah direviu dan belum mengatur data referensi. Nilainya berapa?")]
    [InlineData("Saya ditunjuk menjadi pelaksana entri data untuk evaluasi tahun ini. Tugasnya apa saja?")]
    [InlineData("Saya sudah membaca pedomannya. Mohon penjelasannya.")]
    public void A_described_state_or_a_task_asked_last_is_no_own_data_nor_small_talk(string text) => Assert.Equal(ChatIntent.None, Rules(text));
}
