using System.Text.RegularExpressions;

namespace SpbeBot.Core.Text;

/// <summary>
/// HTML pasted or typed into a chat ("&lt;b&gt;makasih&lt;/b&gt; min", "&lt;script&gt;…&lt;/script&gt; indeks kita?"):
/// its tags go, and a script's or style's content with them, so "b" or "alert(1)" are not read as words or values.
/// Only tags of HTML's own names: the texts' placeholders ("&lt;Nama Dokumen Kebijakan&gt;", "&lt;nama&gt;") and a
/// comparison ("indeks &lt; 2,6") stay.
/// </summary>
public static partial class Markup
{
    public static string Strip(string text) =>
        text.Contains('<') ? Tag().Replace(ScriptOrStyle().Replace(text, " "), " ") : text;

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?(</\1\s*>|$)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"</?(a|abbr|b|big|blockquote|body|br|center|code|del|div|em|font|h[1-6]|head|hr|html|i|img|ins|li|mark|ol|p|pre|q|s|small|span|strike|strong|sub|sup|table|tbody|td|th|thead|tr|tt|u|ul)\b[^<>]*>",
        RegexOptions.IgnoreCase)]
    private static partial Regex Tag();
}
