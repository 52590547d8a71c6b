using System.Text;
using System.Text.RegularExpressions;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// A document's pages, each also folded for matching: lower case, without diacritics, every character that is not a
/// letter or digit turned into a space (new lines kept, so list items can be told) — the same length as the original, so a match's position is the original's
/// and its quote is verbatim.
/// </summary>
public sealed class PageText
{
    public IReadOnlyList<string> Pages { get; }
    public IReadOnlyList<string> Folded { get; }

    public PageText(IReadOnlyList<string> pages)
    {
        Pages = pages.Select(p => p.Replace('\f', '\n')).ToList();
        Folded = Pages.Select(Fold).ToList();
    }

    public static string Fold(string text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is 'é' or 'è' or 'ê' or 'É' or 'È') c = 'e';
            chars[i] = char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : c == '\n' ? '\n' : ' ';
        }
        return new string(chars);
    }

    /// <summary>A regex over folded text from words: words apart by one or more non-letters; "*" ends a word prefix.</summary>
    public static string Phrase(string words)
    {
        var parts = Fold(words).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return @"\b" + string.Join(@"\s+", parts.Select(Regex.Escape)) + @"\b";
    }

    public sealed record Hit(int Page, int Index, int Length, string Quote);

    /// <summary>The first match of a folded-text pattern, with a short verbatim quote around it.</summary>
    public Hit? Find(string pattern, int fromPage = 0) => FindAll(pattern, fromPage).FirstOrDefault();

    public IEnumerable<Hit> FindAll(string pattern, int fromPage = 0)
    {
        var regex = Patterns.Get(pattern);
        for (var p = fromPage; p < Folded.Count; p++)
            foreach (var m in Patterns.Matches(regex, Folded[p]))
                yield return new Hit(p + 1, m.Index, m.Length, Quote(p, m.Index, m.Length));
    }

    public int Count(string pattern)
    {
        var regex = Patterns.Get(pattern);
        return Folded.Sum(f => Patterns.Matches(regex, f).Count);
    }

    /// <summary>The line around a match, whitespace collapsed, at most about 160 characters, verbatim.</summary>
    public string Quote(int page, int index, int length)
    {
        var text = Pages[page];
        var start = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var end = text.IndexOf('\n', index + length);
        if (end < 0) end = text.Length;
        // Short lines (lists, wrapped text): take the next line too, so the quote says something.
        if (end - start < 50 && end < text.Length)
        {
            var next = text.IndexOf('\n', end + 1);
            end = next < 0 ? text.Length : next;
        }
        if (index - start > 80) start = WordStart(text, index - 60);
        if (end - start > 170) end = Math.Min(text.Length, Math.Max(index + length + 60, start + 120));
        end = Math.Min(end, text.Length);
        var quote = Collapse(text[start..end]);
        return quote.Length > 170 ? quote[..170].TrimEnd() + "…" : quote;
    }

    static int WordStart(string text, int i)
    {
        while (i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
        return i;
    }

    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The first characters of the document (its heading and title), folded.</summary>
    public string Head(int chars) => Folded.Count == 0 ? "" : Folded[0][..Math.Min(chars, Folded[0].Length)];

    /// <summary>The whole document's original text (pages joined by new lines).</summary>
    public string All => string.Join("\n", Pages);
}
