using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    static readonly HashSet<string> ApplicationWords = Vocabulary.Words("application");

    /// <summary>
    /// Per policy or management indicator whose criterion at some level asks for a "sistem aplikasi" (Manajemen
    /// Pengetahuan: 3, "diterapkan menggunakan sistem aplikasi manajemen pengetahuan"; Manajemen Layanan: 4): the lowest
    /// such level. Indicators about applications themselves (their name holds "aplikasi") are left out.
    /// </summary>
    static Dictionary<int, int> ApplicationLevels(CriteriaCatalog catalog) =>
        LowestLevelAsking(catalog.Indicators.Where(i => i.Ladder != "layanan" && !i.Name.Contains("aplikasi", StringComparison.OrdinalIgnoreCase)),
            criterion => criterion.Contains("sistem aplikasi", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// "belum ada aplikasi; dokumen disimpan di shared drive", "tp blm ada aplikasinya masih di grup wa", "we don't have a
    /// service management application": where a level's criterion asks for a system application, a description that denies
    /// having one is placed below that level at most (what it says of the levels below stands).
    /// </summary>
    Placement WithoutApplication(int indicatorNumber, string question, Placement placement) =>
        BelowWhenDenied(_applicationLevels, indicatorNumber, question, placement, (clause, i) =>
            ApplicationWords.Contains(clause[i]) && Enumerable.Range(Math.Max(0, i - 6), Math.Min(6, i)).Any(k => DeniesHaving(clause, k)));

    /// <summary>
    /// A negator that denies having something: followed by a word of having ("belum ada", "tidak punya", "don't have") or
    /// one that takes a noun ("no", "tanpa", "without"). "belum memakai aplikasi itu" (others not using it) and "tidak
    /// tahu apakah aplikasinya …" (a doubt) deny no application.
    /// </summary>
    static bool DeniesHaving(IReadOnlyList<string> clause, int k) =>
        IsNegator(clause, k) && (clause[k] is "no" or "tanpa" or "without" or "gada" or "gaada"
            || Enumerable.Range(k + 1, Math.Min(2, clause.Count - k - 1)).Any(j => Existence.Contains(clause[j]) || clause[j] is "have" or "has" or "memiliki"));
}
