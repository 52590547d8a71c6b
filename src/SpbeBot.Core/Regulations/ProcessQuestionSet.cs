using System.Text;
using System.Text.RegularExpressions;

namespace SpbeBot.Core.Regulations;

/// <summary>One labelled process question: the words the answer must quote, or none when the answer is not in the texts.</summary>
public sealed record ProcessQuestion(int Line, string Id, string Question, string Source, string AnswerQuote, string Note)
{
    public bool Answerable => AnswerQuote.Length > 0;

    /// <summary>
    /// True when the passage as shown (its section heading, then its text) holds the expected quote, or when it is a general
    /// table row standing for the indicator's cell the quote is taken from (<see cref="StandsForCell"/>).
    /// </summary>
    public bool QuotedBy(Passage passage) =>
        QuotedBy(passage.Section + "\n" + passage.Text) || StandsForCell(passage, ProcessQuestionSet.Comparable(AnswerQuote));

    /// <summary>The heading words that mark a general table row: one criterion stated once for many indicators.</summary>
    const string RowMark = "tercantum pada indikator";
    const int MaxSubjectWords = 6, MinRowWords = 4;

    /// <summary>
    /// The Pedoman states a criterion repeated in many indicators' cells once, in one indicator's words, under a heading
    /// "… (tercantum pada indikator 1, 2, 4, … 47; level 4, 5)": that passage stands for the cell of every indicator it lists.
    /// A quote of another indicator's cell (<paramref name="quote"/>, comparable) is held when it reads as the row with only
    /// the indicator's subject changed: the quote is a + X + b and the row holds a + G + b, the subjects X and G 1–6 words
    /// each, b at least one word and a or b at least four ("Rencana SPBE yang masih berlaku (&lt;2 tahun)" for
    /// "… reviu terkait kebijakan internal Arsitektur SPBE yang masih berlaku (&lt;2 tahun)"). Issue 15: the label names the
    /// cell the author read; the general row holding the same rule is the passage that contains the answer. Scoring only:
    /// the asked questions stay with the passages holding the quote (<see cref="AskedBuilder"/>).
    /// </summary>
    public static bool StandsForCell(Passage passage, string quote)
    {
        var cell = quote.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (cell.Length <= MinRowWords || !passage.Headings.Any(h => h.Contains(RowMark, StringComparison.OrdinalIgnoreCase))) return false;
        var row = ProcessQuestionSet.Comparable(passage.Text).Split(' ');
        var text = " " + string.Join(" ", row) + " ";
        // a or b is at least MinRowWords words: the quote's first or last words are in the row (a cheap test first).
        if (!text.Contains(" " + string.Join(" ", cell[..MinRowWords]) + " ", StringComparison.Ordinal)
            && !text.Contains(" " + string.Join(" ", cell[^MinRowWords..]) + " ", StringComparison.Ordinal)) return false;
        for (var before = 0; before < cell.Length; before++)
            for (var after = 1; before + after < cell.Length; after++)
            {
                if (cell.Length - before - after > MaxSubjectWords || Math.Max(before, after) < MinRowWords) continue;
                foreach (var end in At(row, cell[..before]).Select(i => i + before))
                    if (At(row, cell[^after..]).Any(start => start - end is >= 1 and <= MaxSubjectWords)) return true;
            }
        return SubjectNamedTwice(row, cell);
    }

