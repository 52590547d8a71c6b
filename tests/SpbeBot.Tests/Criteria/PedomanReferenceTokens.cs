using System.Text.RegularExpressions;

namespace SpbeBot.Tests.Criteria;

/// <summary>
/// A deliberately simple, independent re-reading of the Pedoman used to verify the catalog: the words of a
/// range of lines, without page furniture and without the words of the left label column, with words
/// broken at a line end ("aktivitas-" / "aktivitas", "Pusat/" / "Pemerintah") marked as one word.
/// It shares no code with the parser, so a parser bug cannot hide itself.
/// </summary>
static partial class PedomanReferenceTokens
{
    /// <summary>Marks where a word was broken across lines.</summary>
    public const char Break = '\u0001';

    /// <summary>The right-hand text column never starts before this column; labels always do.</summary>
    const int TextColumn = 26;

    static readonly HashSet<string> LabelWords =
    [
        "Level", "1", "2", "3", "4", "5", "Kriteria", "Bukti", "pemenuhan", "Dukung",
        "Deskripsi", "Indikator:", "Ketentuan", "Penilaian:", "Contoh", "Dukung:",
    ];

    /// <summary>Line index range (start inclusive, end exclusive) of the BAB II table of indicator <paramref name="number"/>.</summary>
    public static (int Start, int End) IndicatorBlock(string[] lines, int number)
    {
        var start = Array.FindIndex(lines, l => Regex.IsMatch(l, $@"^\s*INDIKATOR\s+{number}\s*$"));
        Assert.True(start >= 0, $"INDIKATOR {number} not found in the reference");
        var end = Array.FindIndex(lines, start + 1, l => BlockEnd().IsMatch(l));
        return (start + 1, end);
    }

    /// <summary>Line index where "Level n   Kriteria Level" starts inside a block.</summary>
    public static int LevelRow(string[] lines, (int Start, int End) block, int level)
    {
        var row = Array.FindIndex(lines, block.Start, block.End - block.Start, l => Regex.IsMatch(l, $@"^\s*Level\s+{level}\s+Kriteria\b"));
        Assert.True(row >= 0, $"Level {level} row not found");
        return row;
    }

    public static List<string> Tokens(string[] lines, int start, int end)
    {
        var tokens = new List<string>();
        var joinNext = false;
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || Furniture().IsMatch(line) || TableHeader().IsMatch(line)) continue;
            foreach (Match word in Regex.Matches(line, @"\S+"))
            {
                if (word.Index < TextColumn && (LabelWords.Contains(word.Value) || QuestionRowCode().IsMatch(word.Value))) continue;
                if (joinNext) tokens[^1] += Break + word.Value;
                else tokens.Add(word.Value);
                joinNext = false;
            }
            joinNext = tokens.Count > 0 && LineEndBreak().IsMatch(tokens[^1]);
        }
        return tokens;
    }

    /// <summary>
    /// Whether a catalog word equals a reference word: a word broken at "/" is joined without a space; one
    /// broken at "-" may keep the hyphen (compound, reduplication) or drop it (a word split for the line end).
    /// "§2" stands for the item marker "2." or "2)".
    /// </summary>
    public static bool Same(string expected, string reference)
    {
        if (expected.StartsWith('§')) return Regex.IsMatch(reference, $@"^{Regex.Escape(expected[1..])}[.)]$");
        return expected == reference.Replace(Break.ToString(), "")
               || (reference.Contains($"-{Break}") && expected == reference.Replace($"-{Break}", ""));
    }

    [GeneratedRegex(@"^\s*(?:jdih\.menpan\.go\.id|-\d+-)\s*$")]
    private static partial Regex Furniture();

    /// <summary>The column titles of the question row ("Domain  Aspek  Ind  Kuesioner").</summary>
    [GeneratedRegex(@"^\s*Domain\s+Aspek\s+Ind\s+Kuesioner\s*$")]
    private static partial Regex TableHeader();

    [GeneratedRegex(@"^(?:D\d|A\d|ID-\d+)$")]
    private static partial Regex QuestionRowCode();

    [GeneratedRegex(@"(?:\p{L}-|/)$")]
    private static partial Regex LineEndBreak();

    [GeneratedRegex(@"^\s*(?:INDIKATOR\s+\d+|BAB\s+[IVX]+|[IVX]+\.\s+DOMAIN|[IVX]+\.A\.)")]
    private static partial Regex BlockEnd();
}
