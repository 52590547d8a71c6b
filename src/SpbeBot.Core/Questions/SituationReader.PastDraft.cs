namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>Words that open a clause of time: "pas", "waktu", "ketika", "when" (<c>[words when]</c>).</summary>
    static readonly HashSet<string> When = Vocabulary.Words("when");
    /// <summary>Words between a word of time and the draft it dates: "pas masih draft", "when it was still a draft".</summary>
    static readonly HashSet<string> WhenFillers = Vocabulary.Words("when-fillers");
    /// <summary>Words that say the document is no longer as it was: "sekarang", "kini", "now" (<c>[words changed-now]</c>).</summary>
    static readonly HashSet<string> ChangedNow = Vocabulary.Words("changed-now");
    /// <summary>Words that keep the document as it was between "now" and the establishing: "masih", "belum", "still".</summary>
    static readonly HashSet<string> StillUnchanged = Vocabulary.Words("still-unchanged");
    /// <summary>Draft words that say how often, not what the document is: "sewaktu(-waktu)", "mendadak" (<c>[words draft-not-document]</c>).</summary>
    static readonly HashSet<string> DraftNotDocument = Vocabulary.Words("draft-not-document");
    /// <summary>"lama", "old": the draft named is an old version (<c>[words old]</c>).</summary>
    static readonly HashSet<string> Old = Vocabulary.Words("old");
    /// <summary>"versi", "version": then "lama", "sebelumnya", "previous" (<c>[words version]</c>, <c>[words previous]</c>).</summary>
    static readonly HashSet<string> Version = Vocabulary.Words("version");
    static readonly HashSet<string> Previous = Vocabulary.Words("previous");
    static readonly Notion DraftNotion = Notions.Single(n => n.Element == Element.Draft);

    /// <summary>
    /// "Reviu terakhir Nov 2022 pas masih draft versi lama", "pas masih draft, sekarang sudah ditetapkan": a draft named in a
    /// clause of time is what the document was then, not what it is now, where the description says the document changed
    /// since (<paramref name="changedSince"/>, <see cref="ChangedSince"/>) or calls that draft an old version; the clause's
    /// words up to the draft are then left out of the reading. Otherwise the draft stands: "saat masih berupa draft sudah
    /// disosialisasikan" says nothing of the document now. "saat ini masih draft" (now) stays a draft.
    /// </summary>
    static List<string> WithoutPastDraft(List<string> tokens, bool changedSince)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!When.Contains(tokens[i]) || tokens[i + 1] is "ini" or "sekarang" or "now") continue;
            var j = i + 1;
            while (j < tokens.Count && j - i <= 4 && WhenFillers.Contains(tokens[j])) j++;
            if (j < tokens.Count && DraftNotion.Exact.Contains(tokens[j]) && !DraftNotDocument.Contains(tokens[j])
                && (changedSince || OldVersionAt(tokens, j + 1)))
                return [.. tokens.Take(i), .. tokens.Skip(j + 1)];
        }
        return tokens;
    }

    /// <summary>"draft versi lama", "draft lama", "an old version": the draft named is an old version of the document.</summary>
    static bool OldVersionAt(List<string> tokens, int k) =>
        k < tokens.Count && (Old.Contains(tokens[k])
            || Version.Contains(tokens[k]) && k + 1 < tokens.Count && (Old.Contains(tokens[k + 1]) || Previous.Contains(tokens[k + 1])));

    /// <summary>
    /// "sekarang sudah ditetapkan", "kini sudah diundangkan", "saat ini sudah disahkan", "now it is enacted": the description
    /// says the document is established now (a word of now, then within four words a word of establishing, with no "masih"
    /// or denial between).
    /// </summary>
    static bool ChangedSince(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var now = ChangedNow.Contains(tokens[i]) ? i : tokens[i] == "saat" && i + 1 < tokens.Count && tokens[i + 1] == "ini" ? i + 1 : -1;
            if (now < 0) continue;
            for (var k = now + 1; k < tokens.Count && k <= now + 4; k++)
            {
                if (StillUnchanged.Contains(tokens[k]) || Negators.Contains(tokens[k])) break;
                if (EstablishedWord(tokens[k])) return true;
            }
        }
        return false;
    }
}
