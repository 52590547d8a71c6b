using System.Text;
using System.Text.RegularExpressions;

namespace SpbeBot.Core.Regulations;

/// <summary>One labelled process question: the words the answer must quote, or none when the answer is not in the texts.</summary>
public sealed record ProcessQuestion(int Line, string Id, string Question, string Source, string AnswerQuote, string Note)
{
    public bool Answerable => AnswerQuote.Length > 0;

    /// <summary>True when the passage as shown (its section heading, then its text) holds the expected quote.</summary>
    public bool QuotedBy(Passage passage) => QuotedBy(passage.Section + "\n" + passage.Text);

    /// <summary>
    /// True when <paramref name="passageText"/> holds the expected quote (compared without case, spacing, line breaks or
    /// the quotes' punctuation); a quote that runs over a passage boundary counts when the passage holds its first or
    /// its last 60 characters.
    /// </summary>
    public bool QuotedBy(string passageText)
    {
        var passage = ProcessQuestionSet.Comparable(passageText);
        var quote = ProcessQuestionSet.Comparable(AnswerQuote);
        if (quote.Length == 0) return false;
        if (passage.Contains(quote, StringComparison.Ordinal)) return true;
        return quote.Length > 60 && (passage.Contains(quote[..60], StringComparison.Ordinal) || passage.Contains(quote[^60..], StringComparison.Ordinal));
    }
}

/// <summary>
/// Reads a process question set: tab-separated UTF-8, a header row <c>id question source answer_quote note</c>
/// (lines starting with # are comments). An empty answer_quote means "not in the texts".
/// </summary>
public static partial class ProcessQuestionSet
{
    public static IReadOnlyList<ProcessQuestion> Load(string path)
    {
        var result = new List<ProcessQuestion>();
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        int? id = null, question = null, source = null, quote = null, note = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (question is null)
            {
                var header = cells.Select(c => c.Trim().ToLowerInvariant()).ToList();
                (id, question, source, quote, note) = (header.IndexOf("id"), header.IndexOf("question"), header.IndexOf("source"), header.IndexOf("answer_quote"), header.IndexOf("note"));
                if (question < 0 || quote < 0) throw new InvalidDataException($"{path}: the header needs the columns question and answer_quote.");
                continue;
            }
            string Cell(int? at) => at is int n && n >= 0 && n < cells.Length ? cells[n].Trim() : "";
            if (Cell(question).Length == 0) continue;
            result.Add(new ProcessQuestion(i + 1, Cell(id), Cell(question), Cell(source), Unquote(Cell(quote)), Cell(note)));
        }
        return result;
    }

    static string Unquote(string cell) => cell.Length >= 2 && cell[0] == '"' && cell[^1] == '"' ? cell[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : cell;

    /// <summary>Lowercase letters and digits separated by single spaces.</summary>
    public static string Comparable(string text) => NonWord().Replace(text.ToLowerInvariant(), " ").Trim();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
