using System.Security.Cryptography;
using System.Text;

namespace SpbeBot.Core.Questions;

/// <summary>
/// The shipped examples' words, read once when they are written instead of at every start (as the passages' analysis is).
/// The file carries the fingerprint of the files the words come from (the examples and the chat vocabulary): when they
/// change and the words were not written again, the file is not used and the examples are read as before (slower, same
/// answers). A test checks that the shipped words are what <see cref="ChatIntents"/> reads today.
/// </summary>
/// <remarks>
/// Format, UTF-8 text: <c>fingerprint⇥hex</c>, then one line per example in the examples' order: <c>label⇥word word …</c>.
/// </remarks>
public sealed partial class ChatNeighbours
{
    const string ExamplesResource = "lexicon/chat-examples.tsv";
    const string WordsResource = "lexicon/chat-words.tsv";
    static readonly string[] WordsInputs = [ExamplesResource, "lexicon/chat-intents.json"];

    /// <summary>The SHA-256, in hex, of the examples (<paramref name="examples"/>: the file's bytes) and the embedded chat vocabulary.</summary>
    public static string WordsFingerprint(byte[] examples)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in WordsInputs)
        {
            var bytes = name == ExamplesResource ? examples : EmbeddedLexicon.TryReadBytes(name);
            if (bytes is null) continue;
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            hash.AppendData(bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The fingerprint of the embedded examples and chat vocabulary.</summary>
    public static string ShippedWordsFingerprint() => WordsFingerprint(EmbeddedLexicon.TryReadBytes(ExamplesResource) ?? []);

    /// <summary>The words file of <paramref name="examples"/> (<c>chat-words.tsv</c>), stamped with <paramref name="fingerprint"/>.</summary>
    public static string SerializeWords(IEnumerable<Example> examples, string fingerprint)
    {
        var text = new StringBuilder("fingerprint\t").Append(fingerprint).Append('\n');
        foreach (var e in examples)
        {
            var words = WordsOf(e.Text);
            if (words.Exists(w => w.Length == 0 || w.Any(char.IsWhiteSpace)))
                throw new InvalidDataException($"A word of \"{e.Text}\" is empty or holds a space: the words file cannot hold it.");
            text.Append(e.Label).Append('\t').AppendJoin(' ', words).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The examples' labels and words in <paramref name="text"/> if its fingerprint is <paramref name="fingerprint"/>, else null.</summary>
    public static List<(string Label, List<string> Words)>? ParseWords(string text, string fingerprint)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0 || lines[0] != "fingerprint\t" + fingerprint) return null;
        var examples = new List<(string, List<string>)>(lines.Length - 1);
        for (var i = 1; i < lines.Length; i++)
        {
            var tab = lines[i].IndexOf('\t');
            if (tab < 0) return null;
            examples.Add((lines[i][..tab], [.. lines[i][(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)]));
        }
        return examples;
    }

    /// <summary>The shipped examples' words when the file is there and made from the shipped files; null otherwise.</summary>
    static List<(string Label, List<string> Words)>? ShippedWords() =>
        EmbeddedLexicon.TryReadText(WordsResource) is { } text ? ParseWords(text, ShippedWordsFingerprint()) : null;

    /// <summary>Neighbours from examples' labels and words as <see cref="ParseWords"/> gives them (for the test of the shipped file).</summary>
    public static ChatNeighbours FromWords(IEnumerable<(string Label, List<string> Words)> examples)
    {
        var neighbours = new ChatNeighbours();
        neighbours.Add(examples);
        return neighbours;
    }
}