    /// <summary>
    /// A row naming its subject twice ("Bukti undangan rapat evaluasi kebijakan internal Arsitektur SPBE, dan/atau dokumentasi
    /// aktivitas-aktivitas evaluasi kebijakan internal Arsitektur SPBE (opsional)."): the quote shares the row's words up to
    /// the subject (at least four), the row's next word follows the quote's subject, and the row with both occurrences of
    /// its subject G (1–6 words) replaced by the quote's X (1–6 words) holds the whole quote.
    /// </summary>
    static bool SubjectNamedTwice(string[] row, string[] cell)
    {
        foreach (var start in At(row, cell[..MinRowWords]))
        {
            var shared = MinRowWords;
            while (shared < cell.Length && start + shared < row.Length && row[start + shared] == cell[shared]) shared++;
            var quote = " " + string.Join(" ", cell) + " ";
            for (var g = 1; g <= MaxSubjectWords && start + shared + g <= row.Length; g++)
            {
                var subject = row[(start + shared)..(start + shared + g)];
                if (At(row, subject).Count() < 2) continue;
                // The quote goes on after its subject with the row's own next word: X is the subject, not the quote's end.
                for (var x = 1; x <= MaxSubjectWords && shared + x < cell.Length; x++)
                {
                    if (start + shared + g >= row.Length || cell[shared + x] != row[start + shared + g]) continue;
                    var replaced = " " + string.Join(" ", Replace(row, subject, cell[shared..(shared + x)])) + " ";
                    if (replaced.Contains(quote, StringComparison.Ordinal)) return true;
                }
            }
        }
        return false;
    }

    /// <summary><paramref name="row"/> with every occurrence of <paramref name="subject"/> replaced by <paramref name="own"/>.</summary>
    static List<string> Replace(string[] row, string[] subject, string[] own)
    {
        var result = new List<string>();
        for (var i = 0; i < row.Length;)
        {
            if (i + subject.Length <= row.Length && row.AsSpan(i, subject.Length).SequenceEqual(subject)) { result.AddRange(own); i += subject.Length; }
            else result.Add(row[i++]);
        }
        return result;
    }

    /// <summary>Where <paramref name="words"/> start in <paramref name="row"/> (every position for none).</summary>
    static IEnumerable<int> At(string[] row, string[] words) =>
        Enumerable.Range(0, row.Length - words.Length + 1).Where(i => row.AsSpan(i, words.Length).SequenceEqual(words));

    /// <summary>
    /// True when <paramref name="passageText"/> holds the expected quote (compared without case, spacing, line breaks or
    /// the quotes' punctuation); a quote that runs over a passage boundary counts when the passage holds its first or
    /// its last 60 characters.
    /// </summary>
    public bool QuotedBy(string passageText) =>
        Holds(ProcessQuestionSet.Comparable(passageText), ProcessQuestionSet.Comparable(AnswerQuote));

    /// <summary>
    /// <see cref="QuotedBy(string)"/> on texts already made comparable (<see cref="ProcessQuestionSet.Comparable"/>): for
    /// checking many questions against many passages without normalising both texts again for every pair.
    /// </summary>
    public static bool Holds(string passage, string quote)
    {
        if (quote.Length == 0) return false;
        if (passage.Contains(quote, StringComparison.Ordinal)) return true;
        return quote.Length > 60 && (passage.Contains(quote[..60], StringComparison.Ordinal) || passage.Contains(quote[^60..], StringComparison.Ordinal));
    }

    /// <summary>
    /// The bench's rule for a criteria answer (an indicator's table or a computed value, no passage quoted): right when it
    /// quotes verbatim the text that holds the expected quote — "answered with the passage that contains the answer" (issue
    /// 15), whichever of the Pedoman's texts it is ("rencana kerja dan anggaran 3 (tiga) tahun terakhir" is indicator 12's own
    /// level-4 cell). A quote that is one row of a table, or several, goes by <see cref="StatedAsTableRowBy"/> instead: a
    /// reply listing the whole table holds every row, but answers only the rows its headline states.
    /// </summary>
    public bool AnsweredByCriteriaReply(string answerText) => IsTableRow ? StatedAsTableRowBy(answerText) : QuotedBy(answerText);

    /// <summary>The most words one table row has ("Domain 1 Kebijakan Internal SPBE 13,00" is 7): longer is prose.</summary>
    const int MaxRowWords = 12;

    bool IsTableRow => TableRows is not null;

