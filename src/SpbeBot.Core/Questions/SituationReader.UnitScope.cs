using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    static readonly HashSet<string> OwnUnits = Vocabulary.Words("own-units");
    static readonly HashSet<string> HostOnly = Vocabulary.Words("host-only");
    static readonly HashSet<string> AnyUnit = Vocabulary.Words("any-unit");
    static readonly HashSet<string> UnitNames = Vocabulary.Words("unit-names");

    /// <summary>Units named: short names ("BPKAD, Bapenda, Disdukcapil") one each, a count of units ("20 opd", "three other OPDs") two.</summary>
    static int UnitsNamed(IReadOnlyList<string> tokens) =>
        tokens.Count(UnitNames.Contains) + 2 * Enumerable.Range(1, Math.Max(0, tokens.Count - 1)).Count(j => OwnUnits.Contains(tokens[j]) && CountedUnit(tokens, j));

    static readonly HashSet<string> UnitCounts = Vocabulary.Words("unit-counts");

    /// <summary>
    /// A unit word with a count before it: digits ("20 opd"), a number word in Indonesian or English ("tiga OPD", "three
    /// other OPDs"), or a word of some ("beberapa dinas", "several agencies"); "lain"/"other" may stand between.
    /// </summary>
    static bool CountedUnit(IReadOnlyList<string> tokens, int j)
    {
        var k = j - 1;
        if (k > 0 && Others.Contains(tokens[k])) k--;
        return k >= 0 && (tokens[k].All(char.IsAsciiDigit) || ChatVocabulary.NumberWords.TryGetValue(tokens[k], out var n) && n >= 2 || UnitCounts.Contains(tokens[k]));
    }

    /// <summary>Where use by the units is the ladder, two or more units named and none said to be all ("dipakai BPKAD, Bapenda, Disdukcapil aja", "nyambung ke 20 opd") are part of them: level 2's condition.</summary>
    bool PartOfUnitsNamed(int indicatorNumber, IReadOnlyList<string> tokens) =>
        _usedByUnits.Contains(indicatorNumber) && UnitsNamed(tokens) >= 2 && !tokens.Any(CompleteWord);
    static readonly Notion IntegratedNotion = Notions.Single(n => n.Element == Element.Integrated);

    /// <summary>Indicators of use by the units: level 1 "belum atau telah tersedia", level 2 "… di sebagian unit kerja" (Pusat Data, Jaringan Intra, Sistem Penghubung Layanan).</summary>
    static HashSet<int> UsedByUnits(CriteriaCatalog catalog) =>
        [.. catalog.Indicators.Where(i => i.Ladder != "layanan"
            && i.Levels.FirstOrDefault(l => l.Level == 1)?.Criterion is { } one && one.Contains("belum atau telah tersedia", StringComparison.OrdinalIgnoreCase) && !one.StartsWith("Konsep", StringComparison.OrdinalIgnoreCase)
            && i.Levels.FirstOrDefault(l => l.Level == 2)?.Criterion.Contains("sebagian unit kerja", StringComparison.OrdinalIgnoreCase) == true).Select(i => i.Number)];

    static bool IntegratedWord(string t) => IntegratedNotion.Exact.Contains(t) || IntegratedNotion.Stems.Any(s => !s.Contains(' ') && t.Contains(s, StringComparison.Ordinal));

    /// <summary>
    /// Every word of integration in the clause names the Pemda's own units as its other end ("jaringan intra br nyambung
    /// ke 20 opd", "fiber connects all offices"; only where use by the units is the ladder) or is the name of the gateway
    /// itself ("API gateway"): coverage of the units, not the interconnection with another network or the national one
    /// that level 4 adds.
    /// </summary>
    bool OnlyOwnConnections(int indicatorNumber, IReadOnlyList<string> tokens)
    {
        var usage = _usedByUnits.Contains(indicatorNumber);
        var found = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IntegratedWord(tokens[i])) continue;
            found = true;
            // "API gateway", "gateway API": the gateway's name.
            if (tokens[i] == "api" && (i + 1 < tokens.Count && tokens[i + 1] is "gateway" or "manager" || i > 0 && tokens[i - 1] is "gateway")) continue;
            if (!usage) return false;
            var k = i + 1;
            while (k < Math.Min(tokens.Count, i + 5) && !OwnUnits.Contains(tokens[k]) && !NamesNotion(tokens[k])) k++;
            if (k < tokens.Count && k < i + 5 && OwnUnits.Contains(tokens[k]) && !(k + 1 < tokens.Count && tokens[k + 1] is "lain" or "other")) continue;
            return false;
        }
        return found;
    }

    /// <summary>
    /// Where use by the units is the ladder (<see cref="UsedByUnits"/>), a thing used by none of them ("belum ada OPD yang
    /// memakai", "not used by any agency") or only where it is hosted ("cuma dipake kominfo sendiri", "only inside the
    /// Diskominfo building", "baru terpasang di server") meets level 1's condition, available, and not level 2's use by
    /// part of the units; with nothing else of a higher level stated it is level 1, and level 2 decides.
    /// </summary>
    Placement OwnUnitOnly(int indicatorNumber, string question, Placement placement)
    {
        if (!_usedByUnits.Contains(indicatorNumber) || placement.Level is not int level || level < 2) return placement;
        if (placement.Asserted.Any(e => e is not (Element.Partial or Element.Established))) return placement;
        var tokens = TextNormalizer.Tokenize(question);
        return NoUnitUses(tokens) || UsedOnlyWhereHosted(question)
            ? placement with { Level = 1, Decided = false, DecidingLevel = 2, Lower = null, PointsAt = false, Gap = false }
            : placement;
    }

    /// <summary>A negator, then within five words a unit not qualified as the others ("OPD lain") nor as all ("belum semua OPD" is part of them).</summary>
    static bool NoUnitUses(IReadOnlyList<string> tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!IsNegator(tokens, k)) continue;
            for (var j = k + 1; j < Math.Min(tokens.Count, k + 6); j++)
            {
                if (CompleteWord(tokens[j]) || ClauseStarts.Contains(tokens[j])) break;
                if (!OwnUnits.Contains(tokens[j])) continue;
                var next = j + 1 < tokens.Count ? tokens[j + 1] : "";
                if (next is "lain" or "other" or "lainnya") break;
                // "belum ada OPD yg make", "belum dipake OPD manapun", "not used by any agency": the unit is any one.
                if (AnyUnit.Contains(next) || j > 0 && tokens[j - 1] is "any" or "no" || j == k + 1 || j == k + 2 && tokens[k + 1] is "ada" or "punya") return true;
                break;
            }
        }
        return false;
    }

    /// <summary>
    /// In one sentence, a limiting word, then within seven words where the thing is hosted, and no unit named by its short
    /// name in that sentence ("baru di Diskominfo dan BPKAD" is two units); no count or "all" of the units anywhere.
    /// </summary>
    static bool UsedOnlyWhereHosted(string question)
    {
        var all = TextNormalizer.Tokenize(question);
        for (var j = 1; j < all.Count; j++)
            if (OwnUnits.Contains(all[j]) && (CountedUnit(all, j) || CompleteWord(all[j - 1]))) return false;
        foreach (var sentence in question.Split(['.', ';', '!', '?', '\n']))
        {
            var tokens = TextNormalizer.Tokenize(sentence);
            if (tokens.Any(UnitNames.Contains)) continue;
            for (var k = 0; k < tokens.Count; k++)
                if (Limiting.Contains(tokens[k]) && tokens.Skip(k + 1).Take(7).TakeWhile(t => !ClauseStarts.Contains(t)).Any(HostOnly.Contains)) return true;
        }
        return false;
    }
}
