using System.Text.RegularExpressions;
using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Questions;

public sealed partial class QuestionParser
{
    Dictionary<int, Dictionary<string, int>>? _shortFormLevels;

    /// <summary>
    /// "BPMN as-is to-be itu buat indikator apa & lvl brp?", "CSIRT kita baru dibentuk, ngaruh ke level berapa?": a thing
    /// the Pedoman names by a short form in capitals ("BPMN", "CSIRT") at one level of this indicator and in no other
    /// indicator, asked at which level it counts — that level, where the Pedoman asks for it. Null when the question names
    /// no such short form, or denies something ("CSIRT belum ada"): then it is an account to place, not a thing to look up.
    /// </summary>
    int? LevelOfNamedShortForm(Indicator indicator, List<string> tokens)
    {
        if (!(AsksWhichLevel(tokens) || AsksIndicatorAndLevel(tokens)) || Enumerable.Range(0, tokens.Count).Any(k => SituationReader.IsNegator(tokens, k))) return null;
        var levels = LazyInitializer.EnsureInitialized(ref _shortFormLevels, () => ShortFormLevels(_catalog));
        if (!levels.TryGetValue(indicator.Number, out var ofIndicator)) return null;
        var named = tokens.Where(ofIndicator.ContainsKey).Select(t => ofIndicator[t]).Distinct().ToList();
        return named is [var level] ? level : null;
    }

    /// <summary>"Which indicator and level does that help with?", "indikator apa dan level berapa": one question word for both.</summary>
    static bool AsksIndicatorAndLevel(List<string> tokens) =>
        Enumerable.Range(3, Math.Max(0, tokens.Count - 3)).Any(i => tokens[i] is "level" or "lvl" or "tingkat" && tokens[i - 1] is "and" or "dan" or "&"
            && IndicatorWords.Contains(tokens[i - 2]) && IntentWords.WhichLevel.Contains(tokens[i - 3]));

    /// <summary>
    /// Per indicator, each short form in capitals its levels' text names at one level only, and no other indicator names
    /// (lower-cased, as tokens are): "SK", "SOP" or "API" stand in many indicators and say nothing of one.
    /// </summary>
    static Dictionary<int, Dictionary<string, int>> ShortFormLevels(CriteriaCatalog catalog)
    {
        var found = catalog.Indicators.SelectMany(i => i.Levels.SelectMany(l =>
                ShortForm().Matches(string.Join(" ", [l.Criterion, .. l.Fulfilment, .. l.Evidence])).Select(m => (Indicator: i.Number, l.Level, Form: m.Value.ToLowerInvariant()))))
            .Distinct().ToList();
        return found.GroupBy(f => f.Form).Where(g => g.Select(f => f.Indicator).Distinct().Count() == 1 && g.Count() == 1)
            .Select(g => g.Single()).GroupBy(f => f.Indicator).ToDictionary(g => g.Key, g => g.ToDictionary(f => f.Form, f => f.Level));
    }

    [GeneratedRegex(@"\b[A-Z]{3,}\b")]
    private static partial Regex ShortForm();
}
