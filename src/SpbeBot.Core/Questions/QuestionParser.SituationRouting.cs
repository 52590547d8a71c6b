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
}
