using System.Text;

namespace SpbeBot.Core.Text;

/// <summary>
/// Text that came from a chat, cleaned before anything stores it (issue 18, F10): NUL (which PostgreSQL refuses in
/// text) and every other control character go, newlines and tabs stay; carriage returns are dropped (a line ends in
/// "\n"), and a lone surrogate half becomes U+FFFD so the text is valid UTF-8. A terminal's escape sequence goes whole:
/// a pasted colour code "\u001b[31m" would otherwise leave "[31m", read as the number 31. A control character between
/// two words parts them as a space would ("indeks\0kita" → "indeks kita", not the unknown word "indekskita").
/// </summary>
public static class ChatText
{
    public static string Clean(string text)
    {
        if (!NeedsCleaning(text)) return text;
        var clean = new StringBuilder(text.Length);
        var parted = false;   // a control character stood after a word: a space if another word follows
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\u001b')
            {
                i = EscapeEnd(text, i);
                continue;
            }
            if (char.IsControl(c) && c is not ('\n' or '\t'))
            {
                parted |= clean.Length > 0 && !char.IsWhiteSpace(clean[^1]);
                continue;
            }
            if (parted && !char.IsWhiteSpace(c)) clean.Append(' ');
            parted = false;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) clean.Append(c).Append(text[++i]);
            else clean.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
        }
        return clean.ToString();
    }

    /// <summary>
    /// The last index of the escape sequence starting at <paramref name="start"/>: a control sequence "ESC [ parameters
    /// final" (colours, cursor moves), an operating-system command "ESC ] … BEL" or "… ESC \", or ESC with one character.
    /// </summary>
    static int EscapeEnd(string text, int start)
    {
        var i = start + 1;
        if (i >= text.Length) return start;
        if (text[i] == '[')
        {
            while (i + 1 < text.Length && text[i + 1] is >= '\u0020' and <= '\u003f') i++;
            return i + 1 < text.Length && text[i + 1] is >= '\u0040' and <= '\u007e' ? i + 1 : i;
        }
        if (text[i] == ']')
        {
            while (i + 1 < text.Length && text[i + 1] != '\u0007' && !(text[i + 1] == '\u001b' && i + 2 < text.Length && text[i + 2] == '\\')) i++;
            return i + 1 >= text.Length ? i : text[i + 1] == '\u0007' ? i + 1 : i + 2;
        }
        return text[i] is >= '\u0040' and <= '\u005f' ? i : start;
    }

    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
            if ((char.IsControl(c) && c is not ('\n' or '\t')) || char.IsSurrogate(c)) return true;
        return false;
    }
}
