using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    static readonly HashSet<string> FormalWords = Vocabulary.Words("formal");
    static readonly HashSet<string> InformalWords = Vocabulary.Words("informal");

    /// <summary>
    /// Per indicator whose criterion at some level asks for something "dibentuk secara formal" (Kolaborasi Penerapan SPBE,
    /// level 3: "dilaksanakan oleh tim yang dibentuk secara formal"; level 2's condition is "tidak dibentuk secara
    /// formal"): the lowest such level.
    /// </summary>
    static Dictionary<int, int> FormalLevels(CriteriaCatalog catalog) =>
        LowestLevelAsking(catalog.Indicators, criterion => System.Text.RegularExpressions.Regex.IsMatch(criterion,
            @"(?<!tidak |belum )dibentuk secara formal", System.Text.RegularExpressions.RegexOptions.IgnoreCase));

    /// <summary>
    /// "there is no formal team or decree, people just join meetings", "gak ada tim formal, cuma grup wa", "kolaborasinya
    /// informal": where a level's criterion asks for a team formed formally, a description that denies it is placed below
    /// that level at most ("cuma"/"just" there limits the form, not the units).
    /// </summary>
    Placement WithoutFormalTeam(int indicatorNumber, string question, Placement placement) =>
        BelowWhenDenied(_formalLevels, indicatorNumber, question, placement, (clause, i) =>
            InformalWords.Contains(clause[i]) || FormalWords.Contains(clause[i]) && Enumerable.Range(Math.Max(0, i - 4), Math.Min(4, i)).Any(k => IsNegator(clause, k)));
}
