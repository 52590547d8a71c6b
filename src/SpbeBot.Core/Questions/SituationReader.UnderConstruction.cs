using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    static readonly HashSet<string> Building = Vocabulary.Words("building");
    static readonly HashSet<string> StillBefore = Vocabulary.Words("still-before");

    /// <summary>Indicators whose level 1 is a state "dalam tahap pembangunan" (Penerapan Manajemen Keamanan Informasi: "Pengendalian … belum atau telah tersedia dalam tahap pembangunan").</summary>
    static HashSet<int> BuiltAtOne(CriteriaCatalog catalog) =>
        [.. catalog.Indicators.Where(i => i.Levels.FirstOrDefault(l => l.Level == 1)?.Criterion.Contains("tahap pembangunan", StringComparison.OrdinalIgnoreCase) == true).Select(i => i.Number)];

    /// <summary>
    /// Where level 1 is "tersedia dalam tahap pembangunan", a description that says the thing is still being built ("msh
    /// dibangun", "still being built", "firewall baru proses pengadaan", "firewall procurement is ongoing") and states
    /// nothing of a higher level, whatever it denies (a bare
    /// "baru"/"just" is not a count of units) states level 1's own condition: level 1, and level 2 decides.
    /// </summary>
    Placement StillBuilding(int indicatorNumber, string question, Placement placement)
    {
        if (!_builtAtOne.Contains(indicatorNumber) || placement.Level is not int level || level < 2) return placement;
        // A denial only caps ("SOC baru direncanakan …, belum ada kontrol yang jalan"): it never lifts the placement above level 1.
        if (placement.Asserted.Any(e => e is not Element.Partial)) return placement;
        var tokens = TextNormalizer.Tokenize(question);
        var building = Enumerable.Range(0, tokens.Count).Any(i => Building.Contains(tokens[i]) && (Enumerable.Range(Math.Max(0, i - 3), Math.Min(3, i)).Any(k => StillBefore.Contains(tokens[k]))
            // "firewall procurement is ongoing": the word of still after it.
            || tokens.Skip(i + 1).Take(2).Any(t => t is "ongoing" or "berjalan" or "berlangsung")));
        return building ? placement with { Level = 1, Decided = false, DecidingLevel = 2, Lower = null, PointsAt = false, Gap = false } : placement;
    }
}
