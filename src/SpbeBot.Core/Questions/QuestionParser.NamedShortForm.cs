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
        if (!(AsksWhichLevel(tokens) || AsksIndicatorAndLevel(tokens)) || tokens.Any(SituationReader.NegatorWords.Contains)) return null;
        var levels = LazyInitializer.EnsureInitialized(ref _shortFormLevels, () => ShortFormLevels(_catalog));
        if (!levels.TryGetValue(indicator.Number, out var ofIndicator)) return null;
        var named = tokens.Where(ofIndicator.ContainsKey).Select(t => ofIndicator[t]).Distinct().ToList();
        return named is [var level] ? level : null;
    }

    /// <summary>
    /// "Which indicator and level does that help with?": one question word before both. ("indikator apa dan level berapa"
    /// asks "level berapa" itself, which <see cref="AsksWhichLevel"/> reads.)
    /// </summary>
    static bool AsksIndicatorAndLevel(List<string> tokens) =>
        Enumerable.Range(3, Math.Max(0, tokens.Count - 3)).Any(i => tokens[i] is "level" or "lvl" or "tingkat" && tokens[i - 1] is "and" or "dan" or "&"
            && IndicatorWords.Contains(tokens[i - 2]) && IntentWords.WhichLevel.Contains(tokens[i - 3]));

    /// <summary>
    /// Per indicator, each short form in capitals that the level texts (criterion, fulfilment, evidence) name at one level
    /// of this indicator only and in no other indicator's level texts (lower-cased, as tokens are): "SK", "SOP" or "API"
    /// stand in many indicators and say nothing of one. A short form in a sentence that says "belum atau sudah" ("Rencana
    /// dan Anggaran SPBE … belum atau sudah tertuang dalam RKA/DIPA", indicator 13 level 1) is left out: the level names
    /// it whether or not it holds, so naming it decides nothing.
    /// </summary>
    static Dictionary<int, Dictionary<string, int>> ShortFormLevels(CriteriaCatalog catalog)
    {
        var sentences = catalog.Indicators.SelectMany(i => i.Levels.SelectMany(l =>
            new[] { l.Criterion }.Concat(l.Fulfilment).Concat(l.Evidence).SelectMany(t => SentenceEnd().Split(t)).Select(s => (Indicator: i.Number, l.Level, Text: s)))).ToList();
        var either = sentences.Where(s => EitherWay().IsMatch(s.Text)).SelectMany(s => ShortForm().Matches(s.Text).Select(m => m.Value.ToLowerInvariant())).ToHashSet();
        var found = sentences.SelectMany(s => ShortForm().Matches(s.Text).Select(m => (s.Indicator, s.Level, Form: m.Value.ToLowerInvariant())))
            .Distinct().ToList();
        return found.GroupBy(f => f.Form).Where(g => !either.Contains(g.Key) && g.Select(f => f.Indicator).Distinct().Count() == 1 && g.Count() == 1)
            .Select(g => g.Single()).GroupBy(f => f.Indicator).ToDictionary(g => g.Key, g => g.ToDictionary(f => f.Form, f => f.Level));
    }

    /// <summary>"belum atau sudah", "belum atau telah": the level text names a thing whether it holds or not.</summary>
    [GeneratedRegex(@"\bbelum\s+atau\s+(?:sudah|telah)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EitherWay();

    [GeneratedRegex(@"(?<=[.;])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b[A-Z]{3,}\b")]
    private static partial Regex ShortForm();
}
