namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>Words that open a clause of time: "pas", "waktu", "ketika", "when" (<c>[words when]</c>).</summary>
    static readonly HashSet<string> When = Vocabulary.Words("when");
    /// <summary>Words between a word of time and the draft it dates: "pas masih draft", "when it was still a draft".</summary>
    static readonly HashSet<string> WhenFillers = Vocabulary.Words("when-fillers");
    static readonly Notion DraftNotion = Notions.Single(n => n.Element == Element.Draft);

    /// <summary>
    /// "Reviu terakhir Nov 2022 pas masih draft versi lama", "reviewed when it was still a draft": a draft named in a clause
    /// of time is what the document was then, not what it is now; the clause's words up to the draft are left out of the
    /// reading. "saat ini masih draft" (now) stays a draft.
    /// </summary>
    static List<string> WithoutPastDraft(List<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!When.Contains(tokens[i]) || tokens[i + 1] is "ini" or "sekarang" or "now") continue;
            var j = i + 1;
            while (j < tokens.Count && j - i <= 4 && WhenFillers.Contains(tokens[j])) j++;
            if (j < tokens.Count && DraftNotion.Exact.Contains(tokens[j]) && tokens[j] is not ("sewaktu" or "mendadak" or "dadakan"))
                return [.. tokens.Take(i), .. tokens.Skip(j + 1)];
        }
        return tokens;
    }
}
