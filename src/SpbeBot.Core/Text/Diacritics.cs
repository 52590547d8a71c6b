using System.Globalization;
using System.Text;

namespace SpbeBot.Core.Text;

/// <summary>
/// Removes accents ("é" → "e") and turns control/format characters into spaces, for comparing untrusted text
/// (chat questions, spreadsheet cells, OPD names). Lone surrogates are dropped first: string.Normalize throws on them.
/// </summary>
public static class Diacritics
{
    public static string Remove(string text)
    {
        if (HasLoneSurrogate(text)) text = DropLoneSurrogates(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse) { sb.Append(' '); continue; }
            sb.Append(c);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(text[i])) return true;
        }
        return false;
    }

    static string DropLoneSurrogates(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(text, i, 2); i++; continue; }
            if (!char.IsSurrogate(text[i])) sb.Append(text[i]);
        }
        return sb.ToString();
    }
}
