using System.Text.RegularExpressions;

namespace SpbeBot.Core.Questions;

public static partial class ChatIntents
{
    /// <summary>
    /// "Fwd: "terima kasih infonya bu …" 👍", "Diteruskan ▸ "bos nanya apa aja yg udah telat"": a message passed on is read
    /// as the message it carries. The marker needs its sign (":", "▸", "»", ">"), so "diteruskan ke grup" stays a word of the text.
    /// </summary>
    static string Unforwarded(string text)
    {
        var match = ForwardMarker.Match(text);
        return match.Success ? text[match.Length..] : text;
    }

    static readonly Regex ForwardMarker = new(
        @"^\s*(fwd|fw|forwarded|diteruskan|terusan)\s*[:▸►»>]+\s*",
        QuestionParser.Linear | RegexOptions.IgnoreCase, Regex.InfiniteMatchTimeout);
}
