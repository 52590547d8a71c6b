using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// The shipped examples' words (<c>Questions/Lexicon/chat-words.tsv</c>) let the chat neighbours start without reading
/// 18,000 messages: they must be what the recogniser reads today, the neighbours built from them must answer as the ones
/// that read the texts, and a file made from other inputs is never used. The messages are our own wording.
/// </summary>
public class ChatWordsTests
{
    static string Embedded(string name)
    {
        using var stream = typeof(ChatNeighbours).Assembly.GetManifestResourceStream(name);
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    static readonly Lazy<List<ChatNeighbours.Example>> Examples = new(() => ChatNeighbours.Parse(Embedded("lexicon/chat-examples.tsv")));
    static readonly Lazy<ChatNeighbours> FromTexts = new(() => new ChatNeighbours(Examples.Value));
    static readonly Lazy<ChatNeighbours> FromWords = new(() =>
        ChatNeighbours.FromWords(ChatNeighbours.ParseWords(ChatNeighbours.SerializeWords(Examples.Value, "f"), "f")!));

    [Fact]
    public void The_shipped_words_are_what_the_recogniser_reads_in_the_shipped_examples()
    {
        var fresh = ChatNeighbours.SerializeWords(Examples.Value, ChatNeighbours.ShippedWordsFingerprint());
        Assert.True(fresh == Embedded("lexicon/chat-words.tsv"),
            "chat-words.tsv is stale: after building, run bench chat-neighbours --write as docs/benchmarks.md says (it writes the examples and their words) and build again.");
    }

    [Fact]
    public void A_file_made_from_other_inputs_is_not_used()
    {
        var text = ChatNeighbours.SerializeWords(Examples.Value.Take(3), "0123");
        Assert.Equal(3, ChatNeighbours.ParseWords(text, "0123")?.Count);
        Assert.Null(ChatNeighbours.ParseWords(text, "4567"));
        Assert.Null(ChatNeighbours.ParseWords(text.Replace("\t", " "), "0123"));
    }

    [Theory]
    [InlineData("makasih banyak min")]
    [InlineData("status upload bkti dkng ind 21 gmn")]
    [InlineData("pagii, mau tanya nih")]
    [InlineData("tenggat rencana aksi kami kapan ya")]
    [InlineData("syarat level 4 manajemen risiko apa")]
    [InlineData("jadwal rapat besok")]
    public void The_neighbours_read_from_the_words_answer_as_the_ones_that_read_the_texts(string message)
    {
        Assert.Equal(FromTexts.Value.Count, FromWords.Value.Count);
        Assert.Equal(FromTexts.Value.Nearest(message), FromWords.Value.Nearest(message));
        Assert.Equal(FromTexts.Value.Nearest(message), ChatNeighbours.Shipped.Nearest(message));
    }
}
