using System.Text.RegularExpressions;

namespace SpbeBot.Core.Questions;

/// <summary>
/// A description written as a numbered list ("Kondisi kami: 1) Perwali … sudah ditetapkan; 2) … 3) …", one item a line
/// "1. …", or a note's points "NOTA DINAS. 1. …; 2. …"): the item numbers are the list's, not an indicator or a level ("1)" is not level 1). Where two or more markers
/// count up from 1, each is replaced by a clause break, so every item is read as its own statement and what one item says
/// (a plan, a denial) does not reach the items beside it.
/// </summary>
static partial class NumberedList
{
    [GeneratedRegex(@"(?<![\w(])\(?(\d{1,2})\)(?=\s)")]
    private static partial Regex InlineMarker();

    [GeneratedRegex(@"(?m)^[ \t]*(\d{1,2})[.)](?=[ \t])")]
    private static partial Regex LineMarker();

    /// <summary>"NOTA DINAS. 1. … ; 2. Mohon penjelasan …", "1. Manajemen data … 2. Strategi …": a number and a dot at the
    /// start of a sentence or of the text, inline.</summary>
    [GeneratedRegex(@"(?<=^[ \t]*|[.:;][ \t]+)(\d{1,2})\.(?=[ \t])")]
    private static partial Regex SentenceMarker();

    public static string WithoutMarkers(string text)
    {
        if (!text.Contains(')') && !text.Contains('\n') && !text.Contains('.')) return text;
        return Replace(SentenceMarker(), Replace(LineMarker(), Replace(InlineMarker(), text)));
    }

    /// <summary>The markers of <paramref name="marker"/> replaced by "; " when they are at least two and number 1, 2, 3 … in order.</summary>
    static string Replace(Regex marker, string text)
    {
        var found = marker.Matches(text);
        if (found.Count < 2) return text;
        for (var i = 0; i < found.Count; i++)
            if (found[i].Groups[1].Value != (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) return text;
        return marker.Replace(text, "; ");
    }
}
