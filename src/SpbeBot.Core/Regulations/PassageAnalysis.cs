using System.Security.Cryptography;
using System.Text;

namespace SpbeBot.Core.Regulations;

/// <summary>The analysed words of one passage: what the index is built from (<see cref="PassageAnalysis"/>).</summary>
/// <param name="Heading">The indexed heading, light analysis (particles and possessives only).</param>
/// <param name="Text">The text, light analysis.</param>
/// <param name="HeadingFull">The indexed heading, full analysis (Lucene's Indonesian stemmer with prefixes).</param>
/// <param name="TextFull">The text, full analysis.</param>
/// <param name="Traits">What the text states: a figure, a time, an actor (<see cref="PassageIndex.Traits"/>).</param>
/// <param name="Defines">The terms the passage defines, each in the full analysis.</param>
/// <param name="Asked">The questions already asked of it, each in the full analysis.</param>
public sealed record AnalysedPassage(
    IReadOnlyList<string> Heading, IReadOnlyList<string> Text, IReadOnlyList<string> HeadingFull, IReadOnlyList<string> TextFull,
    int Traits, IReadOnlyList<IReadOnlyList<string>> Defines, IReadOnlyList<IReadOnlyList<string>> Asked);

/// <summary>
/// Every passage and question already asked, analysed (Lucene's Indonesian analyzer after the chat normalisation): the
/// index's input. Analysing costs most of the index's start-up (Lucene's first use is JIT-compiled), so the analysis of the
/// shipped passages and asked questions is shipped too, as <c>Regulations/Passages/analysed.txt</c>, written by
/// <c>spbebot catalog build-analysed</c>. It carries the fingerprint of the files it was made from (passages, asked
/// questions, process vocabulary): when they change and the file was not rebuilt, it is not used and the index analyses
/// at start-up as before (slower, same answers). A test checks that the shipped file is what the analyzer gives today.
/// </summary>
/// <remarks>
/// Format, UTF-8 text, one record a line, fields separated by tabs, words in a field by spaces:
/// <c>fingerprint⇥hex</c>; per passage in order <c>p⇥heading⇥text⇥heading-full⇥text-full⇥traits[⇥defined term…]</c>,
/// followed by one <c>a⇥words</c> line per question asked of it; then one <c>n⇥words</c> line per not-in-texts question.
/// </remarks>
public sealed record PassageAnalysis(IReadOnlyList<AnalysedPassage> Passages, IReadOnlyList<IReadOnlyList<string>> NotInTexts)
{
    const string ResourceName = "passages/analysed.txt";
    static readonly string[] Inputs = ["passages/passages.json", "passages/asked.json", "vocabulary/process-vocabulary.txt"];

    /// <summary>The SHA-256 of the embedded files the shipped analysis is made from, in hex.</summary>
    public static string ShippedFingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in Inputs)
        {
            if (Questions.EmbeddedLexicon.TryReadBytes(name) is not { } bytes) continue;
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            hash.AppendData(bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The shipped analysis when it is there and was made from the shipped files (<paramref name="passageCount"/>
    /// passages); null otherwise (then the index analyses the texts itself).
    /// </summary>
    public static PassageAnalysis? Shipped(int passageCount)
    {
        var text = Questions.EmbeddedLexicon.TryReadText(ResourceName);
        return text is null ? null : Parse(text, ShippedFingerprint(), passageCount);
    }

    /// <summary>The analysis in <paramref name="text"/> if its fingerprint is <paramref name="fingerprint"/> and it holds <paramref name="passageCount"/> passages, else null.</summary>
    public static PassageAnalysis? Parse(string text, string fingerprint, int passageCount)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0 || lines[0] != "fingerprint\t" + fingerprint) return null;
        var passages = new List<AnalysedPassage>(passageCount);
        var notInTexts = new List<IReadOnlyList<string>>();
        List<IReadOnlyList<string>>? asked = null;
        for (var i = 1; i < lines.Length; i++)
        {
            var fields = lines[i].Split('\t');
            switch (fields[0])
            {
                case "p" when fields.Length >= 6 && int.TryParse(fields[5], out var traits):
                    asked = [];
                    passages.Add(new AnalysedPassage(Words(fields[1]), Words(fields[2]), Words(fields[3]), Words(fields[4]), traits,
                        fields.Skip(6).Select(Words).ToList(), asked));
                    break;
                case "a" when fields.Length == 2 && asked is not null:
                    asked.Add(Words(fields[1]));
                    break;
                case "n" when fields.Length == 2:
                    notInTexts.Add(Words(fields[1]));
                    break;
                default:
                    return null;
            }
        }
        return passages.Count == passageCount ? new PassageAnalysis(passages, notInTexts) : null;
    }

    static string[] Words(string field) => field.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The file's text (<see cref="Parse"/> reads it back).</summary>
    public string Serialize(string fingerprint)
    {
        var text = new StringBuilder();
        text.Append("fingerprint\t").Append(fingerprint).Append('\n');
        foreach (var p in Passages)
        {
            text.Append("p\t").AppendJoin(' ', p.Heading).Append('\t').AppendJoin(' ', p.Text).Append('\t')
                .AppendJoin(' ', p.HeadingFull).Append('\t').AppendJoin(' ', p.TextFull).Append('\t').Append(p.Traits);
            foreach (var d in p.Defines) text.Append('\t').AppendJoin(' ', d);
            text.Append('\n');
            foreach (var q in p.Asked) text.Append("a\t").AppendJoin(' ', q).Append('\n');
        }
        foreach (var q in NotInTexts) text.Append("n\t").AppendJoin(' ', q).Append('\n');
        return text.ToString();
    }
}
