namespace SpbeBot.Core.Questions;

public sealed partial class QuestionParser
{
    /// <summary>
    /// "Audit keamanan kami terencana tiap tahun … Level 31?", "jaringan intra baru nyambung ke kantor pusat. lvl 17?": a
    /// number after "level" that no level can be (past 5) is the indicator the question is about — but only when the
    /// words of the question describe that very indicator (the topic matcher names it among its candidates). Any other
    /// out-of-range level ("level 7 indikator 3", "level 99") stays a clear "level N tidak ada".
    /// </summary>
    static int? LevelAsIndicator(IReadOnlyList<int> levels, TopicMatcher.Match topic) =>
        levels.Count == 1 && levels[0] > 5 && topic.Candidates.Contains(levels[0]) ? levels[0] : null;

    int? LevelNamesIndicator(IReadOnlyList<int> levels, TopicMatcher.Match topic) =>
        LevelAsIndicator(levels, topic) is int n && _catalog.FindIndicator(n) is not null ? n : null;

    /// <summary>
    /// In the body of an account, "standar" is what was followed ("audit … following a standard", "sesuai standar BSSN"),
    /// not a requirement asked: the account followed by a bare "Indicator 30 level?" is a situation.
    /// </summary>
    static bool StandardFollowed(string token) => token is "standar" or "standard";

    /// <summary>Words that ask the level where the asker stands.</summary>
    static readonly HashSet<string> LevelHeads = ["level", "lvl", "tingkat", "levelnya", "tingkatnya", "kematangan", "maturity", "nilai", "skor", "score", "scored"];

    /// <summary>Words that ask something other than the level where one stands (what to do, what to show, how to rise, a difference).</summary>
    static readonly HashSet<string> OtherAsked =
        [.. IntentWords.Requirement, .. IntentWords.Evidence, .. IntentWords.Difference, .. IntentWords.MoveUp, .. IntentWords.Next, .. IntentWords.Weight, .. EvidenceAsked,
         "bagaimana", "gimana", "gmn", "how", "caranya", "cara", "tentang", "about", "maksud", "maksudnya", "arti", "artinya", "apakah", "termasuk", "atau", "or"];

    /// <summary>
    /// Statements (no question before the last sentence) and a last sentence that asks only for the level: "Indikator 23?",
    /// "Personnel services level?", "Mohon penjelasan tingkat kematangan Indikator 47.", "ini dpt nilai brp".
    /// </summary>
    static bool StatementsThenLevelAsked(string text)
    {
        var sentences = System.Text.RegularExpressions.Regex.Split(text.Trim(), @"(?<=[.;!?\n])\s+").Where(s => s.Trim().Length > 0).ToList();
        // "… Mohon penjelasan tingkat kematangan Indikator 34. Atas perhatiannya kami ucapkan terima kasih.": thanks ask nothing.
        if (sentences.Count > 2 && Courtesy().IsMatch(sentences[^1])) sentences.RemoveAt(sentences.Count - 1);
        if (sentences.Count < 2 || sentences.Take(sentences.Count - 1).Any(s => s.Contains('?'))) return false;
        if (TextNormalizer.Tokenize(string.Join(" ", sentences.Take(sentences.Count - 1))).Count < 5) return false;
        var last = TextNormalizer.Tokenize(sentences[^1]);
        return last.Count > 0 && !last.Any(OtherAsked.Contains) && (BareReference(last) || last.Any(LevelHeads.Contains));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(terima\s*kasih|makasih|thanks?|thank\s+you)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Courtesy();
}
