using System.Text;
using SpbeBot.Core.Text;

namespace SpbeBot.Core.Evidence;

/// <summary>Names for uploaded files: safe to show, store and put in a Content-Disposition header.</summary>
public static class FileNames
{
    const int MaxLength = 120;
    const int MaxExtensionLength = 10;

    static readonly HashSet<string> ReservedWindowsNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// Safe display/storage name from an untrusted upload name: last path segment only (both / and \ separators,
    /// so "..\\..\\etc\\passwd" → "passwd"), no control chars (C0, C1, DEL, bidi overrides U+202A–U+202E,
    /// U+2066–U+2069), no characters illegal on Windows (&lt;&gt;:"/\|?*), trims dots/spaces, collapses whitespace,
    /// Unicode NFC, max 120 chars keeping the extension, reserved Windows names (CON, NUL, COM1…) prefixed with "_",
    /// never empty (fallback argument), never "." or "..".
    public static string Sanitize(string? name, string fallback)
    {
        var clean = Clean(name);
        if (clean.Length > 0) return clean;
        clean = Clean(fallback);
        return clean.Length > 0 ? clean : "file";
    }

    /// name with its extension replaced by the given one (".pdf"): "scan.PDF" + ".pdf" → "scan.pdf"; "foto" + ".jpg" → "foto.jpg".
    public static string WithExtension(string name, string extension)
    {
        if (extension.Length > 0 && extension[0] != '.') extension = "." + extension;
        var (stem, _) = Split(name);
        return stem + extension;
    }

    /// A short slug for export file names: "Notulen Reviu (final) 2024" → "Notulen-Reviu-final-2024"; ASCII
    /// letters/digits/_ and '-', diacritics removed, max <paramref name="maxLength"/> chars cut at a word
    /// boundary, empty string if nothing is left.
    public static string Slug(string text, int maxLength = 60)
    {
        if (string.IsNullOrEmpty(text) || maxLength <= 0) return "";
        var sb = new StringBuilder(text.Length);
        foreach (var c in Diacritics.Remove(text))
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '_') sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-'); // every other run of characters is one separator
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length <= maxLength) return slug;
        // Cut at the last separator that fits; a single over-long word is cut hard.
        var cut = slug.LastIndexOf('-', maxLength);
        return (cut > 0 ? slug[..cut] : slug[..maxLength]).Trim('-');
    }

    static string Clean(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        // Only the last path segment: uploads may carry "C:\Users\x\doc.pdf" or "../../etc/passwd".
        var text = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(c).Append(text[++i]); continue; }
            if (char.IsSurrogate(c)) continue; // a lone surrogate would make Normalize throw
            if (c is '\t' or '\r' or '\n') { sb.Append(' '); continue; }
            if (IsInvisibleControl(c)) continue;
            sb.Append(c is '<' or '>' or ':' or '"' or '|' or '?' or '*' ? '_' : c);
        }
        text = sb.ToString().Normalize(NormalizationForm.FormC);
        text = CollapseWhitespace(text).Trim(' ', '.');
        if (text.Length == 0) return "";

        if (text.Length > MaxLength)
        {
            var (stem, ext) = Split(text);
            if (ext.Length >= MaxLength) ext = "";
            text = TruncateChars(stem, MaxLength - ext.Length).TrimEnd(' ', '.') + ext;
            text = text.Trim(' ', '.');
        }

        // Windows treats "CON.pdf" and "con.tar.gz" as the device too: check the part before the first dot.
        var firstDot = text.IndexOf('.');
        var baseName = (firstDot < 0 ? text : text[..firstDot]).TrimEnd(' ');
        if (ReservedWindowsNames.Contains(baseName)) text = "_" + text;
        return text;
    }

    /// C0, DEL, C1, bidi embeddings/overrides/isolates and the LRM/RLM/ALM marks: they can make "fdp.exe" read as "exe.pdf".
    static bool IsInvisibleControl(char c) =>
        c < 0x20 || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069'
        || c is '\u200E' or '\u200F' or '\u061C';

    static string CollapseWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' '); }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// "laporan.final.PDF" → ("laporan.final", ".PDF"). A suffix with spaces or longer than 10 chars is not an
    /// extension ("v1.2 laporan"), and a leading dot alone is not one either (".profile").
    static (string Stem, string Extension) Split(string name)
    {
        var dot = name.LastIndexOf('.');
        if (dot <= 0 || dot == name.Length - 1 || name.Length - dot > MaxExtensionLength + 1) return (name, "");
        for (var i = dot + 1; i < name.Length; i++)
            if (!char.IsLetterOrDigit(name[i])) return (name, "");
        return (name[..dot], name[dot..]);
    }

    /// At most <paramref name="max"/> UTF-16 units without splitting a surrogate pair.
    static string TruncateChars(string text, int max)
    {
        if (text.Length <= max) return text;
        if (max > 0 && char.IsHighSurrogate(text[max - 1])) max--;
        return text[..max];
    }
}
