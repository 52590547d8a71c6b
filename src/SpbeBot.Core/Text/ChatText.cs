using System.Text;

namespace SpbeBot.Core.Text;

/// <summary>
/// Text that came from a chat, cleaned before anything stores it (issue 18, F10): NUL (which PostgreSQL refuses in
/// text) and every other control character go, newlines and tabs stay; carriage returns are dropped (a line ends in
/// "\n"), and a lone surrogate half becomes U+FFFD so the text is valid UTF-8.
/// </summary>
public static class ChatText
{
    public static string Clean(string text)
    {
        if (!NeedsCleaning(text)) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
                continue;
            }
            if (char.IsSurrogate(c)) clean.Append('\uFFFD');
            else if (c is '\n' or '\t' || !char.IsControl(c)) clean.Append(c);
        }
        return clean.ToString();
    }

    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
            if ((char.IsControl(c) && c is not ('\n' or '\t')) || char.IsSurrogate(c)) return true;
        return false;
    }
}