    /// <summary>
    /// The quote as rows of a regulation table, or null when it is prose. One row: 2–12 words with a number, no sentence
    /// punctuation. Several rows of one table ("Domain 1 Kebijakan Internal SPBE 13,00 Domain 2 Tata Kelola SPBE 25,00", the
    /// weights of the two domains asked): a longer quote cut before each new row — where its opening word ("Domain") comes
    /// again right after a row's closing number — each part a row. The 12-word cap tells a row from a sentence, not two rows
    /// from one: the answer must state each row (<see cref="StatedAsTableRowBy"/>).
    /// </summary>
    IReadOnlyList<List<string>>? TableRows
    {
        get
        {
            if (AnswerQuote.Contains(';', StringComparison.Ordinal) || AnswerQuote.TrimEnd().EndsWith('.')) return null;
            var words = ProcessQuestionSet.Comparable(AnswerQuote).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > MaxRowWords && !words[0].All(char.IsDigit))
            {
                var rows = new List<List<string>> { new() };
                for (var i = 0; i < words.Length; i++)
                {
                    if (i > 0 && words[i] == words[0] && words[i - 1].All(char.IsDigit)) rows.Add([]);
                    rows[^1].Add(words[i]);
                }
                return rows.Count > 1 && rows.All(IsRow) ? rows : null;
            }
            return IsRow(words) ? [words.ToList()] : null;
        }
    }

    static bool IsRow(IReadOnlyCollection<string> words) => words.Count is >= 2 and <= MaxRowWords && words.Any(t => t.All(char.IsDigit));

    /// <summary>
    /// The bench's rule for a criteria answer (not a quoted passage) to a question whose expected quote is one row of a
    /// regulation table ("Domain 2 Tata Kelola SPBE 25,00", "4 1,8 – &lt; 2,6 Cukup"), or several (<see cref="TableRows"/>):
    /// it counts as right only when, for every row, (1) the answer's first line states the row's value — its closing number
    /// ("25 00") or its closing words ("cukup", "sangat baik") — and (2) the whole answer holds every word and number of the
    /// row, in the row's order (a leading row number such as "4" in the predikat table excepted). A quote that is prose, not
    /// rows ending in a value, never counts this way. A criteria answer about another row fails (1); one that invents a
    /// value fails both; one that states one of two rows asked fails the other.
    /// </summary>
    public bool StatedAsTableRowBy(string answerText) => TableRows is { } rows && rows.All(row => States(answerText, row));

    static bool States(string answerText, List<string> quoted)
    {
        var row = quoted.ToList();
        if (row[0].All(char.IsDigit)) row.RemoveAt(0);
        var numeric = row[^1].All(char.IsDigit);
        var value = new List<string>();
        for (var i = row.Count - 1; i >= 0 && row[i].All(char.IsDigit) == numeric; i--) value.Insert(0, row[i]);
        var lines = answerText.Split('\n', 2);
        var headline = " " + ProcessQuestionSet.Comparable(lines[0]) + " ";
        var stated = string.Join(" ", value);
        if (!headline.Contains(" " + stated + " ", StringComparison.Ordinal)) return false;
        // "baik" inside "sangat baik": a longer value of another row that the answer lists and the headline states wins.
        if (!numeric && lines.Length > 1)
            foreach (var line in lines[1].Split('\n'))
            {
                var words = ProcessQuestionSet.Comparable(line).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var start = words.Length;
                while (start > 0 && !words[start - 1].All(char.IsDigit)) start--;
                var other = string.Join(" ", words[start..]);
                if (start > 0 && other.Length > stated.Length && other.EndsWith(" " + stated, StringComparison.Ordinal)
                    && headline.Contains(" " + other + " ", StringComparison.Ordinal))
                    return false;
            }
        var answer = ProcessQuestionSet.Comparable(answerText).Split(' ');
        var at = 0;
        foreach (var token in answer)
            if (at < row.Count && token == row[at]) at++;
        return at == row.Count;
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
